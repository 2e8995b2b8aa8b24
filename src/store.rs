//! Storage: the workspace folder of plain YAML files and the file-system boundary.
//!
//! - [`workspace`]: organisations, rounds, assessments, benchmarks and settings on disk; the
//!   cache of parsed assessments; locks and the merge of concurrent changes.
//! - [`record`]: answers saved one at a time from a stream, each acknowledged once on disk.
//! - [`yaml`] and [`atomic_file`]: the file-format and file-system boundary.
//! - [`slug`]: names made into safe file names.
//! - [`printable`]: user text made safe to print in a terminal.

pub mod atomic_file;
pub mod printable;
pub mod record;
pub mod slug;
pub mod workspace;
pub mod yaml;
