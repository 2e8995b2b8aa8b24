//! A LimeSurvey response export of the survey `rijp invite --format limesurvey` wrote,
//! recognised by its own question codes and read with no mapping: `id` is the respondent,
//! `ORG` the organisation (its answer code, or its name in an export of full answers),
//! `ROLE` the role, `RIJPQ` the questionnaire's id and version, `RIJPROUND` the round,
//! `submitdate` the date (empty for an incomplete response), and `CODE[item]` each
//! statement, whose subquestion code is the item id.

use std::collections::HashMap;
use std::path::Path;

use crate::ingest::import::collect::Collector;
use crate::ingest::import::dates::parse_date;
use crate::ingest::import::error::{ImportError, Needed, Place, ProblemKind, Problems};
use crate::ingest::import::table::{Table, TableRow};
use crate::ingest::invite::layout::answer_labels;
use crate::ingest::invite::limesurvey::{
    DONT_KNOW_CODE, NOT_APPLICABLE_CODE, ORGANISATION_CODE, QUESTIONNAIRE_CODE, ROLE_CODE,
    ROUND_CODE, organisation_code, role_of_code,
};
use crate::model::Lang;
use crate::model::assessment::{Answer, Role};
use crate::model::questionnaire::AnswerScale;
use crate::store::workspace::WorkspaceData;

const RESPONDENT: &str = "id";
const SUBMITTED: &str = "submitdate";

/// True for the header of a response export of rijp's own survey.
pub fn recognises(header: &[String]) -> bool {
    header.iter().any(|h| h == QUESTIONNAIRE_CODE) && header.iter().any(|h| statement(h).is_some())
}

/// The subquestion code of a `CODE[SUBCODE]` heading.
fn statement(heading: &str) -> Option<&str> {
    let (code, rest) = heading.split_once('[')?;
    let sub = rest.strip_suffix(']')?;
    (code.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && code.chars().all(|c| c.is_ascii_alphanumeric())
        && !sub.is_empty()
        && sub.chars().all(|c| c.is_ascii_alphanumeric()))
    .then_some(sub)
}

/// Where the columns are.
struct Layout {
    respondent: usize,
    organisation: usize,
    round: usize,
    questionnaire: usize,
    role: Option<usize>,
    submitted: Option<usize>,
    /// (column, item index, whether "not applicable" may be chosen).
    items: Vec<(usize, u16, bool)>,
    scale: AnswerScale,
}

/// Reads every response into a collector, or every problem found.
pub fn collect(
    file: &Path,
    table: &mut Table,
    data: &WorkspaceData,
) -> Result<Collector, ImportError> {
    let questionnaire = &data.questionnaire;
    let mut collector = Collector::new(questionnaire);
    let layout = layout(file, table, data, &collector)?;
    let answers = answers(data);
    let organisations: HashMap<String, String> = data
        .organisations
        .iter()
        .map(|o| (organisation_code(&o.id), o.name.clone()))
        .collect();
    let expected = format!("{}:{}", questionnaire.id, questionnaire.version);
    let mut problems = Problems::default();
    let header = table.header.clone();
    for row in table.by_ref() {
        let row = match row {
            Ok(row) if row.is_blank() => continue,
            Ok(row) => row,
            Err((at, kind)) => {
                problems.push(at, None, kind);
                continue;
            }
        };
        collector.counts.rows += 1;
        let mut ok = true;
        let version = row.cell(layout.questionnaire);
        if version != expected {
            let (found_id, found_version) = version.split_once(':').unwrap_or((version, ""));
            let kind = ProblemKind::OtherVersion {
                found_id: found_id.to_string(),
                found_version: found_version.to_string(),
                questionnaire: questionnaire.id.clone(),
                version: questionnaire.version,
            };
            problems.push(
                row.place_of(layout.questionnaire),
                Some(QUESTIONNAIRE_CODE),
                kind,
            );
            continue;
        }
        let mut needed = |column: usize, name: &str, what: Needed| -> String {
            let text = row.cell(column);
            if text.is_empty() {
                problems.push(
                    row.place_of(column),
                    Some(name),
                    ProblemKind::EmptyValue(what),
                );
                ok = false;
            }
            text.to_string()
        };
        let respondent = needed(layout.respondent, RESPONDENT, Needed::Respondent);
        let organisation = needed(layout.organisation, ORGANISATION_CODE, Needed::Organisation);
        let round = needed(layout.round, ROUND_CODE, Needed::Round);
        let organisation = organisations
            .get(&organisation)
            .cloned()
            .unwrap_or(organisation);
        let role = layout.role.and_then(|column| {
            let text = row.cell(column);
            let role = role_of_code(text).or_else(|| Role::parse(text));
            if role.is_none() {
                let kind = ProblemKind::UnknownRole {
                    text: text.to_string(),
                    mapped: false,
                };
                problems.push(row.place_of(column), Some(ROLE_CODE), kind);
                ok = false;
            }
            role
        });
        let submitted = layout.submitted.map_or("", |column| row.cell(column));
        let date = parse_date(submitted);
        if date.is_none() && !submitted.is_empty() {
            let kind = ProblemKind::BadDate {
                text: submitted.to_string(),
            };
            let column = layout.submitted.unwrap_or_default();
            problems.push(row.place_of(column), Some(SUBMITTED), kind);
            ok = false;
        }
        let (chosen, skipped) = read_answers(
            &row,
            &layout,
            &header,
            &answers,
            &collector,
            &mut problems,
            &mut ok,
        );
        if !ok {
            continue;
        }
        let (index, new) = collector.respondent(&organisation, &respondent, &round, &row.at);
        if !new {
            let first = collector
                .get(index)
                .map_or(Place::File, |pending| pending.first.clone());
            problems.push(
                row.at.clone(),
                None,
                ProblemKind::DuplicateRespondent { first },
            );
            continue;
        }
        if let Some(pending) = collector.get(index) {
            pending.role = role;
            pending.date = date;
            pending.complete = Some(!submitted.is_empty());
        }
        collector.counts.skipped += skipped;
        for (item, answer) in chosen {
            collector.answer(index, item, answer, row.at.number());
        }
    }
    collector.finish(file, problems, &table.header_at)
}

/// The row's answers by item index, and how many statements it left empty.
fn read_answers(
    row: &TableRow,
    layout: &Layout,
    header: &[String],
    answers: &HashMap<String, Answer>,
    collector: &Collector,
    problems: &mut Problems,
    ok: &mut bool,
) -> (Vec<(u16, Answer)>, usize) {
    let mut chosen = Vec::new();
    let mut skipped = 0;
    for (column, item, offers_not_applicable) in &layout.items {
        let text = row.cell(*column);
        let heading = header.get(*column).map(String::as_str);
        if text.is_empty() {
            skipped += 1;
            continue;
        }
        match answers.get(&text.to_lowercase()) {
            Some(Answer::NotApplicable) if !offers_not_applicable => {
                let kind = ProblemKind::NotApplicableNotOffered {
                    item: collector.item_id(*item).to_string(),
                };
                problems.push(row.place_of(*column), heading, kind);
                *ok = false;
            }
            Some(answer) => chosen.push((*item, *answer)),
            None => {
                let kind = ProblemKind::NotInList {
                    text: text.to_string(),
                    labels: answer_codes(&layout.scale, *offers_not_applicable),
                };
                problems.push(row.place_of(*column), heading, kind);
                *ok = false;
            }
        }
    }
    (chosen, skipped)
}

/// The answer codes a statement offers, in the survey's order.
fn answer_codes(scale: &AnswerScale, not_applicable: bool) -> Vec<String> {
    let mut codes: Vec<String> = (scale.min..=scale.max).map(|v| v.to_string()).collect();
    codes.push(DONT_KNOW_CODE.to_string());
    if not_applicable {
        codes.push(NOT_APPLICABLE_CODE.to_string());
    }
    codes
}

/// Every answer a response may hold, in lower case: the survey's codes, and the labels in
/// either language (an export of full answers).
fn answers(data: &WorkspaceData) -> HashMap<String, Answer> {
    let q = &data.questionnaire;
    let scale = &q.answer_scale;
    let order: Vec<Answer> = (scale.min..=scale.max)
        .map(Answer::Value)
        .chain([Answer::DontKnow, Answer::NotApplicable])
        .collect();
    let mut answers: HashMap<String, Answer> = (scale.min..=scale.max)
        .map(|value| (value.to_string(), Answer::Value(value)))
        .collect();
    answers.insert(DONT_KNOW_CODE.to_lowercase(), Answer::DontKnow);
    answers.insert(NOT_APPLICABLE_CODE.to_lowercase(), Answer::NotApplicable);
    for lang in Lang::ALL {
        for (label, answer) in answer_labels(q, lang).into_iter().zip(&order) {
            answers.insert(label.to_lowercase(), *answer);
        }
    }
    answers
}

/// Finds the survey's columns in the header.
fn layout(
    file: &Path,
    table: &Table,
    data: &WorkspaceData,
    collector: &Collector,
) -> Result<Layout, ImportError> {
    let header = &table.header;
    let find = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
    let mut problems = Problems::default();
    let mut required = |name: &str| {
        let found = find(name);
        if found.is_none() {
            let kind = ProblemKind::MissingColumn {
                other_separator: false,
            };
            problems.push(table.header_at.clone(), Some(name), kind);
        }
        found
    };
    let respondent = required(RESPONDENT);
    let organisation = required(ORGANISATION_CODE);
    let round = required(ROUND_CODE);
    let questionnaire = required(QUESTIONNAIRE_CODE);
    let mut items = Vec::new();
    for (column, heading) in header.iter().enumerate() {
        let Some(id) = statement(heading) else {
            continue;
        };
        match collector.item(id) {
            Some(item) => items.push((
                column,
                item,
                data.questionnaire.allows_not_applicable_id(id),
            )),
            None => {
                let kind = ProblemKind::UnknownItem {
                    item: id.to_string(),
                    questionnaire: data.questionnaire.id.clone(),
                    version: data.questionnaire.version,
                };
                let at = crate::ingest::import::table::at_column(&table.header_at, column);
                problems.push(at, Some(heading), kind);
            }
        }
    }
    match (respondent, organisation, round, questionnaire) {
        (Some(respondent), Some(organisation), Some(round), Some(questionnaire))
            if problems.is_empty() =>
        {
            Ok(Layout {
                respondent,
                organisation,
                round,
                questionnaire,
                role: find(ROLE_CODE),
                submitted: find(SUBMITTED),
                items,
                scale: data.questionnaire.answer_scale.clone(),
            })
        }
        _ => Err(problems.into_error(file)),
    }
}
