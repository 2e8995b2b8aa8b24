//! The long format: one row per answer, with the columns `organisation, respondent, round,
//! item, answer` and optionally `role, date, comment`, in any order.

use std::collections::HashMap;
use std::path::Path;

use jiff::civil::Date;

use crate::ingest::import::collect::Collector;
use crate::ingest::import::dates::parse_date;
use crate::ingest::import::error::{ImportError, Needed, ProblemKind, Problems};
use crate::ingest::import::mapping::in_scale;
use crate::ingest::import::table::{Table, TableRow};
use crate::model::assessment::{Answer, Role};
use crate::model::questionnaire::{AnswerScale, Questionnaire};

pub const REQUIRED: [&str; 5] = ["organisation", "respondent", "round", "item", "answer"];
pub const OPTIONAL: [&str; 4] = ["role", "date", "comment", "version"];

/// Column positions by name, looked up several times for each of a million rows.
struct Columns(HashMap<&'static str, usize, foldhash::fast::RandomState>);

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
            Ok(row) if row.width() != width => {
                let found = row.width();
                problems.push(
                    row.at,
                    None,
                    ProblemKind::FieldCount {
                        found,
                        expected: width,
                    },
                )
            }
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
    collector.finish(file, problems, &table.header_at)
}

/// Checks the header: every column known, none twice, every required one there.
fn header(file: &Path, table: &Table) -> Result<Columns, ImportError> {
    let mut problems = Problems::default();
    let mut columns = HashMap::default();
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
    let mut check = RowCheck {
        row,
        columns,
        problems,
        importable: true,
    };
    let (questionnaire, version) = check.version(current, earlier);
    check.required_values();
    let item = check.item(collector, questionnaire);
    let answer = check.answer(&questionnaire.answer_scale);
    if answer == Some(Answer::NotApplicable) {
        check.not_applicable_offered(questionnaire);
    }
    let role = check.role();
    let date = check.date();
    let (Some(item), Some(answer), true) = (item, answer, check.importable) else {
        return;
    };
    let valid = ValidRow {
        item,
        answer,
        role,
        date,
        version,
    };
    add_answer(row, columns, valid, collector, problems);
}

/// The checks of one row: every problem is reported at its cell, and one that leaves the row
/// without its respondent, version, role or date keeps the row out.
struct RowCheck<'a> {
    row: &'a TableRow,
    columns: &'a Columns,
    problems: &'a mut Problems,
    importable: bool,
}

impl<'a> RowCheck<'a> {
    fn cell(&self, name: &str) -> &'a str {
        self.columns.get(self.row, name)
    }

    fn report(&mut self, name: &str, kind: ProblemKind) {
        self.problems
            .push(self.columns.place(self.row, name), Some(name), kind);
    }

    fn refuse(&mut self, name: &str, kind: ProblemKind) {
        self.report(name, kind);
        self.importable = false;
    }

    /// The version the answer was given against: the current one unless the row says an
    /// earlier one (an export of earlier rounds imports again as it was answered).
    fn version<'q>(
        &mut self,
        current: &'q Questionnaire,
        earlier: &'q [Questionnaire],
    ) -> (&'q Questionnaire, Option<u32>) {
        let version_text = self.cell("version");
        if version_text.is_empty() {
            return (current, None);
        }
        let found = version_text.parse::<u32>().ok().and_then(|version| {
            std::iter::once(current)
                .chain(earlier)
                .find(|q| q.version == version)
        });
        match found {
            Some(q) => (q, Some(q.version)),
            None => {
                self.refuse(
                    "version",
                    ProblemKind::UnknownVersion {
                        text: version_text.to_string(),
                        questionnaire: current.id.clone(),
                    },
                );
                (current, None)
            }
        }
    }

    /// Organisation, respondent, round and item are never empty.
    fn required_values(&mut self) {
        for (name, needed) in [
            ("organisation", Needed::Organisation),
            ("respondent", Needed::Respondent),
            ("round", Needed::Round),
            ("item", Needed::Item),
        ] {
            if self.cell(name).is_empty() {
                self.refuse(name, ProblemKind::EmptyValue(needed));
            }
        }
    }

    /// The item, when the questionnaire version of the row has it.
    fn item(&mut self, collector: &Collector, questionnaire: &Questionnaire) -> Option<u16> {
        let item_text = self.cell("item");
        let item = collector
            .item(item_text)
            .filter(|_| questionnaire.item(item_text).is_some());
        if item.is_none() && !item_text.is_empty() {
            self.report(
                "item",
                ProblemKind::UnknownItem {
                    item: item_text.to_string(),
                    questionnaire: questionnaire.id.clone(),
                    version: questionnaire.version,
                },
            );
        }
        item
    }

    /// The answer, when it is on the scale or one of the unscored codes.
    fn answer(&mut self, scale: &AnswerScale) -> Option<Answer> {
        let answer_text = self.cell("answer");
        let answer = in_scale(Answer::parse(answer_text), scale.min, scale.max);
        if answer.is_none() {
            self.report(
                "answer",
                ProblemKind::BadAnswer {
                    text: answer_text.to_string(),
                    min: scale.min,
                    max: scale.max,
                    mapped: false,
                },
            );
        }
        answer
    }

    /// "Not applicable" only on an item that offers it.
    fn not_applicable_offered(&mut self, questionnaire: &Questionnaire) {
        let item = self.cell("item");
        if questionnaire.item(item).is_some() && !questionnaire.allows_not_applicable_id(item) {
            self.refuse(
                "answer",
                ProblemKind::NotApplicableNotOffered {
                    item: item.to_string(),
                },
            );
        }
    }

    /// The respondent's role, when the row gives one.
    fn role(&mut self) -> Option<Role> {
        let role_text = self.cell("role");
        if role_text.is_empty() {
            return None;
        }
        let role = Role::parse(role_text);
        if role.is_none() {
            self.refuse(
                "role",
                ProblemKind::UnknownRole {
                    text: role_text.to_string(),
                    mapped: false,
                },
            );
        }
        role
    }

    /// The day the answers were given, when the row gives one.
    fn date(&mut self) -> Option<Date> {
        let date_text = self.cell("date");
        if date_text.is_empty() {
            return None;
        }
        let date = parse_date(date_text);
        if date.is_none() {
            self.refuse(
                "date",
                ProblemKind::BadDate {
                    text: date_text.to_string(),
                },
            );
        }
        date
    }
}

/// What a row that passed every check adds.
struct ValidRow {
    item: u16,
    answer: Answer,
    role: Option<Role>,
    date: Option<Date>,
    version: Option<u32>,
}

/// Adds the answer to its respondent, with what the row says about them (role, date,
/// version) and its comment; a second answer to one item is a problem.
fn add_answer(
    row: &TableRow,
    columns: &Columns,
    valid: ValidRow,
    collector: &mut Collector,
    problems: &mut Problems,
) {
    let (index, _) = collector.respondent(
        columns.get(row, "organisation"),
        columns.get(row, "respondent"),
        columns.get(row, "round"),
        &row.at,
    );
    let comment = columns.get(row, "comment");
    if let Some(pending) = collector.get(index) {
        if let Some(role) = valid.role {
            pending.role = Some(role);
        }
        if valid.date.is_some() {
            pending.date = valid.date;
        }
        if valid.version.is_some() {
            pending.version = valid.version;
        }
        if !comment.is_empty() {
            pending.comments.push((valid.item, comment.to_string()));
        }
    }
    if let Some(first) = collector.answer(index, valid.item, valid.answer, row.at.number()) {
        problems.push(
            row.at.clone(),
            None,
            ProblemKind::DuplicateAnswer {
                first: row.at.other_row(first),
                item: columns.get(row, "item").to_string(),
            },
        );
    }
}
