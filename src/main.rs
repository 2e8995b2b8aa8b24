//! The `rijp` command: parses the command line and hands each subcommand to the library.

mod cli;

use std::process::ExitCode;

use clap::Parser;

/// Loading a national workspace allocates millions of small values from several threads at
/// once; the system allocator spent a third of that load growing and locking its arenas.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let lang = cli.lang.unwrap_or_default();
    match cli::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!(
                "rijp: {}",
                rijp::words::i18n::errors::describe(lang, &error)
            );
            ExitCode::FAILURE
        }
    }
}
