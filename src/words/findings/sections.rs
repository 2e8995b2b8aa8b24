//! The findings on change since the previous round, on targets and on the respondents.

use crate::analysis::change::{self, OrganisationChange, RoundChange};
use crate::analysis::comparison::{Comparison, OrganisationResult};
use crate::analysis::programme;
use crate::analysis::respondents;
use crate::model::questionnaire::{CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY};
use crate::store::workspace::WorkspaceData;
use crate::words::i18n::{format_deviation, format_score, join_names};

use super::{Finding, FindingKind, MAX_NAMES, MAX_ROLE_GAPS, Writer};

impl Writer<'_> {
    pub(super) fn change(
        &self,
        comparison: &Comparison,
        change: &RoundChange,
        org: &OrganisationResult,
        own: Option<&OrganisationChange>,
        is_cooperation: bool,
        weak_scales: &[(String, f64)],
    ) -> Option<Finding> {
        let t = &self.texts.change;
        let previous = &change.previous_label;
        let heading = format!("{} {} – {}", t.heading, previous, change.round_label);
        let Some(own) = own else {
            return change.is_new(&org.id).then(|| Finding {
                kind: FindingKind::Change,
                heading,
                text: (t.new_partner)(&org.name, previous),
            });
        };
        let mut sentences = Vec::new();
        if is_cooperation {
            sentences.extend(self.membership_change(change));
        } else {
            sentences.extend(self.quadrant_movement(comparison, org, own, previous));
        }
        let who = if is_cooperation {
            t.the_cooperation
        } else {
            org.name.as_str()
        };
        let (said, named) = self.clear_changes(own, previous, who);
        sentences.extend(said);
        let named: Vec<&String> = named.iter().collect();
        sentences.extend(self.weak_named(&named, weak_scales));
        sentences.extend(self.version_note(change, own));
        Some(Finding {
            kind: FindingKind::Change,
            heading,
            text: sentences.join(" "),
        })
    }

    /// How many partners took part then and now, when that changed: the cooperation's change
    /// is computed over those in both rounds.
    fn membership_change(&self, change: &RoundChange) -> Option<String> {
        let both = change.organisations.len();
        let left = change.left_organisations.len();
        if change.new_organisations.is_empty() && left == 0 {
            return None;
        }
        Some((self.texts.change.membership_changed)(
            &change.previous_label,
            both + left,
            both + change.new_organisations.len(),
            both,
        ))
    }

    /// Where a partner stood then and stands now. The cooperation's mean is not a place where
    /// anyone stands, so its movement between quadrants is never narrated.
    fn quadrant_movement(
        &self,
        comparison: &Comparison,
        org: &OrganisationResult,
        own: &OrganisationChange,
        previous: &str,
    ) -> Option<String> {
        let t = &self.texts.change;
        let (before, after) = own.quadrants()?;
        let border = org
            .mean(OPERATIONAL_EFFICIENCY)
            .zip(org.mean(CUSTOMER_EXPERIENCE))
            .map(|(x, y)| comparison.cutoff.border(x, y, comparison.margins.at))
            .unwrap_or_default();
        Some(match (own.border_before.is_empty(), border.is_empty()) {
            (true, false) => (t.moved_to_border)(
                &org.name,
                previous,
                &self.quadrant_name(before),
                &self.quadrant_list(&border),
            ),
            (false, true) => (t.moved_from_border)(
                &org.name,
                previous,
                &self.quadrant_list(&own.border_before),
                &self.quadrant_name(after),
            ),
            (false, false) => (t.stayed_on_border)(
                &org.name,
                previous,
                &self.quadrant_list(&own.border_before),
                &self.quadrant_list(&border),
            ),
            (true, true) if before == after => {
                (t.stayed)(&org.name, previous, &self.quadrant_name(after))
            }
            (true, true) => (t.moved)(
                &org.name,
                previous,
                &self.quadrant_name(before),
                &self.quadrant_name(after),
            ),
        })
    }

    /// The changes beyond the 95% margin, forward and back; without any, the largest that
    /// could not be judged, or that none is clear.
    /// Also returns the characteristics the sentences name, for the caveat on weak scales.
    fn clear_changes(
        &self,
        own: &OrganisationChange,
        previous: &str,
        who: &str,
    ) -> (Vec<String>, Vec<String>) {
        let t = &self.texts.change;
        let largest = own.largest();
        let figure =
            |c: &&change::ScaleChange| (c.scale.clone(), format_deviation(self.lang, c.delta));
        if own.versions_differ() {
            // Across versions: the largest differences, said as differences, never judged.
            let differences: Vec<(String, String)> = largest.iter().take(2).map(figure).collect();
            if differences.is_empty() {
                return (vec![(t.nothing_comparable)(previous)], Vec::new());
            }
            let (names, n) = self.list(&differences);
            let named = differences.into_iter().map(|(id, _)| id).collect();
            return (vec![(t.descriptive_differences)(&names, n)], named);
        }
        let progress: Vec<(String, String)> = largest
            .iter()
            .filter(|c| c.is_clear() && c.delta > 0.0)
            .map(figure)
            .collect();
        let decline: Vec<(String, String)> = largest
            .iter()
            .filter(|c| c.is_clear() && c.delta < 0.0)
            .map(figure)
            .collect();
        let mut sentences = Vec::new();
        // Every clear change is named: a sentence that counts counts every row.
        if !progress.is_empty() {
            let (names, n) = self.list_all(&progress);
            sentences.push((t.clear_progress)(who, &names, n));
        }
        if !decline.is_empty() {
            let (names, n) = self.list_all(&decline);
            sentences.push((t.clear_decline)(who, &names, n));
        }
        let mut named: Vec<String> = progress
            .iter()
            .chain(&decline)
            .map(|(id, _)| id.clone())
            .collect();
        if progress.is_empty() && decline.is_empty() {
            let unjudged: Vec<(String, String)> = largest
                .iter()
                .filter(|c| c.exceeds_spread.is_none())
                .take(2)
                .map(figure)
                .collect();
            if unjudged.is_empty() {
                sentences.push((t.nothing_clear)(who, previous));
            } else {
                let (names, n) = self.list(&unjudged);
                sentences.push((t.unjudged_changes)(&names, n));
                named = unjudged.into_iter().map(|(id, _)| id).collect();
            }
        }
        (sentences, named)
    }

    /// What the change rests on when the rounds used different versions of the questionnaire.
    fn version_note(&self, change: &RoundChange, own: &OrganisationChange) -> Option<String> {
        let t = &self.texts.change;
        let Some(bridge) = &change.bridge else {
            return own.versions_differ().then(|| t.versions_differ.to_string());
        };
        let shared: usize = bridge
            .scales
            .iter()
            .filter(|b| b.compared())
            .map(|b| b.shared.len())
            .sum();
        let total: usize = bridge
            .scales
            .iter()
            .map(|b| b.shared.len() + b.new_items.len())
            .sum();
        if shared == 0 {
            // Said by the sentence that nothing could be compared.
            return None;
        }
        let not_compared: Vec<String> = bridge
            .scales
            .iter()
            .filter(|b| !b.compared())
            .map(|b| self.name(&b.scale))
            .collect();
        Some((t.version_bridge)(
            bridge.earlier_version,
            bridge.later_version,
            shared,
            total,
            &join_names(self.lang, &not_compared),
        ))
    }

    pub(super) fn targets(
        &self,
        data: &WorkspaceData,
        org: &OrganisationResult,
        weak_scales: &[(String, f64)],
    ) -> Option<Finding> {
        let t = &self.texts.targets;
        let gaps = programme::gaps_of(self.questionnaire, data, org);
        if gaps.is_empty() {
            return None;
        }
        let open = programme::prioritised(&gaps);
        let below_minimum: Vec<(String, String, f64)> = open
            .iter()
            .filter(|g| g.below_minimum())
            .map(|g| {
                let gap = g.to_minimum.unwrap_or_default();
                (g.scale.clone(), format_deviation(self.lang, -gap), gap)
            })
            .collect();
        let mut sentences = Vec::new();
        let mut named_targets: Vec<String> = Vec::new();
        if !below_minimum.is_empty() {
            // Largest shortfall first, so the names are the furthest below; the count is of
            // every row of the table.
            let mut below_minimum = below_minimum;
            below_minimum.sort_by(|a, b| b.2.total_cmp(&a.2));
            let entries: Vec<(String, String)> = below_minimum
                .iter()
                .map(|(id, figure, _)| (id.clone(), figure.clone()))
                .collect();
            let (names, n) = self.list(&entries);
            named_targets.extend(entries.iter().take(n).map(|(id, _)| id.clone()));
            sentences.push((t.below_minimum)(&names, n, entries.len()));
        }
        let mut from_desired: Vec<&programme::Gap> =
            open.iter().copied().filter(|g| g.below_desired()).collect();
        from_desired.sort_by(|a, b| {
            b.to_desired
                .unwrap_or_default()
                .total_cmp(&a.to_desired.unwrap_or_default())
        });
        let from_desired: Vec<(String, String)> = from_desired
            .iter()
            .map(|g| {
                let gap = g.to_desired.unwrap_or_default();
                (g.scale.clone(), format_deviation(self.lang, -gap))
            })
            .collect();
        if !from_desired.is_empty() {
            let (names, n) = self.list(&from_desired);
            named_targets.extend(from_desired.iter().take(n).map(|(id, _)| id.clone()));
            sentences.push((t.furthest_from_desired)(&names, n));
        }
        if sentences.is_empty() {
            sentences.push(t.all_targets_met.to_string());
        }
        // The characteristics named above that were not measured reliably carry the caveat.
        let named: Vec<&String> = named_targets.iter().collect();
        sentences.extend(self.weak_named(&named, weak_scales));
        Some(Finding {
            kind: FindingKind::Targets,
            heading: t.heading.to_string(),
            text: sentences.join(" "),
        })
    }

    pub(super) fn respondents(&self, org: &OrganisationResult) -> Finding {
        let t = &self.texts.respondents;
        let profile = respondents::profile(self.questionnaire, org);
        let mut sentences = vec![if profile.respondents < respondents::MIN_RESPONDENTS {
            (t.few_respondents)(profile.respondents)
        } else {
            (t.respondent_count)(profile.respondents)
        }];
        let disagreements: Vec<(String, String)> = profile
            .disagreements()
            .iter()
            .map(|s| {
                let sd = s.stats.sd.unwrap_or_default();
                (
                    s.scale.clone(),
                    format!("{} {}", t.sd, format_score(self.lang, sd)),
                )
            })
            .collect();
        let role_gaps = profile.role_gaps();
        if disagreements.is_empty() {
            // Broad agreement is only said where the spread may be shown (from three) and no
            // role group sees things differently either; it is about the scores per
            // characteristic, not single statements.
            if profile.respondents >= crate::analysis::privacy::SD_FROM && role_gaps.is_empty() {
                sentences.push(t.broad_agreement.to_string());
            }
        } else {
            let (names, n) = self.list(&disagreements);
            sentences.push((t.disagreement)(&names, n));
        }
        for gap in role_gaps.iter().take(MAX_ROLE_GAPS) {
            sentences.push((t.role_gap)(
                &self.name(&gap.scale),
                (t.role_group)(gap.higher.0),
                &format_score(self.lang, gap.size()),
                (t.role_group)(gap.lower.0),
            ));
        }
        let ids = |pick: &dyn Fn(&respondents::BasisNotes) -> bool| -> Vec<String> {
            profile
                .scales
                .iter()
                .filter(|s| pick(&s.basis))
                .map(|s| self.name(&s.scale))
                .collect()
        };
        let insufficient = ids(&|b| b.insufficient);
        if !insufficient.is_empty() {
            let shown: Vec<String> = insufficient.iter().take(MAX_NAMES).cloned().collect();
            sentences.push((t.insufficient_basis)(
                &join_names(self.lang, &shown),
                shown.len(),
            ));
        }
        let dont_know = ids(&|b| b.many_dont_know && !b.insufficient);
        if !dont_know.is_empty() {
            let shown: Vec<String> = dont_know.iter().take(MAX_NAMES).cloned().collect();
            sentences.push((t.many_dont_know)(
                &join_names(self.lang, &shown),
                shown.len(),
            ));
        }
        Finding {
            kind: FindingKind::Respondents,
            heading: t.heading.to_string(),
            text: sentences.join(" "),
        }
    }
}
