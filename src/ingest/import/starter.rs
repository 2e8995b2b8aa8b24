//! A starter mapping from a survey export's header row: columns matched to items by the item
//! text in either language (or the item id), the usual LimeSurvey and Microsoft Forms columns
//! recognised by name, and the answer texts of the questionnaire's scale. What it cannot
//! match is listed for the person to fill in. The words layer writes it as YAML.

use std::path::Path;

use crate::ingest::import::error::ImportError;
use crate::ingest::import::table::Table;
use crate::model::questionnaire::Questionnaire;

/// The mapping as far as the header tells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StarterMapping {
    pub respondent: Option<String>,
    pub organisation: Option<String>,
    pub round: Option<String>,
    pub role: Option<String>,
    pub date: Option<String>,
    pub complete: Option<String>,
    /// Answer texts → the value written in the mapping (`1`…, `?`, `nvt`, `""`).
    pub answers: Vec<(String, String)>,
    /// The questionnaire's answer scale, lowest and highest value.
    pub scale: (u8, u8),
    /// Column → item id, in header order.
    pub items: Vec<(String, String)>,
    /// Columns matched to nothing, in header order.
    pub unmatched: Vec<String>,
}

/// Column names survey tools use, lower case.
const RESPONDENT: &[&str] = &[
    "id",
    "response id",
    "respondent",
    "respondent id",
    "respondentnummer",
    "naam",
    "name",
];
const ORGANISATION: &[&str] = &[
    "gemeente",
    "organisatie",
    "organisation",
    "organization",
    "municipality",
];
const ROUND: &[&str] = &["ronde", "meetronde", "round"];
const ROLE: &[&str] = &["functie", "rol", "role", "job title", "function"];
/// LimeSurvey's `submitdate` is empty for an incomplete response: it is the date and the
/// completion mark at once.
const COMPLETE: &[&str] = &["submitdate"];
const DATE: &[&str] = &[
    "submitdate",
    "begintijd",
    "start time",
    "datum",
    "date",
    "startdate",
    "ingevuld op",
];
/// Texts survey tools write for a question the respondent passed over.
const SKIPPED: &[&str] = &["Geen antwoord", "No answer"];

/// Reads a file's header (the first sheet, or the one named) and matches it.
pub fn starter_for_file(
    file: &Path,
    sheet: Option<&str>,
    questionnaire: &Questionnaire,
) -> Result<StarterMapping, ImportError> {
    let table = Table::open(file, sheet)?;
    Ok(starter(&table.header, questionnaire))
}

/// Matches a header row against the questionnaire.
pub fn starter(header: &[String], questionnaire: &Questionnaire) -> StarterMapping {
    let mut mapping = StarterMapping {
        answers: answer_texts(questionnaire),
        scale: (
            questionnaire.answer_scale.min,
            questionnaire.answer_scale.max,
        ),
        ..StarterMapping::default()
    };
    for column in header.iter().map(|h| h.trim()).filter(|h| !h.is_empty()) {
        let name = column.to_lowercase();
        let mut special = false;
        for (list, slot) in [
            (RESPONDENT, &mut mapping.respondent),
            (ORGANISATION, &mut mapping.organisation),
            (ROUND, &mut mapping.round),
            (ROLE, &mut mapping.role),
            (DATE, &mut mapping.date),
            (COMPLETE, &mut mapping.complete),
        ] {
            if slot.is_none() && list.contains(&name.as_str()) {
                *slot = Some(column.to_string());
                special = true;
            }
        }
        if special {
            continue;
        }
        match item_for(column, questionnaire) {
            Some(item) if !mapping.items.iter().any(|(_, i)| *i == item) => {
                mapping.items.push((column.to_string(), item));
            }
            _ => mapping.unmatched.push(column.to_string()),
        }
    }
    mapping
}

/// Letters and digits only, lower case, single spaces: headers and item texts differ in
/// punctuation and quotes.
fn simple(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The item a column heading names: its id, or its text in either language.
fn item_for(column: &str, questionnaire: &Questionnaire) -> Option<String> {
    let heading = simple(column);
    questionnaire
        .items()
        .find(|item| {
            heading == simple(&item.id)
                || [&item.text.nl, &item.text.en].into_iter().any(|text| {
                    let text = simple(text);
                    !text.is_empty()
                        && (heading.contains(&text)
                            || heading.len() >= 30 && text.contains(&heading))
                })
        })
        .map(|item| item.id.clone())
}

/// The scale's labels in both languages, don't know, and the usual "no answer" texts.
fn answer_texts(questionnaire: &Questionnaire) -> Vec<(String, String)> {
    let scale = &questionnaire.answer_scale;
    let mut answers = Vec::new();
    for (value, label) in &scale.labels {
        answers.push((label.nl.clone(), value.to_string()));
        answers.push((label.en.clone(), value.to_string()));
    }
    answers.push((scale.dont_know.nl.clone(), "?".to_string()));
    answers.push((scale.dont_know.en.clone(), "?".to_string()));
    answers.extend(SKIPPED.iter().map(|text| (text.to_string(), String::new())));
    answers.dedup();
    answers
}
