//! `export-data`: every answer in long format (the columns `import` reads, so an export
//! imports again unchanged) and every score, as CSV files or one JSON document, for Excel and
//! other tools.
//!
//! Answers to items the current questionnaire does not have (given against another version)
//! stay in the assessment files and are not exported: `import` would refuse them.

use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Serialize;

use crate::analysis::comparison;
use crate::analysis::scoring::round1;
use crate::model::assessment::Answer;
use crate::store::atomic_file::write_atomic;
use crate::store::workspace::WorkspaceData;

pub mod xlsx;

/// The columns of the answers export, in the order `import` documents them.
pub const ANSWER_COLUMNS: [&str; 9] = [
    "organisation",
    "respondent",
    "round",
    "item",
    "answer",
    "role",
    "date",
    "comment",
    "version",
];

/// The columns of the scores export.
pub const SCORE_COLUMNS: [&str; 13] = [
    "round",
    "organisation_id",
    "organisation",
    "kind",
    "scale",
    "score",
    "n",
    "sd",
    "min",
    "max",
    "answered",
    "dont_know",
    "possible",
];

/// One answer as exported.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnswerRow {
    /// The organisation's name (what `import` matches on, and names a new organisation by).
    pub organisation: String,
    pub respondent: String,
    pub round: String,
    pub item: String,
    /// `1`–`5`, `?` for don't know, `nvt` for not applicable.
    pub answer: String,
    pub role: String,
    pub date: String,
    pub comment: String,
    /// The questionnaire version the answer was given against, so that an import of this
    /// file scores every round as it was answered.
    pub version: u32,
}

/// One score of one organisation in one round.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScoreRow {
    pub round: String,
    pub organisation_id: String,
    pub organisation: String,
    /// `scale` (dimension or characteristic) or `pillar`.
    pub kind: &'static str,
    pub scale: String,
    /// Empty (null) when the basis is insufficient.
    pub score: Option<f64>,
    pub n: usize,
    pub sd: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub answered: usize,
    pub dont_know: usize,
    pub possible: usize,
}

/// Every answer to an item of the questionnaire version it was given against, ordered by
/// assessment file and item.
pub fn answer_rows(data: &WorkspaceData) -> Vec<AnswerRow> {
    let mut rows = Vec::new();
    for stored in &data.assessments {
        let assessment = &stored.assessment;
        let organisation = data
            .organisation(&assessment.organisation)
            .map(|o| o.name.clone())
            .unwrap_or_else(|| assessment.organisation.clone());
        for item in data.questionnaire_for(&assessment.questionnaire).items() {
            let Some(answer) = assessment.answers.get(&item.id) else {
                continue;
            };
            rows.push(AnswerRow {
                organisation: organisation.clone(),
                respondent: assessment.respondent.clone(),
                round: assessment.round.clone(),
                item: item.id.clone(),
                answer: match answer {
                    Answer::Value(value) => value.to_string(),
                    Answer::DontKnow | Answer::NotApplicable => answer.to_string(),
                },
                role: assessment.role.id().to_string(),
                date: assessment.date.clone().unwrap_or_default(),
                comment: assessment
                    .comments
                    .get(&item.id)
                    .cloned()
                    .unwrap_or_default(),
                version: assessment.questionnaire.version,
            });
        }
    }
    rows
}

/// Every organisation's scale and pillar scores in every round (rounded to one decimal).
pub fn score_rows(data: &WorkspaceData) -> Vec<ScoreRow> {
    let mut rows = Vec::new();
    for round in &data.rounds {
        for result in comparison::score_round(data, &round.id) {
            let scales = data
                .questionnaire
                .scales()
                .map(|s| ("scale", &s.id, result.scores.scales.get(&s.id)));
            let pillars = data
                .questionnaire
                .pillars
                .iter()
                .map(|p| ("pillar", &p.id, result.scores.pillars.get(&p.id)));
            for (kind, id, stats) in scales.chain(pillars) {
                let stats = stats.copied().unwrap_or_default();
                rows.push(ScoreRow {
                    round: round.id.clone(),
                    organisation_id: result.id.clone(),
                    organisation: result.name.clone(),
                    kind,
                    scale: id.clone(),
                    score: stats.mean.map(round1),
                    n: stats.n,
                    sd: stats.sd.map(round1),
                    min: stats.min.map(round1),
                    max: stats.max.map(round1),
                    answered: stats.answered,
                    dont_know: stats.dont_know,
                    possible: stats.possible,
                });
            }
        }
    }
    rows
}

/// The answers as long-format CSV.
pub fn answers_csv(data: &WorkspaceData) -> Result<String> {
    answers_csv_with(data, b',')
}

/// The answers as long-format CSV with another delimiter (`;` for Dutch Excel).
pub fn answers_csv_with(data: &WorkspaceData, delimiter: u8) -> Result<String> {
    let mut writer = csv_writer(delimiter);
    writer.write_record(ANSWER_COLUMNS)?;
    for row in answer_rows(data) {
        writer.write_record([
            &row.organisation,
            &row.respondent,
            &row.round,
            &row.item,
            &row.answer,
            &row.role,
            &row.date,
            &row.comment,
            &row.version.to_string(),
        ])?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

/// The scores as CSV (empty cells where there is no number).
pub fn scores_csv(data: &WorkspaceData) -> Result<String> {
    scores_csv_with(data, b',')
}

fn csv_writer(delimiter: u8) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new())
}

/// The scores as CSV with another delimiter. Numbers keep their decimal point.
pub fn scores_csv_with(data: &WorkspaceData, delimiter: u8) -> Result<String> {
    let mut writer = csv_writer(delimiter);
    writer.write_record(SCORE_COLUMNS)?;
    let number = |value: Option<f64>| value.map(|v| format!("{v:.1}")).unwrap_or_default();
    for row in score_rows(data) {
        writer.write_record([
            row.round,
            row.organisation_id,
            row.organisation,
            row.kind.to_string(),
            row.scale,
            number(row.score),
            row.n.to_string(),
            number(row.sd),
            number(row.min),
            number(row.max),
            row.answered.to_string(),
            row.dont_know.to_string(),
            row.possible.to_string(),
        ])?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

#[derive(Serialize)]
struct JsonExport {
    questionnaire: crate::model::assessment::QuestionnaireRef,
    answers: Vec<AnswerRow>,
    scores: Vec<ScoreRow>,
}

/// Answers and scores as one JSON document.
pub fn to_json(data: &WorkspaceData) -> Result<String> {
    let export = JsonExport {
        questionnaire: crate::model::assessment::QuestionnaireRef {
            id: data.questionnaire.id.clone(),
            version: data.questionnaire.version,
        },
        answers: answer_rows(data),
        scores: score_rows(data),
    };
    Ok(serde_json::to_string_pretty(&export)? + "\n")
}

/// File names of the CSV export inside its folder.
pub const ANSWERS_FILE: &str = "answers.csv";
pub const SCORES_FILE: &str = "scores.csv";

/// Writes `answers.csv` and `scores.csv` into a folder; returns the files written.
pub fn write_csv(data: &WorkspaceData, folder: &Path) -> Result<Vec<PathBuf>> {
    write_csv_with(data, folder, b',')
}

/// Writes `answers.csv` and `scores.csv` with a delimiter; returns the files written.
pub fn write_csv_with(data: &WorkspaceData, folder: &Path, delimiter: u8) -> Result<Vec<PathBuf>> {
    let answers = folder.join(ANSWERS_FILE);
    let scores = folder.join(SCORES_FILE);
    write_atomic(&answers, answers_csv_with(data, delimiter)?.as_bytes())?;
    write_atomic(&scores, scores_csv_with(data, delimiter)?.as_bytes())?;
    Ok(vec![answers, scores])
}
