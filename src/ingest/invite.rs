//! Invitations for respondents who never open a terminal: one fillable workbook per
//! respondent, read back by `rijp import` with no mapping.
//!
//! - [`respondents`]: who is invited, from the command line or a CSV file, checked against
//!   the questionnaire's protocol roles.
//! - [`layout`]: where a workbook keeps what the import needs (shared with the import).
//! - [`limesurvey`]: the codes of rijp's LimeSurvey survey.
//!
//! The files themselves are written in `render::invitation`, which speaks the user's language.

use std::path::PathBuf;

use crate::model::assessment::Role;

pub mod layout;
pub mod limesurvey;
pub mod respondents;

pub use respondents::Respondent;

/// Why invitations could not be written; said in the user's language by the words layer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InviteError {
    /// An entry of the list (or a line of the file, `at`) without a name.
    #[error("a respondent without a name")]
    NoName { at: Option<(PathBuf, u64)> },
    #[error("respondent {name} has no role")]
    NoRole {
        at: Option<(PathBuf, u64)>,
        name: String,
    },
    /// A role that is not one of the protocol's (`roles`).
    #[error("respondent {name}: {role} is not a protocol role")]
    UnknownRole {
        at: Option<(PathBuf, u64)>,
        name: String,
        role: String,
        roles: Vec<Role>,
    },
    /// Two names that make the same file name.
    #[error("{first} and {second} share the file {file}")]
    SameFile {
        first: String,
        second: String,
        file: String,
    },
    #[error("no respondents")]
    NoRespondents,
    /// A file the command would write is there already.
    #[error("{} exists", file.display())]
    Exists { file: PathBuf },
    #[error("{}: {reason}", file.display())]
    Unreadable { file: PathBuf, reason: String },
    #[error("{}: {detail}", file.display())]
    Csv { file: PathBuf, detail: String },
}
