//! Where an organisation stands against the benchmark on a pillar, by the model's rules for
//! findings.

use serde::Serialize;

use super::{Margins, mean, round1};

/// Where an organisation stands against the benchmark on one pillar as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Below,
    At,
    Above,
}

/// An organisation's position on one pillar against the benchmark.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PillarVerdict {
    /// `None` when no characteristic has both a score and a benchmark value.
    pub overall: Option<Verdict>,
    pub mean_deviation: Option<f64>,
    /// Characteristics above the benchmark whose deviation is within the stand-out margin of
    /// the largest, largest first.
    pub furthest_above: Vec<String>,
    /// Likewise below, most negative first.
    pub furthest_below: Vec<String>,
}

/// Judges a pillar from its characteristics' deviations (`(id, organisation − benchmark)`,
/// in questionnaire order), by the model's rules for findings: a deviation within the `at`
/// margin is at the benchmark; of the characteristics beyond it on one side, those within
/// the `stand_out` margin of the largest stand out.
pub fn pillar_verdict(deviations: &[(String, f64)], margins: Margins) -> PillarVerdict {
    if deviations.is_empty() {
        return PillarVerdict::default();
    }
    let values: Vec<f64> = deviations.iter().map(|(_, d)| *d).collect();
    let mean_deviation = round1(mean(&values));
    let overall = if margins.is_at(mean_deviation) {
        Verdict::At
    } else if mean_deviation > 0.0 {
        Verdict::Above
    } else {
        Verdict::Below
    };
    // Only characteristics beyond the "at" margin can stand out: one within it is at the
    // benchmark, in the charts and in words alike.
    let standing_out = |above: bool| -> Vec<String> {
        let mut side: Vec<&(String, f64)> = deviations
            .iter()
            .filter(|(_, d)| !margins.is_at(*d) && (*d > 0.0) == above)
            .collect();
        let Some(extreme) = side.iter().map(|(_, d)| d.abs()).reduce(f64::max) else {
            return Vec::new();
        };
        side.retain(|(_, d)| d.abs() >= extreme - margins.stand_out);
        // Stable sort keeps questionnaire order between equal deviations.
        side.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        side.into_iter().map(|(id, _)| id.clone()).collect()
    };
    PillarVerdict {
        overall: Some(overall),
        mean_deviation: Some(mean_deviation),
        furthest_above: standing_out(true),
        furthest_below: standing_out(false),
    }
}
