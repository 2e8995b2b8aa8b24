//! Words: every user-facing text, Dutch and English, and the findings put into sentences.
//!
//! - [`i18n`]: every user-facing string, per area, both languages side by side.
//! - [`format`]: the lines that describe a comparison's benchmark and cut-off.
//! - [`findings`]: findings in words, following the model's rules for findings.
//! - [`summary`]: the summary of at most ten sentences a steering group reads first.

pub mod findings;
pub mod format;
pub mod i18n;
pub mod summary;
