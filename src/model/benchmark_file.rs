//! A benchmark as stored in a file: reference scores per dimension and characteristic.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

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
