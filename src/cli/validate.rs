//! `rijp validate`: questionnaire files checked by every rule, each problem on its own line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use rijp::model::Lang;
use rijp::model::questionnaire::Questionnaire;
use rijp::words::i18n;

#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

/// Checks every file; the exit code says whether any had problems.
pub fn run(args: &ValidateArgs, lang: Lang) -> ExitCode {
    let mut failed = false;
    for file in &args.files {
        match Questionnaire::check(file) {
            Ok(q) => say!(
                "{}",
                i18n::questionnaire::valid_line(lang, file, &q.id, q.version, q.item_count())
            ),
            Err(error) => {
                failed = true;
                for line in i18n::questionnaire::problem_lines(lang, &error) {
                    eprintln!("{line}");
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
