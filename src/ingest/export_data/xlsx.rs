//! `export-data --format xlsx`: one workbook with the answers (the long format `import`
//! reads, so the sheet imports again unchanged), the scores, the organisations with their
//! profiles, the workspace's benchmarks and the improvement register (a plan of action a
//! steering group can sort and filter). Numbers are numeric cells, the header row is
//! frozen and columns are as wide as their contents, so a Dutch Excel opens it as it is.
//! The file's creation date is fixed: the same workspace gives the same bytes.

use std::path::Path;

use anyhow::Result;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet};

use crate::ingest::export_data::{ANSWER_COLUMNS, SCORE_COLUMNS, answer_rows, score_rows};
use crate::model::assessment::Answer;
use crate::store::atomic_file::write_atomic;
use crate::store::workspace::WorkspaceData;

/// The sheet names, in order.
pub const SHEETS: [&str; 5] = [
    "answers",
    "scores",
    "organisations",
    "benchmarks",
    "actions",
];

/// A cell: text or number (empty text for nothing).
enum Cell {
    Text(String),
    Number(f64),
    /// A calendar date, shown as `yyyy-mm-dd` so that Excel sorts and filters it as a date.
    Date(jiff::civil::Date),
}

fn text(value: impl Into<String>) -> Cell {
    Cell::Text(value.into())
}

fn number(value: impl Into<f64>) -> Cell {
    Cell::Number(value.into())
}

fn optional(value: Option<f64>) -> Cell {
    value.map_or_else(|| text(""), Cell::Number)
}

/// Writes one sheet: a bold frozen header, the rows, and widths from the contents.
fn sheet(sheet: &mut Worksheet, name: &str, header: &[&str], rows: &[Vec<Cell>]) -> Result<()> {
    sheet.set_name(name)?;
    let bold = Format::new().set_bold();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for (column, heading) in header.iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, *heading, &bold)?;
    }
    for (index, row) in rows.iter().enumerate() {
        let at = index as u32 + 1;
        for (column, cell) in row.iter().enumerate() {
            let length = match cell {
                Cell::Text(value) if value.is_empty() => 0,
                Cell::Text(value) => {
                    sheet.write_string(at, column as u16, value)?;
                    value.chars().count()
                }
                Cell::Number(value) => {
                    sheet.write_number(at, column as u16, *value)?;
                    value.to_string().len()
                }
                Cell::Date(date) => {
                    let excel = ExcelDateTime::from_ymd(
                        date.year().try_into()?,
                        date.month().try_into()?,
                        date.day().try_into()?,
                    )?;
                    sheet.write_datetime_with_format(at, column as u16, &excel, &day)?;
                    10
                }
            };
            if let Some(width) = widths.get_mut(column) {
                *width = (*width).max(length);
            }
        }
    }
    for (column, width) in widths.iter().enumerate() {
        sheet.set_column_width(column as u16, (*width).clamp(6, 60) as f64 + 2.0)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn answers(data: &WorkspaceData) -> Vec<Vec<Cell>> {
    answer_rows(data)
        .into_iter()
        .map(|row| {
            let answer = match Answer::parse(&row.answer) {
                Some(Answer::Value(value)) => number(value),
                _ => text(row.answer),
            };
            vec![
                text(row.organisation),
                text(row.respondent),
                text(row.round),
                text(row.item),
                answer,
                text(row.role),
                text(row.date),
                text(row.comment),
                number(row.version),
            ]
        })
        .collect()
}

fn scores(data: &WorkspaceData) -> Vec<Vec<Cell>> {
    score_rows(data)
        .into_iter()
        .map(|row| {
            vec![
                text(row.round),
                text(row.organisation_id),
                text(row.organisation),
                text(row.kind),
                text(row.scale),
                optional(row.score),
                number(row.n as f64),
                optional(row.sd),
                optional(row.min),
                optional(row.max),
                number(row.answered as f64),
                number(row.dont_know as f64),
                number(row.possible as f64),
            ]
        })
        .collect()
}

const ORGANISATION_COLUMNS: [&str; 11] = [
    "id",
    "name",
    "short_name",
    "cooperations",
    "inhabitants",
    "staff_fte",
    "workstations",
    "ict_budget_eur",
    "ict_staff_fte",
    "business_applications",
    "digital_satisfaction",
];

fn organisations(data: &WorkspaceData) -> Vec<Vec<Cell>> {
    data.organisations
        .iter()
        .map(|o| {
            let p = &o.profile;
            let whole = |value: Option<u64>| optional(value.map(|v| v as f64));
            vec![
                text(o.id.clone()),
                text(o.name.clone()),
                text(o.short_name.clone().unwrap_or_default()),
                text(o.cooperations.join(", ")),
                whole(p.inhabitants),
                optional(p.staff_fte),
                whole(p.workstations),
                optional(p.ict_budget_eur),
                optional(p.ict_staff_fte),
                whole(p.business_applications),
                optional(p.digital_satisfaction),
            ]
        })
        .collect()
}

const BENCHMARK_COLUMNS: [&str; 9] = [
    "benchmark",
    "name",
    "year",
    "illustrative",
    "scale",
    "mean",
    "n",
    "sd",
    "median",
];

fn benchmarks(data: &WorkspaceData) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    for (id, file) in &data.benchmarks {
        for (scale, stat) in &file.scores {
            rows.push(vec![
                text(id.clone()),
                text(file.name.clone()),
                optional(file.year.map(f64::from)),
                text(if file.illustrative { "yes" } else { "no" }),
                text(scale.clone()),
                number(stat.mean),
                optional(stat.n.map(|n| n as f64)),
                optional(stat.sd),
                optional(stat.median),
            ]);
        }
    }
    rows
}

const ACTION_COLUMNS: [&str; 13] = [
    "id",
    "organisation_id",
    "organisation",
    "scale",
    "characteristic",
    "finding",
    "action",
    "owner",
    "due",
    "status",
    "theme",
    "round",
    "notes",
];

/// The register, with ids and codes as in the files and names in the workspace's language.
/// An action of the cooperation as a whole has no organisation id. Whether an action is overdue depends on
/// the day the workbook is opened, so it is left to the due date: the same workspace gives
/// the same bytes.
fn actions(data: &WorkspaceData) -> Vec<Vec<Cell>> {
    let lang = data.settings.language.unwrap_or_default();
    data.actions
        .iter()
        .map(|action| {
            let questionnaire = data.questionnaire_of_round(&action.round);
            let theme = action
                .theme
                .as_deref()
                .and_then(|id| questionnaire.theme(id))
                .map_or_else(
                    || action.theme.clone().unwrap_or_default(),
                    |theme| theme.name.get(lang).to_string(),
                );
            // The cooperation as a whole has no organisation id; its name is the workspace's.
            let organisation = match &action.organisation {
                Some(id) => data
                    .organisation(id)
                    .map_or_else(|| id.clone(), |org| org.name.clone()),
                None => data.settings.name.clone().unwrap_or_default(),
            };
            let notes: Vec<String> = action
                .notes
                .iter()
                .map(|note| format!("{}: {}", note.date, note.text))
                .collect();
            vec![
                text(action.id.to_string()),
                text(action.organisation.clone().unwrap_or_default()),
                text(organisation),
                text(action.scale.clone()),
                text(questionnaire.scale_name(&action.scale, lang)),
                text(action.finding.clone().unwrap_or_default()),
                text(action.action.clone()),
                text(action.owner.clone()),
                Cell::Date(action.due),
                text(action.status.code()),
                text(theme),
                text(action.round.clone()),
                text(notes.join("; ")),
            ]
        })
        .collect()
}

/// The workbook's bytes.
pub fn workbook_bytes(data: &WorkspaceData) -> Result<Vec<u8>> {
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let content = [
        (&ANSWER_COLUMNS[..], answers(data)),
        (&SCORE_COLUMNS[..], scores(data)),
        (&ORGANISATION_COLUMNS[..], organisations(data)),
        (&BENCHMARK_COLUMNS[..], benchmarks(data)),
        (&ACTION_COLUMNS[..], actions(data)),
    ];
    for (name, (header, rows)) in SHEETS.iter().zip(content) {
        sheet(workbook.add_worksheet(), name, header, &rows)?;
    }
    Ok(workbook.save_to_buffer()?)
}

/// Writes the workbook to `file`, atomically.
pub fn write_xlsx(data: &WorkspaceData, file: &Path) -> Result<()> {
    write_atomic(file, &workbook_bytes(data)?)
}
