//! Lines that describe a comparison's setting (its benchmark and cut-off), shared by the
//! terminal interface, the charts, the report and the `scores` table.

use crate::analysis::benchmark::BenchmarkOrigin;
use crate::analysis::comparison::Comparison;
use crate::model::Lang;
use crate::words::i18n::{self, format_score};

/// A one-line description of the benchmark, with its illustrative flag when set.
pub fn benchmark_line(comparison: &Comparison, lang: Lang) -> String {
    let words = i18n::domain::texts(lang);
    match &comparison.benchmark {
        Some(result) => {
            let benchmark = &result.benchmark;
            let mut line = benchmark.name.clone();
            if let BenchmarkOrigin::Peers { organisations } = benchmark.origin {
                line = format!("{line} ({}, n = {organisations})", words.peers_benchmark);
            }
            if let Some(year) = benchmark.year {
                line = format!("{line} {year}");
            }
            if benchmark.illustrative {
                line = format!("{line} — {}", words.illustrative);
            }
            line
        }
        None => format!(
            "{} ({})",
            words.no_benchmark,
            comparison
                .benchmark_missing
                .as_ref()
                .map(|missing| missing.describe(lang))
                .unwrap_or_default()
        ),
    }
}

/// The cut-off as people read it: rule and values.
pub fn cutoff_line(comparison: &Comparison, lang: Lang) -> String {
    let words = i18n::domain::texts(lang);
    let mut line = format!(
        "{} (x {} / y {})",
        words.cutoff_rule(comparison.cutoff.rule),
        format_score(lang, comparison.cutoff.x),
        format_score(lang, comparison.cutoff.y)
    );
    if comparison.cutoff_fallback {
        line = format!("{line}; {}", words.cutoff_fallback);
    }
    line
}
