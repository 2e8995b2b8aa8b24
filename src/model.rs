//! The model: what rijp measures and stores, with no behaviour beyond parsing and checking.
//! Everything else builds on these types; this layer depends on nothing of rijp's.
//!
//! - [`lang`]: the two languages rijp speaks.
//! - [`questionnaire`]: the questionnaire schema, loading and validation (the bundled one is
//!   compiled in).
//! - [`assessment`]: one respondent's answers for one organisation in one round.
//! - [`names`]: the one short-name rule for organisations.
//! - [`ids`]: typed identifiers that travel between layers.

pub mod assessment;
pub mod ids;
pub mod lang;
pub mod names;
pub mod questionnaire;

pub use lang::Lang;
