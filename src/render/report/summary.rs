//! The report's opening sections: the cooperation summary, the quadrant and the comparison of
//! the partners per pillar.

use crate::analysis::comparison::{OrganisationResult, VERDICT_PILLARS};
use crate::analysis::cooperation;
use crate::analysis::protocol::{self, RoleMix};
use crate::analysis::scoring::Verdict;
use crate::model::questionnaire::{CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY};
use crate::render::charts::ChartId;
use crate::render::report::{Block, ReportContext, Section, Table, benchmark_label};
use crate::words::findings::{self, Subject};

fn verdict_cell(ctx: &ReportContext, org: &OrganisationResult, pillar: &str) -> String {
    match org
        .verdict(pillar)
        .and_then(|v| v.overall.zip(v.mean_deviation))
    {
        Some((overall, deviation)) => {
            let marker = match overall {
                Verdict::Below => "▼",
                Verdict::At => "=",
                Verdict::Above => "▲",
            };
            format!("{marker} {}", ctx.deviation(Some(deviation)))
        }
        None => "–".to_string(),
    }
}

/// The cooperation summary: every partner and the cooperation as a whole in one table, and
/// the cooperation's findings.
pub fn summary(ctx: &ReportContext) -> Section {
    let t = ctx.t;
    let mut section = Section::new("summary", "", t.summary);
    // What a wethouder reads in a minute, before any table.
    let sentences = crate::words::summary::executive_summary(&ctx.findings);
    if !sentences.is_empty() {
        section.paragraph(sentences.join(" "));
    }
    let pillar_name = |id: &str| {
        ctx.questionnaire
            .pillar(id)
            .map(|p| p.name.get(ctx.lang).to_string())
            .unwrap_or_default()
    };
    let mut headers = vec![
        t.organisation.to_string(),
        t.respondents.to_string(),
        ctx.scale_name(CUSTOMER_EXPERIENCE),
        ctx.scale_name(OPERATIONAL_EFFICIENCY),
        i18n_quadrant(ctx),
    ];
    headers.extend(VERDICT_PILLARS.iter().map(|p| pillar_name(p)));
    let mut table = Table::new(headers, vec![false, true, true, true, false, true, true]);
    for org in ctx.entries() {
        let row = vec![
            ctx.row_name(org),
            org.scores.respondents.to_string(),
            ctx.based_score(org, CUSTOMER_EXPERIENCE),
            ctx.based_score(org, OPERATIONAL_EFFICIENCY),
            ctx.placement(org),
            verdict_cell(ctx, org, VERDICT_PILLARS[0]),
            verdict_cell(ctx, org, VERDICT_PILLARS[1]),
        ];
        if cooperation::is_cooperation(org) {
            table.push_marked(row);
        } else {
            table.push(row);
        }
    }
    if let Some(result) = &ctx.comparison.benchmark {
        table.note(benchmark_note(ctx, result));
        table.push_marked(vec![
            t.benchmark.to_string(),
            String::new(),
            ctx.score(result.benchmark.mean(CUSTOMER_EXPERIENCE)),
            ctx.score(result.benchmark.mean(OPERATIONAL_EFFICIENCY)),
            ctx.quadrant_name(result.quadrant),
            String::new(),
            String::new(),
        ]);
    }
    let marked = uses_basis_marks(&table);
    section.table(table);
    if marked {
        section.note(t.basis_marker_note);
    }
    section.note(t.cooperation_rule);
    if ctx.cooperation.is_some() && benchmark_is_the_partners(ctx) {
        section.note(t.benchmark_is_the_partners);
    }
    let mixes: Vec<RoleMix> = ctx
        .comparison
        .organisations
        .iter()
        .filter(|org| !cooperation::is_cooperation(org))
        .map(|org| RoleMix::of(ctx.questionnaire, org))
        .collect();
    if let Some((low, high)) = protocol::mixes_differ(&mixes) {
        section.note((t.mixes_differ)(
            &ctx.share(Some(low)),
            &ctx.share(Some(high)),
        ));
    }
    if ctx.cooperation.is_some() {
        for finding in findings::write(&ctx.findings, Subject::Cooperation) {
            section.push(Block::Finding {
                heading: finding.heading,
                text: finding.text,
            });
        }
        // The figures behind the sentences on the cooperation's change, like for like.
        if let Some(change) = &ctx.change
            && let Some(own) = &change.cooperation
        {
            let table = super::partner::change_table(ctx, change, own, true).with_caption((t
                .cooperation_change_caption)(
                &change.previous_label,
                change.organisations.len(),
            ));
            section.table(table);
            section.note(t.cooperation_change_n);
            section.note(if own.versions_differ() {
                t.change_across_versions
            } else {
                t.cooperation_change_rule
            });
        }
    }
    section
}

/// Whether the benchmark is computed from exactly the partners compared: then the cooperation
/// as a whole lies on it by construction.
fn benchmark_is_the_partners(ctx: &ReportContext) -> bool {
    let partners = ctx
        .comparison
        .organisations
        .iter()
        .filter(|org| !cooperation::is_cooperation(org) && org.mean(CUSTOMER_EXPERIENCE).is_some())
        .count();
    ctx.comparison.benchmark.as_ref().is_some_and(|result| {
        matches!(
            result.benchmark.origin,
            crate::analysis::benchmark::BenchmarkOrigin::Peers { organisations, .. }
                if organisations == partners
        )
    })
}

/// The comparison's benchmark named in full, as a note under a table whose row says only
/// "Benchmark".
fn benchmark_note(
    ctx: &ReportContext,
    result: &crate::analysis::comparison::BenchmarkResult,
) -> String {
    format!(
        "{}: {}.",
        ctx.t.benchmark,
        benchmark_label(&result.benchmark, ctx.lang)
    )
}

fn i18n_quadrant(ctx: &ReportContext) -> String {
    crate::words::i18n::cli::texts(ctx.lang)
        .quadrant
        .to_string()
}

/// The quadrant: the chart and every position in a table, with the previous round's quadrant.
pub fn quadrant(ctx: &ReportContext) -> Section {
    let t = ctx.t;
    let mut section = Section::new("quadrant", "", t.quadrant);
    section.paragraph(format!(
        "{} {}.",
        t.quadrant_intro,
        crate::words::format::cutoff_line(ctx.comparison, ctx.lang)
    ));
    section.figure(ChartId::Quadrant);
    let mut table = Table::new(
        vec![
            t.organisation.to_string(),
            ctx.scale_name(CUSTOMER_EXPERIENCE),
            ctx.scale_name(OPERATIONAL_EFFICIENCY),
            i18n_quadrant(ctx),
            format!("{} ({})", i18n_quadrant(ctx), t.before.to_lowercase()),
        ],
        vec![false, true, true, false, false],
    );
    for org in ctx.entries() {
        let before = ctx.change.as_ref().and_then(|change| {
            if cooperation::is_cooperation(org) {
                change.cooperation.as_ref()
            } else {
                change.organisation(&org.id)
            }
        });
        let row = vec![
            ctx.row_name(org),
            ctx.based_score(org, CUSTOMER_EXPERIENCE),
            ctx.based_score(org, OPERATIONAL_EFFICIENCY),
            ctx.placement(org),
            // Across questionnaire versions no earlier quadrant is set beside this one; the
            // cooperation's mean is no place of its own, so its earlier one is not either.
            before
                .filter(|c| !c.versions_differ() && !cooperation::is_cooperation(org))
                .map(|c| {
                    let name = ctx.quadrant_name(c.quadrant_before);
                    crate::words::format::bordered(&name, &c.border_before, ctx.lang)
                })
                .unwrap_or_else(|| "–".to_string()),
        ];
        if cooperation::is_cooperation(org) {
            table.push_marked(row);
        } else {
            table.push(row);
        }
    }
    if let Some(result) = &ctx.comparison.benchmark {
        table.note(benchmark_note(ctx, result));
        table.push_marked(vec![
            t.benchmark.to_string(),
            ctx.score(result.benchmark.mean(CUSTOMER_EXPERIENCE)),
            ctx.score(result.benchmark.mean(OPERATIONAL_EFFICIENCY)),
            ctx.quadrant_name(result.quadrant),
            String::new(),
        ]);
    }
    section.table(table);
    for quadrant in &ctx.questionnaire.quadrants {
        section.push(Block::Finding {
            heading: quadrant.name.get(ctx.lang).to_string(),
            text: quadrant.description.get(ctx.lang).to_string(),
        });
    }
    section
}

/// Per pillar, every scale for every partner, the cooperation and each benchmark.
pub fn comparisons(ctx: &ReportContext) -> Section {
    let t = ctx.t;
    let mut section = Section::new("comparisons", "", t.comparisons);
    for pillar in &ctx.questionnaire.pillars {
        let mut sub = Section::new(
            format!("compare-{}", pillar.id),
            "",
            pillar.name.get(ctx.lang),
        );
        let tables = if ctx.entries().len() + ctx.benchmarks.len() <= COLUMN_LIMIT {
            vec![scales_by_organisation(ctx, pillar)]
        } else {
            organisations_by_scale(ctx, pillar)
        };
        let marked = tables.iter().any(uses_basis_marks);
        for table in tables {
            sub.table(table);
        }
        if marked {
            sub.note(t.basis_marker_note);
        }
        if pillar.id == crate::model::questionnaire::AMBITION {
            for scale in &pillar.scales {
                sub.figure(ChartId::compared(&scale.id));
                sub.figure(ChartId::items(&scale.id));
            }
        } else {
            sub.figure(ChartId::pillar(&pillar.id));
        }
        section.section(sub);
    }
    // The partners in the benchmark's distribution, when the benchmark publishes one.
    if ctx
        .comparison
        .benchmark
        .as_ref()
        .is_some_and(|b| b.benchmark.has_quantiles())
    {
        let mut sub = Section::new("compare-distribution", "", t.position_heading);
        sub.note(t.position_note);
        sub.figure(ChartId::Distribution);
        section.section(sub);
    }
    section
}

/// Up to this many organisations and benchmarks are shown as columns beside the
/// characteristic, which fits an A4 page upright; more are shown as rows.
const COLUMN_LIMIT: usize = 6;

/// At most this many characteristics side by side; a pillar with more is split into tables.
const SCALE_COLUMNS: usize = 5;

/// One row per scale, one column per organisation and benchmark.
fn scales_by_organisation(
    ctx: &ReportContext,
    pillar: &crate::model::questionnaire::Pillar,
) -> Table {
    let entries = ctx.entries();
    let heads = ctx.benchmark_heads();
    let mut headers = vec![ctx.t.characteristic.to_string()];
    headers.extend(entries.iter().map(|o| ctx.short(o)));
    headers.extend(heads.iter().map(|(head, _)| head.clone()));
    let mut numeric = vec![true; headers.len()];
    numeric[0] = false;
    let mut table = Table::new(headers, numeric).with_caption(pillar.name.get(ctx.lang));
    for scale in &pillar.scales {
        let mut row = vec![scale.name.get(ctx.lang).to_string()];
        row.extend(entries.iter().map(|o| ctx.based_score(o, &scale.id)));
        row.extend(ctx.benchmarks.iter().map(|b| ctx.score(b.mean(&scale.id))));
        table.push(row);
    }
    for (_, note) in heads {
        table.note(note);
    }
    table
}

/// One row per organisation and benchmark, one column per scale; split into tables of at
/// most [`SCALE_COLUMNS`] scales.
fn organisations_by_scale(
    ctx: &ReportContext,
    pillar: &crate::model::questionnaire::Pillar,
) -> Vec<Table> {
    let parts: Vec<_> = pillar.scales.chunks(SCALE_COLUMNS).collect();
    let heads = ctx.benchmark_heads();
    let mut tables = Vec::new();
    for (index, scales) in parts.iter().enumerate() {
        let mut headers = vec![ctx.t.organisation.to_string()];
        headers.extend(scales.iter().map(|s| s.name.get(ctx.lang).to_string()));
        let mut numeric = vec![true; headers.len()];
        numeric[0] = false;
        let caption = if parts.len() > 1 {
            format!(
                "{} ({}/{})",
                pillar.name.get(ctx.lang),
                index + 1,
                parts.len()
            )
        } else {
            pillar.name.get(ctx.lang).to_string()
        };
        let mut table = Table::new(headers, numeric).with_caption(caption);
        for org in ctx.entries() {
            let mut row = vec![ctx.row_name(org)];
            row.extend(scales.iter().map(|s| ctx.based_score(org, &s.id)));
            if cooperation::is_cooperation(org) {
                table.push_marked(row);
            } else {
                table.push(row);
            }
        }
        for (benchmark, (head, note)) in ctx.benchmarks.iter().zip(&heads) {
            let mut row = vec![head.clone()];
            row.extend(scales.iter().map(|s| ctx.score(benchmark.mean(&s.id))));
            table.push_marked(row);
            table.note(note.clone());
        }
        tables.push(table);
    }
    tables
}

/// Whether a table shows a score on a narrow base (°) or no score for want of one (–): only
/// then is the note that explains both set under it.
fn uses_basis_marks(table: &Table) -> bool {
    table
        .rows
        .iter()
        .flatten()
        .any(|cell| cell.contains('°') || cell.trim() == "–")
}
