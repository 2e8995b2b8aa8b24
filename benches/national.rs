//! Benchmarks at national scale: 342 municipalities, about 10 000 assessments in two rounds,
//! generated once per run into a temporary folder.
//!
//! ```sh
//! cargo bench --bench national
//! ```
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use rijp::analysis::comparison::{self, ComparisonRequest};
use rijp::ingest::demo;
use rijp::ingest::import;
use rijp::model::questionnaire::Questionnaire;
use rijp::store::workspace::{CACHE, Workspace};

const MUNICIPALITIES: usize = 342;
const RESPONDENTS: usize = 30;
const SEED: u64 = 1;

fn main() {
    divan::main();
}

struct Fixtures {
    _dir: tempfile::TempDir,
    workspace: PathBuf,
    csv: PathBuf,
}

fn fixtures() -> &'static Fixtures {
    static FIXTURES: OnceLock<Fixtures> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let questionnaire = Questionnaire::bundled().unwrap();
        let workspace = dir.path().join("national");
        let written = demo::write_synthetic(
            &Workspace::at(&workspace),
            &questionnaire,
            MUNICIPALITIES,
            RESPONDENTS,
            SEED,
        )
        .unwrap();
        let csv = dir.path().join("national.csv");
        demo::write_synthetic_csv(&csv, &questionnaire, MUNICIPALITIES, RESPONDENTS, SEED).unwrap();
        eprintln!("fixtures: {written} assessments in {}", workspace.display());
        Fixtures {
            _dir: dir,
            workspace,
            csv,
        }
    })
}

fn load_and_score(root: &Path) -> usize {
    let data = Workspace::at(root).load().unwrap();
    let comparison = comparison::compare(&data, &ComparisonRequest::default()).unwrap();
    assert_eq!(comparison.organisations.len(), MUNICIPALITIES);
    data.assessments.len()
}

/// The usual case: the workspace was loaded before, so only changed files are parsed.
#[divan::bench(sample_count = 10)]
fn load_and_score_national(bencher: divan::Bencher) {
    let root = &fixtures().workspace;
    load_and_score(root);
    bencher.bench(|| load_and_score(root));
}

/// The first load of a workspace (or one after its cache was deleted): every file is parsed.
#[divan::bench(sample_count = 5)]
fn load_and_score_national_first_time(bencher: divan::Bencher) {
    let root = &fixtures().workspace;
    bencher
        .with_inputs(|| {
            let _ = std::fs::remove_dir_all(root.join(CACHE));
        })
        .bench_local_values(|()| load_and_score(root));
}

/// `rijp scores` on the national workspace, as a user runs it: the real binary, start to end.
#[divan::bench(sample_count = 10)]
fn scores_command_national(bencher: divan::Bencher) {
    let root = &fixtures().workspace;
    let run = || {
        let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
            .arg("scores")
            .arg("--workspace")
            .arg(root)
            .output()
            .unwrap();
        assert!(output.status.success());
        output.stdout.len()
    };
    run();
    bencher.bench(run);
}

/// Importing a long-format CSV of about 10 000 respondents (a million rows) into a new
/// workspace.
#[divan::bench(sample_count = 3)]
fn import_national_csv(bencher: divan::Bencher) {
    let csv = &fixtures().csv;
    bencher
        .with_inputs(|| tempfile::tempdir().unwrap())
        .bench_local_values(|dir| {
            let workspace = Workspace::at(dir.path());
            let data = workspace.load().unwrap();
            let summary = import::import_long_csv(&workspace, &data, csv).unwrap();
            assert!(summary.assessments_created > 10_000);
            dir
        });
}
