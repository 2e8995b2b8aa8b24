//! The integration tests, as one test binary so the suite links once.
#![allow(clippy::unwrap_used)]

mod support;

mod actions;
mod analysis;
mod assessment_cache;
mod assessment_cache_stamps;
mod benchmark_build;
mod charts;
mod cli;
mod crash_safety;
mod dutch;
mod export;
mod findings;
mod fuzz_inputs;
mod help;
mod hostile_files;
mod import_budget;
mod import_cli;
mod instrument;
mod invite;
mod layers;
mod limesurvey;
mod positions;
mod privacy;
mod report;
mod report_cli;
mod report_pdf;
mod report_print;
mod report_rules;
mod returned_workbooks;
mod rules;
mod scoring_fixture;
mod scoring_properties;
mod survey_import;
mod tui_app;
mod tui_meeting;
mod tui_pty;
mod tui_pty_agenda;
mod tui_pty_meeting;
mod tui_pty_safety;
mod tui_scale;
mod versions;
mod wide_import;
