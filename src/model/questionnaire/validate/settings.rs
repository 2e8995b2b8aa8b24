//! The parts of a questionnaire file that every pillar is read against: the answer scale, the
//! cut-off, the four quadrants and the themes.

use super::{Checker, IdKind, ProblemKind, Subject};
use crate::model::assessment::{ANSWER_VALUES, Role};
use crate::model::questionnaire::file::{
    AnswerScaleFile, CutoffFile, Located, ProtocolFile, QuadrantFile, ThemeFile,
};
use crate::model::questionnaire::{
    AnswerScale, CutoffRule, CutoffSetting, QuadrantDef, QuadrantId, RoleQuota, Theme,
};

/// The cut-off's midpoint when the file names none (or one outside 0..=100).
const DEFAULT_MIDPOINT: f64 = 50.0;

impl Checker {
    /// The scale runs within [`ANSWER_VALUES`] from a lower to a higher value, every label lies
    /// on it and every label and unscored code is said in both languages.
    pub(super) fn answer_scale(&mut self, raw: &Located<AnswerScaleFile>) -> AnswerScale {
        let scale = &raw.value;
        let (min, max) = (scale.min.value, scale.max.value);
        let allowed = i64::from(*ANSWER_VALUES.start())..=i64::from(*ANSWER_VALUES.end());
        let valid = allowed.contains(&min) && allowed.contains(&max) && min < max;
        if !valid {
            self.report(
                raw,
                ProblemKind::BadScale {
                    min,
                    max,
                    lowest: *ANSWER_VALUES.start(),
                    highest: *ANSWER_VALUES.end(),
                },
            );
        }
        let mut labels = Vec::new();
        for label in &scale.labels {
            let value = label.value.value.value;
            if value < min || value > max {
                self.report(
                    &label.value.value,
                    ProblemKind::LabelOutside { value, min, max },
                );
                continue;
            }
            let text = self.translations(
                &label.value.nl,
                &label.value.en,
                label,
                Subject::Label(value),
            );
            labels.push((value as u8, text));
        }
        let clamp = |value: i64| value.clamp(*allowed.start(), *allowed.end()) as u8;
        AnswerScale {
            min: clamp(min),
            max: clamp(max),
            labels,
            dont_know: self.text(&scale.dont_know, Subject::DontKnow),
            not_applicable: scale
                .not_applicable
                .as_ref()
                .map(|text| self.text(text, Subject::NotApplicable)),
        }
    }

    /// A known rule and a midpoint between 0 and 100; the midpoint rule at 50 when the file
    /// names none.
    pub(super) fn cutoff(&mut self, raw: Option<&Located<CutoffFile>>) -> CutoffSetting {
        let Some(cutoff) = raw else {
            return CutoffSetting {
                rule: CutoffRule::Midpoint,
                midpoint: DEFAULT_MIDPOINT,
            };
        };
        let rule = match cutoff.value.rule.value.parse::<CutoffRule>() {
            Ok(rule) => rule,
            Err(_) => {
                self.report(
                    &cutoff.value.rule,
                    ProblemKind::UnknownCutoffRule(cutoff.value.rule.value.clone()),
                );
                CutoffRule::Midpoint
            }
        };
        let midpoint = match &cutoff.value.midpoint {
            Some(midpoint) if (0.0..=100.0).contains(&midpoint.value) => midpoint.value,
            Some(midpoint) => {
                self.report(midpoint, ProblemKind::MidpointOutside);
                DEFAULT_MIDPOINT
            }
            None => DEFAULT_MIDPOINT,
        };
        CutoffSetting { rule, midpoint }
    }

    /// Each of the model's four quadrants described once, and no other.
    pub(super) fn quadrants(
        &mut self,
        raw: &Located<Vec<Located<QuadrantFile>>>,
    ) -> Vec<QuadrantDef> {
        let mut quadrants = Vec::new();
        for quadrant in &raw.value {
            let Some(id) = QuadrantId::ALL
                .into_iter()
                .find(|known| known.id() == quadrant.value.id.value)
            else {
                self.report(
                    &quadrant.value.id,
                    ProblemKind::UnknownQuadrant(quadrant.value.id.value.clone()),
                );
                continue;
            };
            if quadrants.iter().any(|q: &QuadrantDef| q.id == id) {
                self.report(
                    &quadrant.value.id,
                    ProblemKind::DuplicateQuadrant(id.id().to_string()),
                );
                continue;
            }
            quadrants.push(QuadrantDef {
                id,
                name: self.text(&quadrant.value.name, Subject::Quadrant(id.id().to_string())),
                description: self.optional_text(
                    &quadrant.value.description,
                    Subject::Quadrant(id.id().to_string()),
                ),
            });
        }
        for missing in QuadrantId::ALL
            .into_iter()
            .filter(|id| !quadrants.iter().any(|q| q.id == *id))
        {
            self.report(raw, ProblemKind::MissingQuadrant(missing.id().to_string()));
        }
        quadrants
    }

    /// Every theme with an id of its own and a name in both languages.
    pub(super) fn themes(&mut self, raw: &[Located<ThemeFile>]) -> Vec<Theme> {
        raw.iter()
            .map(|theme| {
                let id = self.unique_id(&theme.value.id, IdKind::Theme);
                let name = self.text(&theme.value.name, Subject::Theme(id.clone()));
                Theme { id, name }
            })
            .collect()
    }

    /// The protocol's roles: each a role rijp knows, once, with 0 ≤ min ≤ max and max ≥ 1.
    pub(super) fn protocol(&mut self, raw: Option<&Located<ProtocolFile>>) -> Vec<RoleQuota> {
        let Some(protocol) = raw else {
            return Vec::new();
        };
        let mut quotas: Vec<RoleQuota> = Vec::new();
        for quota in &protocol.value.roles {
            let written = quota.value.role.value.trim();
            let Some(role) = Role::ALL.into_iter().find(|role| role.id() == written) else {
                self.report(
                    &quota.value.role,
                    ProblemKind::UnknownProtocolRole(written.to_string()),
                );
                continue;
            };
            if quotas.iter().any(|known| known.role == role) {
                self.report(
                    &quota.value.role,
                    ProblemKind::DuplicateProtocolRole(written.to_string()),
                );
                continue;
            }
            let (min, max) = (quota.value.min.value, quota.value.max.value);
            if min > max || max == 0 {
                self.report(
                    &quota.value.max,
                    ProblemKind::BadProtocolCount {
                        role: written.to_string(),
                        min,
                        max,
                    },
                );
                continue;
            }
            quotas.push(RoleQuota { role, min, max });
        }
        quotas
    }
}
