//! What a comparison covers, as every command that compares names it.

use clap::Args;

use rijp::analysis::comparison::{BenchmarkChoice, ComparisonRequest};
use rijp::model::questionnaire::CutoffRule;

/// What a comparison covers: the round, the organisations and the cut-off rule.
#[derive(Debug, Args)]
pub struct Selection {
    /// The round (id or name); the latest when omitted.
    #[arg(long)]
    round: Option<String>,
    /// Only these organisations (ids or names, comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "a,b,c")]
    orgs: Option<Vec<String>>,
    /// The low/high cut-off rule: midpoint, benchmark_mean or benchmark_median.
    #[arg(long)]
    cutoff: Option<CutoffRule>,
}

impl Selection {
    pub fn request(self, benchmark: BenchmarkChoice) -> ComparisonRequest {
        ComparisonRequest {
            round: self.round,
            benchmark,
            organisations: self.orgs,
            cutoff_rule: self.cutoff,
        }
    }
}
