//! `rijp report`: the report as HTML, Word or Markdown, against one benchmark with others
//! beside it.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use rijp::analysis::comparison::BenchmarkChoice;
use rijp::render::report::{self, ReportRequest};
use rijp::words::i18n;

use super::Session;
use super::selection::Selection;

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[arg(long)]
    out: PathBuf,
    #[command(flatten)]
    selection: Selection,
    #[arg(long, value_delimiter = ',')]
    benchmark: Option<Vec<String>>,
    #[arg(long)]
    since: Option<String>,
}

pub fn run(session: &mut Session, args: ReportArgs) -> Result<ExitCode> {
    let data = session.open()?;
    let lang = session.lang();
    // The first benchmark is compared against; the others are listed beside it.
    let mut choices: Vec<BenchmarkChoice> = args
        .benchmark
        .unwrap_or_default()
        .iter()
        .map(|b| BenchmarkChoice::parse(b))
        .collect();
    let first = if choices.is_empty() {
        BenchmarkChoice::Default
    } else {
        choices.remove(0)
    };
    let request = ReportRequest {
        comparison: args.selection.request(first),
        extra_benchmarks: choices,
        since: args.since,
        lang,
    };
    let files = report::write_report(&data, &request, &args.out)?;
    say!("{}:", i18n::report::texts(lang).report_written);
    for file in files {
        say!("  {}", file.display());
    }
    Ok(ExitCode::SUCCESS)
}
