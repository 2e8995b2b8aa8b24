//! The cooperation as a whole, shown as one more (clearly marked) entry next to its partners.
//!
//! Its score on a scale is the mean of the partner means, so every partner weighs the same
//! however many respondents it had: the steering group compares partners, not people. Its
//! spread (sd, min–max) is the spread between partners. It is built from a
//! [`Comparison`], never by scoring answers again.

use std::collections::BTreeMap;

use crate::analysis::comparison::{Comparison, OrganisationResult};
use crate::analysis::round::EntryKind;
use crate::analysis::scoring::{self, OrganisationScores, ScaleStats};
use crate::model::questionnaire::{CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY, Questionnaire};

/// True for the aggregate entry.
pub fn is_cooperation(organisation: &OrganisationResult) -> bool {
    organisation.kind == EntryKind::Cooperation
}

/// The cooperation over the given partners: per scale and pillar the mean of their means.
/// `None` without partners.
pub fn aggregate(
    questionnaire: &Questionnaire,
    partners: &[&OrganisationResult],
    name: &str,
) -> Option<OrganisationResult> {
    if partners.is_empty() {
        return None;
    }
    let combine = |stats: Vec<&ScaleStats>| -> ScaleStats {
        let means: Vec<f64> = stats
            .iter()
            .filter_map(|s| s.exact_mean.or(s.mean))
            .collect();
        let spread = ScaleStats::describe(&means);
        ScaleStats {
            answered: stats.iter().map(|s| s.answered).sum(),
            dont_know: stats.iter().map(|s| s.dont_know).sum(),
            not_applicable: stats.iter().map(|s| s.not_applicable).sum(),
            possible: stats.iter().map(|s| s.possible).sum(),
            // Rounded once, like every figure; the range is between partners, not people.
            mean: spread.mean.map(scoring::round1),
            sd: spread.sd.map(scoring::round1),
            min: spread.min.map(scoring::round1),
            max: spread.max.map(scoring::round1),
            ..spread
        }
    };
    let mut scales = BTreeMap::new();
    for scale in questionnaire.scales() {
        let stats = partners
            .iter()
            .filter_map(|p| p.scores.scales.get(&scale.id))
            .collect();
        scales.insert(scale.id.clone(), combine(stats));
    }
    let mut pillars = BTreeMap::new();
    for pillar in &questionnaire.pillars {
        let stats = partners
            .iter()
            .filter_map(|p| p.scores.pillars.get(&pillar.id))
            .collect();
        pillars.insert(pillar.id.clone(), combine(stats));
    }
    let mut versions = std::collections::BTreeSet::new();
    for partner in partners {
        versions.extend(partner.versions.iter().copied());
    }
    Some(OrganisationResult {
        id: String::new(),
        kind: EntryKind::Cooperation,
        name: name.to_string(),
        scores: OrganisationScores {
            respondents: partners.iter().map(|p| p.scores.respondents).sum(),
            scales,
            pillars,
        },
        quadrant: None,
        border: Vec::new(),
        deviations: BTreeMap::new(),
        verdicts: BTreeMap::new(),
        percentiles: BTreeMap::new(),
        respondents: Vec::new(),
        unknown_answers: partners.iter().map(|p| p.unknown_answers).sum(),
        versions,
    })
}

/// Whether every partner of a comparison stands firmly in one and the same quadrant (none on
/// a border): only then does the cooperation as a whole get a quadrant of its own.
pub fn partners_share_one_quadrant(comparison: &Comparison) -> bool {
    let partners: Vec<&OrganisationResult> = comparison
        .organisations
        .iter()
        .filter(|o| !is_cooperation(o))
        .collect();
    let quadrants: std::collections::BTreeSet<_> = partners.iter().map(|o| o.quadrant).collect();
    quadrants.len() == 1
        && quadrants.iter().all(Option::is_some)
        && partners.iter().all(|o| o.border.is_empty())
}

/// The cooperation entry for a comparison: over all its organisations, placed in the quadrant
/// and judged against the benchmark with the comparison's own cut-off and margins.
pub fn for_comparison(
    comparison: &Comparison,
    questionnaire: &Questionnaire,
    name: &str,
) -> Option<OrganisationResult> {
    let partners: Vec<&OrganisationResult> = comparison
        .organisations
        .iter()
        .filter(|o| !is_cooperation(o))
        .collect();
    let mut entry = aggregate(questionnaire, &partners, name)?;
    // A mean of partners in different quadrants is no place where anyone stands: the
    // cooperation gets a quadrant of its own only when all its partners share one.
    if partners_share_one_quadrant(comparison) {
        entry.quadrant = entry
            .mean(OPERATIONAL_EFFICIENCY)
            .zip(entry.mean(CUSTOMER_EXPERIENCE))
            .map(|(x, y)| comparison.cutoff.quadrant(x, y));
        entry.border = entry
            .mean(OPERATIONAL_EFFICIENCY)
            .zip(entry.mean(CUSTOMER_EXPERIENCE))
            .map(|(x, y)| comparison.cutoff.border(x, y, comparison.margins.at))
            .unwrap_or_default();
    }
    if let Some(benchmark) = &comparison.benchmark {
        for scale in questionnaire.scales() {
            let own = entry
                .scores
                .scales
                .get(&scale.id)
                .and_then(|stats| stats.exact_mean.or(stats.mean));
            if let (Some(own), Some(reference)) = (own, benchmark.benchmark.exact_mean(&scale.id)) {
                entry
                    .deviations
                    .insert(scale.id.clone(), scoring::round1(own - reference));
            }
        }
        for pillar in &questionnaire.pillars {
            let deviations: Vec<(String, f64)> = pillar
                .scales
                .iter()
                .filter_map(|s| entry.deviations.get(&s.id).map(|d| (s.id.clone(), *d)))
                .collect();
            let verdict = scoring::pillar_verdict(&deviations, comparison.margins);
            entry.verdicts.insert(pillar.id.clone(), verdict);
        }
    }
    Some(entry)
}

/// The comparison with the cooperation appended as the last organisation, so every table,
/// chart and finding can show it next to the partners.
pub fn with_cooperation(
    comparison: &Comparison,
    questionnaire: &Questionnaire,
    name: &str,
) -> Comparison {
    let mut extended = comparison.clone();
    if let Some(entry) = for_comparison(comparison, questionnaire, name) {
        extended.organisations.push(entry);
    }
    extended
}
