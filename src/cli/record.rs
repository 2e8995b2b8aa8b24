//! The hidden `rijp record`: answers read from standard input, each saved before it is
//! acknowledged, the way the terminal interface saves them.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use rijp::model::assessment::Role;
use rijp::store::record::{self, Respondent};

use super::Session;

#[derive(Debug, Args)]
pub struct RecordArgs {
    #[arg(long)]
    organisation: String,
    #[arg(long)]
    respondent: String,
    #[arg(long)]
    round: String,
}

pub fn run(session: &mut Session, args: RecordArgs) -> Result<ExitCode> {
    let workspace = session.workspace()?;
    let data = session.load(&workspace)?;
    data.refuse_closed(&args.round)?;
    let respondent = Respondent {
        organisation: args.organisation,
        name: args.respondent,
        round: args.round,
        role: Role::Other,
    };
    record::record_answers(
        &workspace,
        &data.questionnaire,
        &respondent,
        std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
    )?;
    Ok(ExitCode::SUCCESS)
}
