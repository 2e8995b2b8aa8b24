//! The mapping of a wide survey export (one row per respondent, one column per question) onto
//! the questionnaire, read from a small YAML file:
//!
//! ```yaml
//! respondent: "Respondent ID"      # column with the respondent's name or number
//! organisation: "Gemeente"         # a column, or `organisation_value: "Gemeente X"` for all rows
//! round_value: "2025"              # or `round: "Ronde"` for a column
//! role: "Functie"                  # optional column; `roles:` maps its texts to roles
//! date: "Ingevuld op"              # optional column: a date or date-time
//! complete: "submitdate"           # optional column, empty for an incomplete response
//! roles: {"Wethouder": board, "Teamleider": management}
//! answers: {"Helemaal oneens": 1, "Eens": 4, "Weet niet": "?", "N.v.t.": "nvt", "Geen antwoord": ""}
//! items:                           # column → item id
//!   "Q01": cx01
//! ```
//!
//! An answer text mapped to `""` (or nothing) means the question was skipped: no answer is
//! stored, as for an empty cell. `"?"` is "weet niet", `"nvt"` "niet van toepassing".

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use serde_saphyr::Spanned;

use crate::ingest::import::error::{ImportError, Place, Problem, ProblemKind};
use crate::model::assessment::{Answer, Role};
use crate::model::questionnaire::Questionnaire;

/// The mapping file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WideMapping {
    /// The column with the respondent.
    pub respondent: Spanned<String>,
    #[serde(default)]
    pub organisation: Option<Spanned<String>>,
    /// The organisation for every row, when the file has no organisation column.
    #[serde(default)]
    pub organisation_value: Option<Spanned<String>>,
    #[serde(default)]
    pub round: Option<Spanned<String>>,
    /// The round for every row, when the file has no round column.
    #[serde(default)]
    pub round_value: Option<Spanned<String>>,
    #[serde(default)]
    pub role: Option<Spanned<String>>,
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    /// A column that is filled for a completed response and empty for an incomplete one.
    #[serde(default)]
    pub complete: Option<Spanned<String>>,
    /// Role texts as the survey has them → role ids.
    #[serde(default)]
    pub roles: BTreeMap<String, Spanned<String>>,
    /// Answer texts or codes → answer (a scale value, `?`, `nvt`, or empty for skipped).
    #[serde(default)]
    pub answers: BTreeMap<String, Spanned<MappedText>>,
    /// Column → item id.
    pub items: BTreeMap<String, Spanned<String>>,
}

/// A mapped value as written (text, number or nothing), checked against the scale later.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MappedText(pub String);

impl<'de> Deserialize<'de> for MappedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Scalar;
        impl Visitor<'_> for Scalar {
            type Value = MappedText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number or a text")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<MappedText, E> {
                Ok(MappedText(text.to_string()))
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<MappedText, E> {
                Ok(MappedText(value.to_string()))
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<MappedText, E> {
                Ok(MappedText(value.to_string()))
            }
            fn visit_f64<E: de::Error>(self, value: f64) -> Result<MappedText, E> {
                Ok(MappedText(value.to_string()))
            }
            fn visit_bool<E: de::Error>(self, value: bool) -> Result<MappedText, E> {
                Ok(MappedText(value.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<MappedText, E> {
                Ok(MappedText(String::new()))
            }
            fn visit_none<E: de::Error>(self) -> Result<MappedText, E> {
                Ok(MappedText(String::new()))
            }
        }
        deserializer.deserialize_any(Scalar)
    }
}

/// What a cell's text means once mapped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mapped {
    Answer(Answer),
    /// Not answered: nothing is stored.
    Skipped,
}

/// The mapping checked against the questionnaire, with texts normalised for lookup.
pub struct CheckedMapping {
    pub answers: HashMap<String, Mapped>,
    pub roles: HashMap<String, Role>,
}

/// Texts are matched without case and surrounding spaces.
pub fn normal(text: &str) -> String {
    text.trim().to_lowercase()
}

/// Reads a mapping file; a YAML error becomes an import error at its line and column.
pub fn read_mapping(file: &Path) -> Result<WideMapping, ImportError> {
    crate::model::yaml::read(file).map_err(|error| {
        let at = if error.line > 0 {
            Place::Line {
                line: error.line,
                column: Some(error.column),
            }
        } else {
            Place::File
        };
        ImportError::single(
            file,
            at,
            ProblemKind::MappingSyntax {
                detail: error.message(),
            },
        )
    })
}

fn at<T>(spanned: &Spanned<T>, field: &str, kind: ProblemKind) -> Problem {
    Problem {
        at: Place::Line {
            line: spanned.referenced.line(),
            column: Some(spanned.referenced.column()),
        },
        field: Some(field.to_string()),
        kind,
    }
}

/// Checks the mapping against the questionnaire; problems carry the mapping file's lines.
pub fn check_mapping(
    mapping: &WideMapping,
    questionnaire: &Questionnaire,
) -> Result<CheckedMapping, Vec<Problem>> {
    let mut problems = Vec::new();
    check_items(mapping, questionnaire, &mut problems);
    let roles = check_roles(mapping, &mut problems);
    let answers = check_answers(mapping, questionnaire, &mut problems);
    check_sources(mapping, &mut problems);
    if problems.is_empty() {
        Ok(CheckedMapping { answers, roles })
    } else {
        problems.sort_by_key(|p| p.at.number());
        Err(problems)
    }
}

/// Every mapped column names an item of the questionnaire, and no item comes from two columns.
fn check_items(mapping: &WideMapping, questionnaire: &Questionnaire, problems: &mut Vec<Problem>) {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for (column, item) in &mapping.items {
        let id = item.value.trim();
        if questionnaire.item(id).is_none() {
            problems.push(at(
                item,
                "items",
                ProblemKind::MappingUnknownItem {
                    item: item.value.clone(),
                    column: column.clone(),
                    questionnaire: questionnaire.id.clone(),
                    version: questionnaire.version,
                },
            ));
        } else if let Some(first) = seen.insert(id.to_string(), column) {
            problems.push(at(
                item,
                "items",
                ProblemKind::MappingItemTwice {
                    item: item.value.clone(),
                    first: first.to_string(),
                    second: column.clone(),
                },
            ));
        }
    }
}

/// The survey's role texts, each mapped onto a role rijp knows.
fn check_roles(mapping: &WideMapping, problems: &mut Vec<Problem>) -> HashMap<String, Role> {
    let mut roles = HashMap::new();
    for (text, role) in &mapping.roles {
        match Role::parse(&role.value) {
            Some(parsed) => {
                roles.insert(normal(text), parsed);
            }
            None => problems.push(at(
                role,
                "roles",
                ProblemKind::MappingBadRole {
                    role: role.value.clone(),
                    text: text.clone(),
                },
            )),
        }
    }
    roles
}

/// The survey's answer texts, each mapped onto the scale, an unscored code or "skipped".
fn check_answers(
    mapping: &WideMapping,
    questionnaire: &Questionnaire,
    problems: &mut Vec<Problem>,
) -> HashMap<String, Mapped> {
    let scale = &questionnaire.answer_scale;
    let (min, max) = (scale.min, scale.max);
    let mut answers = HashMap::new();
    for (text, value) in &mapping.answers {
        let written = value.value.0.trim();
        let mapped = if written.is_empty() {
            Some(Mapped::Skipped)
        } else {
            in_scale(Answer::parse(written), min, max).map(Mapped::Answer)
        };
        match mapped {
            Some(mapped) => {
                answers.insert(normal(text), mapped);
            }
            None => problems.push(at(
                value,
                "answers",
                ProblemKind::MappingBadAnswer {
                    value: written.to_string(),
                    text: text.clone(),
                    min,
                    max,
                },
            )),
        }
    }
    answers
}

/// Organisation and round each come from a column or from one value for every row: one of
/// the two, not both.
fn check_sources(mapping: &WideMapping, problems: &mut Vec<Problem>) {
    for (field, column, value) in [
        (
            "organisation",
            &mapping.organisation,
            &mapping.organisation_value,
        ),
        ("round", &mapping.round, &mapping.round_value),
    ] {
        match (column, value) {
            (Some(_), Some(value)) => {
                problems.push(at(value, field, ProblemKind::MappingBoth { field }));
            }
            (None, None) => problems.push(Problem {
                at: Place::File,
                field: Some(field.to_string()),
                kind: ProblemKind::MappingMissing { field },
            }),
            _ => {}
        }
    }
}

/// An answer inside the questionnaire's scale (or don't know / not applicable).
pub fn in_scale(answer: Option<Answer>, min: u8, max: u8) -> Option<Answer> {
    match answer {
        Some(Answer::Value(value)) if (min..=max).contains(&value) => Some(Answer::Value(value)),
        Some(answer @ (Answer::DontKnow | Answer::NotApplicable)) => Some(answer),
        _ => None,
    }
}
