//! Rendering: the comparison made into files a reader opens.
//!
//! - [`charts`]: report-quality charts as SVG and PNG.
//! - [`report`]: the HTML and Markdown report.
//! - [`disagreement`]: where respondents disagree, for `scores --disagreement`.
//! - [`scores`]: the `scores` command's table, CSV and JSON.

pub mod charts;
pub mod disagreement;
pub mod report;
pub mod scores;
