//! The comparison of a round: every organisation's scores, quadrant, deviations from the
//! benchmark and verdicts. This is the one computation that the score table, the JSON and
//! CSV, the charts, the report and the terminal interface are all built from.

use std::path::PathBuf;

use anyhow::Result;
use serde::Serialize;

use crate::analysis::benchmark::{self, Benchmark, BenchmarkFile, Segment};
pub use crate::analysis::round::{OrganisationResult, RespondentResult, score_round};
use crate::analysis::scoring::{self, Cutoff, Margins, OrganisationScores, round1};
use crate::model::assessment::QuestionnaireRef;
use crate::model::questionnaire::{
    CULTURE, CUSTOMER_EXPERIENCE, CutoffRule, LEADERSHIP, OPERATIONAL_EFFICIENCY, QuadrantId,
    Questionnaire,
};
use crate::store::workspace::WorkspaceData;

/// Why a comparison cannot be made, as data: the words layer says it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComparisonError {
    #[error("UnknownRound {round} {known:?}")]
    UnknownRound { round: String, known: Vec<String> },
    #[error("NoRounds")]
    NoRounds,
    #[error("UnknownBenchmark {id} {known:?}")]
    UnknownBenchmark { id: String, known: Vec<String> },
    #[error("UnknownOrganisation {name} {available:?}")]
    UnknownOrganisation {
        name: String,
        available: Vec<String>,
    },
}

/// Which benchmark to compare against.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum BenchmarkChoice {
    /// The workspace's default benchmark, or `peers` when it names none.
    #[default]
    Default,
    /// Computed from the workspace's organisations in the round.
    Peers,
    /// A benchmark file in the workspace, by id.
    Named(String),
    /// A benchmark file anywhere.
    File(PathBuf),
    /// Computed from the workspace's organisations in one segment (a size class or a
    /// cooperation), with the same anonymity floor as `Peers`.
    Segment(Segment),
}

impl BenchmarkChoice {
    /// Reads what a user typed: `peers`, a segment (`size:small`, `size:medium`,
    /// `size:large`, `cooperation:NAME`), a path to a `.yaml` file, or a workspace benchmark id.
    pub fn parse(text: &str) -> BenchmarkChoice {
        let text = text.trim();
        if let Some(segment) = Segment::parse(text) {
            BenchmarkChoice::Segment(segment)
        } else if text.eq_ignore_ascii_case(benchmark::PEERS) {
            BenchmarkChoice::Peers
        } else if text.ends_with(".yaml") || text.ends_with(".yml") || text.contains('/') {
            BenchmarkChoice::File(PathBuf::from(text))
        } else {
            BenchmarkChoice::Named(text.to_string())
        }
    }
}

/// What to compare.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ComparisonRequest {
    /// The round; the latest when `None`.
    pub round: Option<String>,
    pub benchmark: BenchmarkChoice,
    /// Only these organisations (ids or names); all when `None`.
    pub organisations: Option<Vec<String>>,
    /// Overrides the workspace's and questionnaire's cut-off rule.
    pub cutoff_rule: Option<CutoffRule>,
}

/// The benchmark as compared against, with its own place in the quadrant model.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BenchmarkResult {
    #[serde(flatten)]
    pub benchmark: Benchmark,
    pub quadrant: Option<QuadrantId>,
}

/// Why a comparison has no benchmark: the peer group was below the anonymity floor.
#[derive(Clone, Debug, PartialEq)]
pub struct BenchmarkMissing {
    /// The segment asked for; `None` for all organisations of the workspace.
    pub segment: Option<Segment>,
    pub too_few: benchmark::TooFewPeers,
}

/// A round's comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub round: String,
    pub round_label: String,
    pub questionnaire: QuestionnaireRef,
    pub cutoff: Cutoff,
    /// Set when the cut-off rule asked for could not be applied (no benchmark), and the
    /// midpoint was used instead.
    pub cutoff_fallback: bool,
    pub benchmark: Option<BenchmarkResult>,
    /// Why there is no benchmark, when there is none.
    pub benchmark_missing: Option<BenchmarkMissing>,
    pub margins: Margins,
    /// Organisations with at least one assessment in the round, by name.
    pub organisations: Vec<OrganisationResult>,
}

impl Comparison {
    pub fn organisation(&self, id: &str) -> Option<&OrganisationResult> {
        self.organisations.iter().find(|org| org.id == id)
    }
}

/// The round asked for by id or name; the latest when none is asked for.
pub fn find_round<'a>(
    data: &'a WorkspaceData,
    asked: Option<&str>,
) -> Result<&'a crate::store::workspace::Round, ComparisonError> {
    match asked {
        Some(round) => data
            .round(round)
            .or_else(|| {
                data.rounds
                    .iter()
                    .find(|r| r.name.as_deref() == Some(round))
            })
            .ok_or_else(|| ComparisonError::UnknownRound {
                round: round.to_string(),
                known: data.rounds.iter().map(|r| r.id.clone()).collect(),
            }),
        None => data.latest_round().ok_or(ComparisonError::NoRounds),
    }
}

/// Builds the comparison a request asks for.
pub fn compare(data: &WorkspaceData, request: &ComparisonRequest) -> Result<Comparison> {
    let questionnaire = &data.questionnaire;
    let round = find_round(data, request.round.as_deref())?;

    let everyone = score_round(data, &round.id);
    let min_organisations = data
        .settings
        .min_benchmark_organisations
        .unwrap_or(benchmark::DEFAULT_MIN_ORGANISATIONS);
    let (benchmark, benchmark_missing) =
        resolve_benchmark(data, &request.benchmark, &everyone, min_organisations)?;

    let mut organisations = select(everyone, request.organisations.as_deref())?;
    let rule = request
        .cutoff_rule
        .or(data.settings.cutoff)
        .unwrap_or(questionnaire.cutoff.rule);
    let (cutoff, cutoff_fallback) = cutoff_for(rule, questionnaire, benchmark.as_ref());
    let margins = data.settings.margins;

    for org in &mut organisations {
        org.quadrant = place(&cutoff, |id| org.scores.mean(id));
        org.border = org
            .mean(OPERATIONAL_EFFICIENCY)
            .zip(org.mean(CUSTOMER_EXPERIENCE))
            .map(|(x, y)| cutoff.border(x, y, margins.at))
            .unwrap_or_default();
        if let Some(benchmark) = &benchmark {
            for scale in questionnaire.scales() {
                let own = org
                    .scores
                    .scales
                    .get(&scale.id)
                    .and_then(|stats| stats.exact_mean.or(stats.mean));
                if let (Some(own), Some(reference)) = (own, benchmark.exact_mean(&scale.id)) {
                    // One rounding: the difference of the unrounded figures, rounded once
                    // (every output shows this figure, so bar and label agree).
                    org.deviations
                        .insert(scale.id.clone(), round1(own - reference));
                }
            }
            for (id, stats) in &org.scores.scales {
                if let Some(position) = benchmark.position(id, stats) {
                    org.percentiles.insert(id.clone(), position);
                }
            }
            for pillar in &questionnaire.pillars {
                let deviations: Vec<(String, f64)> = pillar
                    .scales
                    .iter()
                    .filter_map(|s| org.deviations.get(&s.id).map(|d| (s.id.clone(), *d)))
                    .collect();
                org.verdicts.insert(
                    pillar.id.clone(),
                    scoring::pillar_verdict(&deviations, margins),
                );
            }
        }
    }
    let benchmark = benchmark.map(|benchmark| {
        let quadrant = place(&cutoff, |id| benchmark.mean(id));
        BenchmarkResult {
            benchmark,
            quadrant,
        }
    });

    Ok(Comparison {
        round: round.id.clone(),
        round_label: round.label().to_string(),
        questionnaire: QuestionnaireRef {
            id: questionnaire.id.clone(),
            version: questionnaire.version,
        },
        cutoff,
        cutoff_fallback,
        benchmark,
        benchmark_missing,
        margins,
        organisations,
    })
}

fn place(cutoff: &Cutoff, mean: impl Fn(&str) -> Option<f64>) -> Option<QuadrantId> {
    Some(cutoff.quadrant(mean(OPERATIONAL_EFFICIENCY)?, mean(CUSTOMER_EXPERIENCE)?))
}

fn cutoff_for(
    rule: CutoffRule,
    questionnaire: &Questionnaire,
    benchmark: Option<&Benchmark>,
) -> (Cutoff, bool) {
    let midpoint = Cutoff::midpoint(questionnaire.cutoff.midpoint);
    let value = |id: &str| -> Option<f64> {
        let benchmark = benchmark?;
        match rule {
            CutoffRule::Midpoint => None,
            CutoffRule::BenchmarkMean => benchmark.mean(id),
            CutoffRule::BenchmarkMedian => benchmark.median(id),
        }
    };
    match rule {
        CutoffRule::Midpoint => (midpoint, false),
        _ => match (value(OPERATIONAL_EFFICIENCY), value(CUSTOMER_EXPERIENCE)) {
            (Some(x), Some(y)) => (Cutoff { rule, x, y }, false),
            _ => (midpoint, true),
        },
    }
}

fn resolve_benchmark(
    data: &WorkspaceData,
    choice: &BenchmarkChoice,
    everyone: &[OrganisationResult],
    min_organisations: usize,
) -> Result<(Option<Benchmark>, Option<BenchmarkMissing>)> {
    let choice = match choice {
        BenchmarkChoice::Default => match data.settings.default_benchmark.as_deref() {
            Some(name) => BenchmarkChoice::parse(name),
            None => BenchmarkChoice::Peers,
        },
        other => other.clone(),
    };
    Ok(match choice {
        BenchmarkChoice::Default | BenchmarkChoice::Peers => {
            let scores: Vec<&OrganisationScores> = everyone.iter().map(|o| &o.scores).collect();
            let name = data
                .settings
                .name
                .clone()
                .unwrap_or_else(|| benchmark::PEERS.to_string());
            match benchmark::peers(&data.questionnaire, &name, None, &scores, min_organisations) {
                Ok(benchmark) => (Some(benchmark), None),
                Err(too_few) => (
                    None,
                    Some(BenchmarkMissing {
                        segment: None,
                        too_few,
                    }),
                ),
            }
        }
        BenchmarkChoice::Named(id) => match data.benchmark_file(&id) {
            Some(file) => (Some(Benchmark::from_file(&id, file.clone())), None),
            None => {
                let known: Vec<&str> = data.benchmarks.iter().map(|(id, _)| id.as_str()).collect();
                return Err(ComparisonError::UnknownBenchmark {
                    id: id.clone(),
                    known: known.iter().map(|k| k.to_string()).collect(),
                }
                .into());
            }
        },
        BenchmarkChoice::Segment(segment) => {
            let result = crate::analysis::segments::benchmark_from(
                data,
                everyone,
                &segment,
                min_organisations,
            );
            match result.benchmark {
                Ok(benchmark) => (Some(benchmark), None),
                Err(too_few) => (
                    None,
                    Some(BenchmarkMissing {
                        segment: Some(segment),
                        too_few,
                    }),
                ),
            }
        }
        BenchmarkChoice::File(path) => {
            let file: BenchmarkFile = crate::model::yaml::read(&path)?;
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            (Some(Benchmark::from_file(&id, file)), None)
        }
    })
}

fn select(
    everyone: Vec<OrganisationResult>,
    wanted: Option<&[String]>,
) -> Result<Vec<OrganisationResult>> {
    let Some(wanted) = wanted else {
        return Ok(everyone);
    };
    for name in wanted {
        let known = everyone
            .iter()
            .any(|org| &org.id == name || org.name.eq_ignore_ascii_case(name));
        if !known {
            let available: Vec<&str> = everyone.iter().map(|o| o.id.as_str()).collect();
            return Err(ComparisonError::UnknownOrganisation {
                name: name.clone(),
                available: available.iter().map(|a| a.to_string()).collect(),
            }
            .into());
        }
    }
    Ok(everyone
        .into_iter()
        .filter(|org| {
            wanted
                .iter()
                .any(|name| &org.id == name || org.name.eq_ignore_ascii_case(name))
        })
        .collect())
}

/// The ids of the two pillars that get verdicts in every output.
pub const VERDICT_PILLARS: [&str; 2] = [CULTURE, LEADERSHIP];
