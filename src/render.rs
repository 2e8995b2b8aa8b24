//! Rendering: the comparison made into files a reader opens.
//!
//! - [`actions`]: the improvement register's table, CSV and JSON.
//! - [`charts`]: report-quality charts as SVG and PNG.
//! - [`report`]: the HTML and Markdown report.
//! - [`disagreement`]: where respondents disagree, for `scores --disagreement`.
//! - [`invitation`]: respondents' workbooks and the LimeSurvey survey of `rijp invite`.
//! - [`scores`]: the `scores` command's table, CSV and JSON.

pub mod actions;
pub mod charts;
pub mod disagreement;
pub mod invitation;
pub mod report;
pub mod scores;

/// Escapes text for HTML and XML (SVG) content and attribute values: the one escaper of
/// every markup output.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
