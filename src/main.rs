//! The `rijp` command: parses the command line and hands each subcommand to the library.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cli::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("rijp: {error:#}");
            ExitCode::FAILURE
        }
    }
}
