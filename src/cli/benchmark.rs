//! `rijp benchmark build`: a benchmark file to publish, made from the workspace.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};

use rijp::analysis::benchmark_build::{self, BuildRequest, PUBLISH_MINIMUM, Segmentation};
use rijp::model::yaml;
use rijp::store::atomic_file::write_atomic;
use rijp::words::i18n::benchmark as words;

use super::Session;

#[derive(Debug, Args)]
pub struct BenchmarkArgs {
    #[command(subcommand)]
    command: BenchmarkCommand,
}

#[derive(Debug, Subcommand)]
enum BenchmarkCommand {
    Build(BuildArgs),
}

#[derive(Debug, Args)]
struct BuildArgs {
    #[arg(long)]
    out: PathBuf,
    #[arg(long)]
    round: Option<String>,
    #[arg(long)]
    name: Option<String>,
    #[arg(long, value_enum, default_value_t = SegmentBy::None)]
    segment: SegmentBy,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SegmentBy {
    None,
    Size,
    Cooperation,
}

pub fn run(session: &mut Session, args: BenchmarkArgs) -> Result<ExitCode> {
    match args.command {
        BenchmarkCommand::Build(args) => build(session, args),
    }
}

fn build(session: &mut Session, args: BuildArgs) -> Result<ExitCode> {
    // Checked before the work, and a published file is never replaced.
    if args.out.exists() {
        eprintln!("rijp: {}", words::out_exists(session.lang(), &args.out));
        return Ok(ExitCode::FAILURE);
    }
    let data = session.open()?;
    let lang = session.lang();
    let request = BuildRequest {
        round: args.round,
        name: args.name,
        segmentation: match args.segment {
            SegmentBy::None => Segmentation::None,
            SegmentBy::Size => Segmentation::Size,
            SegmentBy::Cooperation => Segmentation::Cooperation,
        },
    };
    let built = benchmark_build::build(&data, &request)?;
    let text = yaml::to_string(&built.file)?;
    if args.out.exists() {
        eprintln!("rijp: {}", words::out_exists(lang, &args.out));
        return Ok(ExitCode::FAILURE);
    }
    write_atomic(&args.out, text.as_bytes())?;
    for left_out in &built.left_out {
        eprintln!(
            "{}",
            words::segment_left_out(lang, &left_out.segment, left_out.available, PUBLISH_MINIMUM)
        );
    }
    say!(
        "{}",
        words::written(
            lang,
            &args.out,
            built.file.organisations.unwrap_or_default()
        )
    );
    Ok(ExitCode::SUCCESS)
}
