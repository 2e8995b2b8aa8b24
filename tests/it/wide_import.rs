//! Import of wide survey exports with a YAML mapping: answers land where the long format would
//! put them, and every error names its line and column; a file with errors imports nothing.

use std::path::{Path, PathBuf};

use rijp::ingest::import;
use rijp::model::assessment::{Answer, Role};
use rijp::store::workspace::Workspace;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/wide")
        .join(name)
}

fn english(error: &import::ImportError) -> String {
    rijp::words::i18n::ingest::error_text(rijp::model::Lang::En, error)
}

fn empty_workspace() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path().join("ws"));
    std::fs::create_dir_all(workspace.root()).unwrap();
    (dir, workspace)
}

#[test]
fn a_wide_export_is_imported_through_its_mapping() {
    let (_dir, workspace) = empty_workspace();
    let data = workspace.load().unwrap();
    let summary = import::import_wide_csv(
        &workspace,
        &data,
        &fixture("export.csv"),
        &fixture("limesurvey.yaml"),
    )
    .unwrap();
    // Eight filled cells; the empty Q3 of respondent 18 is no answer.
    assert_eq!(summary.answers, 8);
    assert_eq!((summary.rows, summary.skipped), (3, 1));
    assert_eq!(summary.assessments_created, 3);
    assert_eq!(summary.rounds_created, ["2025"]);

    let data = workspace.load().unwrap();
    let find = |respondent: &str| {
        &data
            .assessments
            .iter()
            .find(|a| a.assessment.respondent == respondent)
            .unwrap()
            .assessment
    };
    let first = find("17");
    assert_eq!(first.organisation, "gemeente-aldersum");
    assert_eq!(first.role, Role::Board);
    assert_eq!(first.date.as_deref(), Some("2025-03-04"));
    assert_eq!(first.answers["cx13"], Answer::Value(4));
    assert_eq!(first.answers["cx14"], Answer::Value(5));
    assert_eq!(first.answers["oe09"], Answer::Value(3));
    let second = find("18");
    assert_eq!(second.role, Role::IAdviser);
    assert_eq!(second.answers["cx13"], Answer::DontKnow);
    assert!(!second.answers.contains_key("oe09"));
    let third = find("19");
    assert_eq!(third.organisation, "gemeente-brakeveen");
    assert_eq!(
        third.role,
        Role::Staff,
        "role names the long format knows still work"
    );
    assert_eq!(
        third.answers["cx13"],
        Answer::Value(4),
        "plain codes still work"
    );
    assert_eq!(third.answers["oe09"], Answer::Value(1));
}

#[test]
fn errors_name_the_line_and_column_and_nothing_is_imported() {
    let (_dir, workspace) = empty_workspace();
    let data = workspace.load().unwrap();
    let error = import::import_wide_csv(
        &workspace,
        &data,
        &fixture("bad.csv"),
        &fixture("limesurvey.yaml"),
    )
    .unwrap_err();
    let error = error.downcast::<import::ImportError>().unwrap();
    let found: Vec<(u64, Option<&str>)> = error
        .problems
        .iter()
        .map(|p| (p.at.number(), p.field.as_deref()))
        .collect();
    // The Dutch date 4-3-2025 on line 4 is a date.
    assert_eq!(
        found,
        [
            (3, Some("Functie")),
            (3, Some("Q2 Ondernemers digitaal")),
            (4, Some("Respondent ID")),
            (4, Some("Q3")),
        ]
    );
    let text = english(&error);
    assert!(
        text.contains("bad.csv:3: Functie: unknown role 'Portier'"),
        "{text}"
    );
    assert!(
        text.contains("bad.csv:3: Q2 Ondernemers digitaal: 'Soms' is not an answer"),
        "{text}"
    );
    assert!(
        text.contains("bad.csv:4: Q3: '7' is not an answer"),
        "{text}"
    );
    assert!(text.ends_with("Nothing was imported."));
    let entries = std::fs::read_dir(workspace.root()).unwrap().count();
    assert_eq!(entries, 0, "nothing was written");
}

#[test]
fn mapping_errors_name_the_mapping_line() {
    let (_dir, workspace) = empty_workspace();
    let data = workspace.load().unwrap();
    let error = import::import_wide_csv(
        &workspace,
        &data,
        &fixture("export.csv"),
        &fixture("bad-mapping.yaml"),
    )
    .unwrap_err();
    let text = english(&error.downcast::<import::ImportError>().unwrap());
    assert!(text.contains("bad-mapping.yaml:5: items: 'zz99'"), "{text}");
    assert!(
        text.contains("bad-mapping.yaml:7: roles: 'wethouder-a'"),
        "{text}"
    );
    assert!(text.contains("round: missing"), "{text}");
}

#[test]
fn a_mapped_column_missing_from_the_header_is_reported() {
    let (dir, workspace) = empty_workspace();
    let data = workspace.load().unwrap();
    let file = dir.path().join("export.csv");
    std::fs::write(
        &file,
        "Respondent ID,Gemeente,Functie,Datum,Q1 Volledig digitaal regelen\n1,A,Wethouder,,4\n",
    )
    .unwrap();
    let error =
        import::import_wide_csv(&workspace, &data, &file, &fixture("limesurvey.yaml")).unwrap_err();
    let text = english(&error.downcast::<import::ImportError>().unwrap());
    assert!(
        text.contains("export.csv:1: Q2 Ondernemers digitaal: the mapping names this column"),
        "{text}"
    );
    assert!(text.contains("export.csv:1: Q3:"), "{text}");
}
