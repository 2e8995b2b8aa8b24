//! Data in and out of a workspace in bulk: survey imports, the raw data export and the demo.
//!
//! - [`import`]: answers from a long CSV, or a wide survey export with a mapping.
//! - [`export_data`]: all answers (long format) and all scores as CSV or JSON.
//! - [`invite`]: fillable workbooks for respondents, read back by the import.
//! - [`demo`]: the fictitious demo cooperation and large synthetic workspaces.

pub mod demo;
pub mod export_data;
pub mod import;
pub mod invite;
