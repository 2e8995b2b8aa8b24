//! Every user-facing string, in Dutch (the default) and English.
//!
//! Texts are grouped per area (command line, shared domain words, …), one file each under
//! `i18n/`, each holding both languages side by side so a missing translation shows up in
//! review. Questionnaire content is not here: it is data, in the questionnaire file.

pub mod actions;
pub mod benchmark;
pub mod charts;
pub mod cli;
pub mod domain;
pub mod errors;
pub mod findings;
pub mod help;
pub mod ingest;
pub mod invite;
pub mod questionnaire;
pub mod report;
pub mod tui;
pub mod tui_meeting;
pub mod yaml;

pub use crate::model::lang::{Lang, UnknownLang};

/// Formats a number with `decimals` decimals and the language's decimal separator, and a
/// real minus sign: the one place a figure gets its Dutch comma.
pub fn format_decimal(lang: Lang, value: f64, decimals: usize) -> String {
    let text = format!("{:.decimals$}", value.abs());
    let text = match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    };
    let shown_zero = text.bytes().all(|b| matches!(b, b'0' | b'.' | b','));
    if value < 0.0 && !shown_zero {
        format!("−{text}")
    } else {
        text
    }
}

/// Formats a figure for people: a whole number with the language's thousands separator
/// (124.300 / 124,300), anything else with one decimal. The one place numbers get grouped.
pub fn format_figure(lang: Lang, value: f64) -> String {
    if value.fract() != 0.0 || value.abs() >= 1e15 {
        return format_score(lang, value);
    }
    let digits = format!("{}", value.abs() as u64);
    let separator = match lang {
        Lang::Nl => '.',
        Lang::En => ',',
    };
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    if value < 0.0 {
        grouped.insert(0, '−');
    }
    grouped
}

/// Formats a score for people: one decimal, with the language's decimal separator.
pub fn format_score(lang: Lang, value: f64) -> String {
    format_decimal(lang, value, 1)
}

/// Formats a signed deviation for people (`+4,2`, `−3,0`): the sign is always shown, so a
/// deviation never relies on colour alone.
pub fn format_deviation(lang: Lang, value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let sign = if rounded > 0.0 {
        "+"
    } else if rounded < 0.0 {
        "−"
    } else {
        "±"
    };
    format!("{sign}{}", format_score(lang, rounded.abs()))
}

/// Joins names into a natural list: "a", "a en b", "a, b en c" (Dutch) or
/// "a", "a and b", "a, b and c" (English).
pub fn join_names(lang: Lang, names: &[String]) -> String {
    let and = match lang {
        Lang::Nl => "en",
        Lang::En => "and",
    };
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [..] => {
            // A name that holds the conjunction itself ("innoveren en experimenteren") is
            // quoted, so a list never reads "X en Y en Z".
            let quoted: Vec<String> = names
                .iter()
                .map(|name| {
                    // A figure after the name, "(+35,0)", stays outside the quotes.
                    let (head, tail) = match name.rfind(" (") {
                        Some(at) if name.ends_with(')') => name.split_at(at),
                        _ => (name.as_str(), ""),
                    };
                    // Only words outside quotes count: "1 in ‘silos and spaghetti’" is clear.
                    let holds_and = head
                        .split(['‘', '’'])
                        .step_by(2)
                        .flat_map(str::split_whitespace)
                        .any(|word| word == and);
                    if holds_and {
                        format!("‘{head}’{tail}")
                    } else {
                        name.clone()
                    }
                })
                .collect();
            match quoted.as_slice() {
                [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
                [] => String::new(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_never_reads_x_and_y_and_z() {
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            join_names(
                Lang::Nl,
                &names(&["innoveren en experimenteren", "lerende organisatie"])
            ),
            "‘innoveren en experimenteren’ en lerende organisatie"
        );
        assert_eq!(
            join_names(
                Lang::Nl,
                &names(&[
                    "visie en ambitie",
                    "draagvlak en betrokkenheid",
                    "regie en samenwerking"
                ])
            ),
            "‘visie en ambitie’, ‘draagvlak en betrokkenheid’ en ‘regie en samenwerking’"
        );
        assert_eq!(
            join_names(Lang::En, &names(&["vision and ambition", "digital talent"])),
            "‘vision and ambition’ and digital talent"
        );
        assert_eq!(
            join_names(
                Lang::Nl,
                &names(&["regie en samenwerking (+35,0)", "digitaal talent (+30,0)"])
            ),
            "‘regie en samenwerking’ (+35,0) en digitaal talent (+30,0)"
        );
        assert_eq!(
            join_names(
                Lang::En,
                &names(&["1 in ‘silos and spaghetti’", "2 in ‘future ready’"])
            ),
            "1 in ‘silos and spaghetti’ and 2 in ‘future ready’"
        );
        // Already quoted (a name with a comma) stays as it is; a single name needs nothing.
        assert_eq!(
            join_names(Lang::Nl, &names(&["‘digitaal, tenzij’", "klant centraal"])),
            "‘digitaal, tenzij’ en klant centraal"
        );
        assert_eq!(
            join_names(Lang::Nl, &names(&["regie en samenwerking"])),
            "regie en samenwerking"
        );
        for lang in [Lang::Nl, Lang::En] {
            let and = if lang == Lang::Nl { "en" } else { "and" };
            let list = join_names(
                lang,
                &names(&[&format!("a {and} b"), &format!("c {and} d"), "e"]),
            );
            let bare: Vec<&str> = list.split(['‘', '’']).step_by(2).collect();
            assert!(
                bare.iter()
                    .all(|part| part.matches(&format!(" {and} ")).count() <= 1),
                "{list}"
            );
        }
    }

    #[test]
    fn numbers_use_the_language_decimal_separator() {
        assert_eq!(format_score(Lang::Nl, 52.25), "52,2");
        assert_eq!(format_score(Lang::En, 52.26), "52.3");
        assert_eq!(format_deviation(Lang::Nl, -3.04), "−3,0");
        assert_eq!(format_deviation(Lang::En, 4.2), "+4.2");
        assert_eq!(format_deviation(Lang::En, 0.01), "±0.0");
        assert_eq!(format_decimal(Lang::Nl, -0.94, 2), "−0,94");
        assert_eq!(format_decimal(Lang::Nl, -0.001, 2), "0,00");
        assert_eq!(format_decimal(Lang::En, 0.7, 2), "0.70");
        assert_eq!(format_figure(Lang::Nl, 124_300.0), "124.300");
        assert_eq!(format_figure(Lang::En, 124_300.0), "124,300");
        assert_eq!(format_figure(Lang::Nl, 6.7), "6,7");
    }

    #[test]
    fn lists_read_naturally() {
        let names = |n: usize| (1..=n).map(|i| format!("x{i}")).collect::<Vec<_>>();
        assert_eq!(join_names(Lang::Nl, &names(1)), "x1");
        assert_eq!(join_names(Lang::Nl, &names(2)), "x1 en x2");
        assert_eq!(join_names(Lang::En, &names(3)), "x1, x2 and x3");
    }

    #[test]
    fn language_codes_parse() {
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert!("fr".parse::<Lang>().is_err());
    }
}
