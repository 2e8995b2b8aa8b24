//! `rijp scores`: the comparison as a table, CSV or JSON, or the statements respondents
//! disagree on.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, ValueEnum};

use rijp::analysis::comparison::{self, BenchmarkChoice};
use rijp::render::{disagreement, scores};

use super::selection::Selection;
use super::{Session, write_stdout};

#[derive(Debug, Args)]
pub struct ScoresArgs {
    #[command(flatten)]
    selection: Selection,
    #[arg(long)]
    benchmark: Option<String>,
    #[arg(long, value_enum, default_value_t = ScoresFormat::Table)]
    format: ScoresFormat,
    #[arg(long)]
    disagreement: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ScoresFormat {
    Table,
    Csv,
    Json,
}

pub fn run(session: &mut Session, args: ScoresArgs) -> Result<ExitCode> {
    let data = session.open()?;
    let lang = session.lang();
    let benchmark = args.benchmark.as_deref().map(BenchmarkChoice::parse);
    let request = args.selection.request(benchmark.unwrap_or_default());
    let comparison = comparison::compare(&data, &request)?;
    let text = match (args.format, args.disagreement) {
        (ScoresFormat::Table, true) => disagreement::to_table(&data, &comparison, lang),
        (ScoresFormat::Csv, true) => disagreement::to_csv(&data, &comparison)?,
        (ScoresFormat::Json, true) => disagreement::to_json(&data, &comparison)?,
        (ScoresFormat::Table, false) => scores::to_table(&comparison, &data.questionnaire, lang),
        (ScoresFormat::Csv, false) => scores::to_csv(&comparison, &data.questionnaire)?,
        (ScoresFormat::Json, false) => scores::to_json(&comparison)?,
    };
    write_stdout(format_args!("{text}"));
    Ok(ExitCode::SUCCESS)
}
