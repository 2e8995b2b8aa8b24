//! Recording answers one at a time from a stream of lines, each `ITEM ANSWER` (`cx01 4`,
//! `cx02 ?`): every answer is saved atomically before it is acknowledged with a line
//! `saved ITEM ANSWER`, the way the terminal interface saves after every answer. The
//! assessment is held for the whole session, so a second writer is refused instead of
//! overwriting what this one saves.

use std::io::{BufRead, Write};

use anyhow::{Context, Result, bail};

use crate::model::assessment::{Answer, Assessment, QuestionnaireRef, Role};
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

/// Records answers from `input` until it ends; returns how many were saved. Stops at the first
/// line that is not a valid answer, after saving everything before it.
pub fn record_answers(
    workspace: &Workspace,
    questionnaire: &Questionnaire,
    respondent: &Respondent,
    input: impl BufRead,
    output: &mut impl Write,
) -> Result<usize> {
    if !workspace
        .organisation_path(&respondent.organisation)
        .exists()
    {
        bail!(
            "unknown organisation '{}': no file {}",
            respondent.organisation,
            workspace
                .organisation_path(&respondent.organisation)
                .display()
        );
    }
    let Some(edit) = workspace.try_edit_assessment(
        &respondent.round,
        &respondent.organisation,
        &respondent.name,
    )?
    else {
        bail!(
            "the answers of {} ({}, round {}) are being written by another rijp; close it and try again",
            respondent.name,
            respondent.organisation,
            respondent.round
        );
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
        let line = line.context("cannot read the answers")?;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (item, text) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        if questionnaire.item(item).is_none() {
            bail!("line {}: unknown item '{item}'", index + 1);
        }
        let answer = match Answer::parse(text) {
            Some(Answer::Value(value)) if (scale.min..=scale.max).contains(&value) => {
                Answer::Value(value)
            }
            Some(Answer::DontKnow) => Answer::DontKnow,
            _ => bail!(
                "line {}: '{}' is not an answer: use {} to {}, or '?' for don't know",
                index + 1,
                text.trim(),
                scale.min,
                scale.max
            ),
        };
        assessment.answers.insert(item.to_string(), answer);
        edit.save(&assessment)?;
        saved += 1;
        writeln!(output, "saved {item} {answer}")
            .and_then(|()| output.flush())
            .context("cannot acknowledge the answer")?;
    }
    Ok(saved)
}
