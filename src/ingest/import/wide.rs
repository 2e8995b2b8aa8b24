//! Import of survey-tool exports in wide format (one row per respondent, one column per
//! question, as LimeSurvey and Microsoft Forms produce), described by a small YAML mapping:
//!
//! ```yaml
//! respondent: "Respondent ID"      # column with the respondent's name or number
//! organisation: "Gemeente"         # a column, or `organisation_value: "Gemeente X"` for all rows
//! round_value: "2025"              # or `round: "Ronde"` for a column
//! role: "Functie"                  # optional column; `roles:` maps its texts to roles
//! date: "Ingevuld op"              # optional column, YYYY-MM-DD
//! roles: {"Wethouder": board, "Teamleider": management}
//! answers: {"Helemaal oneens": 1, "Oneens": 2, "Neutraal": 3, "Eens": 4, "Helemaal eens": 5, "Weet niet": "?"}
//! items:                           # column → item id
//!   "Q01": cx01
//!   "Q02": cx02
//! ```
//!
//! Answer texts not in `answers:` are read as in the long format (1–5, `?`, `weet niet`). An
//! empty cell means the question was not answered (a survey tool leaves skipped questions
//! empty), not "don't know". Like the long format, the whole file is checked first and a file
//! with any error imports nothing; every error names its line and column.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use anyhow::Result;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::ingest::import::{
    ImportError, ImportProblem, ImportSummary, Row, decode, is_iso_date, read_limited, write_rows,
};
use crate::model::assessment::{Answer, Role};
use crate::store::slug::slugify;
use crate::store::workspace::{Workspace, WorkspaceData};

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
    /// Role texts as the survey has them → role ids.
    #[serde(default)]
    pub roles: BTreeMap<String, Spanned<String>>,
    /// Answer texts or codes → answer (1–5, or "?" for don't know).
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Column → item id.
    pub items: BTreeMap<String, Spanned<String>>,
}

/// Where a value comes from: a column, or one value for every row.
enum Source {
    Column(usize),
    Value(String),
}

fn normal(text: &str) -> String {
    text.trim().to_lowercase()
}

fn mapping_problem<T>(at: &Spanned<T>, field: &str, message: String) -> ImportProblem {
    ImportProblem {
        line: at.referenced.line(),
        field: Some(field.to_string()),
        message,
    }
}

/// Checks the mapping against the questionnaire; problems carry the mapping file's lines.
fn check_mapping(mapping: &WideMapping, data: &WorkspaceData, problems: &mut Vec<ImportProblem>) {
    let questionnaire = &data.questionnaire;
    let mut seen: HashMap<String, &str> = HashMap::new();
    for (column, item) in &mapping.items {
        if questionnaire.item(item.value.trim()).is_none() {
            problems.push(mapping_problem(
                item,
                "items",
                format!(
                    "'{}' (column '{column}') is not an item of questionnaire {} version {}",
                    item.value, questionnaire.id, questionnaire.version
                ),
            ));
        } else if let Some(first) = seen.insert(item.value.trim().to_string(), column) {
            problems.push(mapping_problem(
                item,
                "items",
                format!(
                    "item '{}' is mapped from two columns: '{first}' and '{column}'",
                    item.value
                ),
            ));
        }
    }
    for (text, role) in &mapping.roles {
        if Role::parse(&role.value).is_none() {
            problems.push(mapping_problem(
                role,
                "roles",
                format!(
                    "'{}' (for '{text}') is not a role: use board, management, i_adviser, staff or other",
                    role.value
                ),
            ));
        }
    }
    for (field, column, value) in [
        (
            "organisation",
            &mapping.organisation,
            &mapping.organisation_value,
        ),
        ("round", &mapping.round, &mapping.round_value),
    ] {
        match (column, value) {
            (Some(_), Some(value)) => problems.push(mapping_problem(
                value,
                field,
                format!("give either {field} (a column) or {field}_value, not both"),
            )),
            (None, None) => problems.push(ImportProblem {
                line: 1,
                field: Some(field.to_string()),
                message: format!(
                    "missing: name the {field} column with `{field}:` or give one value with `{field}_value:`"
                ),
            }),
            _ => {}
        }
    }
}

/// Reads and checks a wide-format CSV with its mapping, then writes it.
pub fn import_wide_csv(
    workspace: &Workspace,
    data: &WorkspaceData,
    file: &Path,
    mapping_file: &Path,
) -> Result<ImportSummary> {
    let mapping: WideMapping = crate::model::yaml::read(mapping_file)?;
    let bytes = read_limited(file)?;
    let rows = parse_wide_csv(file, &bytes, mapping_file, &mapping, data)?;
    write_rows(workspace, data, rows)
}

/// Checks a wide-format CSV and its mapping against the workspace without writing anything,
/// as an import does before it writes; returns the number of answers the file holds.
pub fn check_wide_csv(
    file: &Path,
    bytes: &[u8],
    mapping_file: &Path,
    mapping: &WideMapping,
    data: &WorkspaceData,
) -> Result<usize, ImportError> {
    parse_wide_csv(file, bytes, mapping_file, mapping, data).map(|rows| rows.len())
}

fn parse_wide_csv(
    file: &Path,
    bytes: &[u8],
    mapping_file: &Path,
    mapping: &WideMapping,
    data: &WorkspaceData,
) -> Result<Vec<Row>, ImportError> {
    let mut problems = Vec::new();
    check_mapping(mapping, data, &mut problems);
    if !problems.is_empty() {
        return Err(ImportError {
            file: mapping_file.to_path_buf(),
            problems,
        });
    }
    let fail = |problems| ImportError {
        file: file.to_path_buf(),
        problems,
    };
    let (text, delimiter) = decode(file, bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let original: Vec<String> = match reader.headers() {
        Ok(headers) => headers.iter().map(|h| h.trim().to_string()).collect(),
        Err(error) => {
            return Err(fail(vec![ImportProblem {
                line: 1,
                field: None,
                message: error.to_string(),
            }]));
        }
    };
    let headers: Vec<String> = original.iter().map(|h| normal(h)).collect();
    let mut column = |name: &str| -> Option<usize> {
        let index = headers.iter().position(|h| *h == normal(name));
        if index.is_none() {
            problems.push(ImportProblem {
                line: 1,
                field: Some(name.to_string()),
                message: format!(
                    "the mapping names this column, but the header does not have it (columns: {})",
                    original.join(", ")
                ),
            });
        }
        index
    };
    let source = |column: &mut dyn FnMut(&str) -> Option<usize>,
                  name: &Option<Spanned<String>>,
                  value: &Option<Spanned<String>>|
     -> Option<Source> {
        match (name, value) {
            (Some(name), _) => column(&name.value).map(Source::Column),
            (None, Some(value)) => Some(Source::Value(value.value.trim().to_string())),
            (None, None) => None,
        }
    };
    let respondent = column(&mapping.respondent.value);
    let organisation = source(
        &mut column,
        &mapping.organisation,
        &mapping.organisation_value,
    );
    let round = source(&mut column, &mapping.round, &mapping.round_value);
    let role = mapping.role.as_ref().and_then(|r| column(&r.value));
    let date = mapping.date.as_ref().and_then(|d| column(&d.value));
    let items: Vec<(String, usize, String)> = mapping
        .items
        .iter()
        .filter_map(|(name, item)| {
            Some((name.clone(), column(name)?, item.value.trim().to_string()))
        })
        .collect();
    let (Some(respondent), Some(organisation), Some(round)) = (respondent, organisation, round)
    else {
        return Err(fail(problems));
    };
    if !problems.is_empty() {
        return Err(fail(problems));
    }

    let answers: HashMap<String, Answer> = mapping
        .answers
        .iter()
        .map(|(text, answer)| (normal(text), *answer))
        .collect();
    let roles: HashMap<String, Role> = mapping
        .roles
        .iter()
        .filter_map(|(text, role)| Some((normal(text), Role::parse(&role.value)?)))
        .collect();
    let scale = &data.questionnaire.answer_scale;
    let mut rows = Vec::new();
    let mut seen: HashMap<(String, String, String), u64> = HashMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                problems.push(ImportProblem {
                    line: error.position().map(|p| p.line()).unwrap_or(0),
                    field: None,
                    message: error.to_string(),
                });
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cell = |index: usize| record.get(index).unwrap_or("").trim().to_string();
        let value = |source: &Source| match source {
            Source::Column(index) => cell(*index),
            Source::Value(value) => value.clone(),
        };
        let mut problem = |field: &str, message: String| {
            problems.push(ImportProblem {
                line,
                field: Some(field.to_string()),
                message,
            })
        };
        let header_of = |index: usize| original.get(index).cloned().unwrap_or_default();
        let (who, org, when) = (cell(respondent), value(&organisation), value(&round));
        let mut ok = true;
        for (text, source, what) in [
            (&who, Some(respondent), "respondent"),
            (&org, column_of(&organisation), "organisation"),
            (&when, column_of(&round), "round"),
        ] {
            if text.is_empty() {
                let field = source.map(header_of).unwrap_or_else(|| what.to_string());
                problem(&field, format!("empty: every row needs its {what}"));
                ok = false;
            }
        }
        let role_value = match role {
            Some(index) => {
                let text = cell(index);
                match roles
                    .get(&normal(&text))
                    .copied()
                    .or_else(|| Role::parse(&text))
                {
                    Some(role) => Some(role),
                    None => {
                        problem(
                            &header_of(index),
                            format!(
                                "unknown role '{text}': add it under `roles:` in the mapping, or use board, management, i_adviser, staff or other"
                            ),
                        );
                        ok = false;
                        None
                    }
                }
            }
            None => None,
        };
        let date_value = match date {
            Some(index) => {
                let text = cell(index);
                if text.is_empty() {
                    None
                } else if is_iso_date(&text) {
                    Some(text)
                } else {
                    problem(
                        &header_of(index),
                        format!("'{text}' is not a date in the form YYYY-MM-DD"),
                    );
                    ok = false;
                    None
                }
            }
            None => None,
        };
        let mut answered = Vec::new();
        for (name, index, item) in &items {
            let text = cell(*index);
            if text.is_empty() {
                continue;
            }
            let answer = answers
                .get(&normal(&text))
                .copied()
                .or_else(|| Answer::parse(&text));
            match answer {
                Some(Answer::Value(v)) if (scale.min..=scale.max).contains(&v) => {
                    answered.push((item.clone(), Answer::Value(v)));
                }
                Some(Answer::DontKnow) => answered.push((item.clone(), Answer::DontKnow)),
                _ => {
                    problem(
                        name,
                        format!(
                            "'{text}' is not an answer: add it under `answers:` in the mapping, or use {} to {} or 'weet niet'",
                            scale.min, scale.max
                        ),
                    );
                    ok = false;
                }
            }
        }
        if !ok {
            continue;
        }
        let key = (slugify(&org), slugify(&who), slugify(&when));
        if let Some(first) = seen.insert(key, line) {
            problems.push(ImportProblem {
                line,
                field: None,
                message: format!(
                    "line {first} already holds this respondent for this organisation and round"
                ),
            });
            continue;
        }
        for (item, answer) in answered {
            rows.push(Row {
                line,
                organisation: org.clone(),
                respondent: who.clone(),
                round: when.clone(),
                item,
                answer,
                role: role_value,
                date: date_value.clone(),
                comment: None,
            });
        }
    }
    if !problems.is_empty() {
        return Err(fail(problems));
    }
    if rows.is_empty() {
        return Err(fail(vec![ImportProblem {
            line: 2,
            field: None,
            message: "the file has a header but no answers".to_string(),
        }]));
    }
    Ok(rows)
}

fn column_of(source: &Source) -> Option<usize> {
    match source {
        Source::Column(index) => Some(*index),
        Source::Value(_) => None,
    }
}
