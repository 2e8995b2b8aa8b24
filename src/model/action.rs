//! An improvement action: what a partner, or the cooperation as a whole, agreed to do about a
//! dimension or characteristic, who owns it, by when, and how far it got. One action is one
//! file, `actions/ID.yaml`, plain and mergeable like the rest of the workspace.

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// An action's id: `a-0001`, `a-0002`, …; given once and never reused for another action.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActionId(String);

impl ActionId {
    const PREFIX: &'static str = "a-";

    /// The id with sequence number `number`.
    pub fn numbered(number: u32) -> ActionId {
        ActionId(format!("{}{number:04}", Self::PREFIX))
    }

    /// The sequence number of an id in the usual form, for choosing the next one.
    pub fn number(&self) -> Option<u32> {
        self.0.strip_prefix(Self::PREFIX)?.parse().ok()
    }

    /// An id as a file name gives it (the file name without `.yaml`).
    pub fn from_file_stem(stem: &str) -> ActionId {
        ActionId(stem.to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ActionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How far an action got. Stored in Dutch (`voorgesteld`, `lopend`, `gereed`, `vervallen`);
/// the English codes are read too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ActionStatus {
    #[serde(rename = "voorgesteld", alias = "proposed")]
    Proposed,
    #[serde(rename = "lopend", alias = "in_progress")]
    InProgress,
    #[serde(rename = "gereed", alias = "done")]
    Done,
    #[serde(rename = "vervallen", alias = "dropped")]
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Proposed,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    /// The code in the file (Dutch) and its English twin.
    pub fn codes(self) -> (&'static str, &'static str) {
        match self {
            ActionStatus::Proposed => ("voorgesteld", "proposed"),
            ActionStatus::InProgress => ("lopend", "in_progress"),
            ActionStatus::Done => ("gereed", "done"),
            ActionStatus::Dropped => ("vervallen", "dropped"),
        }
    }

    /// The code as stored.
    pub fn code(self) -> &'static str {
        self.codes().0
    }

    /// Still to be done: proposed or in progress. Only an open action can be overdue.
    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::Proposed | ActionStatus::InProgress)
    }
}

impl FromStr for ActionStatus {
    type Err = ();

    /// A Dutch or English code, in any case; `in progress` and `in-progress` too.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let wanted = text.trim().to_lowercase().replace([' ', '-'], "_");
        ActionStatus::ALL
            .into_iter()
            .find(|status| {
                let (nl, en) = status.codes();
                wanted == nl || wanted == en
            })
            .ok_or(())
    }
}

/// A dated note on an action ("2025-06-01: besproken in de stuurgroep").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionNote {
    #[serde(with = "date_text")]
    pub date: Date,
    pub text: String,
}

/// `actions/ID.yaml`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// The file name without `.yaml`; not stored in the file.
    #[serde(skip)]
    pub id: ActionId,
    /// The organisation's id; absent for the cooperation as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The dimension or characteristic the action addresses (a scale id of the questionnaire).
    pub scale: String,
    /// The finding the action answers, in the words it was agreed on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finding: Option<String>,
    /// What will be done.
    pub action: String,
    pub owner: String,
    #[serde(with = "date_text")]
    pub due: Date,
    pub status: ActionStatus,
    /// The theme of the maturity programme it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// The round in which it was agreed.
    pub round: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<ActionNote>,
}

impl Action {
    /// Still open after its due date.
    pub fn is_overdue(&self, today: Date) -> bool {
        self.status.is_open() && self.due < today
    }

    /// For the cooperation as a whole rather than one partner.
    pub fn is_for_cooperation(&self) -> bool {
        self.organisation.is_none()
    }
}

/// Why an action cannot be stored as given; the words layer says it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ActionError {
    #[error("unknown organisation '{0}'")]
    UnknownOrganisation(String),
    #[error("unknown dimension or characteristic '{scale}' (questionnaire of round {round})")]
    UnknownScale { scale: String, round: String },
    #[error("unknown programme theme '{0}'")]
    UnknownTheme(String),
    #[error("unknown round '{0}'")]
    UnknownRound(String),
    #[error("the workspace has no rounds yet")]
    NoRound,
    #[error("unknown action '{0}'")]
    UnknownAction(String),
    #[error("'{0}' is not a date: write YYYY-MM-DD")]
    BadDate(String),
    #[error("unknown status '{0}'")]
    UnknownStatus(String),
    #[error("the {0} is empty")]
    Empty(ActionField),
}

/// A field of an action that must not be empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionField {
    Action,
    Owner,
}

impl fmt::Display for ActionField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ActionField::Action => "action",
            ActionField::Owner => "owner",
        })
    }
}

/// Reads a calendar date written `YYYY-MM-DD`; a day that does not exist is refused.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    // jiff also reads forms with a time or an offset; a due date is a day and nothing else.
    let shaped = text.len() == 10
        && text.char_indices().all(|(at, c)| {
            if at == 4 || at == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shaped {
        return None;
    }
    text.parse().ok()
}

/// Dates in files as `YYYY-MM-DD` text.
pub mod date_text {
    use jiff::civil::Date;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::parse_date(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("'{text}' is not a date: write YYYY-MM-DD"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_read_in_both_languages() {
        assert_eq!("Lopend".parse(), Ok(ActionStatus::InProgress));
        assert_eq!("in progress".parse(), Ok(ActionStatus::InProgress));
        assert_eq!("done".parse(), Ok(ActionStatus::Done));
        assert_eq!("vervallen".parse(), Ok(ActionStatus::Dropped));
        assert_eq!("klaar".parse::<ActionStatus>(), Err(()));
    }

    #[test]
    fn only_real_days_are_dates() {
        assert!(parse_date("2025-02-28").is_some());
        assert!(parse_date("2025-02-31").is_none());
        assert!(parse_date("2025-2-3").is_none());
        assert!(parse_date("2025-02-28T10:00").is_none());
    }

    #[test]
    fn ids_count_on() {
        assert_eq!(ActionId::numbered(7).as_str(), "a-0007");
        assert_eq!(ActionId::numbered(12).number(), Some(12));
        assert_eq!(ActionId::from_file_stem("mijn-actie").number(), None);
    }

    #[test]
    fn an_action_reads_back_as_written() {
        let text = "organisation: aldersum\nscale: digital_skills\naction: Training\n\
                    owner: HR\ndue: 2025-09-01\nstatus: in_progress\nround: '2025'\n\
                    notes:\n- date: 2025-06-01\n  text: begonnen\n";
        let action: Action =
            crate::model::yaml::parse(std::path::Path::new("a.yaml"), text).unwrap();
        assert_eq!(action.status, ActionStatus::InProgress);
        let written = crate::model::yaml::to_string(&action).unwrap();
        assert!(written.contains("status: lopend"), "{written}");
        assert!(written.contains("due: \"2025-09-01\""), "{written}");
        let again: Action =
            crate::model::yaml::parse(std::path::Path::new("a.yaml"), &written).unwrap();
        assert_eq!(again, action);
    }
}
