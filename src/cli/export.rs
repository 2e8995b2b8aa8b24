//! `rijp export`: every chart of the comparison as PNG and SVG, with a progress bar when it
//! takes more than a moment.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use rijp::analysis::comparison::BenchmarkChoice;
use rijp::render::charts::{self, ChartFormat, ExportOptions, SizeChoice};

use super::Session;
use super::selection::Selection;

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long)]
    out: PathBuf,
    #[arg(long, value_delimiter = ',')]
    format: Option<Vec<ChartFormat>>,
    #[command(flatten)]
    selection: Selection,
    #[arg(long)]
    benchmark: Option<String>,
    #[arg(long)]
    size: Option<SizeChoice>,
}

pub fn run(session: &mut Session, args: ExportArgs) -> Result<ExitCode> {
    let data = session.open()?;
    let lang = session.lang();
    let benchmark = args.benchmark.as_deref().map(BenchmarkChoice::parse);
    let request = args.selection.request(benchmark.unwrap_or_default());
    let options = ExportOptions {
        out_dir: args.out,
        formats: args.format.unwrap_or_default(),
        chart: args.size.unwrap_or_default().options(lang),
    };
    let progress = Progress::new();
    let files = charts::export_all_with_progress(&data, &request, &options, &|done, total| {
        progress.update(done, total)
    });
    progress.finish();
    for file in files? {
        say!("{}", file.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// A progress bar on stderr that appears only when the work takes more than a moment (and
/// only on a terminal).
struct Progress {
    started: std::time::Instant,
    bar: std::sync::OnceLock<indicatif::ProgressBar>,
}

impl Progress {
    const PATIENCE: std::time::Duration = std::time::Duration::from_millis(300);

    fn new() -> Progress {
        Progress {
            started: std::time::Instant::now(),
            bar: std::sync::OnceLock::new(),
        }
    }

    fn update(&self, done: usize, total: usize) {
        if self.bar.get().is_none() && self.started.elapsed() < Self::PATIENCE {
            return;
        }
        let bar = self.bar.get_or_init(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len}") {
                bar.set_style(style);
            }
            bar
        });
        bar.set_position(done as u64);
    }

    fn finish(&self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}
