//! Rounds that close. Closing a round records the day and a fingerprint of each of its answer
//! files (a 128-bit hash of the bytes); from then on the round takes no answers, and a file
//! that differs from its fingerprint, or was added or removed, is reported when the workspace
//! is loaded instead of being used silently. Reopening removes the record.

use std::collections::BTreeMap;

use anyhow::Result;
use jiff::civil::Date;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::listing::list_yaml_files;
use super::{ASSESSMENTS, Round, Workspace, WorkspaceData};
use crate::model::action::date_text;
use crate::store::slug::slugify;

/// Stands for the hash of a file that could not be read.
const UNREADABLE: &str = "unreadable";

/// When a round was closed, and what its answer files were then.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closing {
    #[serde(with = "date_text")]
    pub date: Date,
    /// Each answer file (its path in the workspace, `/` between parts) with the hash of its
    /// bytes, in hexadecimal.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
}

/// How an answer file of a closed round differs from the fingerprint taken on closing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FileChange {
    Changed,
    Added,
    Removed,
}

/// An answer file of a closed round that is not as it was when the round closed.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClosedRoundChange {
    /// The file's path in the workspace.
    pub file: String,
    /// The round's name.
    pub round: String,
    pub change: FileChange,
}

/// Why a round cannot be closed, reopened or answered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoundError {
    #[error("unknown round '{round}'; the workspace has: {}", known.join(", "))]
    Unknown { round: String, known: Vec<String> },
    #[error("round {round} was closed on {date}: it takes no answers")]
    Closed { round: String, date: Date },
    #[error("round {round} is already closed (on {date})")]
    AlreadyClosed { round: String, date: Date },
    #[error("round {0} is not closed")]
    NotClosed(String),
}

impl Round {
    pub fn is_closed(&self) -> bool {
        self.closed.is_some()
    }
}

impl WorkspaceData {
    /// The round by id or by name.
    pub fn find_round(&self, text: &str) -> Result<&Round, RoundError> {
        self.round(text)
            .or_else(|| self.rounds.iter().find(|r| r.name.as_deref() == Some(text)))
            .ok_or_else(|| RoundError::Unknown {
                round: text.to_string(),
                known: self.rounds.iter().map(|r| r.id.clone()).collect(),
            })
    }

    /// Refuses answers for a closed round; a round the workspace does not have yet is open.
    pub fn refuse_closed(&self, round: &str) -> Result<(), RoundError> {
        match self
            .round(round)
            .and_then(|r| Some((r, r.closed.as_ref()?)))
        {
            Some((round, closing)) => Err(RoundError::Closed {
                round: round.label().to_string(),
                date: closing.date,
            }),
            None => Ok(()),
        }
    }
}

impl Workspace {
    /// Closes a round on `today`, with the fingerprint of its answer files as they are now.
    pub fn close_round(&self, data: &WorkspaceData, round: &str, today: Date) -> Result<Round> {
        let mut round = data.find_round(round)?.clone();
        if let Some(closing) = &round.closed {
            return Err(RoundError::AlreadyClosed {
                round: round.label().to_string(),
                date: closing.date,
            }
            .into());
        }
        round.closed = Some(Closing {
            date: today,
            answers: self.fingerprint(&round.id)?,
        });
        self.save_round(&round)?;
        Ok(round)
    }

    /// Opens a closed round again for answers.
    pub fn reopen_round(&self, data: &WorkspaceData, round: &str) -> Result<Round> {
        let mut round = data.find_round(round)?.clone();
        if round.closed.take().is_none() {
            return Err(RoundError::NotClosed(round.label().to_string()).into());
        }
        self.save_round(&round)?;
        Ok(round)
    }

    /// Each answer file of a round with the hash of its bytes.
    fn fingerprint(&self, round: &str) -> Result<BTreeMap<String, String>> {
        let folder = format!("{ASSESSMENTS}/{}", slugify(round));
        Ok(list_yaml_files(&self.root, &folder, 2, false)?
            .into_par_iter()
            .map(|listed| {
                let name = listed
                    .name
                    .unwrap_or_else(|| listed.path.to_string_lossy().into_owned());
                // A file that cannot be read now differs from any it was, and is said so;
                // it never stops the workspace from loading.
                let hash = std::fs::read(&listed.path).map_or_else(
                    |_| UNREADABLE.to_string(),
                    |bytes| format!("{:032x}", xxhash_rust::xxh3::xxh3_128(&bytes)),
                );
                (name, hash)
            })
            .collect())
    }

    /// The answer files of closed rounds that differ from their fingerprint.
    pub(super) fn closed_round_changes(&self, rounds: &[Round]) -> Result<Vec<ClosedRoundChange>> {
        let mut changes = Vec::new();
        for round in rounds {
            let Some(closing) = &round.closed else {
                continue;
            };
            let now = self.fingerprint(&round.id)?;
            let mut note = |file: &str, change| {
                changes.push(ClosedRoundChange {
                    file: file.to_string(),
                    round: round.label().to_string(),
                    change,
                });
            };
            for (file, hash) in &now {
                match closing.answers.get(file) {
                    Some(then) if then == hash => {}
                    Some(_) => note(file, FileChange::Changed),
                    None => note(file, FileChange::Added),
                }
            }
            for file in closing.answers.keys().filter(|f| !now.contains_key(*f)) {
                note(file, FileChange::Removed);
            }
        }
        changes.sort();
        Ok(changes)
    }
}
