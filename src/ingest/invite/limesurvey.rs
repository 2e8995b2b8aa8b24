//! The codes of rijp's LimeSurvey survey, shared by the writer of its structure
//! (`render::invitation::limesurvey`) and the import of its response export: the tab-separated
//! `.txt` file LimeSurvey imports ("Tab Separated Value survey structure") and the codes its
//! response export then carries, so that `rijp import` recognises that export with no mapping.
//!
//! One row per survey setting (class `S`), language setting (`SL`), group (`G`), question
//! (`Q`), subquestion (`SQ`) and answer (`A`). The Dutch block comes first, then the English
//! block with the same rows in the same order: LimeSurvey pairs a group of the second
//! language with the first by its `type/scale` (`G1`, …), a question by its code within the
//! group, a subquestion by its code within the question. A subquestion or answer belongs to
//! the question above it, a question to the group above it.
//!
//! The survey: a first group asks for the organisation (a list of the workspace's partners)
//! and the role, and keeps the questionnaire's id and version and the round in two hidden
//! equation questions; then a group per pillar with one array question per scale, its
//! statements as subquestions whose codes are the item ids. A response export then has the
//! headings `ORG`, `ROLE`, `RIJPQ`, `RIJPROUND` and `CX[cx13]`, ….

use std::collections::BTreeSet;

use crate::model::assessment::Role;
use crate::model::questionnaire::Questionnaire;

/// The columns of the structure file, in LimeSurvey's order (see the test for what each
/// holds). A column LimeSurvey does not know by name (`hidden`) is a question attribute.
pub const COLUMNS: [&str; 13] = [
    "class",
    "type/scale",
    "name",
    "relevance",
    "text",
    "help",
    "language",
    "validation",
    "mandatory",
    "other",
    "default",
    "same_default",
    "hidden",
];

/// The question codes of the first group.
pub const ORGANISATION_CODE: &str = "ORG";
pub const ROLE_CODE: &str = "ROLE";
/// An equation question holding `QUESTIONNAIRE_ID:VERSION`.
pub const QUESTIONNAIRE_CODE: &str = "RIJPQ";
/// An equation question holding the round.
pub const ROUND_CODE: &str = "RIJPROUND";
/// The answer codes of the two unscored answers; the scale's values are their own codes.
pub const DONT_KNOW_CODE: &str = "WN";
pub const NOT_APPLICABLE_CODE: &str = "NVT";

/// A role's answer code (at most five characters, as LimeSurvey allows).
pub fn role_code(role: Role) -> &'static str {
    match role {
        Role::Board => "BOARD",
        Role::Management => "MT",
        Role::IAdviser => "IADV",
        Role::Staff => "STAFF",
        Role::Other => "OTHER",
    }
}

/// The role of an answer code.
pub fn role_of_code(code: &str) -> Option<Role> {
    Role::ALL
        .into_iter()
        .find(|role| role_code(*role).eq_ignore_ascii_case(code.trim()))
}

/// An organisation's answer code: five characters made from its id, so the same workspace
/// gives the same codes and the import finds the organisation again.
pub fn organisation_code(id: &str) -> String {
    const DIGITS: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut n = xxhash_rust::xxh3::xxh3_64(id.as_bytes()) % 36u64.pow(5);
    let mut code = [b'0'; 5];
    for slot in code.iter_mut().rev() {
        *slot = DIGITS[(n % 36) as usize];
        n /= 36;
    }
    // The letter O first keeps a code from reading as a number in a spreadsheet.
    format!("O{}", String::from_utf8_lossy(&code[1..]))
}

/// Each scale's question code: its items' letter prefix in capitals (`CX` for cx13, …), made
/// unique with a number where two scales share one. LimeSurvey wants a letter first and
/// letters and digits only.
pub fn scale_codes(questionnaire: &Questionnaire) -> Vec<(String, String)> {
    let mut used: BTreeSet<String> = [ORGANISATION_CODE, ROLE_CODE, QUESTIONNAIRE_CODE, ROUND_CODE]
        .iter()
        .map(|c| c.to_string())
        .collect();
    questionnaire
        .scales()
        .map(|scale| {
            let base: String = scale
                .items
                .first()
                .map(|item| item.id.as_str())
                .unwrap_or(scale.id.as_str())
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .collect::<String>()
                .to_ascii_uppercase();
            let base = if base.is_empty() {
                "S".to_string()
            } else {
                base
            };
            let mut code = base.clone();
            let mut n = 2;
            while used.contains(&code) {
                code = format!("{base}{n}");
                n += 1;
            }
            used.insert(code.clone());
            (scale.id.clone(), code)
        })
        .collect()
}
