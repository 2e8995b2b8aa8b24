//! The report's opening sections: the cooperation summary, the quadrant and the comparison of
//! the partners per pillar.

use crate::analysis::comparison::{OrganisationResult, VERDICT_PILLARS};
use crate::analysis::cooperation;
use crate::analysis::scoring::Verdict;
use crate::model::questionnaire::{CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY};
use crate::render::report::{Block, ReportContext, Section, Table, benchmark_label};
use crate::words::findings;

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
            org.name.clone(),
            org.scores.respondents.to_string(),
            ctx.based_score(org, CUSTOMER_EXPERIENCE),
            ctx.based_score(org, OPERATIONAL_EFFICIENCY),
            ctx.quadrant_name(org.quadrant),
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
        table.push_marked(vec![
            format!(
                "{}: {}",
                t.benchmark,
                benchmark_label(&result.benchmark, ctx.lang)
            ),
            String::new(),
            ctx.score(result.benchmark.mean(CUSTOMER_EXPERIENCE)),
            ctx.score(result.benchmark.mean(OPERATIONAL_EFFICIENCY)),
            ctx.quadrant_name(result.quadrant),
            String::new(),
            String::new(),
        ]);
    }
    section.table(table);
    section.note(t.basis_marker_note);
    section.note(t.cooperation_rule);
    if ctx.cooperation.is_some() {
        for finding in findings::write(&ctx.findings, cooperation::ID) {
            section.push(Block::Finding {
                heading: finding.heading,
                text: finding.text,
            });
        }
    }
    section
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
    section.figure("quadrant");
    let mut table = Table::new(
        vec![
            t.organisation.to_string(),
            ctx.scale_name(OPERATIONAL_EFFICIENCY),
            ctx.scale_name(CUSTOMER_EXPERIENCE),
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
            org.name.clone(),
            ctx.based_score(org, OPERATIONAL_EFFICIENCY),
            ctx.based_score(org, CUSTOMER_EXPERIENCE),
            ctx.quadrant_name(org.quadrant),
            before
                .map(|c| ctx.quadrant_name(c.quadrant_before))
                .unwrap_or_else(|| "–".to_string()),
        ];
        if cooperation::is_cooperation(org) {
            table.push_marked(row);
        } else {
            table.push(row);
        }
    }
    if let Some(result) = &ctx.comparison.benchmark {
        table.push_marked(vec![
            format!(
                "{}: {}",
                t.benchmark,
                benchmark_label(&result.benchmark, ctx.lang)
            ),
            ctx.score(result.benchmark.mean(OPERATIONAL_EFFICIENCY)),
            ctx.score(result.benchmark.mean(CUSTOMER_EXPERIENCE)),
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
        let table = if ctx.entries().len() <= WIDE_TABLE_LIMIT {
            scales_by_organisation(ctx, pillar)
        } else {
            organisations_by_scale(ctx, pillar)
        };
        sub.table(table);
        sub.note(t.basis_marker_note);
        if pillar.id == crate::model::questionnaire::AMBITION {
            for scale in &pillar.scales {
                sub.figure(format!("compared:{}", scale.id));
                sub.figure(format!("items:{}", scale.id));
            }
        } else {
            sub.figure(format!("pillar:{}", pillar.id));
        }
        section.section(sub);
    }
    section
}

/// Up to this many organisations (with the cooperation) are shown as columns; more are shown
/// as rows, so a large workspace still gives a readable table.
const WIDE_TABLE_LIMIT: usize = 8;

/// One row per scale, one column per organisation and benchmark.
fn scales_by_organisation(
    ctx: &ReportContext,
    pillar: &crate::model::questionnaire::Pillar,
) -> Table {
    let entries = ctx.entries();
    let mut headers = vec![ctx.t.characteristic.to_string()];
    headers.extend(entries.iter().map(|o| o.name.clone()));
    headers.extend(ctx.benchmarks.iter().map(|b| benchmark_label(b, ctx.lang)));
    let mut numeric = vec![true; headers.len()];
    numeric[0] = false;
    let mut table = Table::new(headers, numeric);
    for scale in &pillar.scales {
        let mut row = vec![scale.name.get(ctx.lang).to_string()];
        row.extend(entries.iter().map(|o| ctx.based_score(o, &scale.id)));
        row.extend(ctx.benchmarks.iter().map(|b| ctx.score(b.mean(&scale.id))));
        table.push(row);
    }
    table
}

/// One row per organisation and benchmark, one column per scale.
fn organisations_by_scale(
    ctx: &ReportContext,
    pillar: &crate::model::questionnaire::Pillar,
) -> Table {
    let mut headers = vec![ctx.t.organisation.to_string()];
    headers.extend(
        pillar
            .scales
            .iter()
            .map(|s| s.name.get(ctx.lang).to_string()),
    );
    let mut numeric = vec![true; headers.len()];
    numeric[0] = false;
    let mut table = Table::new(headers, numeric);
    for org in ctx.entries() {
        let mut row = vec![org.name.clone()];
        row.extend(pillar.scales.iter().map(|s| ctx.based_score(org, &s.id)));
        if cooperation::is_cooperation(org) {
            table.push_marked(row);
        } else {
            table.push(row);
        }
    }
    for benchmark in &ctx.benchmarks {
        let mut row = vec![benchmark_label(benchmark, ctx.lang)];
        row.extend(
            pillar
                .scales
                .iter()
                .map(|s| ctx.score(benchmark.mean(&s.id))),
        );
        table.push_marked(row);
    }
    table
}
