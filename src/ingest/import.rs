//! Import of answers from CSV in long format: one row per answer, with the header
//! `organisation,respondent,round,item,answer` and optionally `role`, `date`, `comment`.
//!
//! The whole file is checked before anything is written: a file with any error imports
//! nothing, and every error names its CSV line and field.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

mod wide;

pub use wide::{WideMapping, check_wide_csv, import_wide_csv};

use crate::model::assessment::{Answer, Assessment, QuestionnaireRef, Role};
use crate::model::printable::printable;
use crate::model::questionnaire::ItemRef;
use crate::store::atomic_file::write_all_parallel;
use crate::store::slug::slugify;
use crate::store::workspace::{Organisation, Round, Workspace, WorkspaceData};

const REQUIRED: [&str; 5] = ["organisation", "respondent", "round", "item", "answer"];
const OPTIONAL: [&str; 3] = ["role", "date", "comment"];
/// Refused before reading: far beyond any real survey, and a hostile file must not exhaust
/// memory.
pub const MAX_CSV_BYTES: u64 = 256 * 1024 * 1024;

/// One problem in an import file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    /// 1-based line in the file (the header is line 1).
    pub line: u64,
    /// The column the problem is in, when it is about one.
    pub field: Option<String>,
    pub message: String,
}

/// A file that cannot be imported; nothing was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ImportError {
    pub file: PathBuf,
    pub problems: Vec<ImportProblem>,
}

/// Problems listed in full; a file with more gets a count of the rest.
const MAX_PROBLEMS_SHOWN: usize = 50;
/// Longest field name or message shown: the text quoted from a file may be of any length.
const MAX_PROBLEM_CHARS: usize = 300;

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut lines: Vec<String> = self
            .problems
            .iter()
            .take(MAX_PROBLEMS_SHOWN)
            .map(|p| {
                let message = printable(&p.message, MAX_PROBLEM_CHARS);
                match &p.field {
                    Some(field) => format!(
                        "{}:{}: {}: {message}",
                        self.file.display(),
                        p.line,
                        printable(field, 80)
                    ),
                    None => format!("{}:{}: {message}", self.file.display(), p.line),
                }
            })
            .collect();
        if self.problems.len() > MAX_PROBLEMS_SHOWN {
            lines.push(format!(
                "… and {} more problems",
                self.problems.len() - MAX_PROBLEMS_SHOWN
            ));
        }
        write!(f, "{}\nNothing was imported.", lines.join("\n"))
    }
}

/// What an import wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub rows: usize,
    pub assessments_created: usize,
    pub assessments_updated: usize,
    pub organisations_created: Vec<String>,
    pub rounds_created: Vec<String>,
    pub files: Vec<PathBuf>,
}

/// A validated row.
pub(crate) struct Row {
    pub(crate) line: u64,
    pub(crate) organisation: String,
    pub(crate) respondent: String,
    pub(crate) round: String,
    pub(crate) item: String,
    pub(crate) answer: Answer,
    pub(crate) role: Option<Role>,
    pub(crate) date: Option<String>,
    pub(crate) comment: Option<String>,
}

/// Decodes CSV bytes: strips a byte-order mark and picks the delimiter from the header line
/// (Dutch Excel writes `;`).
pub fn decode(file: &Path, bytes: &[u8]) -> Result<(String, u8), ImportError> {
    let fail = |message: String| ImportError {
        file: file.to_path_buf(),
        problems: vec![ImportProblem {
            line: 1,
            field: None,
            message,
        }],
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes)
        .map_err(|e| {
            fail(format!(
                "the file is not UTF-8 text (byte {}); save it as \"CSV UTF-8\"",
                e.valid_up_to() + 1
            ))
        })?
        .to_string();
    let header = text.lines().next().unwrap_or_default();
    if header.trim().is_empty() {
        return Err(fail(
            "the file is empty: expected a header line".to_string(),
        ));
    }
    let count = |c: char| header.matches(c).count();
    let delimiter = [',', ';', '\t']
        .into_iter()
        .max_by_key(|c| count(*c))
        .unwrap_or(',');
    Ok((text, delimiter as u8))
}

/// Reads and checks a long-format CSV against the workspace, then writes it.
pub fn import_long_csv(
    workspace: &Workspace,
    data: &WorkspaceData,
    file: &Path,
) -> Result<ImportSummary> {
    let bytes = read_limited(file)?;
    let rows = parse_long_csv(file, &bytes, data)?;
    write_rows(workspace, data, rows)
}

/// Reads an import file, refusing one over [`MAX_CSV_BYTES`].
pub(crate) fn read_limited(file: &Path) -> Result<Vec<u8>> {
    let size = std::fs::metadata(file)
        .with_context(|| format!("cannot read {}", file.display()))?
        .len();
    if size > MAX_CSV_BYTES {
        anyhow::bail!(
            "{}: the file is {size} bytes; files over {MAX_CSV_BYTES} bytes are refused",
            file.display()
        );
    }
    std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))
}

/// Checks a long-format CSV against the workspace without writing anything, as an import
/// does before it writes; returns the number of answers the file holds.
pub fn check_long_csv(
    file: &Path,
    bytes: &[u8],
    data: &WorkspaceData,
) -> Result<usize, ImportError> {
    parse_long_csv(file, bytes, data).map(|rows| rows.len())
}

fn parse_long_csv(
    file: &Path,
    bytes: &[u8],
    data: &WorkspaceData,
) -> Result<Vec<Row>, ImportError> {
    let (text, delimiter) = decode(file, bytes)?;
    let questionnaire = &data.questionnaire;
    let scale = &questionnaire.answer_scale;
    let mut problems = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(headers) => headers.iter().map(|h| h.trim().to_lowercase()).collect(),
        Err(error) => {
            return Err(ImportError {
                file: file.to_path_buf(),
                problems: vec![ImportProblem {
                    line: 1,
                    field: None,
                    message: error.to_string(),
                }],
            });
        }
    };
    let mut columns: HashMap<&str, usize> = HashMap::new();
    for (index, name) in headers.iter().enumerate() {
        if REQUIRED.contains(&name.as_str()) || OPTIONAL.contains(&name.as_str()) {
            if columns.insert(name.as_str(), index).is_some() {
                problems.push(ImportProblem {
                    line: 1,
                    field: Some(name.clone()),
                    message: "this column appears twice".to_string(),
                });
            }
        } else {
            problems.push(ImportProblem {
                line: 1,
                field: Some(name.clone()),
                message: format!(
                    "unknown column; expected {} and optionally {}",
                    REQUIRED.join(", "),
                    OPTIONAL.join(", ")
                ),
            });
        }
    }
    for required in REQUIRED {
        if !columns.contains_key(required) {
            let hint = if delimiter == b',' && headers.len() == 1 {
                " (is the file separated by something other than ',' or ';'?)"
            } else {
                ""
            };
            problems.push(ImportProblem {
                line: 1,
                field: Some(required.to_string()),
                message: format!("required column is missing{hint}"),
            });
        }
    }
    if !problems.is_empty() {
        return Err(ImportError {
            file: file.to_path_buf(),
            problems,
        });
    }

    let mut rows = Vec::new();
    let mut assessment_numbers: HashMap<(String, String, String), usize> = HashMap::new();
    let mut seen: HashMap<(usize, ItemRef), u64> = HashMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map(|p| p.line()).unwrap_or(0);
                problems.push(ImportProblem {
                    line,
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
        if record.len() != headers.len() {
            problems.push(ImportProblem {
                line,
                field: None,
                message: format!(
                    "{} fields, but the header has {}",
                    record.len(),
                    headers.len()
                ),
            });
            continue;
        }
        let get = |name: &str| {
            columns
                .get(name)
                .and_then(|i| record.get(*i))
                .unwrap_or("")
                .trim()
                .to_string()
        };
        let mut problem = |field: &str, message: String| {
            problems.push(ImportProblem {
                line,
                field: Some(field.to_string()),
                message,
            })
        };
        let (organisation, respondent, round, item) = (
            get("organisation"),
            get("respondent"),
            get("round"),
            get("item"),
        );
        let mut ok = true;
        for (field, value) in [
            ("organisation", &organisation),
            ("respondent", &respondent),
            ("round", &round),
            ("item", &item),
        ] {
            if value.is_empty() {
                problem(field, "empty".to_string());
                ok = false;
            }
        }
        if !item.is_empty() && questionnaire.item(&item).is_none() {
            problem(
                "item",
                format!(
                    "unknown item '{item}' in questionnaire {} version {}",
                    questionnaire.id, questionnaire.version
                ),
            );
            ok = false;
        }
        let answer_text = get("answer");
        let answer = match Answer::parse(&answer_text) {
            Some(Answer::Value(value)) if (scale.min..=scale.max).contains(&value) => {
                Some(Answer::Value(value))
            }
            Some(unscored @ (Answer::DontKnow | Answer::NotApplicable)) => Some(unscored),
            _ => {
                problem(
                    "answer",
                    format!(
                        "'{answer_text}' is out of range: use {} to {}, or empty, '?' or 'weet niet' for don't know, or 'nvt' for not applicable",
                        scale.min, scale.max
                    ),
                );
                None
            }
        };
        let role_text = get("role");
        let role = if role_text.is_empty() {
            None
        } else {
            match Role::parse(&role_text) {
                Some(role) => Some(role),
                None => {
                    problem(
                        "role",
                        format!(
                            "unknown role '{role_text}': use board, management, i_adviser, staff or other"
                        ),
                    );
                    ok = false;
                    None
                }
            }
        };
        let date_text = get("date");
        let date = if date_text.is_empty() {
            None
        } else if is_iso_date(&date_text) {
            Some(date_text)
        } else {
            problem(
                "date",
                format!("'{date_text}' is not a date in the form YYYY-MM-DD"),
            );
            ok = false;
            None
        };
        let comment = Some(get("comment")).filter(|c| !c.is_empty());
        let (Some(answer), true) = (answer, ok) else {
            continue;
        };
        // Small keys: a file of a million answers holds only thousands of assessments, and
        // each item is known to the questionnaire by now.
        let next = assessment_numbers.len();
        let assessment = *assessment_numbers
            .entry((
                slugify(&organisation),
                slugify(&respondent),
                slugify(&round),
            ))
            .or_insert(next);
        let Some(at) = questionnaire.item_ref(&item) else {
            continue;
        };
        let key = (assessment, at);
        if let Some(first) = seen.get(&key) {
            problems.push(ImportProblem {
                line,
                field: None,
                message: format!("duplicate answer: line {first} already answers item '{item}' for this respondent, organisation and round"),
            });
            continue;
        }
        seen.insert(key, line);
        rows.push(Row {
            line,
            organisation,
            respondent,
            round,
            item,
            answer,
            role,
            date,
            comment,
        });
    }
    if !problems.is_empty() {
        return Err(ImportError {
            file: file.to_path_buf(),
            problems,
        });
    }
    if rows.is_empty() {
        return Err(ImportError {
            file: file.to_path_buf(),
            problems: vec![ImportProblem {
                line: 2,
                field: None,
                message: "the file has a header but no answers".to_string(),
            }],
        });
    }
    Ok(rows)
}

/// True for `YYYY-MM-DD` with a plausible month and day.
pub fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
        return false;
    }
    let month: u32 = month.parse().unwrap_or(0);
    let day: u32 = day.parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// Groups checked rows into assessments, merges them with what the workspace has and writes
/// everything. Existing files that do not parse stop the import before anything is written.
pub(crate) fn write_rows(
    workspace: &Workspace,
    data: &WorkspaceData,
    rows: Vec<Row>,
) -> Result<ImportSummary> {
    let questionnaire = QuestionnaireRef {
        id: data.questionnaire.id.clone(),
        version: data.questionnaire.version,
    };
    let mut summary = ImportSummary {
        rows: rows.len(),
        ..ImportSummary::default()
    };
    let mut organisations: BTreeMap<String, Organisation> = BTreeMap::new();
    let mut rounds: BTreeMap<String, Round> = BTreeMap::new();
    // Rows grouped by assessment (round, organisation, respondent), with the respondent's name.
    let mut assessments: BTreeMap<(String, String, String), (String, Vec<Row>)> = BTreeMap::new();

    for row in rows {
        let org_id = data
            .organisations
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(&row.organisation) || o.id == row.organisation)
            .map(|o| o.id.clone())
            .unwrap_or_else(|| slugify(&row.organisation));
        if data.organisation(&org_id).is_none() && !organisations.contains_key(&org_id) {
            organisations.insert(
                org_id.clone(),
                Organisation {
                    id: org_id.clone(),
                    name: row.organisation.clone(),
                    ..Organisation::default()
                },
            );
        }
        let round_id = data
            .rounds
            .iter()
            .find(|r| r.id == row.round || r.name.as_deref() == Some(row.round.as_str()))
            .map(|r| r.id.clone())
            .unwrap_or_else(|| slugify(&row.round));
        if data.round(&round_id).is_none() && !rounds.contains_key(&round_id) {
            rounds.insert(
                round_id.clone(),
                Round {
                    id: round_id.clone(),
                    name: (row.round != round_id).then(|| row.round.clone()),
                    date: None,
                },
            );
        }
        let key = (round_id.clone(), org_id.clone(), slugify(&row.respondent));
        if !assessments.contains_key(&key) {
            let path = workspace.assessment_path(&round_id, &org_id, &row.respondent);
            if path.exists() {
                // Checked now, so a damaged file stops the import before anything is written.
                crate::model::yaml::read::<Assessment>(&path).map_err(|e| {
                    anyhow::anyhow!(
                        "{e}\n(line {} of the import would update this file; nothing was imported)",
                        row.line
                    )
                })?;
                summary.assessments_updated += 1;
            } else {
                summary.assessments_created += 1;
            }
        }
        assessments
            .entry(key)
            .or_insert_with(|| (row.respondent.clone(), Vec::new()))
            .1
            .push(row);
    }

    for organisation in organisations.values() {
        summary
            .files
            .push(workspace.save_organisation(organisation)?);
        summary
            .organisations_created
            .push(organisation.name.clone());
    }
    for round in rounds.values() {
        summary.files.push(workspace.save_round(round)?);
        summary.rounds_created.push(round.id.clone());
    }
    // Each assessment is re-read and updated under its lock, so answers another process saved
    // since the check above are kept.
    let assessments: Vec<_> = assessments.into_iter().collect();
    let written = write_all_parallel(
        &assessments,
        |((round_id, org_id, _), (respondent, rows))| {
            workspace.update_assessment(round_id, org_id, respondent, |existing| {
                let mut assessment = existing.unwrap_or_else(|| {
                    Assessment::new(
                        org_id,
                        respondent,
                        Role::Other,
                        round_id,
                        questionnaire.clone(),
                    )
                });
                for row in rows {
                    if let Some(role) = row.role {
                        assessment.role = role;
                    }
                    if row.date.is_some() {
                        assessment.date = row.date.clone();
                    }
                    assessment.answers.insert(row.item.clone(), row.answer);
                    if let Some(comment) = &row.comment {
                        assessment
                            .comments
                            .insert(row.item.clone(), comment.clone());
                    }
                }
                assessment
            })
        },
    )?;
    summary.files.extend(written);
    Ok(summary)
}
