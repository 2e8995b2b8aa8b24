//! Lines that describe a comparison's setting (its benchmark and cut-off), shared by the
//! terminal interface, the charts, the report and the `scores` table.

use crate::analysis::benchmark::{Benchmark, BenchmarkOrigin, PEERS, Segment};
use crate::analysis::comparison::{BenchmarkMissing, Comparison, OrganisationResult};
use crate::analysis::cooperation;
use crate::model::Lang;
use crate::model::questionnaire::{CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY, Questionnaire};
use crate::words::i18n::{self, format_score};

/// The mark of an organisation on fewer than three respondents: "indicatief, n = 2".
pub fn indicative_mark(respondents: usize, lang: Lang) -> String {
    (i18n::domain::texts(lang).indicative_mark)(respondents)
}

/// An organisation's name as every table, legend, chart label and sentence writes it:
/// "Duo (indicatief, n = 2)" on fewer than three respondents (the privacy rule), else the
/// name alone.
pub fn indicative_name(name: &str, respondents: usize, lang: Lang) -> String {
    if crate::analysis::privacy::indicative(respondents) {
        format!("{name} ({})", indicative_mark(respondents, lang))
    } else {
        name.to_string()
    }
}

/// A one-line description of the benchmark, with its illustrative flag when set.
pub fn benchmark_line(comparison: &Comparison, lang: Lang) -> String {
    let words = i18n::domain::texts(lang);
    match &comparison.benchmark {
        Some(result) => {
            let benchmark = &result.benchmark;
            let mut line = benchmark_name(benchmark, lang);
            if let BenchmarkOrigin::Peers { organisations, .. } = benchmark.origin {
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
                .map(|missing| benchmark_missing(missing, lang))
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

/// A segment's name for people.
pub fn segment_label(segment: &Segment, lang: Lang) -> String {
    let texts = i18n::report::texts(lang);
    match segment {
        Segment::All => texts.segment_all.to_string(),
        Segment::Size(class) => texts.size_class(*class).to_string(),
        Segment::Cooperation(name) => format!("{} {name}", texts.segment_cooperation),
    }
}

/// A benchmark's name for people: a segment benchmark is named after its segment.
pub fn benchmark_name(benchmark: &Benchmark, lang: Lang) -> String {
    match &benchmark.origin {
        BenchmarkOrigin::Peers {
            segment: Some(segment),
            ..
        } => segment_label(segment, lang),
        // Computed from the workspace's organisations without a name of the cooperation:
        // said in words, not as its id.
        BenchmarkOrigin::Peers { segment: None, .. } if benchmark.name == PEERS => {
            i18n::domain::texts(lang).peers_benchmark.to_string()
        }
        BenchmarkOrigin::Peers { .. } => {
            (i18n::domain::texts(lang).peers_benchmark_of)(&benchmark.name)
        }
        BenchmarkOrigin::File { .. } => benchmark.name.clone(),
    }
}

/// Why a comparison has no benchmark, in words.
pub fn benchmark_missing(missing: &BenchmarkMissing, lang: Lang) -> String {
    let words = i18n::domain::texts(lang);
    let reason = (words.too_few_peers)(missing.too_few.available, missing.too_few.required);
    match &missing.segment {
        Some(segment) => format!("{}: {reason}", segment_label(segment, lang)),
        None => reason,
    }
}

/// Where an entry stands, as every table and legend names it: its quadrant, marked when it
/// lies within the margin of a cut-off line; for the cooperation as a whole whose partners
/// stand in several quadrants, no quadrant but how many they stand in; without both
/// dimension scores, that the basis is insufficient.
pub fn placement(questionnaire: &Questionnaire, org: &OrganisationResult, lang: Lang) -> String {
    let words = i18n::domain::texts(lang);
    let placed =
        org.mean(OPERATIONAL_EFFICIENCY).is_some() && org.mean(CUSTOMER_EXPERIENCE).is_some();
    if cooperation::is_cooperation(org) && org.quadrant.is_none() && placed {
        return words.partners_spread.to_string();
    }
    let Some(name) = org
        .quadrant
        .and_then(|quadrant| questionnaire.quadrant(quadrant))
        .map(|quadrant| quadrant.name.get(lang))
    else {
        return words.insufficient.to_string();
    };
    bordered(name, &org.border, lang)
}

/// A quadrant's name as a table names it: marked when the point lies within the margin of a
/// cut-off line, and no quadrant at all when it lies within the margin of both (at 50/50 it
/// belongs to none of the four more than to another).
pub fn bordered(
    name: &str,
    border: &[crate::model::questionnaire::QuadrantId],
    lang: Lang,
) -> String {
    let words = i18n::domain::texts(lang);
    match border.len() {
        0 => name.to_string(),
        1 | 2 => format!("{name} {}", words.on_border_mark),
        _ => words.on_all_borders.to_string(),
    }
}
