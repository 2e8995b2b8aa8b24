//! Fills a workbook as a respondent would: writes cells into its sheet XML, as a spreadsheet
//! program saves them.

use std::io::{Read, Write};
use std::path::Path;

/// The XML of every part of an .xlsx, by name, in order.
pub fn parts(file: &Path) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    (0..archive.len())
        .map(|index| {
            let mut part = archive.by_index(index).unwrap();
            let mut bytes = Vec::new();
            part.read_to_end(&mut bytes).unwrap();
            (part.name().unwrap().to_string(), bytes)
        })
        .collect()
}

pub fn part(file: &Path, name: &str) -> String {
    let parts = parts(file);
    let (_, bytes) = parts.iter().find(|(n, _)| n == name).unwrap();
    String::from_utf8(bytes.clone()).unwrap()
}

/// Writes text into cells (`("D14", "Eens")`) of a sheet part (`xl/worksheets/sheet2.xml`),
/// keeping each cell's style; an empty text empties the cell.
pub fn fill(file: &Path, sheet: &str, cells: &[(&str, &str)]) {
    let mut parts = parts(file);
    for (name, bytes) in &mut parts {
        if name != sheet {
            continue;
        }
        let mut xml = String::from_utf8(bytes.clone()).unwrap();
        for (cell, text) in cells {
            xml = set_cell(&xml, cell, text);
        }
        *bytes = xml.into_bytes();
    }
    let mut writer = zip::ZipWriter::new(std::fs::File::create(file).unwrap());
    for (name, bytes) in parts {
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(&bytes).unwrap();
    }
    writer.finish().unwrap();
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The sheet XML with one cell replaced by an inline string (the cell must exist).
fn set_cell(xml: &str, cell: &str, text: &str) -> String {
    let open = format!("<c r=\"{cell}\"");
    let start = xml.find(&open).unwrap_or_else(|| panic!("no cell {cell}"));
    let rest = &xml[start..];
    let head_end = rest.find('>').unwrap();
    let (end, attributes) = if rest[..head_end].ends_with('/') {
        (start + head_end + 1, &rest[open.len()..head_end - 1])
    } else {
        let close = rest.find("</c>").unwrap();
        (start + close + 4, &rest[open.len()..head_end])
    };
    let style: String = attributes
        .split_whitespace()
        .filter(|a| a.starts_with("s="))
        .collect();
    let replacement = if text.is_empty() {
        format!("<c r=\"{cell}\" {style}/>")
    } else {
        format!(
            "<c r=\"{cell}\" {style} t=\"inlineStr\"><is><t>{}</t></is></c>",
            escape(text)
        )
    };
    format!("{}{}{}", &xml[..start], replacement, &xml[end..])
}
