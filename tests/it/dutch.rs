//! Under `--lang nl` (the default) rijp's messages are Dutch: a bad questionnaire, an
//! unwritable workspace and a report that cannot be written are explained without an English
//! sentence.

use std::process::Command;

/// Words that only an English sentence would hold.
const ENGLISH: [&str; 8] = [
    " the ",
    "cannot",
    " is not",
    "missing",
    " must ",
    "duplicate",
    "unknown",
    "permission",
];

fn assert_dutch(text: &str) {
    let lower = text.to_lowercase();
    for word in ENGLISH {
        assert!(!lower.contains(word), "English '{word}' in: {text}");
    }
}

fn rijp(args: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .args(args)
        .env_remove("RIJP_WORKSPACE")
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).to_string(),
    )
}

const BAD_QUESTIONNAIRE: &str = r#"id: eigen
version: 1
title: {nl: "Eigen vragenlijst"}
answer_scale:
  min: 1
  max: 5
  dont_know: {nl: "Weet niet", en: "Don't know"}
quadrants: []
pillars: []
"#;

#[test]
fn a_bad_questionnaire_is_explained_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("eigen.yaml");
    std::fs::write(&file, BAD_QUESTIONNAIRE).unwrap();
    let (ok, said) = rijp(&["--lang", "nl", "validate", file.to_str().unwrap()]);
    assert!(!ok);
    assert!(said.contains("eigen.yaml:3:"), "{said}");
    assert!(
        said.contains("vertaling ‘en’ ontbreekt bij de titel"),
        "{said}"
    );
    assert!(said.contains("kwadrant ‘traditional’ ontbreekt"), "{said}");
    assert_dutch(&said);

    // The same file named as the workspace's questionnaire stops every command, in Dutch.
    let workspace = dir.path().join("werkmap");
    std::fs::create_dir_all(&workspace).unwrap();
    std::fs::write(
        workspace.join("rijp.yaml"),
        "questionnaire: ../eigen.yaml\n",
    )
    .unwrap();
    let (ok, said) = rijp(&["scores", "--workspace", workspace.to_str().unwrap()]);
    assert!(!ok);
    assert!(said.contains("pijler ‘ambition’ ontbreekt"), "{said}");
    assert_dutch(&said);
}

#[test]
fn a_report_that_cannot_be_written_is_explained_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = dir.path().join("werkmap");
    let workspace = workspace.to_str().unwrap();
    let (ok, said) = rijp(&["demo", "--workspace", workspace]);
    assert!(ok, "{said}");

    let out = dir.path().join("rapport.html");
    let (ok, said) = rijp(&[
        "--lang",
        "nl",
        "report",
        "--workspace",
        workspace,
        "--since",
        "1999",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!ok);
    assert!(
        said.contains("onbekende ronde ‘1999’ voor --since; de werkmap heeft: 2024, 2025"),
        "{said}"
    );
    assert_dutch(&said);
    assert!(!out.exists());

    let out = dir.path().join("rapport.odt");
    let (ok, said) = rijp(&[
        "--lang",
        "nl",
        "report",
        "--workspace",
        workspace,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!ok);
    assert!(
        said.contains("het rapport wordt geschreven als .pdf, .docx, .html of .md"),
        "{said}"
    );
    assert_dutch(&said);
    assert!(!out.exists());
}

#[test]
fn an_unwritable_workspace_is_explained_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the workspace's folder should be: not even root can write there.
    let blocker = dir.path().join("bestand");
    std::fs::write(&blocker, "geen map").unwrap();
    let workspace = blocker.join("werkmap");
    let (ok, said) = rijp(&[
        "--lang",
        "nl",
        "demo",
        "--workspace",
        workspace.to_str().unwrap(),
    ]);
    assert!(!ok);
    assert!(said.contains("een deel van het pad is geen map"), "{said}");
    assert_dutch(&said);
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "geen map");
}

#[test]
fn recording_an_unknown_item_is_refused_in_dutch_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = dir.path().join("werkmap");
    let (ok, _) = rijp(&["demo", "--workspace", workspace.to_str().unwrap()]);
    assert!(ok);
    let mut child = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .args(["--lang", "nl", "record", "--workspace"])
        .arg(&workspace)
        .args(["--organisation", "gemeente-aldersum-fictief"])
        .args(["--respondent", "Nieuwe Respondent", "--round", "2025"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), b"cx13 4\nzz99 3\n").unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(!output.status.success());
    // The answer before the bad line was saved and acknowledged.
    assert_eq!(String::from_utf8_lossy(&output.stdout), "saved cx13 4\n");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("regel 2: onbekende vraag ‘zz99’"), "{said}");
    assert_dutch(&said);
}

#[test]
fn the_synthetic_workspace_is_summed_up_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = dir.path().join("landelijk");
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .args(["generate", "--municipalities", "3", "--respondents", "4"])
        .arg("--workspace")
        .arg(&workspace)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("beoordelingen geschreven naar"), "{said}");
    assert!(said.contains("landelijk"), "{said}");
    assert_dutch(&said);

    // A second time the folder is not empty: refused, in Dutch.
    let (ok, said) = rijp(&["generate", "--workspace", workspace.to_str().unwrap()]);
    assert!(!ok);
    assert!(said.contains("is niet leeg"), "{said}");
    assert_dutch(&said);
}

#[test]
fn a_missing_workspace_is_explained_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nergens");
    let (ok, said) = rijp(&["scores", "--workspace", missing.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        said.contains("de werkmap") && said.contains("bestaat niet"),
        "{said}"
    );
    assert_dutch(&said);
}

#[test]
fn damaged_workspace_files_are_listed_in_dutch_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = dir.path().join("ws");
    let ws = workspace.to_str().unwrap();
    assert!(rijp(&["demo", "--workspace", ws]).0);
    let organisation = workspace.join("organisations").join("kapot.yaml");
    std::fs::write(&organisation, "naam: Kapot\n").unwrap();
    let stray = workspace
        .join("assessments")
        .join("2025")
        .join("onbekend")
        .join("iemand.yaml");
    std::fs::create_dir_all(stray.parent().unwrap()).unwrap();
    std::fs::write(
        &stray,
        "organisation: onbekend\nrespondent: iemand\nround: '2025'\nquestionnaire: {id: digitale-volwassenheid, version: 2}\n",
    )
    .unwrap();
    let (ok, said) = rijp(&["scores", "--workspace", ws]);
    assert!(ok, "{said}");
    assert!(
        said.contains("kapot.yaml:1:1: onbekend veld ‘naam’; toegestaan zijn: ‘name’"),
        "{said}"
    );
    assert!(
        said.contains(
            "onbekende organisatie ‘onbekend’: er is geen bestand organisations/onbekend.yaml"
        ),
        "{said}"
    );
    assert_dutch(&said.replace("onbekend", ""));
    assert_eq!(
        std::fs::read_to_string(&organisation).unwrap(),
        "naam: Kapot\n"
    );
}
