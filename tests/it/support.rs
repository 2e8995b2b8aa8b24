//! Shared fixtures of the integration tests.
#![allow(dead_code)]

pub mod fixture;
pub mod mini;
pub mod report_document;
pub mod twelve;
pub mod workbook;

use std::path::Path;
use std::process::Command;

/// Runs the real binary on a workspace (`--workspace` last) and returns what it printed;
/// fails the test, with the binary's own message, when it does not succeed.
pub fn rijp_ok(workspace: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .args(args)
        .arg("--workspace")
        .arg(workspace)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The Markdown report of a workspace in a language.
pub fn report_md(workspace: &Path, lang: &str) -> String {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("rapport.md");
    rijp_ok(
        workspace,
        &["--lang", lang, "report", "--out", file.to_str().unwrap()],
    );
    std::fs::read_to_string(file).unwrap()
}

/// A generated workspace of `municipalities` with six respondents each, under `dir`.
pub fn generated(dir: &Path, municipalities: usize) -> std::path::PathBuf {
    let workspace = dir.join("ws");
    rijp_ok(
        &workspace,
        &[
            "generate",
            "--municipalities",
            &municipalities.to_string(),
            "--respondents",
            "6",
        ],
    );
    workspace
}
