//! Reading the command line in the user's language. The language is looked for among the
//! arguments first (`--lang`, else Dutch), so that the help and every complaint about the
//! arguments speak it; the workspace's setting counts once a command loads the workspace.

use std::ffi::OsString;

use clap::{CommandFactory, FromArgMatches};

use rijp::words::i18n::Lang;

use super::usage_errors::exit_with;
use super::{Cli, Command, Session, help};

/// The command to run and the session it runs in. Help, the version and arguments that cannot
/// be understood end the program here, with clap's exit codes.
pub fn parse() -> (Option<Command>, Session) {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = lang_in(&args);
    let matches = help::localised(Cli::command(), lang)
        .try_get_matches_from(&args)
        .unwrap_or_else(|error| exit_with(lang, error));
    if let Some(("help", asked)) = matches.subcommand() {
        show_help(lang, asked.get_one::<String>("command"));
    }
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|error| exit_with(lang, error));
    (cli.command, Session::new(cli.workspace, cli.lang))
}

/// `rijp help [COMMAND]`: the same help as `rijp [COMMAND] --help`.
fn show_help(lang: Lang, command: Option<&String>) -> ! {
    let mut args = vec!["rijp".to_string()];
    args.extend(command.cloned());
    args.push("--help".to_string());
    match help::localised(Cli::command(), lang).try_get_matches_from(args) {
        Err(shown) => exit_with(lang, shown),
        Ok(_) => std::process::exit(0),
    }
}

/// The language `--lang` names, if it names one before any `--`; else Dutch.
fn lang_in(args: &[OsString]) -> Lang {
    let mut words = args
        .iter()
        .skip(1)
        .map(|arg| arg.to_str().unwrap_or_default());
    while let Some(word) = words.next() {
        let value = match word {
            "--" => break,
            "--lang" => words.next(),
            _ => word.strip_prefix("--lang="),
        };
        if let Some(lang) = value.and_then(|code| code.parse().ok()) {
            return lang;
        }
    }
    Lang::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(args: &[&str]) -> Lang {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        lang_in(&args)
    }

    #[test]
    fn the_language_is_found_wherever_it_is_given() {
        assert_eq!(lang(&["rijp", "--help"]), Lang::Nl);
        assert_eq!(
            lang(&["rijp", "--lang", "en", "scores", "--help"]),
            Lang::En
        );
        assert_eq!(lang(&["rijp", "scores", "--help", "--lang=EN"]), Lang::En);
        assert_eq!(lang(&["rijp", "--lang", "de", "--help"]), Lang::Nl);
        assert_eq!(lang(&["rijp", "validate", "--", "--lang", "en"]), Lang::Nl);
    }
}
