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
    let between = |text: &str| -> Option<String> {
        let start = text.find('`')?;
        let end = text[start + 1..].find('`')?;
        Some(text[start + 1..start + 1 + end].to_string())
    };
    let expected = |text: &str| -> String {
        text.split_once(", expected ")
            .map(|(_, rest)| rest.replace("one of ", "een van "))
            .unwrap_or_default()
    };
    if let Some(rest) = message.strip_prefix("missing field ") {
        return format!("het veld {rest} ontbreekt");
    }
    if message.starts_with("unknown field ")
        && let Some(field) = between(message)
    {
        return format!("onbekend veld `{field}`; verwacht: {}", expected(message));
    }
    if message.starts_with("unknown variant ")
        && let Some(value) = between(message)
    {
        return format!(
            "onbekende waarde `{value}`; verwacht: {}",
            expected(message)
        );
    }
    if let Some(rest) = message.strip_prefix("duplicate field ") {
        return format!("het veld {rest} staat er twee keer");
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
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, wanted) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("verkeerd soort waarde ({found}); verwacht: {wanted}");
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found, wanted) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!("ongeldige waarde ({found}); verwacht: {wanted}");
    }
    format!("ongeldige YAML ({message})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_messages_people_meet_are_said_in_dutch() {
        assert_eq!(
            parser_message_nl("missing field `organisation`"),
            "het veld `organisation` ontbreekt"
        );
        assert_eq!(
            parser_message_nl("unknown field `naam`, expected one of `name`, `short_name`"),
            "onbekend veld `naam`; verwacht: een van `name`, `short_name`"
        );
        assert_eq!(
            parser_message_nl("answer 17 is out of range: use a number from 1 to 10"),
            "antwoord 17 valt buiten de schaal: gebruik een getal van 1 tot en met 10 op de schaal van de vragenlijst, \"?\" voor weet niet of \"nvt\" voor niet van toepassing"
        );
        assert!(parser_message_nl("something new").starts_with("ongeldige YAML ("));
    }
}
