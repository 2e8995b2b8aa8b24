//! Benchmarks: reference scores per dimension and characteristic, from a file or computed
//! from the organisations in the workspace ("peers"), with an anonymity floor.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::analysis::scoring::{self, OrganisationScores};
use crate::model::questionnaire::Questionnaire;

/// The name that selects the benchmark computed from the workspace's organisations.
pub const PEERS: &str = "peers";
/// A peer benchmark is not shown below this many organisations, to protect anonymity.
pub const DEFAULT_MIN_ORGANISATIONS: usize = 3;

/// One benchmark value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BenchmarkStat {
    pub mean: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sd: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median: Option<f64>,
}

/// A benchmark as stored in `benchmarks/NAME.yaml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BenchmarkFile {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// True when the figures are made up for demonstration or training: every output that
    /// shows this benchmark says so.
    #[serde(default)]
    pub illustrative: bool,
    /// Values by dimension or characteristic id.
    pub scores: BTreeMap<String, BenchmarkStat>,
}

/// Where a benchmark came from.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum BenchmarkOrigin {
    /// A benchmark file (its id: the file name without `.yaml`).
    File { id: String },
    /// Computed from this many organisations of the workspace.
    Peers { organisations: usize },
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
}

impl Benchmark {
    pub fn from_file(id: &str, file: BenchmarkFile) -> Benchmark {
        Benchmark {
            name: file.name,
            year: file.year,
            source: file.source,
            illustrative: file.illustrative,
            origin: BenchmarkOrigin::File { id: id.to_string() },
            scores: file.scores,
        }
    }

    pub fn mean(&self, id: &str) -> Option<f64> {
        self.scores.get(id).map(|stat| stat.mean)
    }

    pub fn median(&self, id: &str) -> Option<f64> {
        self.scores.get(id).and_then(|stat| stat.median)
    }
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
    for scale in questionnaire.scales() {
        let values: Vec<f64> = organisations
            .iter()
            .filter_map(|org| org.mean(&scale.id))
            .collect();
        if values.len() < min_organisations.max(1) {
            continue;
        }
        let stats = scoring::ScaleStats::describe(&values);
        scores.insert(
            scale.id.clone(),
            BenchmarkStat {
                mean: stats.mean.unwrap_or_default(),
                n: Some(values.len()),
                sd: stats.sd,
                median: scoring::median(&values),
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
        },
        scores,
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
