//! The `report` and `export-data` commands as a user runs them: files written, exit codes and
//! error texts.

use assert_cmd::Command;
use predicates::prelude::*;

fn rijp() -> Command {
    let mut command = Command::cargo_bin("rijp").unwrap();
    command.env_remove("RIJP_WORKSPACE");
    command
}

fn demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    rijp()
        .args(["demo", "--workspace"])
        .arg(dir.path().join("ws"))
        .assert()
        .success();
    dir
}

#[test]
fn report_writes_html_and_markdown() {
    let dir = demo();
    let html = dir.path().join("rapport.html");
    rijp()
        .arg("report")
        .arg("--workspace")
        .arg(dir.path().join("ws"))
        .arg("--out")
        .arg(&html)
        .assert()
        .success()
        .stdout(predicate::str::contains("Rapport geschreven"))
        .stdout(predicate::str::contains("rapport.html"));
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.starts_with("<!DOCTYPE html>"));
    assert!(text.contains("Samenvatting van de samenwerking"));

    let markdown = dir.path().join("report.md");
    rijp()
        .args([
            "report",
            "--lang",
            "en",
            "--orgs",
            "gemeente-aldersum-fictief,gemeente-brakeveen-fictief",
        ])
        .arg("--workspace")
        .arg(dir.path().join("ws"))
        .arg("--out")
        .arg(&markdown)
        .assert()
        .success();
    let text = std::fs::read_to_string(&markdown).unwrap();
    assert!(text.contains("### Gemeente Aldersum (fictief)"));
    assert!(!text.contains("### Gemeente Crommenhoorn (fictief)"));
}

#[test]
fn report_refuses_an_unknown_extension_or_round() {
    let dir = demo();
    rijp()
        .arg("report")
        .arg("--workspace")
        .arg(dir.path().join("ws"))
        .arg("--out")
        .arg(dir.path().join("r.odt"))
        .assert()
        .failure()
        .stderr(predicate::str::contains(".pdf, .docx, .html of .md"));
    rijp()
        .args(["report", "--round", "1999"])
        .arg("--workspace")
        .arg(dir.path().join("ws"))
        .arg("--out")
        .arg(dir.path().join("r.html"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("onbekende ronde ‘1999’"));
    assert!(!dir.path().join("r.html").exists());
}

#[test]
fn export_data_writes_csv_files_or_json() {
    let dir = demo();
    let out = dir.path().join("export");
    rijp()
        .args(["export-data", "--format", "csv", "--out"])
        .arg(&out)
        .arg("--workspace")
        .arg(dir.path().join("ws"))
        .assert()
        .success();
    let answers = std::fs::read_to_string(out.join("answers.csv")).unwrap();
    assert!(
        answers
            .starts_with("organisation,respondent,round,item,answer,role,date,comment,version\n")
    );
    assert!(out.join("scores.csv").exists());

    let output = rijp()
        .args(["export-data", "--format", "json"])
        .arg("--workspace")
        .arg(dir.path().join("ws"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&output).unwrap();
    assert!(json["answers"].as_array().unwrap().len() > 1000);

    rijp()
        .args(["export-data", "--format", "csv"])
        .arg("--workspace")
        .arg(dir.path().join("ws"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("--out MAP"));
}

#[test]
fn import_with_a_mapping_reads_a_wide_export() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wide");
    rijp()
        .arg("import")
        .arg("--workspace")
        .arg(dir.path().join("ws"))
        .arg("--mapping")
        .arg(fixtures.join("limesurvey.yaml"))
        .arg(fixtures.join("export.csv"))
        .assert()
        .success()
        .stdout(predicate::str::contains("3 rijen met 8 antwoorden"))
        .stdout(predicate::str::contains("beoordelingen: 3 nieuw"));
    rijp()
        .arg("import")
        .arg("--workspace")
        .arg(dir.path().join("ws"))
        .arg("--mapping")
        .arg(fixtures.join("limesurvey.yaml"))
        .arg(fixtures.join("bad.csv"))
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "bad.csv:3: Functie: onbekende rol 'Portier'",
        ));
}
