//! Positions in a distribution: quantiles of a reference group, and an organisation's
//! percentile rank in it with an interval.
//!
//! Quantiles are Hyndman and Fan's type 7 (linear interpolation between order statistics, the
//! default of R and of spreadsheet `PERCENTILE.INC`): for sorted values x₀ … xₙ₋₁ and a level p,
//! h = (n − 1)·p and Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
//!
//! The percentile rank of a score x is PR = 100 × (below + ½ × equal) / n when every value of
//! the reference group is known. When only stored quantiles are known, the quantiles are read
//! as points (Q(p), p) of the distribution function and PR is interpolated linearly between
//! the two around x; a score equal to one or more stored quantiles gets the middle of their
//! levels (the ½ × equal rule for quantiles); below the lowest or above the highest stored
//! level the line through the two outermost quantiles is continued (held within 0–100) and
//! the interval reaches 0 or 100, since the tails are not known.
//!
//! The interval combines two uncertainties. The organisation's own: its score is a mean of
//! respondents, with standard error se = sd / √n, so its rank is taken at x − 1.96·se and at
//! x + 1.96·se (only from three respondents, the floor below which no spread is shown; below
//! it this part is left out). The reference group's: a rank is a proportion estimated from N
//! organisations, so the lower rank gets the lower and the higher rank the upper bound of the
//! 95 % Wilson score interval for a proportion with N observations.

use serde::{Deserialize, Serialize};

/// The quantile levels (in percent) a built benchmark file stores: every five percent, so
/// that a rank interpolated between them is close to the rank in the full distribution.
pub const LEVELS: [u8; 19] = [
    5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95,
];

/// The definition of [`quantile`], as a benchmark file states it.
pub const QUANTILE_METHOD: &str =
    "type 7 (linear interpolation between order statistics, as R quantile() and PERCENTILE.INC)";

/// z for a two-sided 95 % interval.
const Z95: f64 = 1.96;

/// The type 7 quantile of sorted values at level `p` (0–1); `None` for no values.
pub fn quantile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = last as f64 * p.clamp(0.0, 1.0);
    let below = h.floor() as usize;
    let above = (below + 1).min(last);
    let fraction = h - below as f64;
    Some(sorted[below] + fraction * (sorted[above] - sorted[below]))
}

/// An organisation's percentile rank in a reference group, with its 95 % interval, in whole
/// percents, and the size of the group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub rank: u8,
    pub low: u8,
    pub high: u8,
    /// Organisations in the reference group.
    pub n: usize,
}

/// What is known of a reference group's distribution on one scale.
#[derive(Clone, Copy, Debug)]
pub enum Reference<'a> {
    /// Every organisation's value, sorted.
    Values(&'a [f64]),
    /// Quantiles as (level in percent, value), by level, from `n` organisations.
    Quantiles { points: &'a [(u8, f64)], n: usize },
}

impl Reference<'_> {
    fn n(&self) -> usize {
        match self {
            Reference::Values(values) => values.len(),
            Reference::Quantiles { n, .. } => *n,
        }
    }

    /// The percentile rank (0–100, unrounded) of a score.
    pub fn rank(&self, score: f64) -> Option<f64> {
        match self {
            Reference::Values(values) => exact_rank(values, score),
            Reference::Quantiles { points, .. } => interpolated_rank(points, score),
        }
    }
}

/// PR = 100 × (below + ½ × equal) / n.
fn exact_rank(values: &[f64], score: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let below = values.iter().filter(|v| **v < score).count() as f64;
    let equal = values.iter().filter(|v| **v == score).count() as f64;
    Some(100.0 * (below + 0.5 * equal) / values.len() as f64)
}

fn interpolated_rank(points: &[(u8, f64)], score: f64) -> Option<f64> {
    let (first, last) = (points.first()?, points.last()?);
    let equal: Vec<f64> = points
        .iter()
        .filter(|(_, value)| *value == score)
        .map(|(level, _)| f64::from(*level))
        .collect();
    if let (Some(low), Some(high)) = (equal.first(), equal.last()) {
        return Some((low + high) / 2.0);
    }
    // Beyond the stored levels the distribution function is continued with the slope of its
    // outermost stretch, and held within 0–100.
    if score < first.1 {
        let slope = points.get(1).map_or(0.0, |next| slope(*first, *next));
        return Some((f64::from(first.0) - (first.1 - score) * slope).max(0.0));
    }
    if score > last.1 {
        let slope = points
            .len()
            .checked_sub(2)
            .map_or(0.0, |before| slope(points[before], *last));
        return Some((f64::from(last.0) + (score - last.1) * slope).min(100.0));
    }
    let upper = points.iter().position(|(_, value)| *value > score)?;
    let (low_level, low_value) = points[upper.checked_sub(1)?];
    let (high_level, high_value) = points[upper];
    let share = (score - low_value) / (high_value - low_value);
    Some(f64::from(low_level) + share * (f64::from(high_level) - f64::from(low_level)))
}

/// Percent per point between two stored quantiles; none where they coincide.
fn slope((low_level, low_value): (u8, f64), (high_level, high_value): (u8, f64)) -> f64 {
    if high_value > low_value {
        (f64::from(high_level) - f64::from(low_level)) / (high_value - low_value)
    } else {
        0.0
    }
}

/// The bounds a rank from stored quantiles cannot be narrowed beyond: outside the stored
/// levels the distribution is unknown.
fn open_ends(reference: &Reference, score_low: f64, score_high: f64) -> (bool, bool) {
    match reference {
        Reference::Values(_) => (false, false),
        Reference::Quantiles { points, .. } => (
            points.first().is_some_and(|(_, v)| score_low < *v),
            points.last().is_some_and(|(_, v)| score_high > *v),
        ),
    }
}

/// The 95 % Wilson score interval of a proportion `p` (0–1) observed in `n`.
fn wilson(p: f64, n: usize) -> (f64, f64) {
    if n == 0 {
        return (0.0, 1.0);
    }
    let n = n as f64;
    let z2 = Z95 * Z95;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = Z95 * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / (1.0 + z2 / n);
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

/// The position of a score with its own standard error (`None` when unknown or not to be
/// shown) in a reference group.
pub fn position(
    reference: &Reference,
    score: f64,
    standard_error: Option<f64>,
) -> Option<Position> {
    let n = reference.n();
    if n == 0 {
        return None;
    }
    let rank = reference.rank(score)?;
    let margin = standard_error.unwrap_or(0.0) * Z95;
    let (score_low, score_high) = (score - margin, score + margin);
    let rank_low = reference.rank(score_low)?;
    let rank_high = reference.rank(score_high)?;
    let (low, _) = wilson(rank_low / 100.0, n);
    let (_, high) = wilson(rank_high / 100.0, n);
    let (open_low, open_high) = open_ends(reference, score_low, score_high);
    let whole = |share: f64| (share * 100.0).round().clamp(0.0, 100.0) as u8;
    let rank = rank.round().clamp(0.0, 100.0) as u8;
    Some(Position {
        rank,
        low: if open_low { 0 } else { whole(low).min(rank) },
        high: if open_high {
            100
        } else {
            whole(high).max(rank)
        },
        n,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_7_quantiles_interpolate_between_order_statistics() {
        let values = [10.0, 20.0, 30.0, 40.0, 50.0];
        assert_eq!(quantile(&values, 0.5), Some(30.0));
        assert_eq!(quantile(&values, 0.25), Some(20.0));
        assert_eq!(quantile(&values, 0.1), Some(14.0));
        assert_eq!(quantile(&values, 0.9), Some(46.0));
        assert_eq!(quantile(&[7.0], 0.9), Some(7.0));
        assert_eq!(quantile(&[], 0.5), None);
    }

    #[test]
    fn a_rank_counts_ties_as_half() {
        let values = [10.0, 20.0, 20.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0];
        let reference = Reference::Values(&values);
        // One below, three equal: 100 × (1 + 1.5) / 10.
        assert_eq!(reference.rank(20.0), Some(25.0));
        assert_eq!(reference.rank(5.0), Some(0.0));
        assert_eq!(reference.rank(90.0), Some(100.0));
        assert_eq!(reference.rank(35.0), Some(50.0));
    }

    #[test]
    fn a_rank_between_quantiles_is_interpolated_and_ties_take_the_middle() {
        let points = [(10, 30.0), (25, 40.0), (50, 50.0), (75, 50.0), (90, 70.0)];
        let reference = Reference::Quantiles {
            points: &points,
            n: 100,
        };
        assert_eq!(reference.rank(45.0), Some(37.5));
        assert_eq!(reference.rank(50.0), Some(62.5));
        assert_eq!(reference.rank(60.0), Some(82.5));
        // Beyond the stored levels the outermost stretch continues: 15 % per 10 points below
        // p10 (held at 0), 15 % per 20 points above p90.
        assert_eq!(reference.rank(25.0), Some(2.5));
        assert_eq!(reference.rank(20.0), Some(0.0));
        assert_eq!(reference.rank(80.0), Some(97.5));
    }

    #[test]
    fn the_interval_widens_with_the_standard_error_and_narrows_with_n() {
        let values: Vec<f64> = (0..100).map(f64::from).collect();
        // 50 of the 100 values lie below 49.5, none equal.
        let sure = position(&Reference::Values(&values), 49.5, None).unwrap();
        assert_eq!(sure.rank, 50);
        assert!(sure.low < 50 && sure.high > 50);
        let unsure = position(&Reference::Values(&values), 49.5, Some(5.0)).unwrap();
        assert_eq!(unsure.rank, 50);
        assert!(unsure.low < sure.low && unsure.high > sure.high);
        let few: Vec<f64> = (0..10).map(|v| f64::from(v) * 10.0).collect();
        let small = position(&Reference::Values(&few), 45.0, None).unwrap();
        assert_eq!(small.rank, 50);
        assert!(small.high - small.low > sure.high - sure.low);
        assert_eq!(small.n, 10);
    }

    #[test]
    fn beyond_the_stored_quantiles_the_interval_stays_open() {
        let points = [(10, 30.0), (50, 50.0), (90, 70.0)];
        let reference = Reference::Quantiles {
            points: &points,
            n: 342,
        };
        let top = position(&reference, 72.0, None).unwrap();
        assert_eq!((top.rank, top.high), (94, 100));
        let bottom = position(&reference, 28.0, None).unwrap();
        assert_eq!((bottom.rank, bottom.low), (6, 0));
    }
}
