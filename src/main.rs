//! The `rijp` command: parses the command line and hands each subcommand to the library.

mod commands;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = commands::Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("rijp: {error:#}");
            ExitCode::FAILURE
        }
    }
}
