//! A benchmark as stored in a file: reference scores per dimension and characteristic.
//!
//! The oldest files give a mean per scale (with n, sd and median where known). A file made by
//! `rijp benchmark build` adds quantiles per scale, the questionnaire and its version, the
//! reference date, the quantile definition, and the same figures per segment; every addition
//! is optional, so old files read as before.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::assessment::QuestionnaireRef;

/// One benchmark value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BenchmarkStat {
    pub mean: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sd: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median: Option<f64>,
    /// Quantiles of the organisations' scores, by level.
    #[serde(default, skip_serializing_if = "Quantiles::is_empty")]
    pub quantiles: Quantiles,
}

/// Quantiles as (level in percent, value), ordered by level; in a file a map `p10: 41.2`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Quantiles(pub Vec<(u8, f64)>);

impl Quantiles {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The value at a level, when stored.
    pub fn at(&self, level: u8) -> Option<f64> {
        self.0.iter().find(|(l, _)| *l == level).map(|(_, v)| *v)
    }
}

impl Serialize for Quantiles {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (level, value) in &self.0 {
            map.serialize_entry(&format!("p{level}"), value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Quantiles {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = BTreeMap::<String, f64>::deserialize(deserializer)?;
        let mut points = Vec::with_capacity(raw.len());
        for (key, value) in raw {
            let level = key
                .strip_prefix('p')
                .and_then(|digits| digits.parse::<u8>().ok())
                .filter(|level| (1..100).contains(level))
                .ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "'{key}' is not a quantile level: write p1 to p99"
                    ))
                })?;
            points.push((level, value));
        }
        points.sort_by_key(|(level, _)| *level);
        if points.windows(2).any(|pair| pair[1].1 < pair[0].1) {
            return Err(serde::de::Error::custom(
                "quantiles must not decrease as their level rises",
            ));
        }
        Ok(Quantiles(points))
    }
}

/// The figures of one segment of the organisations (a size class, a cooperation).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SegmentScores {
    /// The segment as `--benchmark` names it: `size:small`, `cooperation:NAME`.
    pub segment: String,
    /// Organisations in the segment with scores.
    pub organisations: usize,
    pub scores: BTreeMap<String, BenchmarkStat>,
}

/// A benchmark as stored in `benchmarks/NAME.yaml`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    /// The questionnaire and version the figures were measured with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<QuestionnaireRef>,
    /// The reference date of the round the figures come from, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Organisations with scores the figures were computed from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisations: Option<usize>,
    /// How the quantiles were computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantile_method: Option<String>,
    /// The fewest organisations a group (the whole or a segment) was published from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_organisations: Option<usize>,
    /// Values by dimension or characteristic id.
    pub scores: BTreeMap<String, BenchmarkStat>,
    /// The same figures per segment, where asked for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<SegmentScores>,
    /// Segments left out because they have fewer organisations than the minimum.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments_left_out: Vec<String>,
}
