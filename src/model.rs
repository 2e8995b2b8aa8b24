//! The model: what rijp measures and stores, with no behaviour beyond reading, parsing and
//! checking. Everything else builds on these types; this layer depends on nothing of rijp's.
//!
//! - [`lang`]: the two languages rijp speaks.
//! - [`questionnaire`]: the questionnaire schema, loading and validation (the bundled one is
//!   compiled in).
//! - [`action`]: an improvement action of the register, its status and due date.
//! - [`assessment`]: one respondent's answers for one organisation in one round.
//! - [`names`]: the one short-name rule for organisations.
//! - [`yaml`]: the one YAML boundary, with size budgets and errors at line and column.
//! - [`printable`]: user text made safe to print in a terminal.
//! - [`benchmark_file`] and [`margins`]: a benchmark file and the margins setting.
//! - [`ids`]: typed identifiers that travel between layers.

pub mod action;
pub mod assessment;
pub mod benchmark_file;
pub mod id_map;
pub mod ids;
pub mod lang;
pub mod margins;
pub mod names;
pub mod printable;
pub mod questionnaire;
pub mod yaml;

pub use lang::Lang;
