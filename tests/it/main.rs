//! The integration tests, as one test binary so the suite links once.
#![allow(clippy::unwrap_used)]

mod support;

mod analysis;
mod assessment_cache;
mod charts;
mod cli;
mod crash_safety;
mod export;
mod findings;
mod fuzz_inputs;
mod hostile_files;
mod report;
mod report_cli;
mod report_print;
mod scoring_fixture;
mod scoring_properties;
mod tui_app;
mod tui_pty;
mod wide_import;
