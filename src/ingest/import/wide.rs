//! The wide format: one row per respondent and one column per question, as survey tools
//! export it, read through a [`WideMapping`](super::mapping::WideMapping). An empty cell, or a
//! text mapped to `""`, is a skipped question: nothing is stored for it.

use std::path::Path;

use crate::ingest::import::collect::Collector;
use crate::ingest::import::dates::parse_date;
use crate::ingest::import::error::{ImportError, Needed, Place, ProblemKind, Problems};
use crate::ingest::import::mapping::{CheckedMapping, Mapped, WideMapping, in_scale, normal};
use crate::ingest::import::table::{Table, TableRow, at_column};
use crate::model::assessment::{Answer, Role};
use crate::model::questionnaire::Questionnaire;

/// Where a value comes from: a column, or one value for every row.
enum Source {
    Column(usize),
    Value(String),
}

/// The mapping's columns found in the header.
struct Layout {
    respondent: usize,
    organisation: Source,
    round: Source,
    role: Option<usize>,
    date: Option<usize>,
    complete: Option<usize>,
    /// (column, item index, the item id when "not applicable" may not be chosen on it).
    items: Vec<(usize, u16, Option<String>)>,
}

/// Reads every row into a collector through the mapping, or every problem found.
pub fn collect_wide(
    file: &Path,
    table: &mut Table,
    mapping: &WideMapping,
    checked: &CheckedMapping,
    questionnaire: &Questionnaire,
) -> Result<Collector, ImportError> {
    let mut collector = Collector::new(questionnaire);
    let layout = layout(file, table, mapping, &collector, questionnaire)?;
    let mut problems = Problems::default();
    let header = table.header.clone();
    let mut reader = RowReader {
        layout: &layout,
        checked,
        header: &header,
        questionnaire,
    };
    for row in table.by_ref() {
        match row {
            Ok(row) if row.is_blank() => {}
            Ok(row) => {
                collector.counts.rows += 1;
                reader.read(&row, &mut collector, &mut problems);
            }
            Err((at, kind)) => problems.push(at, None, kind),
        }
    }
    collector.finish(file, problems, &table.header_at)
}

/// Finds every column the mapping names in the header.
fn layout(
    file: &Path,
    table: &Table,
    mapping: &WideMapping,
    collector: &Collector,
    questionnaire: &Questionnaire,
) -> Result<Layout, ImportError> {
    let headers: Vec<String> = table.header.iter().map(|h| normal(h)).collect();
    let mut problems = Problems::default();
    let mut column = |name: &str| -> Option<usize> {
        let index = headers.iter().position(|h| *h == normal(name));
        if index.is_none() {
            problems.push(
                table.header_at.clone(),
                Some(name),
                ProblemKind::MappingColumnMissing {
                    columns: table
                        .header
                        .iter()
                        .filter(|h| !h.is_empty())
                        .cloned()
                        .collect(),
                },
            );
        }
        index
    };
    let mut source = |name: &Option<serde_saphyr::Spanned<String>>,
                      value: &Option<serde_saphyr::Spanned<String>>| {
        match (name, value) {
            (Some(name), _) => column(&name.value).map(Source::Column),
            (None, Some(value)) => Some(Source::Value(value.value.trim().to_string())),
            (None, None) => None,
        }
    };
    let organisation = source(&mapping.organisation, &mapping.organisation_value);
    let round = source(&mapping.round, &mapping.round_value);
    let respondent = column(&mapping.respondent.value);
    let role = mapping.role.as_ref().and_then(|r| column(&r.value));
    let date = mapping.date.as_ref().and_then(|d| column(&d.value));
    let complete = mapping.complete.as_ref().and_then(|c| column(&c.value));
    let items = mapping
        .items
        .iter()
        .filter_map(|(name, item)| {
            let id = item.value.trim();
            let refuses = (!questionnaire.allows_not_applicable_id(id)).then(|| id.to_string());
            Some((column(name)?, collector.item(id)?, refuses))
        })
        .collect();
    match (respondent, organisation, round) {
        (Some(respondent), Some(organisation), Some(round)) if problems.is_empty() => Ok(Layout {
            respondent,
            organisation,
            round,
            role,
            date,
            complete,
            items,
        }),
        _ => Err(problems.into_error(file)),
    }
}

/// Reads rows against one layout.
struct RowReader<'a> {
    layout: &'a Layout,
    checked: &'a CheckedMapping,
    header: &'a [String],
    questionnaire: &'a Questionnaire,
}

impl RowReader<'_> {
    fn heading(&self, column: usize) -> &str {
        self.header.get(column).map_or("", String::as_str)
    }

    fn value<'r>(&'r self, row: &'r TableRow, source: &'r Source) -> &'r str {
        match source {
            Source::Column(index) => row.cell(*index),
            Source::Value(value) => value,
        }
    }

    /// Checks one row and adds its respondent and answers.
    fn read(&mut self, row: &TableRow, collector: &mut Collector, problems: &mut Problems) {
        let layout = self.layout;
        let mut ok = true;
        let who = row.cell(layout.respondent);
        let organisation = self.value(row, &layout.organisation);
        let round = self.value(row, &layout.round);
        for (text, source, needed, field) in [
            (
                who,
                Some(layout.respondent),
                Needed::Respondent,
                "respondent",
            ),
            (
                organisation,
                column_of(&layout.organisation),
                Needed::Organisation,
                "organisation_value",
            ),
            (
                round,
                column_of(&layout.round),
                Needed::Round,
                "round_value",
            ),
        ] {
            if text.is_empty() {
                let (at, field) = match source {
                    Some(column) => (row.place_of(column), self.heading(column)),
                    None => (row.at.clone(), field),
                };
                problems.push(at, Some(field), ProblemKind::EmptyValue(needed));
                ok = false;
            }
        }
        let role = layout.role.and_then(|column| {
            let text = row.cell(column);
            let role = self
                .checked
                .roles
                .get(&normal(text))
                .copied()
                .or_else(|| Role::parse(text));
            if role.is_none() {
                let kind = ProblemKind::UnknownRole {
                    text: text.to_string(),
                    mapped: true,
                };
                problems.push(row.place_of(column), Some(self.heading(column)), kind);
                ok = false;
            }
            role
        });
        let date = layout.date.and_then(|column| {
            let text = row.cell(column);
            let date = parse_date(text);
            if date.is_none() && !text.is_empty() {
                let kind = ProblemKind::BadDate {
                    text: text.to_string(),
                };
                problems.push(row.place_of(column), Some(self.heading(column)), kind);
                ok = false;
            }
            date
        });
        let (answers, skipped) = self.answers(row, problems, &mut ok);
        if !ok {
            return;
        }
        let (index, new) = collector.respondent(organisation, who, round, &row.at);
        if !new {
            let first = collector
                .get(index)
                .map_or(Place::File, |pending| pending.first.clone());
            problems.push(
                row.at.clone(),
                None,
                ProblemKind::DuplicateRespondent { first },
            );
            return;
        }
        if let Some(pending) = collector.get(index) {
            pending.role = role;
            pending.date = date;
            pending.complete = layout.complete.map(|column| !row.cell(column).is_empty());
        }
        collector.counts.skipped += skipped;
        for (item, answer) in answers {
            collector.answer(index, item, answer, row.at.number());
        }
    }

    /// The row's answers by item index, and how many mapped questions it skipped.
    fn answers(
        &self,
        row: &TableRow,
        problems: &mut Problems,
        ok: &mut bool,
    ) -> (Vec<(u16, Answer)>, usize) {
        let scale = &self.questionnaire.answer_scale;
        let mut answers = Vec::new();
        let mut skipped = 0;
        for (column, item, refuses_not_applicable) in &self.layout.items {
            let text = row.cell(*column);
            let mapped = if text.is_empty() {
                Some(Mapped::Skipped)
            } else {
                self.checked
                    .answers
                    .get(&normal(text))
                    .copied()
                    .or_else(|| {
                        in_scale(Answer::parse(text), scale.min, scale.max).map(Mapped::Answer)
                    })
            };
            match mapped {
                Some(Mapped::Answer(Answer::NotApplicable)) if refuses_not_applicable.is_some() => {
                    let kind = ProblemKind::NotApplicableNotOffered {
                        item: refuses_not_applicable.clone().unwrap_or_default(),
                    };
                    let place = at_column(&row.at, *column);
                    problems.push(place, Some(self.heading(*column)), kind);
                    *ok = false;
                }
                Some(Mapped::Answer(answer)) => answers.push((*item, answer)),
                Some(Mapped::Skipped) => skipped += 1,
                None => {
                    let kind = ProblemKind::BadAnswer {
                        text: text.to_string(),
                        min: scale.min,
                        max: scale.max,
                        mapped: true,
                    };
                    let place = at_column(&row.at, *column);
                    problems.push(place, Some(self.heading(*column)), kind);
                    *ok = false;
                }
            }
        }
        (answers, skipped)
    }
}

fn column_of(source: &Source) -> Option<usize> {
    match source {
        Source::Column(index) => Some(*index),
        Source::Value(_) => None,
    }
}
