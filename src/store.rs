//! Storage: the workspace folder of plain YAML files and the file-system boundary.
//!
//! - [`workspace`]: organisations, rounds, assessments, benchmarks and settings on disk; the
//!   cache of parsed assessments; locks and the merge of concurrent changes.
//! - [`record`]: answers saved one at a time from a stream, each acknowledged once on disk.
//! - [`atomic_file`]: the file-system boundary: atomic writes and locks.
//! - [`staged`]: many files written at once, each whole or not at all, with few disk flushes.
//! - [`slug`]: names made into safe file names.
//! - [`clock`]: today's date, fixed by `RIJP_TODAY` where a test or demonstration needs it.

pub mod atomic_file;
pub mod clock;
pub mod record;
pub mod slug;
pub mod staged;
pub mod workspace;
