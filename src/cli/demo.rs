//! `rijp demo` writes the fictitious cooperation; the hidden `rijp generate` writes a
//! national-scale synthetic workspace, or the same data as a CSV file, for the benchmarks.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use rijp::ingest::demo;
use rijp::model::questionnaire::Questionnaire;
use rijp::words::i18n;

use super::Session;

/// The demo cooperation, into an empty or new folder.
pub fn run(session: &Session) -> Result<ExitCode> {
    let workspace = session.workspace()?;
    let files = demo::write_demo(&workspace, &Questionnaire::bundled()?)?;
    let text = i18n::cli::texts(session.lang());
    let folder = workspace.root().display().to_string();
    say!("{}", (text.demo_written)(&folder, files.len()));
    say!("{}: rijp scores --workspace {folder}", text.demo_next);
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[arg(long, default_value_t = 342)]
    municipalities: usize,
    // Assessments per municipality, over both rounds, on average.
    #[arg(long, default_value_t = 30)]
    respondents: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[arg(long)]
    csv: Option<PathBuf>,
}

/// Synthetic data into a new workspace, or into one CSV file.
pub fn run_generate(session: &Session, args: GenerateArgs) -> Result<ExitCode> {
    let questionnaire = Questionnaire::bundled()?;
    let GenerateArgs {
        municipalities,
        respondents,
        seed,
        csv,
    } = args;
    let (written, target) = match csv {
        Some(file) => {
            let written = demo::write_synthetic_csv(
                &file,
                &questionnaire,
                municipalities,
                respondents,
                seed,
            )?;
            (written, file)
        }
        None => {
            let workspace = session.workspace()?;
            let written = demo::write_synthetic(
                &workspace,
                &questionnaire,
                municipalities,
                respondents,
                seed,
            )?;
            (written, workspace.root().to_path_buf())
        }
    };
    let text = i18n::cli::texts(session.lang());
    say!(
        "{}",
        (text.generated)(written, &target.display().to_string())
    );
    Ok(ExitCode::SUCCESS)
}
