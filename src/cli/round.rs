//! `rijp round close|reopen R`: a round made final, or opened for answers again.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use rijp::store::clock::today;
use rijp::words::i18n::actions::texts;
use rijp::words::i18n::report::print_texts;

use super::Session;

#[derive(Debug, Args)]
pub struct RoundArgs {
    #[command(subcommand)]
    command: RoundCommand,
}

#[derive(Debug, Subcommand)]
enum RoundCommand {
    Close(RoundName),
    Reopen(RoundName),
}

#[derive(Debug, Args)]
struct RoundName {
    round: String,
}

pub fn run(session: &mut Session, args: RoundArgs) -> Result<ExitCode> {
    let workspace = session.workspace()?;
    let data = session.load(&workspace)?;
    let lang = session.lang();
    let t = texts(lang);
    match args.command {
        RoundCommand::Close(name) => {
            let round = workspace.close_round(&data, &name.round, today())?;
            let (date, files) = round
                .closed
                .as_ref()
                .map(|c| (print_texts(lang).date(&c.date.to_string()), c.answers.len()))
                .unwrap_or_default();
            say!("{}", (t.round_closed)(round.label(), &date, files));
        }
        RoundCommand::Reopen(name) => {
            let round = workspace.reopen_round(&data, &name.round)?;
            say!("{}", (t.round_reopened)(round.label()));
        }
    }
    Ok(ExitCode::SUCCESS)
}
