//! Returned files are untrusted: a workbook that unpacks to more rows than an import accepts
//! is refused with a message naming the file, before it is laid out in memory, and nothing is
//! written; a file with many problems lists the first ones and counts the rest.

use std::io::Write;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

use crate::support::mini;

fn rijp() -> Command {
    let mut command = Command::cargo_bin("rijp").unwrap();
    command.env_remove("RIJP_WORKSPACE");
    command
}

/// Every file under a folder with its contents, to show nothing changed.
fn contents(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                files.push((path, bytes));
            }
        }
    }
    files.sort();
    files
}

fn inline(reference: &str, text: &str) -> String {
    format!(r#"<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// A workbook of a few hundred bytes: a header, one answer, and one more cell two million and
/// one rows down, so that the sheet is more rows than an import accepts.
fn far_reaching_workbook(path: &Path) {
    let header = ["organisation", "respondent", "round", "item", "answer"];
    let answer = ["Gemeente A", "r7", "2025", "cx1", "3"];
    let row = |number: u32, cells: &[&str]| {
        let cells: String = cells
            .iter()
            .zip(["A", "B", "C", "D", "E"])
            .map(|(text, column)| inline(&format!("{column}{number}"), text))
            .collect();
        format!(r#"<row r="{number}">{cells}</row>"#)
    };
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{}{}{}</sheetData></worksheet>"#,
        row(1, &header),
        row(2, &answer),
        row(2_000_001, &["Gemeente A"]),
    );
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_string(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string(),
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Antwoorden" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_string(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_string(),
        ),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, text) in parts {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
}

#[test]
fn a_workbook_that_unpacks_past_the_row_budget_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    mini::write_workspace(&ws);
    let before = contents(&ws);
    let workbook = dir.path().join("teruggestuurd.xlsx");
    far_reaching_workbook(&workbook);
    assert!(std::fs::metadata(&workbook).unwrap().len() < 4_000);
    for (lang, refused, nothing) in [
        ("nl", "meer dan 2000000 rijen", "Er is niets geïmporteerd"),
        ("en", "more than 2000000 rows", "Nothing was imported"),
    ] {
        let output = rijp()
            .arg("import")
            .arg(&workbook)
            .arg("--workspace")
            .arg(&ws)
            .args(["--lang", lang])
            .output()
            .unwrap();
        assert!(!output.status.success());
        let message = String::from_utf8(output.stderr).unwrap();
        assert!(message.contains("teruggestuurd.xlsx"), "{message}");
        assert!(message.contains(refused), "{message}");
        assert!(message.contains(nothing), "{message}");
        assert_eq!(contents(&ws), before);
    }
}

#[test]
fn the_problems_of_an_import_are_listed_up_to_a_limit_and_the_rest_counted() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    mini::write_workspace(&ws);
    let before = contents(&ws);
    let csv = dir.path().join("veel-fouten.csv");
    let mut text = String::from("organisation,respondent,round,item,answer\n");
    for respondent in 0..237 {
        text.push_str(&format!("Gemeente A,r{respondent},2025,zz9,3\n"));
    }
    std::fs::write(&csv, text).unwrap();
    for (lang, more) in [
        ("nl", "… en nog 37 problemen"),
        ("en", "… and 37 more problems"),
    ] {
        let output = rijp()
            .arg("import")
            .arg(&csv)
            .arg("--workspace")
            .arg(&ws)
            .args(["--lang", lang])
            .output()
            .unwrap();
        assert!(!output.status.success());
        let message = String::from_utf8(output.stderr).unwrap();
        let listed = message
            .lines()
            .filter(|line| line.contains("veel-fouten.csv:"))
            .count();
        assert_eq!(
            listed,
            rijp::ingest::import::error::MAX_PROBLEMS_KEPT,
            "{message}"
        );
        assert!(message.contains(more), "{message}");
        assert_eq!(contents(&ws), before);
    }
}
