//! Recording answers one at a time from a stream of lines, each `ITEM ANSWER` (`cx01 4`,
//! `cx02 ?`): every answer is saved atomically before it is acknowledged with a line
//! `saved ITEM ANSWER`, the way the terminal interface saves after every answer. The
//! assessment is held for the whole session, so a second writer is refused instead of
//! overwriting what this one saves.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use anyhow::Result;

use crate::model::assessment::{Answer, Assessment, QuestionnaireRef, Role};
use crate::model::ids::AssessmentKey;
use crate::model::questionnaire::Questionnaire;
use crate::store::workspace::Workspace;

/// Whose answers are recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Respondent {
    /// The organisation's id.
    pub organisation: String,
    pub name: String,
    pub round: String,
    /// Used when the assessment is new; an existing one keeps its role.
    pub role: Role,
}

/// Why answers could not be recorded. The words layer says it in the reader's language.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("unknown organisation '{organisation}': no file {}", file.display())]
    UnknownOrganisation { organisation: String, file: PathBuf },
    /// Another writer holds the assessment.
    #[error(
        "the answers of {} ({}, round {}) are being written by another rijp; close it and try again",
        .0.name,
        .0.organisation,
        .0.round
    )]
    Busy(Respondent),
    #[error("cannot read the answers: {0}")]
    Unreadable(#[source] std::io::Error),
    /// `line` counts from 1.
    #[error("line {line}: unknown item '{item}'")]
    UnknownItem { line: usize, item: String },
    #[error("line {line}: '{text}' is not an answer: use {min} to {max}, or '?' for don't know")]
    NotAnAnswer {
        line: usize,
        text: String,
        min: u8,
        max: u8,
    },
    #[error("line {line}: 'not applicable' cannot be chosen on item '{item}'")]
    NotApplicableNotOffered { line: usize, item: String },
    #[error("cannot acknowledge the answer: {0}")]
    Unacknowledged(#[source] std::io::Error),
}

/// Records answers from `input` until it ends; returns how many were saved. Stops at the first
/// line that is not a valid answer, after saving everything before it.
pub fn record_answers(
    workspace: &Workspace,
    questionnaire: &Questionnaire,
    respondent: &Respondent,
    input: impl BufRead,
    output: &mut impl Write,
) -> Result<usize> {
    let file = workspace.organisation_path(&respondent.organisation);
    if !file.exists() {
        let organisation = respondent.organisation.clone();
        return Err(RecordError::UnknownOrganisation { organisation, file }.into());
    }
    let key = AssessmentKey::new(
        &*respondent.round,
        &*respondent.organisation,
        &*respondent.name,
    );
    let Some(edit) = workspace.try_edit_assessment(&key)? else {
        return Err(RecordError::Busy(respondent.clone()).into());
    };
    let mut assessment = edit.read()?.unwrap_or_else(|| {
        Assessment::new(
            &respondent.organisation,
            &respondent.name,
            respondent.role,
            &respondent.round,
            QuestionnaireRef {
                id: questionnaire.id.clone(),
                version: questionnaire.version,
            },
        )
    });
    let scale = &questionnaire.answer_scale;
    let mut saved = 0;
    for (index, line) in input.lines().enumerate() {
        let line = line.map_err(RecordError::Unreadable)?;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (item, text) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        if questionnaire.item(item).is_none() {
            let item = item.to_string();
            return Err(RecordError::UnknownItem {
                line: index + 1,
                item,
            }
            .into());
        }
        let answer = match Answer::parse(text) {
            Some(Answer::Value(value)) if (scale.min..=scale.max).contains(&value) => {
                Answer::Value(value)
            }
            Some(Answer::DontKnow) => Answer::DontKnow,
            Some(Answer::NotApplicable) if questionnaire.allows_not_applicable_id(item) => {
                Answer::NotApplicable
            }
            Some(Answer::NotApplicable) => {
                return Err(RecordError::NotApplicableNotOffered {
                    line: index + 1,
                    item: item.to_string(),
                }
                .into());
            }
            _ => {
                return Err(RecordError::NotAnAnswer {
                    line: index + 1,
                    text: text.trim().to_string(),
                    min: scale.min,
                    max: scale.max,
                }
                .into());
            }
        };
        assessment.answers.insert(item.to_string(), answer);
        edit.save(&assessment)?;
        saved += 1;
        writeln!(output, "saved {item} {answer}")
            .and_then(|()| output.flush())
            .map_err(RecordError::Unacknowledged)?;
    }
    Ok(saved)
}
