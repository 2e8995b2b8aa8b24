//! The long format: one row per answer, with the columns `organisation, respondent, round,
//! item, answer` and optionally `role, date, comment`, in any order.

use std::collections::HashMap;
use std::path::Path;

use crate::ingest::import::collect::Collector;
use crate::ingest::import::dates::parse_date;
use crate::ingest::import::error::{ImportError, Needed, ProblemKind, Problems};
use crate::ingest::import::mapping::in_scale;
use crate::ingest::import::table::{Table, TableRow};
use crate::model::assessment::{Answer, Role};
use crate::model::questionnaire::Questionnaire;

pub const REQUIRED: [&str; 5] = ["organisation", "respondent", "round", "item", "answer"];
pub const OPTIONAL: [&str; 4] = ["role", "date", "comment", "version"];

/// Column positions by name.
struct Columns(HashMap<&'static str, usize>);

impl Columns {
    fn get<'r>(&self, row: &'r TableRow, name: &str) -> &'r str {
        self.0.get(name).map_or("", |index| row.cell(*index))
    }

    fn place(&self, row: &TableRow, name: &str) -> crate::ingest::import::error::Place {
        match self.0.get(name) {
            Some(index) => row.place_of(*index),
            None => row.at.clone(),
        }
    }
}

/// Reads every row into a collector, or every problem found.
pub fn collect_long(
    file: &Path,
    table: &mut Table,
    questionnaire: &Questionnaire,
    earlier: &[Questionnaire],
) -> Result<Collector, ImportError> {
    let columns = header(file, table)?;
    let mut collector = Collector::with_earlier(questionnaire, earlier);
    let mut problems = Problems::default();
    let width = table.header.len();
    for row in table.by_ref() {
        match row {
            Ok(row) if row.is_blank() => {}
            Ok(row) if row.cells.len() != width => problems.push(
                row.at,
                None,
                ProblemKind::FieldCount {
                    found: row.cells.len(),
                    expected: width,
                },
            ),
            Ok(row) => {
                collector.counts.rows += 1;
                read_row(
                    &row,
                    &columns,
                    (questionnaire, earlier),
                    &mut collector,
                    &mut problems,
                );
            }
            Err((at, kind)) => problems.push(at, None, kind),
        }
    }
    if !problems.is_empty() {
        return Err(problems.into_error(file));
    }
    if collector.counts.answers == 0 {
        let at = table
            .header_at
            .other_row(table.header_at.number() as u32 + 1);
        return Err(ImportError::single(file, at, ProblemKind::NoAnswers));
    }
    Ok(collector)
}

/// Checks the header: every column known, none twice, every required one there.
fn header(file: &Path, table: &Table) -> Result<Columns, ImportError> {
    let mut problems = Problems::default();
    let mut columns = HashMap::new();
    for (index, name) in table.header.iter().enumerate() {
        let name = name.trim().to_lowercase();
        let known = REQUIRED.iter().chain(&OPTIONAL).find(|c| **c == name);
        let at = crate::ingest::import::table::at_column(&table.header_at, index);
        match known {
            Some(known) => {
                if columns.insert(*known, index).is_some() {
                    problems.push(at, Some(known), ProblemKind::DuplicateColumn);
                }
            }
            // A column without a heading (a trailing separator, a sheet's empty column A).
            None if name.is_empty() => {}
            None => problems.push(
                at,
                Some(&name),
                ProblemKind::UnknownColumn {
                    required: REQUIRED.to_vec(),
                    optional: OPTIONAL.to_vec(),
                },
            ),
        }
    }
    for required in REQUIRED {
        if !columns.contains_key(required) {
            let other_separator = table.delimiter() == Some(',') && table.header.len() == 1;
            problems.push(
                table.header_at.clone(),
                Some(required),
                ProblemKind::MissingColumn { other_separator },
            );
        }
    }
    if problems.is_empty() {
        Ok(Columns(columns))
    } else {
        Err(problems.into_error(file))
    }
}

/// Checks one row and adds its answer.
fn read_row(
    row: &TableRow,
    columns: &Columns,
    (current, earlier): (&Questionnaire, &[Questionnaire]),
    collector: &mut Collector,
    problems: &mut Problems,
) {
    let mut ok = true;
    let mut problem = |name: &str, kind: ProblemKind| {
        problems.push(columns.place(row, name), Some(name), kind);
    };
    // The version the answer was given against: the current one unless the row says an
    // earlier one (an export of earlier rounds imports again as it was answered).
    let version_text = columns.get(row, "version");
    let (questionnaire, version) = if version_text.is_empty() {
        (current, None)
    } else {
        let found = version_text.parse::<u32>().ok().and_then(|version| {
            std::iter::once(current)
                .chain(earlier)
                .find(|q| q.version == version)
        });
        match found {
            Some(q) => (q, Some(q.version)),
            None => {
                problem(
                    "version",
                    ProblemKind::UnknownVersion {
                        text: version_text.to_string(),
                        questionnaire: current.id.clone(),
                    },
                );
                ok = false;
                (current, None)
            }
        }
    };
    let scale = &questionnaire.answer_scale;
    for (name, needed) in [
        ("organisation", Needed::Organisation),
        ("respondent", Needed::Respondent),
        ("round", Needed::Round),
        ("item", Needed::Item),
    ] {
        if columns.get(row, name).is_empty() {
            problem(name, ProblemKind::EmptyValue(needed));
            ok = false;
        }
    }
    let item_text = columns.get(row, "item");
    let item = collector
        .item(item_text)
        .filter(|_| questionnaire.item(item_text).is_some());
    if item.is_none() && !item_text.is_empty() {
        problem(
            "item",
            ProblemKind::UnknownItem {
                item: item_text.to_string(),
                questionnaire: questionnaire.id.clone(),
                version: questionnaire.version,
            },
        );
    }
    let answer_text = columns.get(row, "answer");
    let answer = in_scale(Answer::parse(answer_text), scale.min, scale.max);
    if answer.is_none() {
        problem(
            "answer",
            ProblemKind::BadAnswer {
                text: answer_text.to_string(),
                min: scale.min,
                max: scale.max,
                mapped: false,
            },
        );
    }
    let role_text = columns.get(row, "role");
    let role = (!role_text.is_empty()).then(|| Role::parse(role_text));
    if role == Some(None) {
        problem(
            "role",
            ProblemKind::UnknownRole {
                text: role_text.to_string(),
                mapped: false,
            },
        );
        ok = false;
    }
    let date_text = columns.get(row, "date");
    let date = (!date_text.is_empty()).then(|| parse_date(date_text));
    if date == Some(None) {
        problem(
            "date",
            ProblemKind::BadDate {
                text: date_text.to_string(),
            },
        );
        ok = false;
    }
    let (Some(item), Some(answer), true) = (item, answer, ok) else {
        return;
    };
    let (index, _) = collector.respondent(
        columns.get(row, "organisation"),
        columns.get(row, "respondent"),
        columns.get(row, "round"),
        &row.at,
    );
    let comment = columns.get(row, "comment");
    if let Some(pending) = collector.get(index) {
        if let Some(Some(role)) = role {
            pending.role = Some(role);
        }
        if let Some(Some(date)) = date {
            pending.date = Some(date.to_string());
        }
        if version.is_some() {
            pending.version = version;
        }
        if !comment.is_empty() {
            pending.comments.push((item, comment.to_string()));
        }
    }
    if let Some(first) = collector.answer(index, item, answer, row.at.number()) {
        problems.push(
            row.at.clone(),
            None,
            ProblemKind::DuplicateAnswer {
                first: row.at.other_row(first),
                item: item_text.to_string(),
            },
        );
    }
}
