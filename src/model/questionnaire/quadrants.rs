//! The quadrant model's parts: the four quadrants and the rule that draws the line between
//! "low" and "high".

use serde::{Deserialize, Serialize};

use super::Text;

/// How the line between "low" and "high" is drawn in the quadrant model.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CutoffRule {
    #[default]
    Midpoint,
    BenchmarkMean,
    BenchmarkMedian,
}

impl CutoffRule {
    pub fn id(self) -> &'static str {
        match self {
            CutoffRule::Midpoint => "midpoint",
            CutoffRule::BenchmarkMean => "benchmark_mean",
            CutoffRule::BenchmarkMedian => "benchmark_median",
        }
    }
}

/// The name of a cut-off rule was not one rijp knows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown cut-off rule '{0}': use midpoint, benchmark_mean or benchmark_median")]
pub struct UnknownCutoffRule(pub String);

impl std::str::FromStr for CutoffRule {
    type Err = UnknownCutoffRule;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "midpoint" => Ok(CutoffRule::Midpoint),
            "benchmark_mean" => Ok(CutoffRule::BenchmarkMean),
            "benchmark_median" => Ok(CutoffRule::BenchmarkMedian),
            other => Err(UnknownCutoffRule(other.to_string())),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CutoffSetting {
    pub rule: CutoffRule,
    pub midpoint: f64,
}

/// The four quadrants of the model (x = operational efficiency, y = customer experience).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuadrantId {
    Traditional,
    Industrialised,
    IntegratedExperience,
    FutureReady,
}

impl QuadrantId {
    pub const ALL: [QuadrantId; 4] = [
        QuadrantId::Traditional,
        QuadrantId::Industrialised,
        QuadrantId::IntegratedExperience,
        QuadrantId::FutureReady,
    ];

    pub fn id(self) -> &'static str {
        match self {
            QuadrantId::Traditional => "traditional",
            QuadrantId::Industrialised => "industrialised",
            QuadrantId::IntegratedExperience => "integrated_experience",
            QuadrantId::FutureReady => "future_ready",
        }
    }

    /// The quadrant for a high/low efficiency (x) and experience (y).
    pub fn from_levels(high_efficiency: bool, high_experience: bool) -> QuadrantId {
        match (high_efficiency, high_experience) {
            (false, false) => QuadrantId::Traditional,
            (true, false) => QuadrantId::Industrialised,
            (false, true) => QuadrantId::IntegratedExperience,
            (true, true) => QuadrantId::FutureReady,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuadrantDef {
    pub id: QuadrantId,
    pub name: Text,
    pub description: Text,
}
