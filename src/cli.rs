//! The commands and what they take, the session they share, and the dispatch to one small
//! function per command in `cli/`. Every text the command line shows, its help included,
//! comes from `words::i18n` in the user's language; `cli/parse.rs` reads the arguments in it.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

use rijp::store::workspace::{Workspace, WorkspaceData};
use rijp::words::i18n::{self, Lang};

/// Prints a line to standard output. A closed pipe (`rijp scores | head`) ends the program
/// quietly: by then every file has been written, and a panic would be noise.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::write_stdout(format_args!("{}\n", format_args!($($arg)*)))
    };
}

mod actions;
mod benchmark;
mod demo;
mod export;
mod help;
mod ingest;
mod invite;
mod parse;
mod record;
mod report;
mod round;
mod scores;
mod selection;
mod usage_errors;
mod validate;

pub use parse::parse;

/// The command line as typed. Its help texts are not here but in `words::i18n::help`, keyed
/// by the commands' names and the arguments' ids.
#[derive(Debug, Parser)]
#[command(name = "rijp", version)]
pub struct Cli {
    #[arg(long, global = true, env = "RIJP_WORKSPACE")]
    pub workspace: Option<PathBuf>,
    #[arg(long, global = true)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Validate(validate::ValidateArgs),
    Protocol,
    Demo,
    Import(ingest::ImportArgs),
    Invite(invite::InviteArgs),
    Scores(scores::ScoresArgs),
    Report(report::ReportArgs),
    ExportData(ingest::ExportDataArgs),
    Export(export::ExportArgs),
    Actions(actions::ActionsArgs),
    Round(round::RoundArgs),
    Benchmark(benchmark::BenchmarkArgs),
    // For the crash-safety tests: answers saved one at a time, as the interface saves them.
    #[command(hide = true)]
    Record(record::RecordArgs),
    // For the benchmarks: a national-scale synthetic workspace.
    #[command(hide = true)]
    Generate(demo::GenerateArgs),
}

/// Runs a command; without one, opens the terminal interface.
pub fn run(command: Option<Command>, session: &mut Session) -> Result<ExitCode> {
    match command {
        None => {
            let root = session.workspace()?.root().to_path_buf();
            rijp::tui::open(root, session.lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Validate(args)) => Ok(validate::run(&args, session.lang())),
        Some(Command::Protocol) => {
            say!(
                "{}",
                rijp::model::questionnaire::protocol_text(session.lang())
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Demo) => demo::run(session),
        Some(Command::Import(args)) => ingest::run_import(session, args),
        Some(Command::Invite(args)) => invite::run(session, args),
        Some(Command::Scores(args)) => scores::run(session, args),
        Some(Command::Report(args)) => report::run(session, args),
        Some(Command::ExportData(args)) => ingest::run_export_data(session, args),
        Some(Command::Export(args)) => export::run(session, args),
        Some(Command::Actions(args)) => actions::run(session, args),
        Some(Command::Round(args)) => round::run(session, args),
        Some(Command::Benchmark(args)) => benchmark::run(session, args),
        Some(Command::Record(args)) => record::run(session, args),
        Some(Command::Generate(args)) => demo::run_generate(session, args),
    }
}

/// What every command shares: the workspace named on the command line, and the language the
/// output speaks: `--lang`, else the setting of the workspace once it is loaded, else Dutch.
#[derive(Debug)]
pub struct Session {
    workspace: Option<PathBuf>,
    lang: Option<Lang>,
}

impl Session {
    pub fn new(workspace: Option<PathBuf>, lang: Option<Lang>) -> Session {
        Session { workspace, lang }
    }

    /// The language to speak now; errors are said in it too.
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_default()
    }

    /// The workspace named, else the default one.
    pub fn workspace(&self) -> Result<Workspace> {
        Ok(Workspace::at(match &self.workspace {
            Some(path) => path.clone(),
            None => Workspace::default_location()?,
        }))
    }

    /// Loads a workspace, takes its language when none was asked for, and lists its damaged
    /// files on stderr: the command goes on without them.
    pub fn load(&mut self, workspace: &Workspace) -> Result<WorkspaceData> {
        let data = workspace.load()?;
        self.lang = self.lang.or(data.settings.language);
        if !data.problems.is_empty() {
            eprintln!("{}", i18n::cli::texts(self.lang()).damaged_files);
            for problem in &data.problems {
                eprintln!("  {}", i18n::yaml::yaml_error(self.lang(), problem));
            }
        }
        if !data.closed_round_changes.is_empty() {
            eprintln!(
                "{}",
                i18n::actions::texts(self.lang()).changed_after_closing
            );
            for change in &data.closed_round_changes {
                eprintln!(
                    "  {}",
                    i18n::actions::closed_round_change(self.lang(), change)
                );
            }
        }
        Ok(data)
    }

    /// Loads the workspace the command works on.
    pub fn open(&mut self) -> Result<WorkspaceData> {
        let workspace = self.workspace()?;
        self.load(&workspace)
    }
}

/// Writes to standard output; see [`say!`].
pub fn write_stdout(text: std::fmt::Arguments) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = stdout.write_fmt(text).and_then(|()| stdout.flush())
        && error.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}
