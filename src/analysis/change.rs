//! Change between two rounds, per organisation and for the cooperation: per dimension and
//! characteristic, movement in the quadrant, and whether a change is larger than the spread
//! between respondents.
//!
//! The rule for a change (model.md): a change counts as clear when its size exceeds 1.96
//! standard errors of the difference of the two means, √(sd₁²/n₁ + sd₂²/n₂), with sd and n
//! over the respondents who had a score on that scale in each round: a 95 % interval. With
//! fewer than two respondents in either round there is no spread to compare against, and
//! the change is reported without that judgement.
//!
//! Both rounds are taken from [`Comparison`]s; the earlier round's positions are placed
//! against the later round's cut-off lines, so a movement is never an artefact of a moved
//! line.

use std::collections::BTreeSet;

use anyhow::Result;
use serde::Serialize;

use crate::analysis::bridge::VersionBridge;
use crate::analysis::comparison::{
    self, BenchmarkChoice, Comparison, ComparisonRequest, OrganisationResult,
};
use crate::analysis::cooperation;
use crate::analysis::privacy;
use crate::analysis::scoring::{ScaleStats, round1};

/// A change is clear beyond this many standard errors of the difference: a 95 % interval.
pub const Z_95: f64 = 1.96;
use crate::model::questionnaire::{
    CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY, QuadrantId, Questionnaire,
};
use crate::store::workspace::WorkspaceData;

/// The change on one scale (dimension or characteristic).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScaleChange {
    pub scale: String,
    pub before: f64,
    pub after: f64,
    /// The respondents each figure rests on (its base).
    pub n_before: usize,
    pub n_after: usize,
    /// after − before.
    pub delta: f64,
    /// Half the width of the 95 % interval of the difference (1.96 standard errors), as
    /// shown: `None` below two respondents in a round, and hidden below three (it holds the
    /// sd, which the privacy rule shows only from three).
    pub noise: Option<f64>,
    /// Whether |delta| exceeds that margin; `None` below two respondents in a round, where
    /// there is no spread to compare with, and across questionnaire versions.
    pub exceeds_spread: Option<bool>,
}

impl ScaleChange {
    fn between(scale: &str, before: &ScaleStats, after: &ScaleStats) -> Option<ScaleChange> {
        let (b, a) = (before.mean?, after.mean?);
        // One rounding: the difference of the unrounded means, rounded once.
        let exact = |stats: &ScaleStats, shown: f64| stats.exact_mean.unwrap_or(shown);
        let delta = round1(exact(after, a) - exact(before, b));
        let margin = match (before.exact_sd.or(before.sd), after.exact_sd.or(after.sd)) {
            (Some(sd_b), Some(sd_a)) if before.n >= 2 && after.n >= 2 => {
                let standard_error =
                    (sd_b.powi(2) / before.n as f64 + sd_a.powi(2) / after.n as f64).sqrt();
                Some(round1(Z_95 * standard_error))
            }
            _ => None,
        };
        // The margin is judged against, but shown only where the sd of both rounds may be
        // (the privacy rule): beside the means it would give two respondents' answers away.
        let shown = before.n >= privacy::SD_FROM && after.n >= privacy::SD_FROM;
        Some(ScaleChange {
            scale: scale.to_string(),
            before: b,
            after: a,
            n_before: before.n,
            n_after: after.n,
            delta,
            noise: margin.filter(|_| shown),
            exceeds_spread: margin.map(|margin| delta.abs() > margin),
        })
    }

    /// True when the change is clearly larger than the spread between respondents.
    pub fn is_clear(&self) -> bool {
        self.exceeds_spread == Some(true)
    }
}

/// One organisation's change between the rounds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OrganisationChange {
    pub id: String,
    pub name: String,
    /// Quadrant in the earlier round (against the later round's cut-off).
    pub quadrant_before: Option<QuadrantId>,
    /// The quadrants whose border the earlier position lay on (within the `at` margin of a
    /// line of the later round); empty when it was clearly inside one.
    pub border_before: Vec<QuadrantId>,
    pub quadrant_after: Option<QuadrantId>,
    /// Per scale, in questionnaire order; only scales scored in both rounds.
    pub scales: Vec<ScaleChange>,
    /// Per pillar, in questionnaire order.
    pub pillars: Vec<ScaleChange>,
    /// Scales scored in one round only, so not compared.
    pub not_compared: Vec<String>,
    /// The questionnaire versions the answers were given against, before and after.
    pub versions_before: BTreeSet<u32>,
    pub versions_after: BTreeSet<u32>,
}

impl OrganisationChange {
    /// Moved from one quadrant into another, both firmly (a position on a border then is
    /// no quadrant it could have left).
    pub fn moved(&self) -> bool {
        self.border_before.is_empty()
            && matches!(self.quadrants(), Some((before, after)) if after != before)
    }

    /// True when the rounds were answered against different questionnaire versions: only
    /// what both share is compared, descriptively, with no verdict on change.
    pub fn versions_differ(&self) -> bool {
        self.versions_before != self.versions_after
    }

    /// The quadrant movement that may be narrated: none across questionnaire versions.
    pub fn quadrants(&self) -> Option<(QuadrantId, QuadrantId)> {
        if self.versions_differ() {
            return None;
        }
        self.quadrant_before.zip(self.quadrant_after)
    }

    pub fn scale(&self, id: &str) -> Option<&ScaleChange> {
        self.scales.iter().find(|change| change.scale == id)
    }

    /// The scale changes, largest first (stable: questionnaire order between equals).
    pub fn largest(&self) -> Vec<&ScaleChange> {
        let mut sorted: Vec<&ScaleChange> = self.scales.iter().collect();
        sorted.sort_by(|a, b| b.delta.abs().total_cmp(&a.delta.abs()));
        sorted
    }
}

/// The change between two rounds for every organisation of the later one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoundChange {
    pub round: String,
    pub round_label: String,
    pub previous_round: String,
    pub previous_label: String,
    /// Organisations in both rounds, in the later comparison's order.
    pub organisations: Vec<OrganisationChange>,
    /// Organisations in the later round only (joined later): ids.
    pub new_organisations: Vec<String>,
    /// Organisations in the earlier round only (left, or no answers this round): ids.
    pub left_organisations: Vec<String>,
    /// The cooperation over the partners present in both rounds (like for like).
    pub cooperation: Option<OrganisationChange>,
    /// Set when the rounds were answered against different versions of the questionnaire:
    /// then every change above is computed on the items both versions share.
    #[serde(skip)]
    pub bridge: Option<VersionBridge>,
}

impl RoundChange {
    pub fn organisation(&self, id: &str) -> Option<&OrganisationChange> {
        self.organisations.iter().find(|change| change.id == id)
    }

    pub fn is_new(&self, id: &str) -> bool {
        self.new_organisations.iter().any(|new| new == id)
    }
}

/// The change of one organisation between two results.
pub fn organisation_change(
    questionnaire: &Questionnaire,
    before: &OrganisationResult,
    after: &OrganisationResult,
    later: &Comparison,
) -> OrganisationChange {
    let mut scales: Vec<ScaleChange> = Vec::new();
    let mut not_compared = Vec::new();
    for scale in questionnaire.scales() {
        let stats = (
            before.scores.scales.get(&scale.id),
            after.scores.scales.get(&scale.id),
        );
        match stats {
            (Some(b), Some(a)) => match ScaleChange::between(&scale.id, b, a) {
                Some(change) => scales.push(change),
                None if b.mean.is_some() || a.mean.is_some() => not_compared.push(scale.id.clone()),
                None => {}
            },
            _ => not_compared.push(scale.id.clone()),
        }
    }
    let mut pillars: Vec<ScaleChange> = questionnaire
        .pillars
        .iter()
        .filter_map(|pillar| {
            ScaleChange::between(
                &pillar.id,
                before.scores.pillars.get(&pillar.id)?,
                after.scores.pillars.get(&pillar.id)?,
            )
        })
        .collect();
    // Across questionnaire versions the comparison is descriptive: no change is judged clear
    // or within the margin, since changed items measure something else.
    if before.versions != after.versions {
        for change in scales.iter_mut().chain(pillars.iter_mut()) {
            change.noise = None;
            change.exceeds_spread = None;
        }
    }
    let place = |org: &OrganisationResult| {
        org.mean(OPERATIONAL_EFFICIENCY)
            .zip(org.mean(CUSTOMER_EXPERIENCE))
            .map(|(x, y)| later.cutoff.quadrant(x, y))
    };
    // The earlier position against this round's lines and margin: near a line it was on the
    // border then, and is never narrated as having been inside one quadrant.
    let border_before = before
        .mean(OPERATIONAL_EFFICIENCY)
        .zip(before.mean(CUSTOMER_EXPERIENCE))
        .map(|(x, y)| later.cutoff.border(x, y, later.margins.at))
        .unwrap_or_default();
    OrganisationChange {
        id: after.id.clone(),
        name: after.name.clone(),
        quadrant_before: place(before),
        border_before,
        quadrant_after: place(after),
        scales,
        pillars,
        not_compared,
        versions_before: before.versions.clone(),
        versions_after: after.versions.clone(),
    }
}

/// The change from `earlier` to `later`, for the organisations of `later`.
pub fn between(
    questionnaire: &Questionnaire,
    earlier: &Comparison,
    later: &Comparison,
    cooperation_name: &str,
) -> RoundChange {
    let mut organisations = Vec::new();
    let mut new_organisations = Vec::new();
    let mut pairs: Vec<(&OrganisationResult, &OrganisationResult)> = Vec::new();
    for after in later
        .organisations
        .iter()
        .filter(|o| !cooperation::is_cooperation(o))
    {
        match earlier.organisation(&after.id) {
            Some(before) => {
                organisations.push(organisation_change(questionnaire, before, after, later));
                pairs.push((before, after));
            }
            None => new_organisations.push(after.id.clone()),
        }
    }
    let left_organisations = earlier
        .organisations
        .iter()
        .filter(|o| !cooperation::is_cooperation(o))
        .filter(|o| later.organisation(&o.id).is_none())
        .map(|o| o.id.clone())
        .collect();
    let before_all: Vec<&OrganisationResult> = pairs.iter().map(|(b, _)| *b).collect();
    let after_all: Vec<&OrganisationResult> = pairs.iter().map(|(_, a)| *a).collect();
    let cooperation = cooperation::aggregate(questionnaire, &before_all, cooperation_name)
        .zip(cooperation::aggregate(
            questionnaire,
            &after_all,
            cooperation_name,
        ))
        .map(|(before, after)| organisation_change(questionnaire, &before, &after, later));
    RoundChange {
        round: later.round.clone(),
        round_label: later.round_label.clone(),
        previous_round: earlier.round.clone(),
        previous_label: earlier.round_label.clone(),
        organisations,
        new_organisations,
        left_organisations,
        cooperation,
        bridge: None,
    }
}

/// The change since the round before the comparison's round, or `None` when it is the first.
/// The earlier round is compared for all its organisations (partners that left are simply
/// not in the later comparison); its benchmark does not matter for change.
pub fn since_previous(
    data: &WorkspaceData,
    later: &Comparison,
    cooperation_name: &str,
) -> Result<Option<RoundChange>> {
    let Some(previous) = data.previous_round(&later.round) else {
        return Ok(None);
    };
    since(data, later, &previous.id, cooperation_name).map(Some)
}

/// The change since a named earlier round.
pub fn since(
    data: &WorkspaceData,
    later: &Comparison,
    earlier_round: &str,
    cooperation_name: &str,
) -> Result<RoundChange> {
    let earlier = comparison::compare(
        data,
        &ComparisonRequest {
            round: Some(earlier_round.to_string()),
            benchmark: BenchmarkChoice::Peers,
            organisations: None,
            cutoff_rule: None,
        },
    )?;
    let bridge = VersionBridge::between(
        data.questionnaire_of_round(&earlier.round),
        data.questionnaire_of_round(&later.round),
    );
    let Some(bridge) = bridge else {
        return Ok(between(
            &data.questionnaire,
            &earlier,
            later,
            cooperation_name,
        ));
    };
    // Like for like across versions: both rounds re-scored on what both versions measure.
    let rescore = |comparison: &Comparison| Comparison {
        organisations: comparison
            .organisations
            .iter()
            .map(|org| bridge.rescore(data, &comparison.round, org))
            .collect(),
        ..comparison.clone()
    };
    let mut change = between(
        &bridge.questionnaire,
        &rescore(&earlier),
        &rescore(later),
        cooperation_name,
    );
    change.bridge = Some(bridge);
    Ok(change)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_the_unrounded_difference_rounded_once() {
        // 46,66 → 23,33: shown as 46,7 and 23,3, but the change is −23,3, not −23,4.
        let before = ScaleStats::of_respondents(&[46.66, 46.66]);
        let after = ScaleStats::of_respondents(&[23.33, 23.33]);
        assert_eq!((before.mean, after.mean), (Some(46.7), Some(23.3)));
        let change = ScaleChange::between("x", &before, &after).unwrap();
        assert_eq!(change.delta, -23.3);
    }
}
