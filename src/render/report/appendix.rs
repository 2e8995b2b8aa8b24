//! The programme (gaps per theme) and the appendix: the base of every number, the benchmarks'
//! provenance and the reliability of the scales.

use crate::analysis::benchmark::BenchmarkOrigin;
use crate::analysis::programme;
use crate::analysis::reliability;
use crate::analysis::respondents::BasisNotes;
use crate::render::report::partner::{basis_words, gap_table};
use crate::render::report::{ReportContext, Section, Table, benchmark_label};

/// Gaps of every partner rolled up per programme theme, most urgent first.
pub fn programme(ctx: &ReportContext) -> Section {
    let t = ctx.t;
    let mut section = Section::new("programme", "", t.programme);
    // Without targets there is nothing to fall short of: said once, not "no gaps" per theme.
    let with_targets = ctx
        .comparison
        .organisations
        .iter()
        .filter_map(|org| ctx.data.organisation(&org.id))
        .any(|org| !org.targets.is_empty());
    if !with_targets {
        section.paragraph(t.programme_without_targets);
        return section;
    }
    section.paragraph(t.programme_intro);
    for theme in programme::programme(ctx.comparison, ctx.data) {
        let name = ctx
            .questionnaire
            .theme(&theme.theme)
            .map(|th| th.name.get(ctx.lang).to_string())
            .unwrap_or_else(|| theme.theme.clone());
        let mut sub = Section::new(format!("theme-{}", theme.theme), "", name);
        if theme.gaps.is_empty() {
            sub.paragraph(t.no_open_gaps);
        } else {
            sub.table(gap_table(ctx, theme.gaps.iter(), true));
        }
        section.section(sub);
    }
    section
}

/// The appendix: the benchmarks compared against, the base of every score, and how reliably
/// each characteristic was measured.
pub fn appendix(ctx: &ReportContext) -> Section {
    let mut section = Section::new("appendix", "appendix", ctx.t.appendix);
    section.section(benchmark_origins(ctx));
    section.section(score_basis(ctx));
    section.section(scale_reliability(ctx));
    section
}

/// Where each benchmark comes from, and the cut-off used.
fn benchmark_origins(ctx: &ReportContext) -> Section {
    let t = ctx.t;
    let mut sub = Section::new("appendix-benchmarks", "", t.appendix_benchmarks);
    let mut table = Table::new(
        vec![
            t.name.to_string(),
            t.year.to_string(),
            t.source.to_string(),
            t.origin.to_string(),
        ],
        vec![false, true, false, false],
    );
    for benchmark in &ctx.benchmarks {
        let origin = match &benchmark.origin {
            BenchmarkOrigin::File { id } => format!("{} {id}", t.benchmark_file),
            BenchmarkOrigin::Peers { organisations, .. } => {
                format!("{} (n = {organisations})", t.benchmark_peers)
            }
        };
        table.push(vec![
            benchmark_label(benchmark, ctx.lang),
            benchmark.year.map(|y| y.to_string()).unwrap_or_default(),
            benchmark.source.clone().unwrap_or_default(),
            origin,
        ]);
    }
    sub.table(table);
    // A benchmark computed from the partners weighs each partner alike, also one whose
    // scores rest on one or two respondents: the reader is told which.
    if ctx
        .benchmarks
        .iter()
        .any(|b| matches!(b.origin, BenchmarkOrigin::Peers { .. }))
    {
        let thin: Vec<String> = ctx
            .comparison
            .organisations
            .iter()
            .filter(|org| !crate::analysis::cooperation::is_cooperation(org))
            .filter(|org| crate::analysis::privacy::indicative(org.scores.respondents))
            .map(|org| {
                crate::words::format::indicative_name(&org.name, org.scores.respondents, ctx.lang)
            })
            .collect();
        if !thin.is_empty() {
            let names = crate::words::i18n::join_names(ctx.lang, &thin);
            sub.note((t.peers_weigh_alike)(&names, thin.len()));
        }
    }
    if let Some(missing) = &ctx.comparison.benchmark_missing {
        sub.note(crate::words::format::benchmark_missing(missing, ctx.lang));
    }
    sub.note(format!(
        "{}: {}",
        t.cutoff,
        crate::words::format::cutoff_line(ctx.comparison, ctx.lang)
    ));
    sub
}

/// Per organisation and characteristic: respondents, answers, "don't know" and completeness.
fn score_basis(ctx: &ReportContext) -> Section {
    let t = ctx.t;
    let mut sub = Section::new("appendix-basis", "", t.appendix_basis);
    let mut table = Table::new(
        vec![
            t.organisation.to_string(),
            t.characteristic.to_string(),
            t.n.to_string(),
            t.answered.to_string(),
            t.dont_know_share.to_string(),
            t.not_applicable_column.to_string(),
            t.completeness.to_string(),
            t.basis.to_string(),
        ],
        vec![false, false, true, true, true, true, true, false],
    );
    for org in ctx.entries() {
        for scale in ctx.questionnaire.scales() {
            let stats = org
                .scores
                .scales
                .get(&scale.id)
                .copied()
                .unwrap_or_default();
            // n counts respondents everywhere: for the cooperation those of all its partners
            // (its own statistics count the partners' means).
            let respondents = if crate::analysis::cooperation::is_cooperation(org) {
                ctx.comparison
                    .organisations
                    .iter()
                    .filter(|o| !crate::analysis::cooperation::is_cooperation(o))
                    .filter_map(|o| o.scores.scales.get(&scale.id))
                    .map(|s| s.n)
                    .sum()
            } else {
                stats.n
            };
            let name = if crate::analysis::cooperation::is_cooperation(org) {
                org.name.clone()
            } else {
                crate::words::format::indicative_name(&org.name, org.scores.respondents, ctx.lang)
            };
            let row = vec![
                name,
                scale.name.get(ctx.lang).to_string(),
                respondents.to_string(),
                format!("{}/{}", stats.answered, stats.possible),
                ctx.share(stats.dont_know_share()),
                ctx.share(stats.not_applicable_share()),
                ctx.share(stats.completeness()),
                basis_words(ctx, &BasisNotes::of(&stats)),
            ];
            if crate::analysis::cooperation::is_cooperation(org) {
                table.push_marked(row);
            } else {
                table.push(row);
            }
        }
    }
    sub.table(table);
    // Where the basis of every figure is listed, its rule is always said.
    sub.note(t.basis_marker_note);
    sub.note(t.cooperation_rule);
    sub
}

/// Cronbach's alpha of every characteristic over the partners' respondents.
fn scale_reliability(ctx: &ReportContext) -> Section {
    let t = ctx.t;
    let mut sub = Section::new("appendix-reliability", "", t.appendix_reliability);
    sub.paragraph(t.reliability_intro);
    let ids: Vec<String> = ctx.partners.iter().map(|o| o.id.clone()).collect();
    let mut table = Table::new(
        vec![
            t.characteristic.to_string(),
            t.alpha.to_string(),
            t.n.to_string(),
            t.items.to_string(),
        ],
        vec![false, true, true, true],
    );
    for scale in reliability::for_round(ctx.data, &ctx.comparison.round, &ids) {
        let alpha = match scale.alpha {
            Some(alpha) => {
                let value = crate::words::i18n::format_decimal(ctx.lang, alpha, 2);
                if scale.is_low() {
                    format!("{value} ({})", t.low)
                } else {
                    value
                }
            }
            None => "–".to_string(),
        };
        let row = vec![
            ctx.scale_name(&scale.scale),
            alpha,
            scale.respondents.to_string(),
            scale.items.to_string(),
        ];
        if scale.is_low() {
            table.push_marked(row);
        } else {
            table.push(row);
        }
    }
    sub.table(table);
    sub
}
