//! The command line's help in Dutch and English: what each command does, what each of its
//! arguments means, its examples, the headings of the help screen, and what is said when a
//! command line cannot be understood.
//!
//! Each command's texts stand in both languages side by side in [`commands`], keyed by the
//! command's name and the arguments' ids as the command line defines them.

use crate::words::i18n::Lang;

mod commands;
mod comparing;
mod register;
mod usage;

pub use usage::{Similar, UsageTexts, usage_texts};

/// The help of one command.
pub struct CommandHelp {
    /// One line: what the command does.
    pub about: &'static str,
    /// Shown below the arguments: notes and examples.
    pub after_help: &'static str,
    pub args: &'static [ArgHelp],
}

/// The help of one argument, and the name of its value where it takes one.
#[derive(Clone, Copy)]
pub struct ArgHelp {
    pub id: &'static str,
    pub help: &'static str,
    pub value: Option<&'static str>,
}

impl ArgHelp {
    const fn new(id: &'static str, help: &'static str) -> ArgHelp {
        ArgHelp {
            id,
            help,
            value: None,
        }
    }

    const fn with_value(id: &'static str, help: &'static str, value: &'static str) -> ArgHelp {
        ArgHelp {
            id,
            help,
            value: Some(value),
        }
    }
}

/// A text in Dutch and in English.
pub(crate) struct Both<T> {
    pub nl: T,
    pub en: T,
}

impl<T> Both<T> {
    fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// The name `rijp` itself has, for its own help.
pub const ROOT: &str = "rijp";

/// The help of the command `name` (`rijp` for the program itself).
pub fn command(lang: Lang, name: &str) -> Option<&'static CommandHelp> {
    commands::ALL
        .iter()
        .find(|(command, _)| *command == name)
        .map(|(_, help)| help.get(lang))
}

/// The help of the argument `id` of the command `name`: its own, else one every command
/// shares (the workspace, the language, what a comparison covers).
pub fn arg(lang: Lang, name: &str, id: &str) -> Option<&'static ArgHelp> {
    let own = command(lang, name).and_then(|help| help.args.iter().find(|arg| arg.id == id));
    own.or_else(|| commands::SHARED.get(lang).iter().find(|arg| arg.id == id))
}

/// Every command with help, `rijp` first.
pub fn command_names() -> impl Iterator<Item = &'static str> {
    commands::ALL.iter().map(|(name, _)| *name)
}

/// The ids of the arguments every command shares.
pub fn shared_arg_ids() -> impl Iterator<Item = &'static str> {
    commands::SHARED.nl.iter().map(|arg| arg.id)
}

/// The headings and fixed lines of every help screen.
pub struct HelpTexts {
    pub usage: &'static str,
    pub commands: &'static str,
    pub arguments: &'static str,
    pub options: &'static str,
    /// The placeholder for any options in a usage line.
    pub options_placeholder: &'static str,
    /// The placeholder for a command in a usage line.
    pub command_value: &'static str,
    pub help_flag: &'static str,
    pub version_flag: &'static str,
}

const NL: HelpTexts = HelpTexts {
    usage: "Gebruik",
    commands: "Opdrachten",
    arguments: "Argumenten",
    options: "Opties",
    options_placeholder: "[OPTIES]",
    command_value: "OPDRACHT",
    help_flag: "Toon de hulp",
    version_flag: "Toon het versienummer",
};

const EN: HelpTexts = HelpTexts {
    usage: "Usage",
    commands: "Commands",
    arguments: "Arguments",
    options: "Options",
    options_placeholder: "[OPTIONS]",
    command_value: "COMMAND",
    help_flag: "Print help",
    version_flag: "Print version",
};

pub fn texts(lang: Lang) -> &'static HelpTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_the_same_arguments_in_both_languages() {
        for name in command_names() {
            let ids = |lang| {
                let help = command(lang, name).unwrap();
                help.args.iter().map(|arg| arg.id).collect::<Vec<_>>()
            };
            assert_eq!(ids(Lang::Nl), ids(Lang::En), "{name}");
            for lang in Lang::ALL {
                let help = command(lang, name).unwrap();
                assert!(!help.about.is_empty(), "{name}");
                assert!(help.args.iter().all(|arg| !arg.help.is_empty()), "{name}");
            }
        }
        let shared = |lang| commands::SHARED.get(lang).iter().map(|arg| arg.id);
        assert!(shared(Lang::Nl).eq(shared(Lang::En)));
    }
}
