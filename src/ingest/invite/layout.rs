//! Where a respondent's workbook keeps what its import needs. The workbook writer and the
//! import both read these, so the two can never disagree.
//!
//! The questionnaire sheet has one row per statement: its item id in column A, the answer in
//! column D and a comment in column E. A hidden sheet named [`META_SHEET`] holds the
//! questionnaire's id and version, who the workbook is for, and, per statement, its item id and
//! the row it is on; its column D holds the answer labels the drop-down lists are made of.

use crate::model::Lang;
use crate::model::questionnaire::Questionnaire;

/// The hidden sheet's name: the same in every language, so the import finds it.
pub const META_SHEET: &str = "rijp";

/// Column A of the questionnaire sheet: the item id of a statement row.
pub const ID_COLUMN: u16 = 0;
pub const STATEMENT_COLUMN: u16 = 1;
pub const HELP_COLUMN: u16 = 2;
/// Column D: the answer the respondent chooses.
pub const ANSWER_COLUMN: u16 = 3;
/// Column E: the respondent's comment.
pub const COMMENT_COLUMN: u16 = 4;

/// The hidden sheet's keys (column A) with their values in column B, in rows 1 to 8.
pub const KEY_QUESTIONNAIRE: &str = "questionnaire";
pub const KEY_VERSION: &str = "version";
pub const KEY_LANGUAGE: &str = "language";
pub const KEY_SHEET: &str = "sheet";
pub const KEY_ORGANISATION: &str = "organisation";
pub const KEY_ROUND: &str = "round";
pub const KEY_RESPONDENT: &str = "respondent";
pub const KEY_ROLE: &str = "role";
pub const KEYS: [&str; 8] = [
    KEY_QUESTIONNAIRE,
    KEY_VERSION,
    KEY_LANGUAGE,
    KEY_SHEET,
    KEY_ORGANISATION,
    KEY_ROUND,
    KEY_RESPONDENT,
    KEY_ROLE,
];

/// The heading above the item rows of the hidden sheet (0-based row); the items follow it:
/// item id in column A, its 1-based row on the questionnaire sheet in column B.
pub const ITEMS_HEADING_ROW: u32 = 9;
pub const ITEMS_HEADING: &str = "item";

/// Column D of the hidden sheet: the answer labels, scale values first, then "don't know",
/// then "not applicable".
pub const LABELS_COLUMN: u16 = 3;

/// The answer labels in the order of the drop-down lists: the scale, "don't know", then "not
/// applicable" when the questionnaire has it.
pub fn answer_labels(questionnaire: &Questionnaire, lang: Lang) -> Vec<String> {
    let scale = &questionnaire.answer_scale;
    let mut labels: Vec<String> = (scale.min..=scale.max)
        .map(|value| {
            scale
                .label(value)
                .map_or_else(|| value.to_string(), |text| text.get(lang).to_string())
        })
        .collect();
    labels.push(scale.dont_know.get(lang).to_string());
    if let Some(not_applicable) = &scale.not_applicable {
        labels.push(not_applicable.get(lang).to_string());
    }
    labels
}
