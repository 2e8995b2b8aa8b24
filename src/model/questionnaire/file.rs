//! The questionnaire file as written: every id and text keeps its position in the file, so
//! validation can point at the exact line and column.

use serde::Deserialize;
use serde_saphyr::Spanned;

pub type Located<T> = Spanned<T>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireFile {
    pub id: Located<String>,
    pub version: Located<u32>,
    pub title: Located<TextFile>,
    #[serde(default)]
    pub description: Option<Located<TextFile>>,
    pub answer_scale: Located<AnswerScaleFile>,
    #[serde(default)]
    pub cutoff: Option<Located<CutoffFile>>,
    pub quadrants: Located<Vec<Located<QuadrantFile>>>,
    #[serde(default)]
    pub themes: Vec<Located<ThemeFile>>,
    /// The respondent protocol: the mix of roles every organisation answers with.
    #[serde(default)]
    pub protocol: Option<Located<ProtocolFile>>,
    pub pillars: Located<Vec<Located<PillarFile>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProtocolFile {
    pub roles: Vec<Located<RoleQuotaFile>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleQuotaFile {
    pub role: Located<String>,
    pub min: Located<u32>,
    pub max: Located<u32>,
}

/// A text; both languages are optional here so that a missing one is reported by validation
/// with its position, instead of as a parse error.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct TextFile {
    pub nl: Option<String>,
    pub en: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerScaleFile {
    pub min: Located<i64>,
    pub max: Located<i64>,
    #[serde(default)]
    pub labels: Vec<Located<LabelFile>>,
    pub dont_know: Located<TextFile>,
    /// "Not applicable": a second unscored code, counted apart from "don't know".
    #[serde(default)]
    pub not_applicable: Option<Located<TextFile>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelFile {
    pub value: Located<i64>,
    pub nl: Option<String>,
    pub en: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CutoffFile {
    pub rule: Located<String>,
    #[serde(default)]
    pub midpoint: Option<Located<f64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuadrantFile {
    pub id: Located<String>,
    pub name: Located<TextFile>,
    #[serde(default)]
    pub description: Option<Located<TextFile>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeFile {
    pub id: Located<String>,
    pub name: Located<TextFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PillarFile {
    pub id: Located<String>,
    pub name: Located<TextFile>,
    #[serde(default)]
    pub description: Option<Located<TextFile>>,
    pub scales: Located<Vec<Located<ScaleFile>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleFile {
    pub id: Located<String>,
    pub name: Located<TextFile>,
    #[serde(default)]
    pub description: Option<Located<TextFile>>,
    #[serde(default)]
    pub themes: Vec<Located<String>>,
    /// "Scoring higher?": what organisations that score high do differently, and a first step.
    #[serde(default)]
    pub guidance: Option<Located<TextFile>>,
    pub items: Located<Vec<Located<ItemFile>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemFile {
    pub id: Located<String>,
    pub text: Located<TextFile>,
    #[serde(default)]
    pub reverse: bool,
    /// A one-line explanation of a term in the statement.
    #[serde(default)]
    pub help: Option<Located<TextFile>>,
    /// The item of the previous version whose meaning this one keeps.
    #[serde(default)]
    pub same_as: Option<Located<String>>,
    /// Whether "not applicable" may be chosen on this item.
    #[serde(default)]
    pub not_applicable: Option<Located<bool>>,
}
