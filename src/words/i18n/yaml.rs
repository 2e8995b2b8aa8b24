//! Problems with YAML files in the reader's language: `FILE:LINE:COLUMN: message`, the form
//! editors understand. The parser's own messages are in English; the ones people meet (a
//! missing or unknown field, a wrong kind of value, an answer out of range) are said in Dutch
//! too, and any other keeps the parser's words after a Dutch lead.

use crate::model::Lang;
use crate::model::assessment::ANSWER_VALUES;
use crate::model::printable::printable;
use crate::model::yaml::{MAX_YAML_BYTES, YamlError, YamlProblem};
use crate::store::workspace::WorkspaceError;
use crate::words::i18n::errors::io_reason;

/// One problem as a line: where, then what.
pub fn yaml_error(lang: Lang, error: &YamlError) -> String {
    let what = printable(&problem(lang, error), 300);
    if error.line > 0 {
        format!(
            "{}:{}:{}: {what}",
            error.file.display(),
            error.line,
            error.column
        )
    } else {
        format!("{}: {what}", error.file.display())
    }
}

/// What is wrong, without the place.
pub fn problem(lang: Lang, error: &YamlError) -> String {
    match (lang, &error.kind) {
        (Lang::En, YamlProblem::Parse(message)) => message.clone(),
        (Lang::Nl, YamlProblem::Parse(message)) => parser_message_nl(message),
        (Lang::Nl, YamlProblem::Empty) => "het bestand is leeg".to_string(),
        (Lang::En, YamlProblem::Empty) => "the file is empty".to_string(),
        (Lang::Nl, YamlProblem::TooLarge { size }) => format!(
            "het bestand is {size} bytes; bestanden groter dan {MAX_YAML_BYTES} bytes worden geweigerd"
        ),
        (Lang::En, YamlProblem::TooLarge { size }) => {
            format!("the file is {size} bytes; files over {MAX_YAML_BYTES} bytes are refused")
        }
        (Lang::Nl, YamlProblem::NotUtf8 { byte }) => {
            format!("het bestand is geen UTF-8-tekst (byte {byte} is ongeldig)")
        }
        (Lang::En, YamlProblem::NotUtf8 { byte }) => {
            format!("the file is not UTF-8 text (byte {byte} is not valid)")
        }
        (_, YamlProblem::Unreadable(kind, _)) => {
            let reason = io_reason(lang, &std::io::Error::from(*kind));
            match lang {
                Lang::Nl => format!("kan het bestand niet lezen: {reason}"),
                Lang::En => format!("cannot read the file: {reason}"),
            }
        }
        (Lang::Nl, YamlProblem::UnknownOrganisation { id, expected }) => {
            format!("onbekende organisatie ‘{id}’: er is geen bestand {expected}")
        }
        (Lang::En, YamlProblem::UnknownOrganisation { id, expected }) => {
            format!("unknown organisation '{id}': no file {expected}")
        }
        (_, YamlProblem::Action(error)) => crate::words::i18n::actions::action_error(lang, error),
    }
}

/// A workspace that cannot be used, or a damaged file that was not replaced.
pub fn workspace_error(lang: Lang, error: &WorkspaceError) -> String {
    match (lang, error) {
        (Lang::Nl, WorkspaceError::Missing(root)) => format!(
            "de werkmap {0} bestaat niet; maak er een met `rijp demo --workspace {0}` of `rijp import`",
            root.display()
        ),
        (Lang::En, WorkspaceError::Missing(root)) => format!(
            "the workspace {0} does not exist; create one with `rijp demo --workspace {0}` or `rijp import`",
            root.display()
        ),
        (Lang::Nl, WorkspaceError::NoDataFolder) => {
            "kan geen gegevensmap voor deze gebruiker bepalen; noem er een met --workspace"
                .to_string()
        }
        (Lang::En, WorkspaceError::NoDataFolder) => {
            "cannot determine a data folder for this user; name one with --workspace".to_string()
        }
        (Lang::Nl, WorkspaceError::Damaged(file)) => format!(
            "{}\n(het bestand is niet overschreven: herstel of verwijder het eerst)",
            yaml_error(lang, file)
        ),
        (Lang::En, WorkspaceError::Damaged(file)) => format!(
            "{}\n(the file was not overwritten: repair or remove it first)",
            yaml_error(lang, file)
        ),
    }
}

/// The parser's English message in Dutch, for the messages people meet; others keep the
/// parser's words.
/// What an answer file may hold, in Dutch: the parser's English hint, said again.
fn answer_hint_nl() -> String {
    format!(
        "gebruik een getal van {} tot en met {} op de schaal van de vragenlijst, \"?\" voor weet niet of \"nvt\" voor niet van toepassing",
        ANSWER_VALUES.start(),
        ANSWER_VALUES.end()
    )
}

pub fn parser_message_nl(message: &str) -> String {
    if let Some(dutch) = serde_message_nl(message) {
        return dutch;
    }
    if message.starts_with("answer ") && message.contains("out of range") {
        let value = message
            .trim_start_matches("answer ")
            .split(' ')
            .next()
            .unwrap_or_default();
        return format!(
            "antwoord {value} valt buiten de schaal: {}",
            answer_hint_nl()
        );
    }
    if message.starts_with("answer '") && message.contains("not understood") {
        let value = message.split('\'').nth(1).unwrap_or_default();
        return format!("antwoord '{value}' is niet te lezen: {}", answer_hint_nl());
    }
    format!("ongeldige YAML ({message})")
}

/// A serde message in Dutch (unknown, missing or duplicate field, unknown variant, invalid
/// type, value or length), or the message as it is when it is none of those.
pub fn serde_detail_nl(message: &str) -> String {
    serde_message_nl(message).unwrap_or_else(|| message.to_string())
}

/// The serde messages people meet, by their fixed English pattern.
fn serde_message_nl(message: &str) -> Option<String> {
    let message = [", there are no fields", ", there are no variants"]
        .iter()
        .find_map(|none| message.strip_suffix(none))
        .unwrap_or(message);
    let (head, expected) = match message.split_once(", expected ") {
        Some((head, expected)) => (head, Some(expected)),
        None => (message, None),
    };
    let allowed = || {
        expected.map_or_else(String::new, |list| {
            format!("; toegestaan zijn: {}", expected_nl(list))
        })
    };
    let wanted =
        || expected.map_or_else(String::new, |e| format!("; verwacht: {}", expected_nl(e)));
    if let Some(field) = head.strip_prefix("unknown field ").and_then(backticked) {
        return Some(format!("onbekend veld ‘{field}’{}", allowed()));
    }
    if let Some(value) = head.strip_prefix("unknown variant ").and_then(backticked) {
        return Some(format!("onbekende waarde ‘{value}’{}", allowed()));
    }
    if let Some(field) = head.strip_prefix("missing field ").and_then(backticked) {
        return Some(format!("het veld ‘{field}’ ontbreekt"));
    }
    if let Some(field) = head.strip_prefix("duplicate field ").and_then(backticked) {
        return Some(format!("het veld ‘{field}’ staat er twee keer"));
    }
    if let Some(found) = head.strip_prefix("invalid type: ") {
        return Some(format!(
            "verkeerd soort waarde: {}{}",
            kind_nl(found),
            wanted()
        ));
    }
    if let Some(found) = head.strip_prefix("invalid value: ") {
        return Some(format!("ongeldige waarde: {}{}", kind_nl(found), wanted()));
    }
    if let Some(length) = head.strip_prefix("invalid length ") {
        return Some(format!("verkeerd aantal ({length}){}", wanted()));
    }
    None
}

/// `` `name` `` → `name`, for a text that is exactly one backticked name.
fn backticked(text: &str) -> Option<&str> {
    text.strip_prefix('`')?.strip_suffix('`')
}

/// serde's list of what it expected: `` one of `a`, `b` `` or `` `a` or `b` ``, with Dutch
/// quotes; a description (`a string`, `u8`) in Dutch words.
fn expected_nl(list: &str) -> String {
    let list = list.strip_prefix("one of ").unwrap_or(list);
    if list.starts_with('`') {
        let mut open = false;
        let quoted: String = list
            .chars()
            .map(|c| match c {
                '`' => {
                    open = !open;
                    if open { '‘' } else { '’' }
                }
                other => other,
            })
            .collect();
        return quoted.replace("’ or ‘", "’ of ‘");
    }
    if let Some(names) = bare_names(list) {
        return names;
    }
    kind_nl(list)
}

/// A list of plain field or value names (`a, b or c`, as some parsers write it) with Dutch
/// quotes; `None` when one of the parts is a description rather than a name.
fn bare_names(list: &str) -> Option<String> {
    let (head, last) = match list.rsplit_once(" or ") {
        Some((head, last)) => (head, Some(last)),
        None => (list, None),
    };
    let is_type = |part: &str| {
        matches!(
            part,
            "string" | "sequence" | "map" | "boolean" | "integer" | "null" | "char"
        ) || part
            .strip_prefix(['u', 'i', 'f'])
            .is_some_and(|bits| !bits.is_empty() && bits.chars().all(|c| c.is_ascii_digit()))
    };
    let is_name = |part: &str| {
        !part.is_empty()
            && !is_type(part)
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    };
    let parts: Vec<&str> = head.split(", ").collect();
    if !parts.iter().copied().chain(last).all(is_name) {
        return None;
    }
    let quote = |part: &str| format!("‘{part}’");
    let listed = parts
        .iter()
        .map(|p| quote(p))
        .collect::<Vec<_>>()
        .join(", ");
    Some(match last {
        Some(last) => format!("{listed} of {}", quote(last)),
        None => listed,
    })
}

/// A serde description of a kind of value in Dutch; an unknown one stays as it is.
fn kind_nl(kind: &str) -> String {
    let word = |prefix: &str| kind.strip_prefix(prefix).map(str::trim);
    let named = [
        ("a string", "tekst"),
        ("string", "tekst"),
        ("a sequence", "een lijst"),
        ("sequence", "een lijst"),
        ("a map", "een tabel van sleutels en waarden"),
        ("map", "een tabel van sleutels en waarden"),
        ("a boolean", "waar of onwaar"),
        ("boolean", "waar of onwaar"),
        ("integer", "een geheel getal"),
        ("floating point", "een kommagetal"),
        ("unit value", "een lege waarde"),
        ("null", "een lege waarde"),
        ("a character", "één teken"),
        ("char", "één teken"),
        ("an integer", "een geheel getal"),
        ("a number", "een getal"),
    ];
    for (english, dutch) in named {
        if kind == english {
            return dutch.to_string();
        }
        if let Some(rest) = word(english).filter(|rest| rest.starts_with(['`', '"'])) {
            return format!("{dutch} {rest}");
        }
    }
    if matches!(
        kind,
        "u8" | "u16"
            | "u32"
            | "u64"
            | "u128"
            | "usize"
            | "i8"
            | "i16"
            | "i32"
            | "i64"
            | "i128"
            | "isize"
    ) {
        return "een geheel getal".to_string();
    }
    if matches!(kind, "f32" | "f64") {
        return "een getal".to_string();
    }
    if let Some(name) = word("struct ") {
        return format!("een tabel ({name})");
    }
    if let Some(name) = word("enum ") {
        return format!("een keuze ({name})");
    }
    kind.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_messages_people_meet_are_said_in_dutch() {
        assert_eq!(
            parser_message_nl("missing field `organisation`"),
            "het veld ‘organisation’ ontbreekt"
        );
        assert_eq!(
            parser_message_nl("unknown field `bogus_key`, expected one of `name`, `short_name`"),
            "onbekend veld ‘bogus_key’; toegestaan zijn: ‘name’, ‘short_name’"
        );
        assert_eq!(
            parser_message_nl("unknown field `bogus_key`, expected `name` or `short_name`"),
            "onbekend veld ‘bogus_key’; toegestaan zijn: ‘name’ of ‘short_name’"
        );
        assert_eq!(
            parser_message_nl("unknown field `x`, there are no fields"),
            "onbekend veld ‘x’"
        );
        assert_eq!(
            parser_message_nl("unknown variant `bestuur`, expected one of `staff`, `board`"),
            "onbekende waarde ‘bestuur’; toegestaan zijn: ‘staff’, ‘board’"
        );
        assert_eq!(
            parser_message_nl("duplicate field `name`"),
            "het veld ‘name’ staat er twee keer"
        );
        assert_eq!(
            parser_message_nl("invalid type: sequence, expected a string"),
            "verkeerd soort waarde: een lijst; verwacht: tekst"
        );
        assert_eq!(
            parser_message_nl("invalid type: string \"vijf\", expected u32"),
            "verkeerd soort waarde: tekst \"vijf\"; verwacht: een geheel getal"
        );
        assert_eq!(
            parser_message_nl("invalid value: integer `-3`, expected u8"),
            "ongeldige waarde: een geheel getal `-3`; verwacht: een geheel getal"
        );
        assert_eq!(
            parser_message_nl("answer 17 is out of range: use a number from 1 to 10"),
            "antwoord 17 valt buiten de schaal: gebruik een getal van 1 tot en met 10 op de schaal van de vragenlijst, \"?\" voor weet niet of \"nvt\" voor niet van toepassing"
        );
        assert_eq!(
            parser_message_nl("unknown field `x`, expected one of name, short_name"),
            "onbekend veld ‘x’; toegestaan zijn: ‘name’, ‘short_name’"
        );
        assert_eq!(
            parser_message_nl("invalid type: map, expected u32"),
            "verkeerd soort waarde: een tabel van sleutels en waarden; verwacht: een geheel getal"
        );
        assert!(parser_message_nl("something new").starts_with("ongeldige YAML ("));
        assert_eq!(serde_detail_nl("something new"), "something new");
    }

    #[test]
    fn a_real_unknown_field_reads_in_either_language() {
        let text = "bogus_key: 1\n";
        let Err(error) = crate::model::yaml::parse::<crate::model::action::Action>(
            std::path::Path::new("a.yaml"),
            text,
        ) else {
            panic!("an unknown field must be refused");
        };
        let dutch = problem(Lang::Nl, &error);
        assert!(
            dutch.starts_with("onbekend veld ‘bogus_key’; toegestaan zijn: ‘"),
            "{dutch}"
        );
        let english = problem(Lang::En, &error);
        assert!(
            english.starts_with("unknown field `bogus_key`, expected one of "),
            "{english}"
        );
    }
}
