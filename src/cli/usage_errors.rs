//! clap's complaints about a command line, said in the user's language: clap finds what is
//! wrong and hands over the facts (the argument, the value, what would have been valid), and
//! the sentences come from `words::i18n::help`.

use std::fmt::Write as _;

use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, Error, ErrorFormatter, ErrorKind};

use rijp::model::lang::UnknownLang;
use rijp::model::questionnaire::UnknownCutoffRule;
use rijp::render::charts::{ChartSize, InvalidSize, UnknownFormat};
use rijp::words::i18n::Lang;
use rijp::words::i18n::help::{Similar, UsageTexts, texts, usage_texts};

use super::help::without_usage_heading;

pub struct Dutch;
pub struct English;

impl ErrorFormatter for Dutch {
    fn format_error(error: &Error<Self>) -> StyledStr {
        format(Lang::Nl, error)
    }
}

impl ErrorFormatter for English {
    fn format_error(error: &Error<Self>) -> StyledStr {
        format(Lang::En, error)
    }
}

/// Prints the help, the version or what is wrong with the command line, and ends the
/// program with clap's exit code.
pub fn exit_with(lang: Lang, error: clap::Error) -> ! {
    match lang {
        Lang::Nl => error.apply::<Dutch>().exit(),
        Lang::En => error.apply::<English>().exit(),
    }
}

/// Laid out as clap lays it out: what is wrong, tips, the usage line, where to find more.
fn format<F: ErrorFormatter>(lang: Lang, error: &Error<F>) -> StyledStr {
    let t = usage_texts(lang);
    let styles = Styles::default();
    let (red, usage, literal) = (styles.get_error(), styles.get_usage(), styles.get_literal());
    let mut out = format!("{red}{}:{red:#} ", t.error);
    match message(t, error, &styles) {
        Some(message) => out.push_str(&message),
        None => match std::error::Error::source(error) {
            Some(source) => out.push_str(&value_problem(t, source)),
            None => out.push_str(t.unknown_cause),
        },
    }
    let tips = tips(t, error, &styles);
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            let _ = write!(
                out,
                "\n  {}{}:{:#} {tip}",
                styles.get_valid(),
                t.tip,
                styles.get_valid()
            );
        }
    }
    if let Some(ContextValue::StyledStr(line)) = error.get(ContextKind::Usage) {
        let heading = texts(lang).usage;
        let line = without_usage_heading(line, &styles);
        let _ = write!(out, "\n\n{usage}{heading}:{usage:#} {line}");
    }
    let help = format!("{literal}--help{literal:#}");
    let _ = write!(out, "\n\n{}\n", (t.more_information)(&help));
    StyledStr::from(out)
}

fn text<F: ErrorFormatter>(error: &Error<F>, kind: ContextKind) -> Option<&str> {
    match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text),
        _ => None,
    }
}

fn number<F: ErrorFormatter>(error: &Error<F>, kind: ContextKind) -> Option<isize> {
    match error.get(kind) {
        Some(ContextValue::Number(number)) => Some(*number),
        _ => None,
    }
}

/// The sentence for what clap found, when it said enough to make one.
fn message<F: ErrorFormatter>(t: &UsageTexts, error: &Error<F>, styles: &Styles) -> Option<String> {
    let (bad, good, literal) = (
        styles.get_invalid(),
        styles.get_valid(),
        styles.get_literal(),
    );
    let arg = || text(error, ContextKind::InvalidArg).map(|a| format!("{literal}{a}{literal:#}"));
    let value = || text(error, ContextKind::InvalidValue).map(|v| format!("{bad}{v}{bad:#}"));
    let list = |kind| match error.get(kind) {
        Some(ContextValue::Strings(items)) => items
            .iter()
            .map(|item| format!("\n  {good}{item}{good:#}"))
            .collect::<String>(),
        _ => String::new(),
    };
    Some(match error.kind() {
        ErrorKind::ArgumentConflict => conflict(t, error, styles)?,
        ErrorKind::NoEquals => (t.needs_equals)(&arg()?),
        ErrorKind::InvalidValue if text(error, ContextKind::InvalidValue) == Some("") => {
            (t.needs_value)(&arg()?)
        }
        ErrorKind::InvalidValue => {
            let valid = one_line(error.get(ContextKind::ValidValue), styles);
            let valid = valid.map(|v| format!("\n  [{}: {v}]", t.possible_values));
            (t.invalid_value)(&value()?, &arg()?) + &valid.unwrap_or_default()
        }
        ErrorKind::InvalidSubcommand => {
            let command = text(error, ContextKind::InvalidSubcommand)?;
            (t.unknown_command)(&format!("{bad}{command}{bad:#}"))
        }
        ErrorKind::MissingRequiredArgument => {
            t.missing_arguments.to_string() + &list(ContextKind::InvalidArg)
        }
        ErrorKind::MissingSubcommand => {
            let command = text(error, ContextKind::InvalidSubcommand)?;
            let valid = one_line(error.get(ContextKind::ValidSubcommand), styles);
            let valid = valid.map(|v| format!("\n  [{}: {v}]", t.commands));
            (t.missing_command)(&format!("{bad}{command}{bad:#}")) + &valid.unwrap_or_default()
        }
        ErrorKind::InvalidUtf8 => t.invalid_utf8.to_string(),
        ErrorKind::TooManyValues => (t.too_many_values)(&value()?, &arg()?),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let asked = number(error, ContextKind::ExpectedNumValues)
                .or_else(|| number(error, ContextKind::MinValues))?;
            let given = number(error, ContextKind::ActualNumValues)?;
            let (asked, given) = (
                format!("{good}{asked}{good:#}"),
                format!("{bad}{given}{bad:#}"),
            );
            (t.wrong_number_of_values)(&arg()?, &asked, &given)
        }
        ErrorKind::ValueValidation => {
            let said = (t.invalid_value)(&value()?, &arg()?);
            match std::error::Error::source(error) {
                Some(source) => format!("{said}: {}", value_problem(t, source)),
                None => said,
            }
        }
        ErrorKind::UnknownArgument => {
            let arg = text(error, ContextKind::InvalidArg)?;
            (t.unknown_argument)(&format!("{bad}{arg}{bad:#}"))
        }
        _ => return None,
    })
}

/// Two arguments, or an argument and a command, that cannot go together.
fn conflict<F: ErrorFormatter>(
    t: &UsageTexts,
    error: &Error<F>,
    styles: &Styles,
) -> Option<String> {
    let bad = styles.get_invalid();
    let mut prior = error.get(ContextKind::PriorArg);
    let mut said = if let Some(arg) = text(error, ContextKind::InvalidArg) {
        if prior == Some(&ContextValue::String(arg.to_string())) {
            prior = None;
            (t.used_twice)(&format!("{bad}{arg}{bad:#}"))
        } else {
            (t.cannot_be_used_with)(&format!("{bad}{arg}{bad:#}"))
        }
    } else {
        let command = text(error, ContextKind::InvalidSubcommand)?;
        (t.command_cannot_be_used_with)(&format!("{bad}{command}{bad:#}"))
    };
    match prior {
        Some(ContextValue::Strings(others)) => {
            said.push(':');
            for other in others {
                let _ = write!(said, "\n  {bad}{other}{bad:#}");
            }
        }
        Some(ContextValue::String(other)) => {
            let _ = write!(said, " {}", (t.quote)(&format!("{bad}{other}{bad:#}")));
        }
        Some(_) => {
            let _ = write!(said, " {}", t.the_other_arguments);
        }
        None => {}
    }
    Some(said)
}

/// Values in one line, comma-separated, or nothing when there are none.
fn one_line(values: Option<&ContextValue>, styles: &Styles) -> Option<String> {
    let good = styles.get_valid();
    match values {
        Some(ContextValue::Strings(values)) if !values.is_empty() => Some(
            values
                .iter()
                .map(|value| format!("{good}{value}{good:#}"))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    }
}

/// Suggestions: a similar command, argument or value, or how to write what was meant.
fn tips<F: ErrorFormatter>(t: &UsageTexts, error: &Error<F>, styles: &Styles) -> Vec<String> {
    let good = styles.get_valid();
    let mut tips = Vec::new();
    let kinds = [
        (ContextKind::SuggestedSubcommand, Similar::Command),
        (ContextKind::SuggestedArg, Similar::Argument),
        (ContextKind::SuggestedValue, Similar::Value),
    ];
    for (kind, similar) in kinds {
        let names: Vec<&str> = match error.get(kind) {
            Some(ContextValue::String(name)) => vec![name],
            Some(ContextValue::Strings(names)) => names.iter().map(String::as_str).collect(),
            _ => continue,
        };
        if names.is_empty() {
            continue;
        }
        let quoted: Vec<String> = names
            .iter()
            .map(|n| (t.quote)(&format!("{good}{n}{good:#}")))
            .collect();
        tips.push((t.similar)(similar, &quoted.join(", "), names.len() > 1));
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
        tips.extend(
            suggestions
                .iter()
                .map(|s| suggestion(t, &s.to_string(), styles)),
        );
    }
    tips
}

/// clap's own suggestions, recognised by their English wording and said again; one not
/// recognised is passed on as clap wrote it.
fn suggestion(t: &UsageTexts, text: &str, styles: &Styles) -> String {
    let (bad, good) = (styles.get_invalid(), styles.get_valid());
    if let Some((arg, line)) = text
        .strip_prefix("to pass '")
        .and_then(|rest| rest.strip_suffix('\''))
        .and_then(|rest| rest.split_once("' as a value, use '"))
    {
        return (t.pass_as_value)(
            &format!("{bad}{arg}{bad:#}"),
            &format!("{good}{line}{good:#}"),
        );
    }
    if let Some(command) = text
        .strip_prefix("subcommand '")
        .and_then(|rest| rest.strip_suffix("' exists; to use it, remove the '--' before it"))
    {
        return (t.remove_dashes)(
            &format!("{good}{command}{good:#}"),
            &format!("{bad}--{bad:#}"),
        );
    }
    if let Some(line) = text
        .strip_prefix('\'')
        .and_then(|rest| rest.strip_suffix("' exists"))
    {
        return (t.exists)(&format!("{good}{line}{good:#}"));
    }
    text.to_string()
}

/// Why a value was refused, from the parser that refused it.
fn value_problem(t: &UsageTexts, source: &(dyn std::error::Error + 'static)) -> String {
    if let Some(UnknownLang(code)) = source.downcast_ref() {
        return (t.unknown_lang)(code);
    }
    if let Some(UnknownCutoffRule(rule)) = source.downcast_ref() {
        return (t.unknown_cutoff_rule)(rule);
    }
    if let Some(UnknownFormat(format)) = source.downcast_ref() {
        return (t.unknown_chart_format)(format);
    }
    if let Some(InvalidSize(size)) = source.downcast_ref() {
        let (width, height, max) = (
            ChartSize::MIN_WIDTH,
            ChartSize::MIN_HEIGHT,
            ChartSize::MAX_SIDE,
        );
        return (t.invalid_size)(size, width, height, max);
    }
    if source.is::<std::num::ParseIntError>() {
        return t.not_a_whole_number.to_string();
    }
    if source.is::<std::char::ParseCharError>() {
        return t.not_one_character.to_string();
    }
    source.to_string()
}
