//! The `rijp` command: reads the command line in the user's language and runs the command.

mod cli;

use std::process::ExitCode;

use rijp::words::i18n::errors::describe;

/// Loading a national workspace allocates millions of small values from several threads at
/// once; the system allocator spent a third of that load growing and locking its arenas.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let (command, mut session) = cli::parse();
    match cli::run(command, &mut session) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("rijp: {}", describe(session.lang(), &error));
            ExitCode::FAILURE
        }
    }
}
