//! What is said when a command line cannot be understood: an unknown option, a missing
//! value, a value the option does not take. Names and values arrive already marked up for
//! the terminal, and are placed in the sentence as they are.

use crate::words::i18n::Lang;

/// What a suggestion is like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Similar {
    Command,
    Argument,
    Value,
}

pub struct UsageTexts {
    /// A name or value quoted in a sentence.
    pub quote: fn(&str) -> String,
    pub error: &'static str,
    pub tip: &'static str,
    /// (help flag)
    pub more_information: fn(&str) -> String,
    pub used_twice: fn(&str) -> String,
    /// Followed by the other argument, or a list of them.
    pub cannot_be_used_with: fn(&str) -> String,
    pub command_cannot_be_used_with: fn(&str) -> String,
    pub the_other_arguments: &'static str,
    pub needs_equals: fn(&str) -> String,
    pub needs_value: fn(&str) -> String,
    /// (value, argument)
    pub invalid_value: fn(&str, &str) -> String,
    pub possible_values: &'static str,
    pub unknown_command: fn(&str) -> String,
    pub missing_arguments: &'static str,
    pub missing_command: fn(&str) -> String,
    pub commands: &'static str,
    pub invalid_utf8: &'static str,
    /// (value, argument)
    pub too_many_values: fn(&str, &str) -> String,
    /// (argument, values asked, values given)
    pub wrong_number_of_values: fn(&str, &str, &str) -> String,
    pub unknown_argument: fn(&str) -> String,
    /// (what, the suggestions, more than one)
    pub similar: fn(Similar, &str, bool) -> String,
    /// (the argument, the command line that passes it as a value)
    pub pass_as_value: fn(&str, &str) -> String,
    pub exists: fn(&str) -> String,
    /// (command, the dashes)
    pub remove_dashes: fn(&str, &str) -> String,
    pub unknown_cause: &'static str,
    pub unknown_lang: fn(&str) -> String,
    pub unknown_cutoff_rule: fn(&str) -> String,
    pub unknown_chart_format: fn(&str) -> String,
    /// (the size, smallest width, smallest height, largest side)
    pub invalid_size: fn(&str, u32, u32, u32) -> String,
    pub not_a_whole_number: &'static str,
    pub not_one_character: &'static str,
}

const NL: UsageTexts = UsageTexts {
    quote: |text| format!("‘{text}’"),
    error: "fout",
    tip: "tip",
    more_information: |help| format!("Meer informatie met ‘{help}’."),
    used_twice: |arg| format!("het argument ‘{arg}’ mag maar één keer gebruikt worden"),
    cannot_be_used_with: |arg| format!("het argument ‘{arg}’ gaat niet samen met"),
    command_cannot_be_used_with: |command| format!("de opdracht ‘{command}’ gaat niet samen met"),
    the_other_arguments: "een of meer van de andere argumenten",
    needs_equals: |arg| format!("geef de waarde van ‘{arg}’ met een isgelijkteken"),
    needs_value: |arg| format!("‘{arg}’ vraagt een waarde, maar er is er geen gegeven"),
    invalid_value: |value, arg| format!("ongeldige waarde ‘{value}’ voor ‘{arg}’"),
    possible_values: "mogelijke waarden",
    unknown_command: |command| format!("onbekende opdracht ‘{command}’"),
    missing_arguments: "deze verplichte argumenten ontbreken:",
    missing_command: |command| {
        format!("‘{command}’ vraagt een opdracht, maar er is er geen gegeven")
    },
    commands: "opdrachten",
    invalid_utf8: "een argument is geen geldige UTF-8",
    too_many_values: |value, arg| {
        format!("onverwachte waarde ‘{value}’ voor ‘{arg}’; er werden geen waarden meer verwacht")
    },
    wrong_number_of_values: |arg, asked, given| {
        format!("‘{arg}’ vraagt {asked} waarden, er zijn er {given} gegeven")
    },
    unknown_argument: |arg| format!("onverwacht argument ‘{arg}’"),
    similar: |what, names, many| {
        let what = match (what, many) {
            (Similar::Command, false) => "een vergelijkbare opdracht",
            (Similar::Command, true) => "vergelijkbare opdrachten",
            (Similar::Argument, false) => "een vergelijkbaar argument",
            (Similar::Argument, true) => "vergelijkbare argumenten",
            (Similar::Value, false) => "een vergelijkbare waarde",
            (Similar::Value, true) => "vergelijkbare waarden",
        };
        let verb = if many { "zijn" } else { "is" };
        format!("er {verb} {what}: {names}")
    },
    pass_as_value: |arg, line| format!("geef ‘{arg}’ als waarde mee met ‘{line}’"),
    exists: |line| format!("‘{line}’ bestaat"),
    remove_dashes: |command, dashes| {
        format!("de opdracht ‘{command}’ bestaat; laat de ‘{dashes}’ ervoor weg")
    },
    unknown_cause: "onbekende oorzaak",
    unknown_lang: |code| format!("onbekende taal ‘{code}’: gebruik nl of en"),
    unknown_cutoff_rule: |rule| {
        format!(
            "onbekende grensregel ‘{rule}’: gebruik midpoint, benchmark_mean of benchmark_median"
        )
    },
    unknown_chart_format: |format| {
        format!("onbekende bestandsvorm ‘{format}’: gebruik png, svg of png,svg")
    },
    invalid_size: |size, min_width, min_height, max| {
        format!(
            "ongeldig formaat ‘{size}’: gebruik print, slide, screen of BREEDTExHOOGTE in \
             pixels, bijvoorbeeld 1600x1000 (breedte {min_width}–{max}, hoogte {min_height}–{max})"
        )
    },
    not_a_whole_number: "geen geheel getal",
    not_one_character: "geef precies één teken",
};

const EN: UsageTexts = UsageTexts {
    quote: |text| format!("'{text}'"),
    error: "error",
    tip: "tip",
    more_information: |help| format!("For more information, try '{help}'."),
    used_twice: |arg| format!("the argument '{arg}' cannot be used multiple times"),
    cannot_be_used_with: |arg| format!("the argument '{arg}' cannot be used with"),
    command_cannot_be_used_with: |command| format!("the command '{command}' cannot be used with"),
    the_other_arguments: "one or more of the other specified arguments",
    needs_equals: |arg| format!("an equal sign is needed when assigning values to '{arg}'"),
    needs_value: |arg| format!("a value is required for '{arg}' but none was supplied"),
    invalid_value: |value, arg| format!("invalid value '{value}' for '{arg}'"),
    possible_values: "possible values",
    unknown_command: |command| format!("unrecognized command '{command}'"),
    missing_arguments: "the following required arguments were not provided:",
    missing_command: |command| format!("'{command}' requires a command but one was not provided"),
    commands: "commands",
    invalid_utf8: "invalid UTF-8 was detected in one or more arguments",
    too_many_values: |value, arg| {
        format!("unexpected value '{value}' for '{arg}' found; no more were expected")
    },
    wrong_number_of_values: |arg, asked, given| {
        format!("{asked} values required for '{arg}' but {given} given")
    },
    unknown_argument: |arg| format!("unexpected argument '{arg}' found"),
    similar: |what, names, many| {
        let what = match what {
            Similar::Command => "command",
            Similar::Argument => "argument",
            Similar::Value => "value",
        };
        if many {
            format!("some similar {what}s exist: {names}")
        } else {
            format!("a similar {what} exists: {names}")
        }
    },
    pass_as_value: |arg, line| format!("to pass '{arg}' as a value, use '{line}'"),
    exists: |line| format!("'{line}' exists"),
    remove_dashes: |command, dashes| {
        format!("command '{command}' exists; to use it, remove the '{dashes}' before it")
    },
    unknown_cause: "unknown cause",
    unknown_lang: |code| format!("unknown language '{code}': use nl or en"),
    unknown_cutoff_rule: |rule| {
        format!("unknown cut-off rule '{rule}': use midpoint, benchmark_mean or benchmark_median")
    },
    unknown_chart_format: |format| format!("unknown format '{format}': use png, svg or png,svg"),
    invalid_size: |size, min_width, min_height, max| {
        format!(
            "invalid size '{size}': use print, slide, screen or WIDTHxHEIGHT in pixels, for \
             example 1600x1000 (width {min_width}–{max}, height {min_height}–{max})"
        )
    },
    not_a_whole_number: "not a whole number",
    not_one_character: "give exactly one character",
};

pub fn usage_texts(lang: Lang) -> &'static UsageTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}
