//! One respondent's answers for one organisation in one round: the unit stored as one file.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::RangeInclusive;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::id_map::IdMap;
pub use crate::model::id_map::{Id as ItemId, SharedIds as ItemIds};
use crate::model::ids::AssessmentKey;

/// The values an agreement scale may use, whatever the questionnaire: the one definition that
/// the questionnaire's validation, answer files, what people type, the cache and the messages
/// all go by. Zero is not among them, because people type 0 for "don't know".
pub const ANSWER_VALUES: RangeInclusive<u8> = 1..=10;

/// One respondent's answers by item id, in item-id order.
pub type Answers = IdMap<Answer>;

/// An answer to one item: a point on the agreement scale, "don't know" or "not applicable".
/// The last two are stored and counted apart, and never scored: not knowing is itself a
/// finding, an item that does not apply is not. Written as a number, `"?"` for don't know and
/// `"nvt"` for not applicable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Value(u8),
    DontKnow,
    NotApplicable,
}

impl Answer {
    /// Parses what a person types or a CSV holds: a number; `?`, `0`, `weet niet`, `wn`,
    /// `dont know` for don't know; `nvt`, `n.v.t.`, `niet van toepassing`, `n/a`, `not
    /// applicable` for not applicable. An empty text is don't know here; the wide importer
    /// treats an empty cell as skipped before it gets here. A number outside
    /// [`ANSWER_VALUES`] is no answer; checks against the questionnaire's own scale are the
    /// caller's.
    pub fn parse(text: &str) -> Option<Answer> {
        let trimmed = text.trim();
        // Most answers are numbers: read without making a lower-case copy first.
        if trimmed != "0"
            && let Ok(value) = trimmed.parse::<u8>()
        {
            return ANSWER_VALUES
                .contains(&value)
                .then_some(Answer::Value(value));
        }
        let normal = trimmed.to_lowercase();
        match normal.as_str() {
            "" | "?" | "0" | "weet niet" | "wn" | "weet niet / nvt" | "dont know"
            | "don't know" | "dk" => Some(Answer::DontKnow),
            "nvt"
            | "n.v.t."
            | "n.v.t"
            | "niet van toepassing"
            | "n/a"
            | "na"
            | "not applicable" => Some(Answer::NotApplicable),
            _ => normal
                .parse::<u8>()
                .ok()
                .filter(|value| ANSWER_VALUES.contains(value))
                .map(Answer::Value),
        }
    }

    pub fn value(self) -> Option<u8> {
        match self {
            Answer::Value(value) => Some(value),
            Answer::DontKnow | Answer::NotApplicable => None,
        }
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Answer::Value(value) => write!(f, "{value}"),
            Answer::DontKnow => f.write_str("?"),
            Answer::NotApplicable => f.write_str("nvt"),
        }
    }
}

/// What an answer file may hold, for the parser's messages (the words layer says them in
/// Dutch by their start, so only the part after the colon is free).
fn answer_hint() -> String {
    format!(
        "use a number from {} to {} on the questionnaire's scale, \"?\" for don't know or \"nvt\" for not applicable",
        ANSWER_VALUES.start(),
        ANSWER_VALUES.end()
    )
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Value(value) => serializer.serialize_u8(*value),
            Answer::DontKnow => serializer.serialize_str("?"),
            Answer::NotApplicable => serializer.serialize_str("nvt"),
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl Visitor<'_> for AnswerVisitor {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "an answer: {}", answer_hint())
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Answer, E> {
                match u8::try_from(value) {
                    Ok(value) if ANSWER_VALUES.contains(&value) => Ok(Answer::Value(value)),
                    _ => Err(E::custom(format!(
                        "answer {value} is out of range: {}",
                        answer_hint()
                    ))),
                }
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Answer, E> {
                match u64::try_from(value) {
                    Ok(value) => self.visit_u64(value),
                    Err(_) => Err(E::custom(format!(
                        "answer {value} is out of range: {}",
                        answer_hint()
                    ))),
                }
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Answer, E> {
                match Answer::parse(text) {
                    Some(answer) => Ok(answer),
                    None => Err(E::custom(format!(
                        "answer '{text}' is not understood: {}",
                        answer_hint()
                    ))),
                }
            }
            fn visit_unit<E: de::Error>(self) -> Result<Answer, E> {
                Ok(Answer::DontKnow)
            }
        }
        deserializer.deserialize_any(AnswerVisitor)
    }
}

/// The respondent's role: leadership self-image next to staff perception is one of the most
/// telling comparisons, so the role is recorded with every assessment.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Bestuurder: alderman, mayor, member of the board.
    Board,
    /// MT, gemeentesecretaris, director, manager.
    Management,
    /// i-adviseur, informatiemanager, CIO office.
    IAdviser,
    /// Other staff.
    Staff,
    #[default]
    Other,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Board,
        Role::Management,
        Role::IAdviser,
        Role::Staff,
        Role::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Role::Board => "board",
            Role::Management => "management",
            Role::IAdviser => "i_adviser",
            Role::Staff => "staff",
            Role::Other => "other",
        }
    }

    /// Parses a role id or a common Dutch or English name for it.
    pub fn parse(text: &str) -> Option<Role> {
        let trimmed = text.trim();
        // A code already written as listed needs no lower-case copy.
        Role::listed(trimmed)
            .or_else(|| Role::listed(&trimmed.to_lowercase().replace(['-', ' '], "_")))
    }

    /// The role for a code in lower case with `_` between words.
    fn listed(normal: &str) -> Option<Role> {
        Some(match normal {
            "board" | "bestuur" | "bestuurder" | "wethouder" | "burgemeester" => Role::Board,
            "management" | "mt" | "manager" | "directie" | "directeur" | "gemeentesecretaris" => {
                Role::Management
            }
            "i_adviser" | "i_adviseur" | "iadviseur" | "informatiemanager" | "cio" | "ciso"
            | "adviser" | "adviseur" => Role::IAdviser,
            "staff" | "medewerker" | "medewerkers" | "employee" => Role::Staff,
            "other" | "overig" | "anders" | "" => Role::Other,
            _ => return None,
        })
    }
}

/// Which questionnaire, and which version of it, the answers were given against.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: u32,
}

/// One assessment file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// The organisation's id (its file name in `organisations/`).
    pub organisation: String,
    pub respondent: String,
    #[serde(default)]
    pub role: Role,
    pub round: String,
    /// The date the answers were (last) given, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub questionnaire: QuestionnaireRef,
    /// Set when the respondent has reviewed and closed the questionnaire.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub complete: bool,
    /// Answers by item id. Answers to items a later questionnaire version no longer has are
    /// kept here untouched.
    #[serde(default)]
    pub answers: Answers,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub comments: BTreeMap<String, String>,
}

impl Assessment {
    /// Which file the assessment is: its round, organisation and respondent.
    pub fn key(&self) -> AssessmentKey {
        AssessmentKey::new(&*self.round, &*self.organisation, &*self.respondent)
    }

    pub fn new(
        organisation: &str,
        respondent: &str,
        role: Role,
        round: &str,
        questionnaire: QuestionnaireRef,
    ) -> Self {
        Self {
            organisation: organisation.to_string(),
            respondent: respondent.to_string(),
            role,
            round: round.to_string(),
            date: None,
            questionnaire,
            complete: false,
            answers: Answers::new(),
            comments: BTreeMap::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_parse_from_what_people_type() {
        assert_eq!(Answer::parse("4"), Some(Answer::Value(4)));
        assert_eq!(Answer::parse(" Weet niet "), Some(Answer::DontKnow));
        assert_eq!(Answer::parse(""), Some(Answer::DontKnow));
        assert_eq!(Answer::parse("?"), Some(Answer::DontKnow));
        assert_eq!(Answer::parse("vier"), None);
    }

    #[test]
    fn assessment_round_trips_through_yaml() {
        let mut a = Assessment::new(
            "gemeente-a",
            "Jan",
            Role::IAdviser,
            "2025",
            QuestionnaireRef {
                id: "q".into(),
                version: 1,
            },
        );
        a.answers.insert("cx01", Answer::Value(4));
        a.answers.insert("cx02", Answer::DontKnow);
        a.comments.insert("cx01".into(), "no: really".into());
        let text = crate::model::yaml::to_string(&a).unwrap();
        let back: Assessment =
            crate::model::yaml::parse(std::path::Path::new("a.yaml"), &text).unwrap();
        assert_eq!(back, a);
    }

    #[test]
    fn out_of_range_answer_is_reported_with_its_line() {
        let text = "organisation: a\nrespondent: b\nround: r\nquestionnaire: {id: q, version: 1}\nanswers:\n  cx01: 4\n  cx02: 17\n";
        let error = crate::model::yaml::parse::<Assessment>(std::path::Path::new("a.yaml"), text)
            .unwrap_err();
        assert_eq!(error.line, 7, "{error}");
        assert!(error.message().contains("out of range"), "{error}");
    }
}
