//! Messages of import, `export-data` and mappings, in Dutch and English: import problems
//! (from the typed [`ImportError`]), the import summary and the starter mapping.

use std::path::Path;

use crate::ingest::import::sheet::column_letters;
use crate::ingest::import::{ImportError, ImportSummary, Place, SourceKind, TextEncoding};
use crate::model::printable::printable;
use crate::words::i18n::Lang;

mod problems;
mod starter;

pub use starter::starter_yaml;

/// `n` with the noun in singular or plural.
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Text quoted from a file: any length, any characters.
pub(crate) fn quoted(text: &str) -> String {
    printable(text, 300)
}

/// Fixed sentences.
pub struct IngestTexts {
    pub nothing_imported: &'static str,
    pub more_problems: fn(usize) -> String,
    pub row: &'static str,
    pub imported_from: &'static str,
    pub separated_by: &'static str,
    pub sheet: &'static str,
    pub csv_needs_folder: &'static str,
    pub xlsx_needs_file: &'static str,
    pub delimiter_only_csv: &'static str,
    pub bad_delimiter: &'static str,
    pub incomplete: &'static str,
    pub refused_files: fn(usize) -> String,
}

pub const NL: IngestTexts = IngestTexts {
    nothing_imported: "Er is niets geïmporteerd.",
    more_problems: |n| format!("… en nog {}", count(n, "probleem", "problemen")),
    row: "rij",
    imported_from: "Geïmporteerd uit",
    separated_by: "gescheiden door",
    sheet: "blad",
    csv_needs_folder: "--format csv schrijft twee bestanden: geef een map met --out MAP",
    xlsx_needs_file: "--format xlsx schrijft één werkmap: geef een bestand met --out BESTAND.xlsx",
    delimiter_only_csv: "--delimiter geldt alleen voor --format csv",
    bad_delimiter: "--delimiter is één teken, bijvoorbeeld ';' of ','",
    incomplete: "onvolledig",
    refused_files: |n| {
        format!(
            "{} geweigerd; daaruit is niets geïmporteerd",
            count(n, "bestand", "bestanden")
        )
    },
};

pub const EN: IngestTexts = IngestTexts {
    nothing_imported: "Nothing was imported.",
    more_problems: |n| {
        format!(
            "… and {n} more {}",
            if n == 1 { "problem" } else { "problems" }
        )
    },
    row: "row",
    imported_from: "Imported from",
    separated_by: "separated by",
    sheet: "sheet",
    csv_needs_folder: "--format csv writes two files: name a folder with --out DIR",
    xlsx_needs_file: "--format xlsx writes one workbook: name a file with --out FILE.xlsx",
    delimiter_only_csv: "--delimiter applies to --format csv only",
    bad_delimiter: "--delimiter is one character, for example ';' or ','",
    incomplete: "incomplete",
    refused_files: |n| {
        format!(
            "{} refused; nothing was imported from {}",
            count(n, "file", "files"),
            if n == 1 { "it" } else { "them" }
        )
    },
};

pub fn texts(lang: Lang) -> &'static IngestTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// Where a problem is, as `file:line` or `file:Sheet!C5` (or `file:Sheet, row 5`).
fn place(lang: Lang, file: &Path, at: &Place) -> String {
    let file = file.display();
    match at {
        Place::File => format!("{file}"),
        Place::Line { line, .. } => format!("{file}:{line}"),
        Place::Cell {
            sheet,
            row,
            column: Some(column),
        } => format!("{file}:{}!{}{row}", quoted(sheet), column_letters(*column)),
        Place::Cell { sheet, row, .. } => {
            format!("{file}:{}, {} {row}", quoted(sheet), texts(lang).row)
        }
    }
}

/// Another place in the same file, for "line 2 already …".
pub(crate) fn place_in_file(lang: Lang, at: &Place) -> String {
    match (lang, at) {
        (_, Place::File) => String::new(),
        (Lang::Nl, Place::Line { line, .. }) => format!("regel {line}"),
        (Lang::En, Place::Line { line, .. }) => format!("line {line}"),
        (_, Place::Cell { row, .. }) => format!("{} {row}", texts(lang).row),
    }
}

/// Every problem on its own line (`place: field: message`), then that nothing was imported.
pub fn error_text(lang: Lang, error: &ImportError) -> String {
    let mut lines = problem_lines(lang, error);
    lines.push(texts(lang).nothing_imported.to_string());
    lines.join("\n")
}

/// Every problem of files refused while others were imported, then how many were refused.
pub fn refused_text(lang: Lang, errors: &[ImportError]) -> String {
    let mut lines: Vec<String> = errors.iter().flat_map(|e| problem_lines(lang, e)).collect();
    lines.push((texts(lang).refused_files)(errors.len()));
    lines.join("\n")
}

/// Every problem on its own line (`place: field: message`).
fn problem_lines(lang: Lang, error: &ImportError) -> Vec<String> {
    let mut lines: Vec<String> = error
        .problems
        .iter()
        .map(|problem| {
            let at = place(lang, &error.file, &problem.at);
            let message = problems::message(lang, &problem.kind);
            match &problem.field {
                Some(field) => format!("{at}: {}: {message}", printable(field, 80)),
                None => format!("{at}: {message}"),
            }
        })
        .collect();
    if error.more > 0 {
        lines.push((texts(lang).more_problems)(error.more));
    }
    lines
}

/// The import summary: what was read, what it holds, what was written.
pub fn summary_lines(lang: Lang, file: &Path, summary: &ImportSummary) -> Vec<String> {
    let t = texts(lang);
    let source = match &summary.source {
        SourceKind::Csv {
            encoding,
            delimiter,
        } => {
            let encoding = match encoding {
                TextEncoding::Utf8 => "UTF-8",
                TextEncoding::Windows1252 => "Windows-1252",
            };
            let delimiter = if *delimiter == '\t' {
                "tab".to_string()
            } else {
                format!("'{delimiter}'")
            };
            format!("{encoding}, {} {delimiter}", t.separated_by)
        }
        SourceKind::Sheet { name } => format!("{} '{}'", t.sheet, quoted(name)),
        SourceKind::Workbooks { count: n } => match lang {
            Lang::Nl => count(*n, "ingevuld Excel-bestand", "ingevulde Excel-bestanden"),
            Lang::En => count(*n, "filled-in workbook", "filled-in workbooks"),
        },
    };
    let s = summary;
    let (read, answers, assessments, created) = match lang {
        Lang::Nl => (
            format!(
                "{} met {}",
                count(s.rows, "rij", "rijen"),
                count(s.answers, "antwoord", "antwoorden")
            ),
            format!(
                "{} weet niet, {} niet van toepassing, {} overgeslagen",
                s.dont_know, s.not_applicable, s.skipped
            ),
            format!(
                "beoordelingen: {} nieuw, {} bijgewerkt, {} ongewijzigd, {} onvolledig",
                s.assessments_created, s.assessments_updated, s.assessments_unchanged, s.incomplete
            ),
            format!(
                "{} nieuwe {}, {} nieuwe {}",
                s.organisations_created.len(),
                if s.organisations_created.len() == 1 {
                    "organisatie"
                } else {
                    "organisaties"
                },
                s.rounds_created.len(),
                if s.rounds_created.len() == 1 {
                    "ronde"
                } else {
                    "rondes"
                },
            ),
        ),
        Lang::En => (
            format!(
                "{} with {}",
                count(s.rows, "row", "rows"),
                count(s.answers, "answer", "answers")
            ),
            format!(
                "{} don't know, {} not applicable, {} skipped",
                s.dont_know, s.not_applicable, s.skipped
            ),
            format!(
                "assessments: {} new, {} updated, {} unchanged, {} incomplete",
                s.assessments_created, s.assessments_updated, s.assessments_unchanged, s.incomplete
            ),
            format!(
                "{}, {}",
                count(
                    s.organisations_created.len(),
                    "new organisation",
                    "new organisations"
                ),
                count(s.rounds_created.len(), "new round", "new rounds"),
            ),
        ),
    };
    let mut lines = vec![
        format!("{} {} ({source}):", t.imported_from, file.display()),
        format!("  {read} ({answers})"),
        format!("  {assessments}"),
        format!("  {created}"),
    ];
    if !s.incomplete_respondents.is_empty() {
        let names: Vec<String> = s
            .incomplete_respondents
            .iter()
            .map(|(respondent, organisation)| {
                format!("{} ({})", quoted(respondent), quoted(organisation))
            })
            .collect();
        lines.push(format!("  {}: {}", t.incomplete, names.join(", ")));
    }
    lines
}
