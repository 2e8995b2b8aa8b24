//! Workbooks of `rijp invite` come back filled in and are imported with no mapping: every
//! answer as chosen, blanks skipped, and a file with a value outside the list, a changed
//! statement code or another questionnaire version refused by its cell, with nothing from it
//! imported.

use std::path::Path;
use std::process::{Command, Output};

use calamine::Reader;
use rijp::model::assessment::Answer;
use rijp::store::workspace::Workspace;

use crate::invite::invited;
use crate::support::workbook::fill;

const QUESTIONS: &str = "xl/worksheets/sheet2.xml";
const META: &str = "xl/worksheets/sheet3.xml";

fn import(dir: &Path, what: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rijp"))
        .current_dir(dir)
        .args(["import", what, "--workspace", "ws"])
        .output()
        .unwrap()
}

/// Each statement's item id and sheet row, as the workbook shows them.
fn statement_rows(file: &Path) -> Vec<(String, u32)> {
    let mut workbook = calamine::open_workbook_auto(file).unwrap();
    let sheet = workbook.worksheet_range_at(1).unwrap().unwrap();
    let questionnaire = rijp::model::questionnaire::Questionnaire::bundled().unwrap();
    (0..sheet.height() as u32 + 1)
        .filter_map(|row| {
            let id = sheet.get_value((row, 0))?.to_string();
            questionnaire.item(&id).map(|_| (id, row + 1))
        })
        .collect()
}

const LABELS: [(&str, Answer); 5] = [
    ("Helemaal oneens", Answer::Value(1)),
    ("Oneens", Answer::Value(2)),
    ("Niet eens, niet oneens", Answer::Value(3)),
    ("Eens", Answer::Value(4)),
    ("Helemaal eens", Answer::Value(5)),
];

/// Fills a workbook as a respondent would: a label from the list in every answer cell, "Weet
/// niet" on the second statement, "Niet van toepassing" on the first that offers it, a
/// comment on the third, and the first left blank when `blank`. Returns what was chosen.
fn fill_in(file: &Path, shift: usize, blank: bool) -> Vec<(String, Option<Answer>)> {
    let questionnaire = rijp::model::questionnaire::Questionnaire::bundled().unwrap();
    let first_offering = questionnaire
        .items()
        .find(|item| item.not_applicable)
        .unwrap()
        .id
        .clone();
    let mut cells: Vec<(String, String)> = Vec::new();
    let mut chosen = Vec::new();
    for (index, (id, row)) in statement_rows(file).into_iter().enumerate() {
        let (text, answer) = if index == 0 && blank {
            ("", None)
        } else if index == 1 {
            ("Weet niet", Some(Answer::DontKnow))
        } else if id == first_offering {
            ("Niet van toepassing", Some(Answer::NotApplicable))
        } else {
            let (label, answer) = LABELS[(index + shift) % 5];
            (label, Some(answer))
        };
        cells.push((format!("D{row}"), text.to_string()));
        if index == 2 {
            cells.push((format!("E{row}"), "Alleen voor vergunningen".to_string()));
        }
        chosen.push((id, answer));
    }
    let cells: Vec<(&str, &str)> = cells
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    fill(file, QUESTIONS, &cells);
    chosen
}

#[test]
fn filled_workbooks_are_imported_with_every_answer_and_comment() {
    let dir = tempfile::tempdir().unwrap();
    let out = invited(dir.path(), "nl");
    let anouk = fill_in(&out.join("anouk-de-vries.xlsx"), 0, true);
    let bram = fill_in(&out.join("bram-jansen.xlsx"), 2, false);

    let output = import(dir.path(), "antwoorden");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("Geïmporteerd uit antwoorden (2 ingevulde Excel-bestanden):"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "180 rijen met 179 antwoorden (2 weet niet, 2 niet van toepassing, 1 overgeslagen)"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 onvolledig"),
        "{stdout}"
    );
    assert!(
        stdout.contains("onvolledig: Anouk de Vries (Gemeente Aldersum)"),
        "{stdout}"
    );
    // The files written are listed only with --verbose.
    assert!(!stdout.contains("assessments"), "{stdout}");

    let data = Workspace::at(dir.path().join("ws")).load().unwrap();
    assert_eq!(data.organisations[0].name, "Gemeente Aldersum");
    for (name, chosen, complete) in [
        ("Anouk de Vries", &anouk, false),
        ("Bram Jansen", &bram, true),
    ] {
        let assessment = &data
            .assessments
            .iter()
            .find(|a| a.assessment.respondent == name)
            .unwrap()
            .assessment;
        assert_eq!(assessment.round, "2025");
        assert_eq!(assessment.complete, complete, "{name}");
        for (id, answer) in chosen {
            assert_eq!(
                assessment.answers.get(id.as_str()).copied(),
                *answer,
                "{name} {id}"
            );
        }
        let (third, _) = &chosen[2];
        assert_eq!(
            assessment.comments[third.as_str()],
            "Alleen voor vergunningen"
        );
    }
    let roles: Vec<_> = data.assessments.iter().map(|a| a.assessment.role).collect();
    assert!(roles.contains(&rijp::model::assessment::Role::IAdviser));
    assert!(roles.contains(&rijp::model::assessment::Role::Management));
}

/// Invites, fills both workbooks, spoils Anouk's with `spoil`, imports the folder and returns
/// what the import said and the respondents it stored.
fn spoiled(spoil: impl Fn(&Path)) -> (Output, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let out = invited(dir.path(), "nl");
    fill_in(&out.join("anouk-de-vries.xlsx"), 0, false);
    fill_in(&out.join("bram-jansen.xlsx"), 1, false);
    spoil(&out.join("anouk-de-vries.xlsx"));
    let output = import(dir.path(), "antwoorden");
    let data = Workspace::at(dir.path().join("ws")).load().unwrap();
    let stored = data
        .assessments
        .iter()
        .map(|a| a.assessment.respondent.clone())
        .collect();
    (output, stored)
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_value_outside_the_list_refuses_the_file_by_its_cell() {
    let (output, stored) = spoiled(|file| fill(file, QUESTIONS, &[("D14", "Heel erg eens")]));
    assert!(!output.status.success());
    assert_eq!(
        stderr(&output),
        "antwoorden/anouk-de-vries.xlsx:Vragenlijst!D14: 'Heel erg eens' staat niet in de lijst \
         (Helemaal oneens; Oneens; Niet eens, niet oneens; Eens; Helemaal eens; Weet niet)\n\
         1 bestand geweigerd; daaruit is niets geïmporteerd\n"
    );
    // The other respondent's workbook is imported.
    assert_eq!(stored, ["Bram Jansen"]);
}

#[test]
fn not_applicable_where_the_statement_does_not_offer_it_is_refused() {
    let (output, stored) = spoiled(|file| fill(file, QUESTIONS, &[("D12", "Niet van toepassing")]));
    assert!(
        stderr(&output).starts_with("antwoorden/anouk-de-vries.xlsx:Vragenlijst!D12: "),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("cx13"), "{}", stderr(&output));
    assert_eq!(stored, ["Bram Jansen"]);
}

#[test]
fn a_changed_statement_code_refuses_the_file() {
    let (output, stored) = spoiled(|file| fill(file, QUESTIONS, &[("A13", "cx13")]));
    assert_eq!(
        stderr(&output),
        "antwoorden/anouk-de-vries.xlsx:Vragenlijst!A13: de code van de stelling is veranderd: \
         'cx13' in plaats van 'cx14'\n1 bestand geweigerd; daaruit is niets geïmporteerd\n"
    );
    assert_eq!(stored, ["Bram Jansen"]);
}

#[test]
fn a_workbook_of_another_questionnaire_version_is_refused() {
    let (output, stored) = spoiled(|file| fill(file, META, &[("B2", "2")]));
    assert_eq!(
        stderr(&output),
        "antwoorden/anouk-de-vries.xlsx:rijp!B2: dit bestand hoort bij vragenlijst \
         digitale-volwassenheid versie 2, maar hier geldt digitale-volwassenheid versie 3; stuur \
         de respondent een nieuwe uitnodiging\n1 bestand geweigerd; daaruit is niets geïmporteerd\n"
    );
    assert_eq!(stored, ["Bram Jansen"]);
}

#[test]
fn one_refused_workbook_imported_alone_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = invited(dir.path(), "en");
    fill(
        &out.join("bram-jansen.xlsx"),
        QUESTIONS,
        &[("D12", "Agree"), ("D20", "Eens")],
    );
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .current_dir(dir.path())
        .args([
            "import",
            "antwoorden/bram-jansen.xlsx",
            "--workspace",
            "ws",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let text = stderr(&output);
    assert!(text.starts_with("antwoorden/bram-jansen.xlsx:Questionnaire!D20: 'Eens' is not in the list (Strongly disagree;"), "{text}");
    assert!(text.ends_with("Nothing was imported.\n"), "{text}");
    assert!(!dir.path().join("ws/assessments").exists());
}

/// A workbook filled in and saved as .ods by LibreOffice Calc 7.4 (the fixture): every
/// statement a label in turn, the first left blank, "Weet niet" on the second, "Niet van
/// toepassing" on sb01 and a comment on the third.
#[test]
fn a_workbook_saved_by_libreoffice_as_ods_is_imported_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invite/anouk-de-vries.ods");
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .current_dir(dir.path())
        .args([
            "import",
            fixture.to_str().unwrap(),
            "--verbose",
            "--workspace",
            "ws",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("ws/assessments/2025/gemeente-aldersum/anouk-de-vries.yaml"),
        "{stdout}"
    );
    let data = Workspace::at(dir.path().join("ws")).load().unwrap();
    let assessment = &data.assessments[0].assessment;
    assert_eq!(assessment.respondent, "Anouk de Vries");
    assert!(!assessment.complete);
    let questionnaire = rijp::model::questionnaire::Questionnaire::bundled().unwrap();
    for (index, item) in questionnaire.items().enumerate() {
        let expected = match (index, item.id.as_str()) {
            (0, _) => None,
            (1, _) => Some(Answer::DontKnow),
            (_, "sb01") => Some(Answer::NotApplicable),
            _ => Some(Answer::Value(index as u8 % 5 + 1)),
        };
        assert_eq!(
            assessment.answers.get(item.id.as_str()).copied(),
            expected,
            "{}",
            item.id
        );
    }
    let third = questionnaire.items().nth(2).unwrap();
    assert_eq!(
        assessment.comments[third.id.as_str()],
        "Alleen voor vergunningen"
    );
}
