//! The pillars of a questionnaire file with their scales and items: ids unique across the
//! file, themes that exist, enough items and a reverse-worded one per scale, `same_as` into the
//! same scale of an earlier version, "not applicable" only where it may be chosen, and the
//! pillars and dimensions the model is built on.

use std::collections::HashSet;

use super::{Checker, IdKind, MIN_ITEMS_PER_SCALE, ProblemKind, Rules, Subject};
use crate::model::questionnaire::file::{ItemFile, Located, PillarFile, ScaleFile};
use crate::model::questionnaire::{
    AMBITION, COOPERATION, CUSTOMER_EXPERIENCE, Item, OPERATIONAL_EFFICIENCY, Pillar,
    Questionnaire, REQUIRED_PILLARS, Scale,
};

/// What every scale is checked against.
pub(super) struct ScaleRules<'a> {
    pub rules: Rules,
    /// Whether the answer scale has a "not applicable" code for flagged items to offer.
    pub offers_not_applicable: bool,
    /// The ids of the themes the file defines.
    pub themes: HashSet<String>,
    /// The id of the questionnaire being read.
    pub questionnaire: &'a str,
    /// Earlier versions of the same questionnaire, which a `same_as` points into.
    pub earlier_versions: Vec<&'a Questionnaire>,
}

impl Checker {
    /// Every pillar, then whether the model's pillars and the two dimensions of the quadrant
    /// are among them.
    pub(super) fn pillars(
        &mut self,
        raw: &Located<Vec<Located<PillarFile>>>,
        scale_rules: &ScaleRules,
    ) -> Vec<Pillar> {
        let pillars: Vec<Pillar> = raw
            .value
            .iter()
            .map(|pillar| self.pillar(pillar, scale_rules))
            .collect();
        self.required_pillars(raw, &pillars);
        pillars
    }

    fn pillar(&mut self, pillar: &Located<PillarFile>, scale_rules: &ScaleRules) -> Pillar {
        let pillar_id = self.unique_id(&pillar.value.id, IdKind::Pillar);
        let name = self.text(&pillar.value.name, Subject::Pillar(pillar_id.clone()));
        let description = self.optional_text(
            &pillar.value.description,
            Subject::Pillar(pillar_id.clone()),
        );
        let scales: Vec<Scale> = pillar
            .value
            .scales
            .value
            .iter()
            .map(|scale| self.scale(scale, &pillar_id, scale_rules))
            .collect();
        if scales.is_empty() {
            self.report(
                &pillar.value.id,
                ProblemKind::EmptyPillar(pillar_id.clone()),
            );
        }
        Pillar {
            id: pillar_id,
            name,
            description,
            scales,
        }
    }

    fn scale(
        &mut self,
        scale: &Located<ScaleFile>,
        pillar_id: &str,
        scale_rules: &ScaleRules,
    ) -> Scale {
        let scale_id = self.unique_id(&scale.value.id, IdKind::Scale);
        let what = Subject::Scale(scale_id.clone());
        let name = self.text(&scale.value.name, what.clone());
        let description = self.optional_text(&scale.value.description, what);
        let themes = self.scale_themes(scale, &scale_rules.themes);
        let guidance = scale
            .value
            .guidance
            .as_ref()
            .map(|text| self.text(text, Subject::Guidance(scale_id.clone())));
        let items: Vec<Item> = scale
            .value
            .items
            .value
            .iter()
            .map(|item| self.item(item, &scale_id, scale_rules))
            .collect();
        if pillar_id == COOPERATION {
            for (raw, item) in scale.value.items.value.iter().zip(&items) {
                if !item.not_applicable {
                    self.report(
                        &raw.value.id,
                        ProblemKind::CooperationWithoutNotApplicable(item.id.clone()),
                    );
                }
            }
        }
        self.item_rules(scale, &scale_id, &items, scale_rules.rules);
        Scale {
            id: scale_id,
            name,
            description,
            themes,
            guidance,
            items,
        }
    }

    /// The scale's themes that the file defines; the others are reported.
    fn scale_themes(
        &mut self,
        scale: &Located<ScaleFile>,
        defined: &HashSet<String>,
    ) -> Vec<String> {
        let mut themes = Vec::new();
        for theme in &scale.value.themes {
            if defined.contains(theme.value.trim()) {
                themes.push(theme.value.trim().to_string());
            } else {
                self.report(theme, ProblemKind::UnknownTheme(theme.value.clone()));
            }
        }
        themes
    }

    fn item(&mut self, item: &Located<ItemFile>, scale_id: &str, scale_rules: &ScaleRules) -> Item {
        let item_id = self.unique_id(&item.value.id, IdKind::Item);
        let text = self.text(&item.value.text, Subject::Item(item_id.clone()));
        let help = item
            .value
            .help
            .as_ref()
            .map(|text| self.text(text, Subject::ItemHelp(item_id.clone())));
        let same_as = item
            .value
            .same_as
            .as_ref()
            .map(|same_as| self.same_as(same_as, scale_id, scale_rules));
        let not_applicable = self.not_applicable(item, &item_id, scale_rules);
        Item {
            id: item_id,
            text,
            reverse: item.value.reverse,
            help,
            same_as,
            not_applicable,
        }
    }

    /// Whether the item allows "not applicable": never on a reverse-worded item (lacking the
    /// practice would then leave it unscored instead of low), and only where the answer scale
    /// has the code.
    fn not_applicable(
        &mut self,
        item: &Located<ItemFile>,
        item_id: &str,
        scale_rules: &ScaleRules,
    ) -> bool {
        let Some(flag) = item.value.not_applicable.as_ref().filter(|flag| flag.value) else {
            return false;
        };
        if item.value.reverse {
            self.report(flag, ProblemKind::ReverseNotApplicable(item_id.to_string()));
        }
        if !scale_rules.offers_not_applicable {
            self.report(
                flag,
                ProblemKind::NotApplicableWithoutCode(item_id.to_string()),
            );
        }
        true
    }

    /// The item of an earlier version this one continues: it must be an item of the same scale
    /// there, or the rounds would be compared on different things.
    fn same_as(
        &mut self,
        same_as: &Located<String>,
        scale_id: &str,
        scale_rules: &ScaleRules,
    ) -> String {
        let target = same_as.value.trim().to_string();
        let found = scale_rules.earlier_versions.iter().any(|earlier| {
            earlier
                .scale(scale_id)
                .is_some_and(|scale| scale.items.iter().any(|item| item.id == target))
        });
        let elsewhere = scale_rules.earlier_versions.iter().find_map(|earlier| {
            let at = earlier.item_ref(&target)?;
            Some(earlier.pillars[at.pillar].scales[at.scale].id.clone())
        });
        if !found && let Some(found_in) = elsewhere {
            self.report(
                same_as,
                ProblemKind::SameAsOtherScale {
                    target: target.clone(),
                    scale: scale_id.to_string(),
                    found_in,
                },
            );
        } else if !found {
            self.report(
                same_as,
                ProblemKind::UnknownSameAs {
                    target: target.clone(),
                    scale: scale_id.to_string(),
                    questionnaire: scale_rules.questionnaire.to_string(),
                },
            );
        }
        target
    }

    /// A reverse-worded item (under the strict rules), so agreeing with everything shows, and
    /// enough items for a reliable score.
    fn item_rules(
        &mut self,
        scale: &Located<ScaleFile>,
        scale_id: &str,
        items: &[Item],
        rules: Rules,
    ) {
        // A scale whose every item allows "not applicable" (the cooperation block) can hold no
        // reverse-worded item; agreeing with everything shows in the other pillars.
        let all_not_applicable = items.iter().all(|item| item.not_applicable);
        if rules == Rules::Strict
            && !items.is_empty()
            && !all_not_applicable
            && !items.iter().any(|i| i.reverse)
        {
            self.report(
                &scale.value.id,
                ProblemKind::NoReverseItem(scale_id.to_string()),
            );
        }
        if items.len() < MIN_ITEMS_PER_SCALE {
            self.report(
                &scale.value.id,
                ProblemKind::TooFewItems {
                    scale: scale_id.to_string(),
                    items: items.len(),
                    minimum: MIN_ITEMS_PER_SCALE,
                },
            );
        }
    }

    /// The pillars the model needs, and the two dimensions of the quadrant in the ambition
    /// pillar.
    fn required_pillars(&mut self, raw: &Located<Vec<Located<PillarFile>>>, pillars: &[Pillar]) {
        for required in REQUIRED_PILLARS {
            if !pillars.iter().any(|p| p.id == required) {
                self.report(raw, ProblemKind::MissingPillar(required.to_string()));
            }
        }
        if let Some(ambition) = pillars.iter().find(|p| p.id == AMBITION) {
            for dimension in [CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY] {
                if !ambition.scales.iter().any(|s| s.id == dimension) {
                    self.report(raw, ProblemKind::MissingDimension(dimension.to_string()));
                }
            }
        }
    }
}
