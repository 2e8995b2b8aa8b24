//! `rijp invite`: one fillable workbook per respondent, with the questionnaire's statements,
//! drop-down lists of its answer labels and everything locked but the answer cells.

use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader};

use crate::support::workbook::part;

fn rijp(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_rijp"))
        .current_dir(dir)
        .args(args)
        .args(["--workspace", "ws"])
        .output()
        .unwrap()
}

/// Workbooks for two respondents of Aldersum in a fresh folder.
pub fn invited(dir: &Path, lang: &str) -> PathBuf {
    let output = rijp(
        dir,
        &[
            "--lang",
            lang,
            "invite",
            "--organisation",
            "Gemeente Aldersum",
            "--round",
            "2025",
            "--respondents",
            "Anouk de Vries:i_adviser,Bram Jansen:MT",
            "--out",
            "antwoorden",
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    dir.join("antwoorden")
}

pub fn cell(range: &calamine::Range<Data>, at: &str) -> String {
    let (column, row) = at.split_at(1);
    let column = u32::from(column.as_bytes()[0] - b'A');
    let row: u32 = row.parse::<u32>().unwrap() - 1;
    range
        .get_value((row, column))
        .map(ToString::to_string)
        .unwrap_or_default()
}

#[test]
fn each_respondent_gets_a_workbook_with_every_statement_and_who_it_is_for() {
    let dir = tempfile::tempdir().unwrap();
    let out = invited(dir.path(), "nl");
    let output = String::from_utf8(rijp(dir.path(), &["--help"]).stdout).unwrap();
    assert!(output.contains("invite"));
    let file = out.join("anouk-de-vries.xlsx");
    assert!(out.join("bram-jansen.xlsx").exists());
    let mut workbook = calamine::open_workbook_auto(&file).unwrap();
    assert_eq!(
        workbook.sheet_names(),
        ["Introductie", "Vragenlijst", "rijp"]
    );
    let sheet = workbook.worksheet_range("Vragenlijst").unwrap();
    assert_eq!(cell(&sheet, "B3"), "Organisatie");
    assert_eq!(cell(&sheet, "C3"), "Gemeente Aldersum");
    assert_eq!(cell(&sheet, "C4"), "2025");
    assert_eq!(cell(&sheet, "C5"), "Anouk de Vries");
    assert_eq!(cell(&sheet, "C6"), "i-adviseur");
    assert_eq!(cell(&sheet, "C7"), "0 van 90");
    assert_eq!(cell(&sheet, "D9"), "Antwoord");
    // The first statement, under its pillar and scale.
    assert_eq!(cell(&sheet, "A10"), "Digitale ambitie en voortgang");
    assert_eq!(cell(&sheet, "B11"), "Klantervaring");
    assert_eq!(cell(&sheet, "A12"), "cx13");
    assert!(cell(&sheet, "B12").starts_with("Inwoners kunnen de diensten"));
    assert!(cell(&sheet, "C12").starts_with("Bij een gemeente bijvoorbeeld"));
    let ids: Vec<String> = (0..sheet.height() as u32)
        .filter_map(|row| sheet.get_value((row, 0)).map(ToString::to_string))
        .filter(|id| id.len() == 4 && id[2..].chars().all(|c| c.is_ascii_digit()))
        .collect();
    assert_eq!(ids.len(), 90);

    let meta = workbook.worksheet_range("rijp").unwrap();
    assert_eq!(cell(&meta, "B1"), "digitale-volwassenheid");
    assert_eq!(cell(&meta, "B2"), "3");
    assert_eq!(cell(&meta, "B8"), "i_adviser");
    assert_eq!(cell(&meta, "A11"), "cx13");
    assert_eq!(cell(&meta, "B11"), "12");
    assert_eq!(cell(&meta, "D1"), "Helemaal oneens");
    assert_eq!(cell(&meta, "D6"), "Weet niet");
    assert_eq!(cell(&meta, "D7"), "Niet van toepassing");

    // The hidden sheet is hidden, the sheets are locked, and only answer and comment cells
    // are not.
    let book = part(&file, "xl/workbook.xml");
    assert!(
        book.contains("name=\"rijp\" sheetId=\"3\" state=\"hidden\""),
        "{book}"
    );
    let questions = part(&file, "xl/worksheets/sheet2.xml");
    assert!(questions.contains("<sheetProtection"));
    // A drop-down of six labels on a leadership statement, of seven (with "niet van
    // toepassing") only on the cooperation's.
    let short = questions
        .matches("<formula1>rijp!$D$1:$D$6</formula1>")
        .count();
    let long = questions
        .matches("<formula1>rijp!$D$1:$D$7</formula1>")
        .count();
    let offered = rijp::model::questionnaire::Questionnaire::bundled()
        .unwrap()
        .items()
        .filter(|item| item.not_applicable)
        .count();
    assert_eq!((short, long), (90 - offered, offered));
    assert!(offered > 0);
    let styles = part(&file, "xl/styles.xml");
    assert_eq!(
        styles.matches("locked=\"0\"").count(),
        1,
        "one unlocked input style"
    );
}

#[test]
fn an_english_workbook_speaks_english_and_roles_come_from_the_protocol() {
    let dir = tempfile::tempdir().unwrap();
    let out = invited(dir.path(), "en");
    let mut workbook = calamine::open_workbook_auto(out.join("bram-jansen.xlsx")).unwrap();
    assert_eq!(
        workbook.sheet_names(),
        ["Introduction", "Questionnaire", "rijp"]
    );
    let sheet = workbook.worksheet_range("Questionnaire").unwrap();
    assert_eq!(cell(&sheet, "C6"), "Management");
    assert!(cell(&sheet, "B12").starts_with("Residents can arrange"));

    let refused = rijp(
        dir.path(),
        &[
            "invite",
            "--organisation",
            "Gemeente Aldersum",
            "--round",
            "2025",
            "--respondents",
            "Anouk:chef",
            "--out",
            "elders",
        ],
    );
    assert!(!refused.status.success());
    assert_eq!(
        String::from_utf8_lossy(&refused.stderr),
        "rijp: respondent 'Anouk': 'chef' is geen rol van het protocol van de vragenlijst \
         (wel: board, management, i_adviser, staff)\n"
    );
    assert!(!dir.path().join("elders").exists());
    // A second run never overwrites a workbook that may have come back filled in.
    let again = rijp(
        dir.path(),
        &[
            "invite",
            "--organisation",
            "Gemeente Aldersum",
            "--round",
            "2025",
            "--respondents",
            "Bram Jansen:MT",
            "--out",
            "antwoorden",
        ],
    );
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("bestaat al"));
}

#[test]
fn the_same_invitation_gives_the_same_bytes() {
    let one = tempfile::tempdir().unwrap();
    let two = tempfile::tempdir().unwrap();
    let a = std::fs::read(invited(one.path(), "nl").join("anouk-de-vries.xlsx")).unwrap();
    let b = std::fs::read(invited(two.path(), "nl").join("anouk-de-vries.xlsx")).unwrap();
    assert!(a == b);
}
