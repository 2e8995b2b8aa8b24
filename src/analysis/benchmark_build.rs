//! A benchmark file made from a workspace, to publish: per dimension and characteristic the
//! number of organisations, mean, sd, median and quantiles of the organisations' scores, for
//! all of them and per segment where asked. It holds no organisation's name, id or score, and
//! no group of fewer than [`PUBLISH_MINIMUM`] organisations.

use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::benchmark::{Segment, SizeClass};
use crate::analysis::comparison::{ComparisonError, find_round};
use crate::analysis::distribution::{LEVELS, QUANTILE_METHOD, quantile};
use crate::analysis::round::{OrganisationResult, score_round};
use crate::analysis::scoring::{self, round1};
use crate::model::assessment::QuestionnaireRef;
use crate::model::benchmark_file::{BenchmarkFile, BenchmarkStat, Quantiles, SegmentScores};
use crate::store::workspace::WorkspaceData;

/// A published benchmark describes no group of fewer organisations than this.
pub const PUBLISH_MINIMUM: usize = 5;

/// How the organisations are split besides the whole.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Segmentation {
    #[default]
    None,
    /// By size class of inhabitants.
    Size,
    /// By cooperation.
    Cooperation,
}

/// What to build.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BuildRequest {
    /// The round, by id or name; the latest when `None`.
    pub round: Option<String>,
    /// The benchmark's name; the workspace's name, else the round's label, when `None`.
    pub name: Option<String>,
    pub segmentation: Segmentation,
}

/// Why no benchmark file was built.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Round(#[from] ComparisonError),
    #[error("TooFew {available} {minimum}")]
    TooFew { available: usize, minimum: usize },
}

/// A segment left out of the file for having too few organisations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub segment: String,
    pub available: usize,
}

/// The file, and the segments left out of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Built {
    pub file: BenchmarkFile,
    pub left_out: Vec<LeftOut>,
}

/// Builds the benchmark file of a round.
pub fn build(data: &WorkspaceData, request: &BuildRequest) -> Result<Built, BuildError> {
    let round = find_round(data, request.round.as_deref())?;
    let scored = score_round(data, &round.id);
    let everyone: Vec<&OrganisationResult> = scored.iter().filter(|org| has_scores(org)).collect();
    if everyone.len() < PUBLISH_MINIMUM {
        return Err(BuildError::TooFew {
            available: everyone.len(),
            minimum: PUBLISH_MINIMUM,
        });
    }
    let mut segments = Vec::new();
    let mut left_out = Vec::new();
    for segment in segments_to_build(data, &everyone, request.segmentation) {
        let members: Vec<&OrganisationResult> = everyone
            .iter()
            .copied()
            .filter(|org| {
                data.organisation(&org.id)
                    .is_some_and(|organisation| segment.contains(organisation))
            })
            .collect();
        if members.len() < PUBLISH_MINIMUM {
            left_out.push(LeftOut {
                segment: segment.id(),
                available: members.len(),
            });
            continue;
        }
        segments.push(SegmentScores {
            segment: segment.id(),
            organisations: members.len(),
            scores: describe(data, &members),
        });
    }
    let name = request
        .name
        .clone()
        .or_else(|| data.settings.name.clone())
        .unwrap_or_else(|| round.label().to_string());
    let file = BenchmarkFile {
        name,
        year: round
            .date
            .as_deref()
            .and_then(|date| date.get(..4))
            .and_then(|year| year.parse().ok()),
        source: None,
        illustrative: false,
        questionnaire: Some(QuestionnaireRef {
            id: data.questionnaire.id.clone(),
            version: data.questionnaire.version,
        }),
        date: round.date.clone(),
        organisations: Some(everyone.len()),
        quantile_method: Some(QUANTILE_METHOD.to_string()),
        minimum_organisations: Some(PUBLISH_MINIMUM),
        scores: describe(data, &everyone),
        segments_left_out: left_out.iter().map(|l| l.segment.clone()).collect(),
        segments,
    };
    Ok(Built { file, left_out })
}

fn has_scores(org: &OrganisationResult) -> bool {
    org.scores.scales.values().any(|stats| stats.mean.is_some())
}

/// The segments of a split, in a fixed order: size classes small to large, cooperations by
/// name.
fn segments_to_build(
    data: &WorkspaceData,
    everyone: &[&OrganisationResult],
    segmentation: Segmentation,
) -> Vec<Segment> {
    match segmentation {
        Segmentation::None => Vec::new(),
        Segmentation::Size => [SizeClass::Small, SizeClass::Medium, SizeClass::Large]
            .into_iter()
            .map(Segment::Size)
            .collect(),
        Segmentation::Cooperation => {
            let names: BTreeSet<&String> = everyone
                .iter()
                .filter_map(|org| data.organisation(&org.id))
                .flat_map(|organisation| organisation.cooperations.iter())
                .collect();
            names
                .into_iter()
                .map(|name| Segment::Cooperation(name.clone()))
                .collect()
        }
    }
}

/// Per scale of the questionnaire, the figures of the organisations' unrounded means; a
/// scale scored by fewer than the minimum is left out.
fn describe(
    data: &WorkspaceData,
    organisations: &[&OrganisationResult],
) -> BTreeMap<String, BenchmarkStat> {
    let mut scores = BTreeMap::new();
    for scale in data.questionnaire.scales() {
        let mut values: Vec<f64> = organisations
            .iter()
            .filter_map(|org| org.scores.scales.get(&scale.id))
            .filter_map(|stats| stats.exact_mean.or(stats.mean))
            .collect();
        if values.len() < PUBLISH_MINIMUM {
            continue;
        }
        values.sort_by(f64::total_cmp);
        let stats = scoring::ScaleStats::describe(&values);
        let quantiles = LEVELS
            .iter()
            .filter_map(|level| {
                quantile(&values, f64::from(*level) / 100.0).map(|q| (*level, round1(q)))
            })
            .collect();
        scores.insert(
            scale.id.clone(),
            BenchmarkStat {
                mean: round1(stats.mean.unwrap_or_default()),
                n: Some(values.len()),
                sd: stats.sd.map(round1),
                median: quantile(&values, 0.5).map(round1),
                quantiles: Quantiles(quantiles),
            },
        );
    }
    scores
}
