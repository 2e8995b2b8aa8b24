//! What a comparison covers, as every command that compares names it.

use clap::Args;

use rijp::analysis::comparison::{BenchmarkChoice, ComparisonRequest};
use rijp::model::questionnaire::CutoffRule;

/// What a comparison covers: the round, the organisations and the cut-off rule.
#[derive(Debug, Args)]
pub struct Selection {
    #[arg(long)]
    round: Option<String>,
    #[arg(long, value_delimiter = ',')]
    orgs: Option<Vec<String>>,
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
