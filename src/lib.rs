//! rijp: measure and compare the digital maturity of Dutch municipalities and the ICT
//! cooperations they form.
//!
//! The library holds the whole domain; the binary and the terminal interface are thin layers.
//!
//! - [`questionnaire`]: the questionnaire schema, loading and validation (the bundled one is
//!   compiled in).
//! - [`scoring`]: pure scoring: answers to scale scores, aggregation over respondents, quadrants.
//! - [`benchmark`]: benchmark files and benchmarks computed from peers.
//! - [`comparison`]: the comparison of all organisations in a round against a benchmark; the one
//!   computation every output (table, JSON, charts, report, terminal UI) is built from.
//! - [`change`]: change between rounds, per organisation and for the cooperation.
//! - [`cooperation`]: the cooperation as a whole, as one more entry next to its partners.
//! - [`respondents`]: spread, agreement, role groups and the basis of every score.
//! - [`reliability`]: Cronbach's alpha per scale.
//! - [`segments`]: benchmarks from the workspace by size class or cooperation.
//! - [`programme`]: targets, gaps and their roll-up to programme themes.
//! - [`findings`]: findings in words, Dutch and English.
//! - [`report`]: the HTML and Markdown report.
//! - [`charts`]: report-quality charts of a comparison as SVG and PNG.
//! - [`workspace`]: the folder of plain YAML files; atomic writes and locks.
//! - [`import`]: CSV import of answers.
//! - [`export`]: all answers (long format) and all scores as CSV or JSON.
//! - [`record`]: answers saved one at a time from a stream, each acknowledged once on disk.
//! - [`demo`]: the fictitious demo cooperation.
//! - [`output`]: the `scores` command's table, CSV and JSON.
//! - [`tui`]: the full-screen terminal interface (questionnaire, results, compare).
//! - [`i18n`]: every user-facing string, Dutch and English.
//! - [`yaml`] and [`atomic_file`]: the file-format and file-system boundary.
//! - [`printable`]: user text made safe to print in a terminal.

pub mod assessment;
pub mod atomic_file;
pub mod benchmark;
pub mod change;
pub mod charts;
pub mod comparison;
pub mod cooperation;
pub mod demo;
pub mod export;
pub mod findings;
pub mod i18n;
pub mod import;
pub mod output;
pub mod printable;
pub mod programme;
pub mod questionnaire;
pub mod record;
pub mod reliability;
pub mod report;
pub mod respondents;
pub mod scoring;
pub mod segments;
pub mod slug;
pub mod tui;
pub mod workspace;
pub mod yaml;
