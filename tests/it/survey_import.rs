//! Survey data as it really arrives: a LimeSurvey CSV export through the shipped mapping, a
//! Windows-1252 semicolon CSV saved by Dutch Excel, and a Microsoft Forms workbook, each made
//! with a real writer; every stored answer is checked, and a broken row is reported at its
//! real line or cell.

use std::path::{Path, PathBuf};

use rijp::ingest::import::{self, ImportError, Place, ProblemKind, SourceKind, TextEncoding};
use rijp::model::assessment::{Answer, Answers, Assessment, Role};
use rijp::store::workspace::{Workspace, WorkspaceData};

fn shipped(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/mappings")
        .join(name)
}

fn empty_workspace() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path().join("ws"));
    std::fs::create_dir_all(workspace.root()).unwrap();
    (dir, workspace)
}

/// The item columns of a shipped mapping, in the questionnaire's item order.
fn mapped_columns(mapping: &str) -> Vec<(String, String)> {
    let mapping: import::WideMapping = rijp::model::yaml::read(&shipped(mapping)).unwrap();
    let questionnaire = rijp::model::questionnaire::Questionnaire::bundled().unwrap();
    let order: Vec<String> = questionnaire.items().map(|i| i.id.clone()).collect();
    let mut columns: Vec<(String, String)> = mapping
        .items
        .iter()
        .map(|(column, item)| (column.clone(), item.value.clone()))
        .collect();
    columns.sort_by_key(|(_, item)| order.iter().position(|i| i == item));
    columns
}

fn assessment<'a>(data: &'a WorkspaceData, respondent: &str) -> &'a Assessment {
    &data
        .assessments
        .iter()
        .find(|a| a.assessment.respondent == respondent)
        .unwrap_or_else(|| panic!("no assessment for {respondent}"))
        .assessment
}

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs.iter().map(|(k, v)| (*k, *v)).collect()
}

/// A LimeSurvey export: every field quoted, CRLF lines, its own columns before the answers.
fn limesurvey_csv(dir: &Path, rows: &[Vec<&str>]) -> PathBuf {
    let columns = mapped_columns("limesurvey.yaml");
    let mut header: Vec<String> = [
        "id",
        "submitdate",
        "lastpage",
        "startlanguage",
        "seed",
        "startdate",
        "datestamp",
        "GEMEENTE",
        "FUNCTIE",
    ]
    .map(String::from)
    .to_vec();
    header.extend(columns.iter().map(|(column, _)| column.clone()));
    let path = dir.join("results-survey123456.csv");
    let mut writer = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .terminator(csv::Terminator::CRLF)
        .from_path(&path)
        .unwrap();
    writer.write_record(&header).unwrap();
    for row in rows {
        let mut record: Vec<String> = row.iter().map(|c| c.to_string()).collect();
        record.resize(header.len(), String::new());
        writer.write_record(&record).unwrap();
    }
    writer.flush().unwrap();
    path
}

#[test]
fn a_limesurvey_export_imports_through_the_shipped_mapping() {
    let (dir, workspace) = empty_workspace();
    let data = workspace.load().unwrap();
    // "Niet van toepassing" goes to the first item that offers it (the cooperation's).
    let offering = data
        .questionnaire
        .items()
        .position(|i| data.questionnaire.allows_not_applicable(i))
        .unwrap();
    // Columns after FUNCTIE: cx13, cx14, … in item order.
    let mut first_row = vec![
        "1",
        "2025-03-21 16:10:11",
        "4",
        "nl",
        "1842",
        "2025-03-21 15:58:02",
        "2025-03-21 16:10:11",
        "Gemeente Aldersum",
        "Medewerker",
        "Eens",
        "Helemaal eens",
        "Weet niet / niet van toepassing",
        "Geen antwoord",
        "",
        "Helemaal oneens",
    ];
    first_row.resize(9 + offering, "");
    first_row.push("Niet van toepassing");
    let file = limesurvey_csv(
        dir.path(),
        &[
            first_row,
            vec![
                "2",
                "",
                "2",
                "nl",
                "77",
                "2025-03-22 09:00:00",
                "2025-03-22 09:04:40",
                "Gemeente Aldersum",
                "Bestuurder (wethouder, burgemeester)",
                "Oneens",
                "Neutraal",
            ],
        ],
    );
    let summary =
        import::import_wide_csv(&workspace, &data, &file, &shipped("limesurvey.yaml")).unwrap();
    assert_eq!(summary.rows, 2);
    assert_eq!(summary.answers, 7);
    assert_eq!(
        (summary.dont_know, summary.not_applicable, summary.skipped),
        (1, 1, 2 * 90 - 7)
    );
    assert_eq!(summary.incomplete, 1);
    assert_eq!(summary.assessments_created, 2);
    assert_eq!(
        summary.source,
        SourceKind::Csv {
            encoding: TextEncoding::Utf8,
            delimiter: ','
        }
    );

    let data = workspace.load().unwrap();
    let first = assessment(&data, "1");
    assert_eq!(first.organisation, "gemeente-aldersum");
    assert_eq!(first.round, "2025");
    assert_eq!(first.role, Role::Staff);
    assert_eq!(
        first.date.as_deref(),
        Some("2025-03-21"),
        "the date-time keeps its date"
    );
    assert!(first.complete);
    let items: Vec<String> = data.questionnaire.items().map(|i| i.id.clone()).collect();
    assert_eq!(
        first.answers,
        answers(&[
            (&items[0], Answer::Value(4)),
            (&items[1], Answer::Value(5)),
            (&items[2], Answer::DontKnow),
            // items[3] "Geen antwoord" and items[4] empty: skipped, not "weet niet".
            (&items[5], Answer::Value(1)),
            (&items[offering], Answer::NotApplicable),
        ])
    );
    let second = assessment(&data, "2");
    assert!(
        !second.complete,
        "an empty submitdate is an incomplete response"
    );
    assert_eq!(second.role, Role::Board);
    assert_eq!(second.date, None);
    assert_eq!(
        second.answers,
        answers(&[(&items[0], Answer::Value(2)), (&items[1], Answer::Value(3))])
    );
}

#[test]
fn a_broken_limesurvey_row_is_reported_at_its_real_line() {
    let (dir, workspace) = empty_workspace();
    let data = workspace.load().unwrap();
    let file = limesurvey_csv(
        dir.path(),
        &[
            vec![
                "1",
                "2025-02-31 10:00:00",
                "4",
                "nl",
                "1",
                "",
                "",
                "Gemeente A",
                "Medewerker",
                "Soms",
            ],
            vec![
                "2",
                "2025-03-01 10:00:00",
                "4",
                "nl",
                "1",
                "",
                "",
                "Gemeente A",
                "Medewerker",
                "Eens",
            ],
            vec![
                "3",
                "3-3-2025 9:01:00",
                "4",
                "nl",
                "1",
                "",
                "",
                "Gemeente A",
                "Portier",
                "Eens",
            ],
        ],
    );
    let error = import::import_wide_csv(&workspace, &data, &file, &shipped("limesurvey.yaml"))
        .unwrap_err()
        .downcast::<ImportError>()
        .unwrap();
    let found: Vec<(Place, Option<&str>)> = error
        .problems
        .iter()
        .map(|p| (p.at.clone(), p.field.as_deref()))
        .collect();
    let at = |line, column| Place::Line {
        line,
        column: Some(column),
    };
    assert_eq!(
        found,
        [
            (at(2, 2), Some("submitdate")),
            (at(2, 10), Some("CX[SQ001]")),
            (at(4, 9), Some("FUNCTIE")),
        ],
        "the first data row is line 2"
    );
    assert!(
        matches!(&error.problems[0].kind, ProblemKind::BadDate { text } if text == "2025-02-31 10:00:00")
    );
    assert_eq!(std::fs::read_dir(workspace.root()).unwrap().count(), 0);
}

#[test]
fn a_windows_1252_semicolon_csv_from_dutch_excel_is_decoded() {
    let (dir, workspace) = empty_workspace();
    let data = workspace.load().unwrap();
    let text = "organisation;respondent;round;item;answer;role;date;comment\r\n\
Gemeente Súdwest-Fryslân;Anouk;2025;cx13;4;i-adviseur;3-3-2025 9:01:00;Prima – kost € 5\r\n\
Gemeente Súdwest-Fryslân;Anouk;2025;cx05;weet niet;i-adviseur;3-3-2025 9:01:00;\r\n\
Gemeente Súdwest-Fryslân;Anouk;2025;sb01;n.v.t.;i-adviseur;3-3-2025 9:01:00;\r\n\
Gemeente Súdwest-Fryslân;Anouk;2025;so01;niet van toepassing;i-adviseur;3-3-2025 9:01:00;\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture is not UTF-8"
    );
    let file = dir.path().join("antwoorden.csv");
    std::fs::write(&file, &bytes).unwrap();
    let summary = import::import_long_csv(&workspace, &data, &file).unwrap();
    assert_eq!(
        summary.source,
        SourceKind::Csv {
            encoding: TextEncoding::Windows1252,
            delimiter: ';'
        }
    );
    assert_eq!(
        (summary.answers, summary.dont_know, summary.not_applicable),
        (4, 1, 2)
    );
    assert_eq!(summary.organisations_created, ["Gemeente Súdwest-Fryslân"]);
    let data = workspace.load().unwrap();
    let anouk = assessment(&data, "Anouk");
    assert_eq!(anouk.organisation, "gemeente-sudwest-fryslan");
    assert_eq!(anouk.role, Role::IAdviser);
    assert_eq!(anouk.date.as_deref(), Some("2025-03-03"));
    assert_eq!(
        anouk.answers,
        answers(&[
            ("cx05", Answer::DontKnow),
            ("cx13", Answer::Value(4)),
            ("sb01", Answer::NotApplicable),
            ("so01", Answer::NotApplicable),
        ])
    );
    assert_eq!(anouk.comments["cx13"], "Prima – kost € 5");
}

#[test]
fn a_file_in_neither_encoding_is_refused() {
    let (dir, workspace) = empty_workspace();
    let data = workspace.load().unwrap();
    let file = dir.path().join("utf16.csv");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "organisation,respondent\n".encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    std::fs::write(&file, bytes).unwrap();
    let error = import::import_long_csv(&workspace, &data, &file)
        .unwrap_err()
        .downcast::<ImportError>()
        .unwrap();
    assert!(
        matches!(error.problems[0].kind, ProblemKind::NotText { byte: 4 }),
        "{error:?}"
    );
}

/// A Microsoft Forms result workbook: its own columns, the start time as a date cell, then
/// one column per statement.
fn forms_workbook(dir: &Path, rows: &[(&str, &str, &[&str])]) -> PathBuf {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let columns = mapped_columns("microsoft-forms.yaml");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Blad1").unwrap();
    let header = [
        "Id",
        "Begintijd",
        "Tijd van voltooien",
        "E-mail",
        "Naam",
        "Gemeente",
        "Functie",
    ];
    for (column, name) in header.iter().enumerate() {
        sheet.write_string(0, column as u16, *name).unwrap();
    }
    for (index, (column, _)) in columns.iter().enumerate() {
        sheet
            .write_string(0, (header.len() + index) as u16, column)
            .unwrap();
    }
    let date = Format::new().set_num_format("d-m-yyyy h:mm:ss");
    for (index, (role, started, cells)) in rows.iter().enumerate() {
        let row = index as u32 + 1;
        sheet.write_number(row, 0, f64::from(row)).unwrap();
        let started = ExcelDateTime::parse_from_str(started).unwrap();
        sheet
            .write_datetime_with_format(row, 1, &started, &date)
            .unwrap();
        sheet
            .write_datetime_with_format(row, 2, &started, &date)
            .unwrap();
        sheet.write_string(row, 3, "anoniem").unwrap();
        sheet.write_string(row, 5, "Gemeente Brakeveen").unwrap();
        sheet.write_string(row, 6, *role).unwrap();
        for (offset, cell) in cells.iter().enumerate() {
            let column = (header.len() + offset) as u16;
            match cell.parse::<f64>() {
                Ok(number) => sheet.write_number(row, column, number).unwrap(),
                Err(_) => sheet.write_string(row, column, *cell).unwrap(),
            };
        }
    }
    let path = dir.join("Digitale volwassenheid(1-2).xlsx");
    workbook.save(&path).unwrap();
    path
}

#[test]
fn a_forms_workbook_imports_from_its_first_sheet() {
    let (dir, workspace) = empty_workspace();
    let data = workspace.load().unwrap();
    let file = forms_workbook(
        dir.path(),
        &[
            (
                "Medewerker",
                "2025-03-03 09:01:00",
                &["Eens", "4", "Weet niet / niet van toepassing"],
            ),
            (
                "Bestuurder",
                "2025-03-04 14:30:00",
                &["", "Helemaal oneens"],
            ),
        ],
    );
    let summary =
        import::import_wide_csv(&workspace, &data, &file, &shipped("microsoft-forms.yaml"))
            .unwrap();
    assert_eq!(
        summary.source,
        SourceKind::Sheet {
            name: "Blad1".to_string()
        }
    );
    assert_eq!(
        (summary.rows, summary.answers, summary.skipped),
        (2, 4, 87 + 89)
    );
    let data = workspace.load().unwrap();
    let items: Vec<String> = data.questionnaire.items().map(|i| i.id.clone()).collect();
    let first = assessment(&data, "1");
    assert_eq!(first.organisation, "gemeente-brakeveen");
    assert_eq!(first.role, Role::Staff);
    assert_eq!(first.date.as_deref(), Some("2025-03-03"));
    assert_eq!(
        first.answers,
        answers(&[
            (&items[0], Answer::Value(4)),
            (&items[1], Answer::Value(4)),
            (&items[2], Answer::DontKnow),
        ])
    );
    let second = assessment(&data, "2");
    assert_eq!(second.role, Role::Board);
    assert_eq!(second.date.as_deref(), Some("2025-03-04"));
    assert_eq!(second.answers, answers(&[(&items[1], Answer::Value(1))]));
}

#[test]
fn a_broken_workbook_row_is_reported_at_its_cell() {
    let (dir, workspace) = empty_workspace();
    let data = workspace.load().unwrap();
    let file = forms_workbook(
        dir.path(),
        &[
            ("Medewerker", "2025-03-03 09:01:00", &["Eens"]),
            ("Medewerker", "2025-03-03 09:05:00", &["Eens", "Soms"]),
        ],
    );
    let options = import::ImportOptions {
        mapping: Some(&shipped("microsoft-forms.yaml")),
        sheet: Some("blad1"),
    };
    let error = import::import(&workspace, &data, &file, options)
        .unwrap_err()
        .downcast::<ImportError>()
        .unwrap();
    assert_eq!(error.problems.len(), 1, "{error:?}");
    assert_eq!(
        error.problems[0].at,
        Place::Cell {
            sheet: "Blad1".to_string(),
            row: 3,
            column: Some(8)
        },
        "row 3, column I"
    );
    let text = rijp::words::i18n::ingest::error_text(rijp::model::Lang::En, &error);
    assert!(text.contains(".xlsx:Blad1!I3: "), "{text}");
    assert!(text.contains("'Soms' is not an answer"), "{text}");

    let options = import::ImportOptions {
        mapping: Some(&shipped("microsoft-forms.yaml")),
        sheet: Some("Blad2"),
    };
    let error = import::import(&workspace, &data, &file, options)
        .unwrap_err()
        .downcast::<ImportError>()
        .unwrap();
    assert!(
        matches!(&error.problems[0].kind, ProblemKind::NoSuchSheet { sheets, .. } if sheets == &["Blad1"])
    );
}

#[test]
fn the_shipped_mappings_map_every_item_of_the_bundled_questionnaire_once() {
    let questionnaire = rijp::model::questionnaire::Questionnaire::bundled().unwrap();
    for name in ["limesurvey.yaml", "microsoft-forms.yaml"] {
        let mapping: import::WideMapping = rijp::model::yaml::read(&shipped(name)).unwrap();
        import::mapping::check_mapping(&mapping, &questionnaire)
            .unwrap_or_else(|problems| panic!("{name}: {problems:?}"));
        let mut mapped: Vec<String> = mapping.items.values().map(|i| i.value.clone()).collect();
        mapped.sort();
        let mut all: Vec<String> = questionnaire.items().map(|i| i.id.clone()).collect();
        all.sort();
        assert_eq!(mapped, all, "{name}");
    }
}
