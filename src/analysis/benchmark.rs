//! Benchmarks: reference scores per dimension and characteristic, from a file or computed
//! from the organisations in the workspace ("peers"), with an anonymity floor.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::analysis::benchmark_build::PUBLISH_MINIMUM;
use crate::analysis::distribution::{self, Position, Reference};
use crate::analysis::privacy;
use crate::analysis::scoring::{self, OrganisationScores};
pub use crate::model::benchmark_file::{BenchmarkFile, BenchmarkStat};
use crate::model::questionnaire::Questionnaire;
use crate::store::workspace::Organisation;

/// The name that selects the benchmark computed from the workspace's organisations.
pub const PEERS: &str = "peers";
/// A peer benchmark is not shown below this many organisations, to protect anonymity.
pub const DEFAULT_MIN_ORGANISATIONS: usize = 3;

/// Where a benchmark came from.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum BenchmarkOrigin {
    /// A benchmark file (its id: the file name without `.yaml`).
    File { id: String },
    /// Computed from this many organisations of the workspace, all of them or one segment.
    Peers {
        organisations: usize,
        #[serde(skip_serializing_if = "Option::is_none")]
        segment: Option<Segment>,
    },
}

/// A benchmark ready for comparison.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Benchmark {
    pub name: String,
    pub year: Option<u32>,
    pub source: Option<String>,
    pub illustrative: bool,
    pub origin: BenchmarkOrigin,
    pub scores: BTreeMap<String, BenchmarkStat>,
    /// A computed benchmark's means before rounding, so that a deviation from it is the
    /// unrounded difference rounded once (a file's figures are exact as given).
    #[serde(skip)]
    pub exact_means: BTreeMap<String, f64>,
    /// A computed benchmark's organisation scores per scale, sorted: the distribution a
    /// percentile rank is counted in. Kept only from [`PUBLISH_MINIMUM`] organisations, and
    /// never shown.
    #[serde(skip)]
    pub distributions: BTreeMap<String, Vec<f64>>,
}

impl Benchmark {
    pub fn from_file(id: &str, file: BenchmarkFile) -> Benchmark {
        Benchmark {
            name: file.name,
            year: file.year,
            source: file.source,
            illustrative: file.illustrative,
            origin: BenchmarkOrigin::File { id: id.to_string() },
            exact_means: BTreeMap::new(),
            distributions: BTreeMap::new(),
            // Rounded once, like every figure rijp shows.
            scores: file
                .scores
                .into_iter()
                .map(|(scale, stat)| {
                    let stat = BenchmarkStat {
                        mean: scoring::round1(stat.mean),
                        sd: stat.sd.map(scoring::round1),
                        median: stat.median.map(scoring::round1),
                        ..stat
                    };
                    (scale, stat)
                })
                .collect(),
        }
    }

    pub fn mean(&self, id: &str) -> Option<f64> {
        self.scores.get(id).map(|stat| stat.mean)
    }

    /// The mean to take a difference from: before rounding where it was computed here.
    pub fn exact_mean(&self, id: &str) -> Option<f64> {
        self.exact_means.get(id).copied().or_else(|| self.mean(id))
    }

    pub fn median(&self, id: &str) -> Option<f64> {
        self.scores.get(id).and_then(|stat| stat.median)
    }

    /// What is known of the distribution on a scale: every organisation's score, else stored
    /// quantiles with their n; `None` when neither.
    pub fn reference(&self, id: &str) -> Option<Reference<'_>> {
        if let Some(values) = self.distributions.get(id) {
            return Some(Reference::Values(values));
        }
        let stat = self.scores.get(id)?;
        if stat.quantiles.is_empty() {
            return None;
        }
        Some(Reference::Quantiles {
            points: &stat.quantiles.0,
            n: stat.n?,
        })
    }

    /// Whether the benchmark stores quantiles (a published file): the report and charts
    /// show positions only then, never ranks among a handful of partners.
    pub fn has_quantiles(&self) -> bool {
        self.scores.values().any(|s| !s.quantiles.is_empty())
    }

    /// The stored band of a scale: p10, p25, median, p75, p90.
    pub fn band(&self, id: &str) -> Option<Band> {
        let stat = self.scores.get(id)?;
        let q = &stat.quantiles;
        Some(Band {
            p10: q.at(10)?,
            p25: q.at(25)?,
            median: stat.median.or_else(|| q.at(50))?,
            p75: q.at(75)?,
            p90: q.at(90)?,
            n: stat.n?,
        })
    }

    /// Whether percentile ranks can be given against this benchmark.
    pub fn has_distribution(&self) -> bool {
        !self.distributions.is_empty() || self.scores.values().any(|s| !s.quantiles.is_empty())
    }

    /// The position of an organisation's score on a scale (its mean and standard error).
    pub fn position(&self, id: &str, stats: &scoring::ScaleStats) -> Option<Position> {
        let reference = self.reference(id)?;
        let score = stats.exact_mean.or(stats.mean)?;
        // The organisation's own uncertainty only where its spread may be shown.
        let standard_error = stats
            .exact_sd
            .filter(|_| stats.n >= privacy::SD_FROM)
            .map(|sd| sd / (stats.n as f64).sqrt());
        distribution::position(&reference, score, standard_error)
    }
}

/// A scale's distribution as a chart draws it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub p10: f64,
    pub p25: f64,
    pub median: f64,
    pub p75: f64,
    pub p90: f64,
    pub n: usize,
}

/// Why a peer benchmark could not be shown.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "the peer benchmark needs at least {required} organisations with scores; there are {available}"
)]
pub struct TooFewPeers {
    pub available: usize,
    pub required: usize,
}

/// Computes a benchmark from organisations' scores: per scale, the mean, sd and median of the
/// organisation means (each organisation counts once, however many respondents it has).
pub fn peers(
    questionnaire: &Questionnaire,
    name: &str,
    segment: Option<Segment>,
    organisations: &[&OrganisationScores],
    min_organisations: usize,
) -> Result<Benchmark, TooFewPeers> {
    let scored = organisations
        .iter()
        .filter(|org| org.scales.values().any(|stats| stats.mean.is_some()))
        .count();
    if scored < min_organisations.max(1) {
        return Err(TooFewPeers {
            available: scored,
            required: min_organisations.max(1),
        });
    }
    let mut scores = BTreeMap::new();
    let mut exact_means = BTreeMap::new();
    let mut distributions = BTreeMap::new();
    for scale in questionnaire.scales() {
        // Of the organisations' unrounded means: every figure is rounded once.
        let values: Vec<f64> = organisations
            .iter()
            .filter_map(|org| org.scales.get(&scale.id))
            .filter_map(|stats| stats.exact_mean.or(stats.mean))
            .collect();
        if values.len() < min_organisations.max(1) {
            continue;
        }
        let stats = scoring::ScaleStats::describe(&values);
        if let Some(mean) = stats.mean {
            exact_means.insert(scale.id.clone(), mean);
        }
        if values.len() >= PUBLISH_MINIMUM {
            let mut sorted = values.clone();
            sorted.sort_by(f64::total_cmp);
            distributions.insert(scale.id.clone(), sorted);
        }
        scores.insert(
            scale.id.clone(),
            BenchmarkStat {
                mean: scoring::round1(stats.mean.unwrap_or_default()),
                n: Some(values.len()),
                sd: stats.sd.map(scoring::round1),
                median: scoring::median(&values).map(scoring::round1),
                ..BenchmarkStat::default()
            },
        );
    }
    Ok(Benchmark {
        name: name.to_string(),
        year: None,
        source: None,
        illustrative: false,
        origin: BenchmarkOrigin::Peers {
            organisations: scored,
            segment,
        },
        scores,
        exact_means,
        distributions,
    })
}

/// Inhabitant size classes in which ICT costs per inhabitant are known to differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SizeClass {
    /// Fewer than 60 000 inhabitants.
    Small,
    /// 60 000 to 100 000.
    Medium,
    /// More than 100 000.
    Large,
}

impl SizeClass {
    pub fn of(inhabitants: u64) -> SizeClass {
        match inhabitants {
            0..60_000 => SizeClass::Small,
            60_000..=100_000 => SizeClass::Medium,
            _ => SizeClass::Large,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            SizeClass::Small => "small",
            SizeClass::Medium => "medium",
            SizeClass::Large => "large",
        }
    }
}

/// A group of organisations to benchmark against.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Segment {
    All,
    Size(SizeClass),
    Cooperation(String),
}

impl Segment {
    /// The segment as a user types it: `all`, `size:small`, `cooperation:NAME`.
    pub fn id(&self) -> String {
        match self {
            Segment::All => "all".to_string(),
            Segment::Size(class) => format!("size:{}", class.id()),
            Segment::Cooperation(name) => format!("cooperation:{name}"),
        }
    }

    /// Reads `size:small|medium|large` or `cooperation:NAME`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Segment> {
        let (kind, value) = text.trim().split_once(':')?;
        let value = value.trim();
        match kind.trim().to_ascii_lowercase().as_str() {
            "size" => match value.to_ascii_lowercase().as_str() {
                "small" => Some(Segment::Size(SizeClass::Small)),
                "medium" => Some(Segment::Size(SizeClass::Medium)),
                "large" => Some(Segment::Size(SizeClass::Large)),
                _ => None,
            },
            "cooperation" if !value.is_empty() => Some(Segment::Cooperation(value.to_string())),
            _ => None,
        }
    }

    /// Whether an organisation belongs to the segment.
    pub fn contains(&self, organisation: &Organisation) -> bool {
        match self {
            Segment::All => true,
            Segment::Size(class) => organisation
                .profile
                .inhabitants
                .is_some_and(|n| SizeClass::of(n) == *class),
            Segment::Cooperation(name) => organisation
                .cooperations
                .iter()
                .any(|c| c.eq_ignore_ascii_case(name)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_follow_the_known_cost_bands() {
        assert_eq!(SizeClass::of(59_999), SizeClass::Small);
        assert_eq!(SizeClass::of(60_000), SizeClass::Medium);
        assert_eq!(SizeClass::of(100_000), SizeClass::Medium);
        assert_eq!(SizeClass::of(100_001), SizeClass::Large);
    }
}
