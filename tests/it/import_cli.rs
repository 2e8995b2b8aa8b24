//! `rijp import` and `rijp export-data` as a user runs them: every message in the chosen
//! language, a starter mapping from a workbook's header, and the Excel export that imports
//! again unchanged.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

use crate::support::mini;

fn rijp() -> Command {
    let mut command = Command::cargo_bin("rijp").unwrap();
    command.env_remove("RIJP_WORKSPACE");
    command
}

/// Words only one of the languages uses in a sentence.
const ENGLISH: [&str; 8] = [
    " the ", "Nothing", "unknown", "missing", "empty", " line ", " not ", "Imported",
];
const DUTCH: [&str; 8] = [
    " de ",
    " het ",
    "niets",
    "onbekend",
    "leeg",
    " regel ",
    " geen ",
    "Geïmporteerd",
];

fn stderr_of(args: &[&str], workspace: &Path, lang: &str) -> String {
    let output = rijp()
        .args(args)
        .arg("--workspace")
        .arg(workspace)
        .args(["--lang", lang])
        .output()
        .unwrap();
    assert!(!output.status.success());
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn import_errors_speak_only_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    mini::write_workspace(&dir.path().join("ws"));
    let ws = dir.path().join("ws");
    let csv = dir.path().join("bad.csv");
    std::fs::write(
        &csv,
        "organisation,respondent,round,item,answer,date,kleur\n\
Gemeente A,r9,2025,zz9,7,2025-02-31,\n\
Gemeente A,,2025,cx1,3,,\n",
    )
    .unwrap();
    let header = csv.to_str().unwrap();
    let rows = dir.path().join("rows.csv");
    std::fs::write(
        &rows,
        "organisation,respondent,round,item,answer,date\n\
Gemeente A,r9,2025,zz9,7,2025-02-31\n\
Gemeente A,,2025,cx1,3,\n\
Gemeente A,r8,2025,cx1,3,\n\
Gemeente A,r8,2025,cx1,4,\n",
    )
    .unwrap();
    let export = dir.path().join("export.csv");
    std::fs::write(&export, "R,G\n1,A\n").unwrap();
    let mapping = dir.path().join("map.yaml");
    std::fs::write(
        &mapping,
        "respondent: R\norganisation: G\norganisation_value: A\nroles: {x: portier}\nanswers: {Soms: 9}\nitems: {Q1: zz1, Q2: cx1, Q3: cx1}\n",
    )
    .unwrap();
    let cases: [&[&str]; 3] = [
        &["import", header],
        &["import", rows.to_str().unwrap()],
        &[
            "import",
            export.to_str().unwrap(),
            "--mapping",
            mapping.to_str().unwrap(),
        ],
    ];
    for args in cases {
        let nl = stderr_of(args, &ws, "nl");
        assert!(nl.contains("Er is niets geïmporteerd."), "{nl}");
        for word in ENGLISH {
            assert!(!nl.contains(word), "English '{word}' in:\n{nl}");
        }
        let en = stderr_of(args, &ws, "en");
        assert!(en.contains("Nothing was imported."), "{en}");
        for word in DUTCH {
            assert!(!en.contains(word), "Dutch '{word}' in:\n{en}");
        }
    }
    let nl = stderr_of(cases[1], &ws, "nl");
    assert!(
        nl.contains("rows.csv:2: date: '2025-02-31' is geen bestaande datum"),
        "{nl}"
    );
    assert!(
        nl.contains("rows.csv:5: dubbel antwoord: regel 4 beantwoordt"),
        "{nl}"
    );
    let en = stderr_of(cases[2], &ws, "en");
    assert!(
        en.contains("map.yaml:4: roles: 'portier' (for 'x') is not a role"),
        "{en}"
    );
    assert!(
        en.contains("map.yaml:5: answers: '9' (for 'Soms') is not an answer"),
        "{en}"
    );
    assert!(
        en.contains("map.yaml:6: items: item 'cx1' is mapped from two columns"),
        "{en}"
    );
}

#[test]
fn the_import_summary_counts_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "organisation,respondent,round,item,answer\nA,r1,2025,cx13,4\nA,r1,2025,sb01,nvt\n",
    )
    .unwrap();
    rijp()
        .arg("import")
        .arg(&csv)
        .arg("--workspace")
        .arg(dir.path().join("en"))
        .args(["--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::contains("(UTF-8, separated by ','):"))
        .stdout(predicate::str::contains(
            "2 rows with 2 answers (0 don't know, 1 not applicable, 0 skipped)",
        ))
        .stdout(predicate::str::contains(
            "assessments: 1 new, 0 updated, 0 unchanged, 0 incomplete",
        ))
        .stdout(predicate::str::contains("1 new organisation, 1 new round"));
}

/// A workbook as a survey tool writes it: its own columns, then statements.
fn survey_workbook(path: &Path, header: &[&str], rows: &[&[&str]]) {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (column, name) in header.iter().enumerate() {
        sheet.write_string(0, column as u16, *name).unwrap();
    }
    for (index, row) in rows.iter().enumerate() {
        for (column, cell) in row.iter().enumerate() {
            sheet
                .write_string(index as u32 + 1, column as u16, *cell)
                .unwrap();
        }
    }
    workbook.save(path).unwrap();
}

#[test]
fn a_starter_mapping_is_made_from_a_header_row_and_imports_after_one_edit() {
    let dir = tempfile::tempdir().unwrap();
    let questionnaire = rijp::model::questionnaire::Questionnaire::bundled().unwrap();
    let items: Vec<_> = questionnaire.items().take(2).collect();
    let (first, second) = (items[0].text.nl.clone(), format!("2. {}", items[1].text.en));
    let workbook = dir.path().join("forms.xlsx");
    survey_workbook(
        &workbook,
        &[
            "Id",
            "Begintijd",
            "Gemeente",
            "Functie",
            &first,
            &second,
            "Opmerkingen",
        ],
        &[&[
            "1",
            "3-3-2025 9:01:00",
            "Gemeente X",
            "Medewerker",
            "Eens",
            "Geen antwoord",
            "Mooi",
        ]],
    );
    let output = rijp()
        .args(["import", "--make-mapping"])
        .arg(&workbook)
        .arg("--workspace")
        .arg(dir.path().join("ws"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let yaml = String::from_utf8(output.stdout).unwrap();
    assert!(yaml.contains("respondent: \"Id\"\n"), "{yaml}");
    assert!(yaml.contains("organisation: \"Gemeente\"\n"), "{yaml}");
    assert!(yaml.contains("round_value: \"\"  # vul in"), "{yaml}");
    assert!(yaml.contains("date: \"Begintijd\"\n"), "{yaml}");
    assert!(
        yaml.contains(&format!("  \"{first}\": {}\n", items[0].id)),
        "{yaml}"
    );
    assert!(
        yaml.contains(&format!("  \"{second}\": {}\n", items[1].id)),
        "{yaml}"
    );
    assert!(yaml.contains("  # \"Opmerkingen\":\n"), "{yaml}");
    assert!(yaml.contains("  \"Geen antwoord\": \"\"\n"), "{yaml}");

    let mapping = dir.path().join("mapping.yaml");
    std::fs::write(
        &mapping,
        yaml.replace("round_value: \"\"", "round_value: \"2025\""),
    )
    .unwrap();
    rijp()
        .arg("import")
        .arg(&workbook)
        .arg("--mapping")
        .arg(&mapping)
        .arg("--workspace")
        .arg(dir.path().join("ws"))
        .assert()
        .success()
        .stdout(predicate::str::contains("(blad 'Sheet1'):"))
        .stdout(predicate::str::contains(
            "1 rij met 1 antwoord (0 weet niet, 0 niet van toepassing, 1 overgeslagen)",
        ));
    let stored =
        std::fs::read_to_string(dir.path().join("ws/assessments/2025/gemeente-x/1.yaml")).unwrap();
    assert!(
        stored.contains(&format!("answers:\n  {}: 4\n", items[0].id)),
        "{stored}"
    );
    assert!(stored.contains("date: \"2025-03-03\""), "{stored}");
}

#[test]
fn the_excel_export_imports_again_unchanged_and_is_the_same_every_time() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo");
    rijp()
        .arg("demo")
        .arg("--workspace")
        .arg(&demo)
        .assert()
        .success();
    let book = dir.path().join("rijp.xlsx");
    let export = |out: &Path| {
        rijp()
            .args(["export-data", "--format", "xlsx", "--out"])
            .arg(out)
            .arg("--workspace")
            .arg(&demo)
            .assert()
            .success();
    };
    export(&book);
    let again = dir.path().join("again.xlsx");
    export(&again);
    assert_eq!(
        std::fs::read(&book).unwrap(),
        std::fs::read(&again).unwrap()
    );

    use calamine::{Data, Reader};
    let mut workbook = calamine::open_workbook_auto(&book).unwrap();
    assert_eq!(
        workbook.sheet_names(),
        [
            "answers",
            "scores",
            "organisations",
            "benchmarks",
            "actions"
        ]
    );
    let answers = workbook.worksheet_range("answers").unwrap();
    assert!(
        matches!(answers.get((1, 4)), Some(Data::Float(_))),
        "answers are numbers"
    );
    let scores = workbook.worksheet_range("scores").unwrap();
    assert!(
        scores
            .rows()
            .skip(1)
            .any(|row| matches!(row[5], Data::Float(_)))
    );

    let copy = dir.path().join("copy");
    rijp()
        .arg("import")
        .arg(&book)
        .args(["--sheet", "answers", "--workspace"])
        .arg(&copy)
        .assert()
        .success();
    let csv = |workspace: &Path| {
        let data = rijp::store::workspace::Workspace::at(workspace)
            .load()
            .unwrap();
        rijp::ingest::export_data::answers_csv(&data).unwrap()
    };
    assert_eq!(csv(&copy), csv(&demo));
}

#[test]
fn a_semicolon_export_for_dutch_excel_imports_again() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo");
    rijp()
        .arg("demo")
        .arg("--workspace")
        .arg(&demo)
        .assert()
        .success();
    rijp()
        .args([
            "export-data",
            "--format",
            "csv",
            "--delimiter",
            ";",
            "--out",
        ])
        .arg(dir.path().join("out"))
        .arg("--workspace")
        .arg(&demo)
        .assert()
        .success();
    let answers = std::fs::read_to_string(dir.path().join("out/answers.csv")).unwrap();
    assert!(
        answers.starts_with("organisation;respondent;round;item;answer;"),
        "{answers}"
    );
    rijp()
        .arg("import")
        .arg(dir.path().join("out/answers.csv"))
        .arg("--workspace")
        .arg(dir.path().join("copy"))
        .assert()
        .success()
        .stdout(predicate::str::contains("UTF-8, gescheiden door ';'"));
    rijp()
        .args(["export-data", "--format", "xlsx", "--workspace"])
        .arg(&demo)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "--format xlsx schrijft één werkmap",
        ));
}
