//! What two versions of a questionnaire both measure. A round answered against an earlier
//! version is compared with a later round per scale on the items both versions share: the
//! same id, or a later item that says it is the `same_as` an earlier one, asked in the same
//! way (the same answer scale, the same keying, "not applicable" offered in both or in
//! neither). New items, and earlier items without such a successor, are left out and listed.
//! The comparison is descriptive: across versions there is no verdict on change.

use std::collections::{BTreeMap, HashMap};

use crate::analysis::round::{OrganisationResult, RespondentResult};
use crate::analysis::scoring;
use crate::model::assessment::{Answers, Assessment};
use crate::model::questionnaire::{Item, Questionnaire};
use crate::store::workspace::WorkspaceData;

/// A scale needs at least this many shared items to be compared across versions: one item
/// is too thin a basis to speak of change.
pub const MIN_SHARED_ITEMS: usize = 2;

/// How one scale changed between the versions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScaleBridge {
    pub scale: String,
    /// Items of the later version with an earlier counterpart (later ids).
    pub shared: Vec<String>,
    /// Of those, the items that were reworded while keeping their meaning (later ids).
    pub reworded: Vec<String>,
    /// Items new in the later version (later ids).
    pub new_items: Vec<String>,
    /// Items of the earlier version without a successor (earlier ids).
    pub dropped: Vec<String>,
}

impl ScaleBridge {
    /// Whether the scale is compared across the versions.
    pub fn compared(&self) -> bool {
        self.shared.len() >= MIN_SHARED_ITEMS
    }

    /// Whether anything about the scale's items changed.
    pub fn changed(&self) -> bool {
        !self.reworded.is_empty() || !self.new_items.is_empty() || !self.dropped.is_empty()
    }
}

/// The shared part of two versions of one questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionBridge {
    pub earlier_version: u32,
    pub later_version: u32,
    /// The later version, restricted to the shared items of the scales that are compared.
    pub questionnaire: Questionnaire,
    /// Per scale, in the later version's order.
    pub scales: Vec<ScaleBridge>,
    /// Later item id → earlier item id.
    earlier_id: HashMap<String, String>,
}

impl VersionBridge {
    /// The bridge from `earlier` to `later`; `None` when they are the same version or not
    /// versions of the same questionnaire.
    pub fn between(earlier: &Questionnaire, later: &Questionnaire) -> Option<VersionBridge> {
        if earlier.id != later.id || earlier.version == later.version {
            return None;
        }
        let mut scales = Vec::new();
        let mut earlier_id = HashMap::new();
        for scale in later.scales() {
            let mut bridge = ScaleBridge {
                scale: scale.id.clone(),
                ..ScaleBridge::default()
            };
            let before = earlier.scale(&scale.id);
            let same_format = earlier.same_answer_format(later);
            // An earlier item this one can stand for: asked the same way in both versions.
            let had = |id: &str, item: &Item| {
                same_format
                    && before
                        .and_then(|s| s.items.iter().find(|i| i.id == id))
                        .is_some_and(|old| {
                            old.reverse == item.reverse
                                && earlier.allows_not_applicable(old)
                                    == later.allows_not_applicable(item)
                        })
            };
            for item in &scale.items {
                if had(&item.id, item) {
                    bridge.shared.push(item.id.clone());
                    earlier_id.insert(item.id.clone(), item.id.clone());
                } else if let Some(same_as) = item.same_as.as_deref().filter(|id| had(id, item)) {
                    bridge.shared.push(item.id.clone());
                    bridge.reworded.push(item.id.clone());
                    earlier_id.insert(item.id.clone(), same_as.to_string());
                } else {
                    bridge.new_items.push(item.id.clone());
                }
            }
            if let Some(before) = before {
                bridge.dropped = before
                    .items
                    .iter()
                    .filter(|old| !earlier_id.values().any(|id| *id == old.id))
                    .map(|old| old.id.clone())
                    .collect();
            }
            scales.push(bridge);
        }
        let compared: BTreeMap<&str, &ScaleBridge> = scales
            .iter()
            .filter(|bridge| bridge.compared())
            .map(|bridge| (bridge.scale.as_str(), bridge))
            .collect();
        let questionnaire = later.restricted(|scale, item| {
            compared
                .get(scale.id.as_str())
                .is_some_and(|bridge| bridge.shared.contains(&item.id))
        });
        Some(VersionBridge {
            earlier_version: earlier.version,
            later_version: later.version,
            questionnaire,
            scales,
            earlier_id,
        })
    }

    pub fn scale(&self, id: &str) -> Option<&ScaleBridge> {
        self.scales.iter().find(|bridge| bridge.scale == id)
    }

    /// An assessment's answers under the later version's ids: an earlier-version answer
    /// moves to the item that carries its meaning.
    fn translate(&self, assessment: &Assessment) -> Answers {
        if assessment.questionnaire.version != self.earlier_version {
            return assessment.answers.clone();
        }
        self.earlier_id
            .iter()
            .filter_map(|(later, earlier)| {
                assessment
                    .answers
                    .get(earlier)
                    .map(|answer| (later.as_str(), *answer))
            })
            .collect()
    }

    /// An organisation's result of a round re-scored on the shared items only.
    pub fn rescore(
        &self,
        data: &WorkspaceData,
        round: &str,
        result: &OrganisationResult,
    ) -> OrganisationResult {
        let assessments: Vec<&Assessment> = data
            .assessments
            .iter()
            .map(|stored| &stored.assessment)
            .filter(|a| a.round == round && a.organisation == result.id)
            .filter(|a| {
                result
                    .respondents
                    .iter()
                    .any(|r| r.respondent == a.respondent)
            })
            .collect();
        let respondents: Vec<RespondentResult> = assessments
            .iter()
            .map(|assessment| {
                let translated = Assessment {
                    answers: self.translate(assessment),
                    ..(*assessment).clone()
                };
                RespondentResult {
                    respondent: assessment.respondent.clone(),
                    role: assessment.role,
                    complete: assessment.complete,
                    scores: scoring::score_respondent(&self.questionnaire, &translated),
                }
            })
            .collect();
        let scores = scoring::aggregate(&self.questionnaire, respondents.iter().map(|r| &r.scores));
        OrganisationResult {
            scores,
            respondents,
            ..result.clone()
        }
    }
}
