//! The questionnaire: its schema, loading and validation. The bundled questionnaire is
//! compiled into the binary; a workspace or the command line may name a replacement file.

mod file;
mod problem;
mod quadrants;
mod validate;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::model::Lang;
use crate::model::assessment::Role;
use crate::model::id_map::Id;

pub use quadrants::{CutoffRule, CutoffSetting, QuadrantDef, QuadrantId, UnknownCutoffRule};
pub use validate::{IdKind, Problem, ProblemKind, Subject, ValidationError};

/// The name the bundled questionnaire is reported under.
pub const BUNDLED_NAME: &str = "questionnaires/digitale-volwassenheid.yaml";
/// Every version of the bundled questionnaire, oldest first, the current one last. Earlier
/// versions are kept as they were fielded, so that rounds answered against them are scored as
/// they were answered.
const BUNDLED_VERSIONS: [(&str, &str); 3] = [
    (
        "questionnaires/digitale-volwassenheid-v1.yaml",
        include_str!("../../questionnaires/digitale-volwassenheid-v1.yaml"),
    ),
    (
        "questionnaires/digitale-volwassenheid-v2.yaml",
        include_str!("../../questionnaires/digitale-volwassenheid-v2.yaml"),
    ),
    (
        BUNDLED_NAME,
        include_str!("../../questionnaires/digitale-volwassenheid.yaml"),
    ),
];

/// The respondent protocol bundled with the questionnaire: who answers for every
/// organisation, how they are invited, and the pretest before a version is fielded.
pub fn protocol_text(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => include_str!("../../questionnaires/protocol.nl.md"),
        Lang::En => include_str!("../../questionnaires/protocol.en.md"),
    }
}

pub const AMBITION: &str = "ambition";
pub const CULTURE: &str = "culture";
pub const LEADERSHIP: &str = "leadership";
/// The cooperation block: shared facts about the cooperation, scored apart from leadership.
pub const COOPERATION: &str = "cooperation";
pub const CUSTOMER_EXPERIENCE: &str = "customer_experience";
pub const OPERATIONAL_EFFICIENCY: &str = "operational_efficiency";

/// The pillars every questionnaire must have, in report order.
pub const REQUIRED_PILLARS: [&str; 3] = [AMBITION, CULTURE, LEADERSHIP];

/// A text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// A validated questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub struct Questionnaire {
    pub id: String,
    pub version: u32,
    pub title: Text,
    pub description: Text,
    pub answer_scale: AnswerScale,
    pub cutoff: CutoffSetting,
    pub quadrants: Vec<QuadrantDef>,
    pub themes: Vec<Theme>,
    /// The mix of roles every organisation answers with (empty when the file names none).
    pub protocol: Vec<RoleQuota>,
    pub pillars: Vec<Pillar>,
    /// Whether any item is flagged as allowing "not applicable": questionnaires that flag
    /// none (versions 1 and 2) offered it on every item.
    flags_not_applicable: bool,
    item_index: HashMap<String, ItemRef>,
    scale_index: HashMap<String, (usize, usize)>,
    score_ids: ScoreIds,
}

/// The item, scale and pillar ids as shared ids, made once per questionnaire so that scoring
/// ten thousand respondents neither copies them three hundred thousand times nor looks up
/// every answer.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreIds {
    /// Scale ids in id order, and each one's position in questionnaire order.
    pub scales: Arc<[Id]>,
    pub scale_positions: Vec<usize>,
    /// Pillar ids in id order, and each one's position in questionnaire order.
    pub pillars: Arc<[Id]>,
    pub pillar_positions: Vec<usize>,
    /// Item ids in id order, each with its position among all items in questionnaire order.
    pub items: Vec<(Id, usize)>,
}

impl Default for ScoreIds {
    fn default() -> Self {
        ScoreIds {
            scales: Arc::from([]),
            scale_positions: Vec::new(),
            pillars: Arc::from([]),
            pillar_positions: Vec::new(),
            items: Vec::new(),
        }
    }
}

/// Ids with their positions, sorted by id: the ids and, apart, where each one was.
fn sorted_ids<'a>(ids: impl Iterator<Item = &'a str>) -> (Vec<Id>, Vec<usize>) {
    let mut pairs: Vec<(Id, usize)> = ids.enumerate().map(|(at, id)| (Id::from(id), at)).collect();
    pairs.sort();
    pairs.into_iter().unzip()
}

/// How many respondents of one role the protocol asks of every organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoleQuota {
    pub role: Role,
    pub min: u32,
    pub max: u32,
}

impl RoleQuota {
    pub fn admits(&self, count: usize) -> bool {
        (self.min as usize..=self.max as usize).contains(&count)
    }
}

/// The answer scale: `min..=max` agreement, plus "don't know" and, where the questionnaire
/// offers it, "not applicable" (both stored and counted apart, never scored).
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerScale {
    pub min: u8,
    pub max: u8,
    pub labels: Vec<(u8, Text)>,
    pub dont_know: Text,
    pub not_applicable: Option<Text>,
}

impl AnswerScale {
    pub fn label(&self, value: u8) -> Option<&Text> {
        self.labels
            .iter()
            .find(|(v, _)| *v == value)
            .map(|(_, text)| text)
    }
}

/// A theme of the maturity programme that gaps roll up to.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub id: String,
    pub name: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pillar {
    pub id: String,
    pub name: Text,
    pub description: Text,
    pub scales: Vec<Scale>,
}

/// A dimension (pillar 1) or characteristic (pillars 2 and 3): the unit that gets a score.
#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    pub id: String,
    pub name: Text,
    pub description: Text,
    pub themes: Vec<String>,
    /// "Scoring higher?": what high scorers do differently and a first step.
    pub guidance: Option<Text>,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: String,
    pub text: Text,
    /// Reverse-worded: agreement means less maturity, so the answer is flipped for scoring.
    pub reverse: bool,
    /// A one-line explanation of a term, shown under the statement.
    pub help: Option<Text>,
    /// The item of the previous version whose meaning this one keeps (an unchanged item
    /// keeps its id instead).
    pub same_as: Option<String>,
    /// Flagged as allowing "not applicable" (see [`Questionnaire::allows_not_applicable`]).
    pub not_applicable: bool,
}

/// Where an item sits: pillar, scale and item positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ItemRef {
    pub pillar: usize,
    pub scale: usize,
    pub item: usize,
}

impl Questionnaire {
    /// The questionnaire compiled into rijp (its current version).
    pub fn bundled() -> Result<Questionnaire, ValidationError> {
        let mut versions = Self::bundled_versions()?;
        versions.pop().ok_or_else(|| {
            ValidationError::single(Path::new(BUNDLED_NAME), 0, 0, ProblemKind::EmptyId)
        })
    }

    /// The earlier versions of the bundled questionnaire, oldest first.
    pub fn bundled_earlier() -> Result<Vec<Questionnaire>, ValidationError> {
        let mut versions = Self::bundled_versions()?;
        versions.pop();
        Ok(versions)
    }

    /// Every bundled version, oldest first. They are loaded by the rules for use, each
    /// checked against the versions before it (its `same_as` points into them).
    pub fn bundled_versions() -> Result<Vec<Questionnaire>, ValidationError> {
        // Parsed once per process: every questionnaire load checks `same_as` against them,
        // and a workspace load keeps them for scoring earlier rounds.
        static VERSIONS: std::sync::OnceLock<Result<Vec<Questionnaire>, ValidationError>> =
            std::sync::OnceLock::new();
        VERSIONS
            .get_or_init(|| {
                let mut parsed: Vec<Questionnaire> = Vec::new();
                for (name, text) in BUNDLED_VERSIONS {
                    let path = Path::new(name);
                    let raw: file::QuestionnaireFile = crate::model::yaml::parse(path, text)
                        .map_err(|e| {
                            ValidationError::single(
                                path,
                                e.line,
                                e.column,
                                ProblemKind::Yaml(e.message()),
                            )
                        })?;
                    let version = validate::validate(path, raw, validate::Rules::Usable, &parsed)?;
                    parsed.push(version);
                }
                Ok(parsed)
            })
            .clone()
    }

    /// The item of this version that carries the meaning of `earlier_id` from an earlier
    /// version: the same id, or the item that says it is the same.
    pub fn successor_of(&self, earlier_id: &str) -> Option<&Item> {
        self.item(earlier_id).or_else(|| {
            self.items()
                .find(|item| item.same_as.as_deref() == Some(earlier_id))
        })
    }

    /// Loads and validates a questionnaire file.
    pub fn load(path: &Path) -> Result<Questionnaire, ValidationError> {
        let text = Self::read_text(path)?;
        Self::from_yaml(path, &text)
    }

    fn read_text(path: &Path) -> Result<String, ValidationError> {
        let bytes = crate::model::yaml::read_bytes(path).map_err(|error| {
            ValidationError::single(path, 0, 0, ProblemKind::Unreadable(error.message()))
        })?;
        let text = std::str::from_utf8(&bytes).map_err(|error| {
            ValidationError::single(
                path,
                0,
                0,
                ProblemKind::NotUtf8 {
                    byte: error.valid_up_to() + 1,
                },
            )
        })?;
        Ok(text.to_string())
    }

    /// Parses and validates questionnaire text for use; `path` is only used in messages.
    /// `same_as` references are checked against the bundled versions of the same id that are
    /// older than this one.
    pub fn from_yaml(path: &Path, text: &str) -> Result<Questionnaire, ValidationError> {
        Self::parse_with(path, text, validate::Rules::Usable)
    }

    /// Checks a questionnaire file by every rule, as before a new round is fielded: also
    /// the rules of good practice that loading does not demand of older files.
    pub fn check(path: &Path) -> Result<Questionnaire, ValidationError> {
        let text = Self::read_text(path)?;
        Self::parse_with(path, &text, validate::Rules::Strict)
    }

    fn parse_with(
        path: &Path,
        text: &str,
        rules: validate::Rules,
    ) -> Result<Questionnaire, ValidationError> {
        let raw: file::QuestionnaireFile = crate::model::yaml::parse(path, text).map_err(|e| {
            ValidationError::single(path, e.line, e.column, ProblemKind::Yaml(e.message()))
        })?;
        let bundled = Self::bundled_versions()?;
        validate::validate(path, raw, rules, &bundled)
    }

    /// This questionnaire with only the items `keep` accepts (scales and pillars stay, some
    /// perhaps empty): what two versions both measure, for instance.
    pub fn restricted(&self, keep: impl Fn(&Scale, &Item) -> bool) -> Questionnaire {
        let mut restricted = self.clone();
        for pillar in &mut restricted.pillars {
            for scale in &mut pillar.scales {
                let kept = scale
                    .items
                    .iter()
                    .filter(|item| keep(scale, item))
                    .cloned()
                    .collect();
                scale.items = kept;
            }
        }
        restricted.build_index();
        restricted
    }

    /// Shared scale and pillar ids, each with its position in questionnaire order.
    pub fn score_ids(&self) -> &ScoreIds {
        &self.score_ids
    }

    fn build_index(&mut self) {
        let (scales, scale_positions) = sorted_ids(self.scales().map(|s| s.id.as_str()));
        let (pillars, pillar_positions) = sorted_ids(self.pillars.iter().map(|p| p.id.as_str()));
        let (items, item_positions) = sorted_ids(
            self.scales()
                .flat_map(|scale| scale.items.iter().map(|item| item.id.as_str())),
        );
        self.score_ids = ScoreIds {
            scales: scales.into(),
            scale_positions,
            pillars: pillars.into(),
            pillar_positions,
            items: items.into_iter().zip(item_positions).collect(),
        };
        self.item_index.clear();
        self.scale_index.clear();
        for (p, pillar) in self.pillars.iter().enumerate() {
            for (s, scale) in pillar.scales.iter().enumerate() {
                self.scale_index.insert(scale.id.clone(), (p, s));
                for (i, item) in scale.items.iter().enumerate() {
                    self.item_index.insert(
                        item.id.clone(),
                        ItemRef {
                            pillar: p,
                            scale: s,
                            item: i,
                        },
                    );
                }
            }
        }
    }

    pub fn pillar(&self, id: &str) -> Option<&Pillar> {
        self.pillars.iter().find(|pillar| pillar.id == id)
    }

    pub fn scale(&self, id: &str) -> Option<&Scale> {
        let (p, s) = *self.scale_index.get(id)?;
        Some(&self.pillars[p].scales[s])
    }

    /// The pillar a scale belongs to.
    pub fn pillar_of_scale(&self, scale_id: &str) -> Option<&Pillar> {
        let (p, _) = *self.scale_index.get(scale_id)?;
        Some(&self.pillars[p])
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        let at = self.item_ref(id)?;
        Some(&self.pillars[at.pillar].scales[at.scale].items[at.item])
    }

    pub fn item_ref(&self, id: &str) -> Option<ItemRef> {
        self.item_index.get(id).copied()
    }

    /// Whether "not applicable" may be chosen on an item: only on flagged items, or on every
    /// item of a questionnaire that flags none (as versions 1 and 2 were fielded).
    pub fn allows_not_applicable(&self, item: &Item) -> bool {
        self.answer_scale.not_applicable.is_some()
            && (item.not_applicable || !self.flags_not_applicable)
    }

    /// [`Questionnaire::allows_not_applicable`] by item id; false for an unknown item.
    pub fn allows_not_applicable_id(&self, item_id: &str) -> bool {
        self.item(item_id)
            .is_some_and(|item| self.allows_not_applicable(item))
    }

    /// Whether two versions offer the same answers (the same points, labels and unscored
    /// codes): only then can an item worded alike mean the same in both.
    pub fn same_answer_format(&self, other: &Questionnaire) -> bool {
        self.answer_scale == other.answer_scale
    }

    pub fn scale_count(&self) -> usize {
        self.score_ids.scales.len()
    }

    /// Every item, counted in questionnaire order.
    pub fn item_count(&self) -> usize {
        self.score_ids.items.len()
    }

    /// Every scale, in questionnaire order.
    pub fn scales(&self) -> impl Iterator<Item = &Scale> {
        self.pillars.iter().flat_map(|pillar| pillar.scales.iter())
    }

    /// Every item, in questionnaire order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.scales().flat_map(|scale| scale.items.iter())
    }

    pub fn quadrant(&self, id: QuadrantId) -> Option<&QuadrantDef> {
        self.quadrants.iter().find(|quadrant| quadrant.id == id)
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|theme| theme.id == id)
    }

    /// The scale name in a language, or the id when the scale is unknown (an answer given
    /// against another version).
    pub fn scale_name(&self, id: &str, lang: Lang) -> String {
        self.scale(id)
            .map(|scale| scale.name.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_questionnaire_is_valid_and_complete() {
        let q = Questionnaire::bundled().unwrap();
        assert_eq!(q.id, "digitale-volwassenheid");
        let ids = |pillar: &str| -> Vec<String> {
            q.pillar(pillar)
                .unwrap()
                .scales
                .iter()
                .map(|s| s.id.clone())
                .collect()
        };
        assert_eq!(ids(AMBITION), [CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY]);
        assert_eq!(
            ids(CULTURE),
            [
                "customer_centric",
                "innovate_experiment",
                "agility_flexibility",
                "learning_organisation",
                "ict_contribution",
                "management_style",
                "digital_skills",
                "digital_talent",
                "digital_unless"
            ]
        );
        assert_eq!(
            ids(LEADERSHIP),
            [
                "vision",
                "digital_knowledge",
                "ownership",
                "governance_priorities",
                "engagement",
                "direction_collaboration"
            ]
        );
        for scale in q.scales() {
            assert!(scale.items.len() >= 4, "{}", scale.id);
        }
        assert!(q.scale(CUSTOMER_EXPERIENCE).unwrap().items.len() >= 6);
        assert!(q.scale(OPERATIONAL_EFFICIENCY).unwrap().items.len() >= 6);
        // The cooperation block allows "not applicable" on every item, so it has no
        // reverse-worded one.
        for pillar in q.pillars.iter().filter(|p| p.id != COOPERATION) {
            let reversed = pillar
                .scales
                .iter()
                .flat_map(|s| &s.items)
                .filter(|i| i.reverse)
                .count();
            assert!(
                reversed >= 2,
                "pillar {} has {reversed} reverse items",
                pillar.id
            );
        }
        assert_eq!(q.cutoff.rule, CutoffRule::Midpoint);
        assert_eq!(q.cutoff.midpoint, 50.0);
        assert_eq!(
            q.quadrant(QuadrantId::Traditional).unwrap().name.nl,
            "Traditioneel"
        );
    }
}
