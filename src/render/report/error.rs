//! Why a report cannot be written. Render says its own errors, in the language the report was
//! asked for, from the report's texts; the cases stay data for callers that match on them.

use std::fmt;
use std::path::PathBuf;

use crate::words::i18n::{self, Lang};

/// A report that cannot be written, said in `lang`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportError {
    pub lang: Lang,
    pub kind: ReportErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportErrorKind {
    /// The output file's extension names none of the formats the report is written in.
    UnknownFormat { file: PathBuf },
    /// `--since` names a round the workspace does not have; `known` are the ids it has.
    UnknownSinceRound { round: String, known: Vec<String> },
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = i18n::report::error_texts(self.lang);
        match &self.kind {
            ReportErrorKind::UnknownFormat { file } => {
                f.write_str(&(t.unknown_format)(&file.display().to_string()))
            }
            ReportErrorKind::UnknownSinceRound { round, known } => {
                f.write_str(&(t.unknown_since_round)(round, &known.join(", ")))
            }
        }
    }
}

impl std::error::Error for ReportError {}
