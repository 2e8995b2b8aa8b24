//! The help screens in the user's language. Their structure comes from the derived command
//! line; every text, heading and value name from `words::i18n::help`. clap's own flags
//! (`-h`, `-V`) and its `help` command are replaced by ones that say the same in that
//! language, and each usage line is given with its placeholders translated.

use clap::builder::{PossibleValue, PossibleValuesParser, StyledStr, Styles};
use clap::{Arg, ArgAction, Command};

use rijp::words::i18n::Lang;
use rijp::words::i18n::help::{self, ROOT, texts};

/// Where the arguments every command shares (`--workspace`, `--lang`) and the help and
/// version flags stand: after the command's own.
const GLOBAL_ORDER: usize = 100;
const HELP_ORDER: usize = 200;

/// The command line with all its help in `lang`.
pub fn localised(command: Command, lang: Lang) -> Command {
    let commands: Vec<PossibleValue> = help::command_names()
        .filter_map(|name| {
            let sub = command.find_subcommand(name)?;
            Some(PossibleValue::new(name).hide(sub.is_hide_set()))
        })
        .collect();
    let help_command = Command::new("help")
        .arg(Arg::new("command").value_parser(PossibleValuesParser::new(commands)));
    let command = command
        .disable_help_subcommand(true)
        .subcommand(help_command);
    let mut command = localise(command, ROOT, lang)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(texts(lang).version_flag)
                .help_heading(texts(lang).options)
                .display_order(HELP_ORDER + 1),
        );
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in &names {
        command = command.mut_subcommand(name, |sub| localise_nested(sub, name, lang));
    }
    with_usage_lines(command, lang)
}

/// A command and the commands under it (`actions add`), each keyed by its full name.
fn localise_nested(command: Command, name: &str, lang: Lang) -> Command {
    let mut command = localise(command, name, lang);
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for sub in &names {
        let full = format!("{name} {sub}");
        command = command.mut_subcommand(sub, |nested| localise(nested, &full, lang));
    }
    command
}

/// One command's texts, its arguments' texts, and its own help flag.
fn localise(command: Command, name: &str, lang: Lang) -> Command {
    let t = texts(lang);
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    let template = template(lang, command.get_styles());
    let mut command = command
        .help_template(template)
        .subcommand_help_heading(t.commands)
        .subcommand_value_name(t.command_value)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t.help_flag)
                .help_heading(t.options)
                .display_order(HELP_ORDER),
        );
    if let Some(words) = help::command(lang, name) {
        command = command.about(words.about).after_help(words.after_help);
    }
    for id in ids {
        command = command.mut_arg(id, |arg| localise_arg(arg, name, lang));
    }
    command
}

/// An argument's text and value name, under the heading of its kind. Possible values,
/// defaults and the environment variable are said in the text itself, in words.
fn localise_arg(arg: Arg, command: &str, lang: Lang) -> Arg {
    let t = texts(lang);
    let heading = if arg.is_positional() {
        t.arguments
    } else {
        t.options
    };
    let id = arg.get_id().to_string();
    let order = display_order(lang, command, &id, arg.is_global_set());
    let takes_values = arg.get_action().takes_values();
    let arg = arg
        .help_heading(heading)
        .display_order(order)
        .hide_possible_values(takes_values)
        .hide_default_value(takes_values)
        .hide_env(takes_values);
    match help::arg(lang, command, &id) {
        Some(words) => {
            let arg = arg.help(words.help);
            match words.value {
                Some(value) => arg.value_name(value),
                None => arg,
            }
        }
        None => arg,
    }
}

/// What a comparison covers first, then the command's own arguments, then what every
/// command shares.
fn display_order(lang: Lang, command: &str, id: &str, global: bool) -> usize {
    let own = help::command(lang, command)
        .and_then(|words| words.args.iter().position(|arg| arg.id == id));
    let shared = help::shared_arg_ids().position(|shared| shared == id);
    match (own, shared) {
        (Some(index), _) => 10 + index,
        (None, Some(index)) if global => GLOBAL_ORDER + index,
        (None, Some(index)) => index,
        (None, None) => GLOBAL_ORDER,
    }
}

/// clap's template with the usage heading in `lang`, styled as clap styles it.
fn template(lang: Lang, styles: &Styles) -> String {
    let style = styles.get_usage();
    let heading = texts(lang).usage;
    format!(
        "{{before-help}}{{about-with-newline}}\n{style}{heading}:{style:#} {{usage}}\n\n\
         {{all-args}}{{after-help}}"
    )
}

/// Each command's usage line as clap makes it, its placeholder for the options in `lang`.
/// The lines are made on a built copy: the command itself is left for clap to build.
fn with_usage_lines(mut command: Command, lang: Lang) -> Command {
    let mut built = command.clone();
    built.build();
    let root = usage_line(&mut built, lang);
    let lines: Vec<(String, StyledStr)> = built
        .get_subcommands_mut()
        .map(|sub| (sub.get_name().to_string(), usage_line(sub, lang)))
        .collect();
    command = command.override_usage(root);
    for (name, line) in lines {
        let nested: Vec<(String, StyledStr)> = built
            .find_subcommand_mut(&name)
            .map(|sub| {
                sub.get_subcommands_mut()
                    .map(|nested| (nested.get_name().to_string(), usage_line(nested, lang)))
                    .collect()
            })
            .unwrap_or_default();
        command = command.mut_subcommand(name, |mut sub| {
            for (nested_name, nested_line) in nested {
                sub = sub.mut_subcommand(nested_name, |n| n.override_usage(nested_line));
            }
            sub.override_usage(line)
        });
    }
    command
}

/// A built command's usage line without clap's heading.
fn usage_line(command: &mut Command, lang: Lang) -> StyledStr {
    let line = command.render_usage();
    let line = without_usage_heading(&line, command.get_styles());
    StyledStr::from(line.replace("[OPTIONS]", texts(lang).options_placeholder))
}

/// A usage line as clap writes it, `Usage: rijp …`, without its English heading; its styles
/// stay.
pub fn without_usage_heading(line: &StyledStr, styles: &Styles) -> String {
    let reset = styles.get_usage().render_reset().to_string();
    let line = line.ansi().to_string();
    let rest = line
        .split_once("Usage:")
        .map_or(line.as_str(), |(_, rest)| rest);
    rest.strip_prefix(reset.as_str())
        .unwrap_or(rest)
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::Cli;

    /// Every command, `rijp` itself first, as the user sees it, with its full name
    /// (`actions add`).
    fn commands(lang: Lang) -> Vec<(String, Command)> {
        let mut root = localised(Cli::command(), lang);
        root.build();
        let mut all = vec![(ROOT.to_string(), root.clone())];
        for sub in root.get_subcommands() {
            let name = sub.get_name().to_string();
            all.push((name.clone(), sub.clone()));
            all.extend(
                sub.get_subcommands()
                    .map(|nested| (format!("{name} {}", nested.get_name()), nested.clone())),
            );
        }
        all
    }

    #[test]
    fn every_command_and_argument_has_its_text_in_both_languages() {
        for lang in Lang::ALL {
            for (name, command) in commands(lang) {
                assert!(command.get_about().is_some(), "{lang}: {name}");
                for arg in command.get_arguments() {
                    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                    assert!(!help.is_empty(), "{lang}: {name} {}", arg.get_id());
                }
            }
        }
    }

    #[test]
    fn the_texts_name_only_arguments_that_exist() {
        let commands = commands(Lang::Nl);
        for name in help::command_names() {
            let (_, command) = commands
                .iter()
                .find(|(full, _)| full == name)
                .unwrap_or_else(|| panic!("no command {name}"));
            for arg in help::command(Lang::Nl, name)
                .into_iter()
                .flat_map(|h| h.args)
            {
                assert!(
                    command.get_arguments().any(|a| a.get_id() == arg.id),
                    "{name} has no argument {}",
                    arg.id
                );
            }
        }
    }

    #[test]
    fn the_command_line_is_consistent() {
        for lang in Lang::ALL {
            localised(Cli::command(), lang).debug_assert();
        }
    }
}
