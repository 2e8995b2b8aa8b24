//! The quadrant chart's legend: every partner with its quadrant and scores, the cooperation
//! as a whole, the benchmark, the cut-off rule and the arrows' meaning.

use super::super::Context;
use super::super::page::{self, LegendEntry, Symbol};
use super::super::style::{MUTED, WARNING};
use crate::model::questionnaire::{CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY, QuadrantId};
use crate::words::format;
use crate::words::i18n;

/// The legend's entries; partners whose label in the chart is a number carry it in front of
/// their name (`numbers[i]` for the partner at `i`).
/// With `any_border`, a key to the ring around points on the border of quadrants; with
/// `spread`, that markers of coinciding points were set apart.
pub fn entries(
    ctx: &Context,
    numbers: &[Option<usize>],
    any_border: bool,
    spread: bool,
) -> Vec<LegendEntry> {
    let texts = ctx.texts();
    let mut entries = partner_entries(ctx, numbers);
    if let Some(entry) = &ctx.cooperation {
        entries.push(LegendEntry {
            symbol: Symbol::Cooperation,
            text: entry.name.clone(),
            detail: Some(detail_line(
                ctx,
                entry.mean(OPERATIONAL_EFFICIENCY),
                entry.mean(CUSTOMER_EXPERIENCE),
                format::placement(&ctx.data.questionnaire, entry, ctx.lang),
            )),
            detail_colour: MUTED,
        });
    }
    entries.push(benchmark_entry(ctx));
    entries.push(LegendEntry {
        symbol: Symbol::Dashed(MUTED),
        text: format!(
            "{}: {}",
            texts.cutoff,
            format::cutoff_line(ctx.comparison, ctx.lang)
        ),
        detail: None,
        detail_colour: MUTED,
    });
    if any_border {
        entries.push(LegendEntry {
            symbol: Symbol::BorderRing,
            text: (texts.on_border_key)(&format!(
                "±{}",
                crate::words::i18n::format_score(ctx.lang, ctx.comparison.margins.at)
            )),
            detail: None,
            detail_colour: MUTED,
        });
    }
    if spread {
        entries.push(LegendEntry {
            symbol: Symbol::None,
            text: texts.coinciding_spread.to_string(),
            detail: None,
            detail_colour: MUTED,
        });
    }
    if let Some(previous) = ctx.previous
        && !previous.organisations.is_empty()
    {
        entries.push(LegendEntry {
            symbol: Symbol::Arrow(MUTED),
            text: (texts.shift_since)(&previous.round_label),
            detail: None,
            detail_colour: MUTED,
        });
    } else if let Some(previous) = ctx.data.previous_round(&ctx.comparison.round)
        && !ctx.data.same_version(&previous.id, &ctx.comparison.round)
    {
        entries.push(LegendEntry {
            symbol: Symbol::None,
            text: (texts.no_shift_across_versions)(previous.label()),
            detail: None,
            detail_colour: MUTED,
        });
    }
    entries
}

/// The quadrant's name and both dimension scores, for an entry's detail.
fn scores(ctx: &Context, oe: Option<f64>, cx: Option<f64>, quadrant: Option<QuadrantId>) -> String {
    let words = i18n::domain::texts(ctx.lang);
    let quadrant = quadrant
        .and_then(|q| ctx.data.questionnaire.quadrant(q))
        .map(|q| q.name.get(ctx.lang).to_string())
        .unwrap_or_else(|| words.insufficient.to_string());
    detail_line(ctx, oe, cx, quadrant)
}

/// A placement (a quadrant, or why there is none) and both dimension scores.
fn detail_line(ctx: &Context, oe: Option<f64>, cx: Option<f64>, quadrant: String) -> String {
    format!(
        "{} · {} {} · {} {}",
        quadrant,
        i18n::cli::texts(ctx.lang).operational_efficiency_short,
        page::score_text(ctx, oe),
        i18n::cli::texts(ctx.lang).customer_experience_short,
        page::score_text(ctx, cx),
    )
}

/// Every partner with its marker, its number where it has one, and its scores; a partner
/// that was not in the previous round says so.
fn partner_entries(ctx: &Context, numbers: &[Option<usize>]) -> Vec<LegendEntry> {
    let texts = ctx.texts();
    ctx.partners
        .iter()
        .enumerate()
        .map(|(index, partner)| {
            let mut detail = detail_line(
                ctx,
                partner.result.mean(OPERATIONAL_EFFICIENCY),
                partner.result.mean(CUSTOMER_EXPERIENCE),
                format::placement(&ctx.data.questionnaire, partner.result, ctx.lang),
            );
            if let Some(previous) = ctx.previous
                && previous.organisation(&partner.result.id).is_none()
            {
                detail = format!("{detail} ({})", texts.new_in_round);
            }
            LegendEntry {
                symbol: Symbol::Marker(partner.look),
                text: match numbers.get(index).copied().flatten() {
                    Some(number) => format!("{number}  {}", partner.display_name(ctx.lang)),
                    None => partner.display_name(ctx.lang),
                },
                detail: Some(detail),
                detail_colour: MUTED,
            }
        })
        .collect()
}

/// The benchmark with its scores (marked when illustrative), or why there is none.
fn benchmark_entry(ctx: &Context) -> LegendEntry {
    let texts = ctx.texts();
    let words = i18n::domain::texts(ctx.lang);
    match &ctx.comparison.benchmark {
        Some(result) => {
            let b = &result.benchmark;
            let mut detail = scores(
                ctx,
                b.mean(OPERATIONAL_EFFICIENCY),
                b.mean(CUSTOMER_EXPERIENCE),
                result.quadrant,
            );
            if b.illustrative {
                detail = format!("{detail} — {}", words.illustrative);
            }
            LegendEntry {
                symbol: Symbol::Benchmark,
                text: format!(
                    "{}: {}",
                    texts.benchmark,
                    format::benchmark_name(b, ctx.lang)
                ),
                detail: Some(detail),
                detail_colour: if b.illustrative { WARNING } else { MUTED },
            }
        }
        None => LegendEntry {
            symbol: Symbol::None,
            text: format!("{}: {}", texts.benchmark, words.no_benchmark),
            detail: ctx
                .comparison
                .benchmark_missing
                .as_ref()
                .map(|missing| crate::words::format::benchmark_missing(missing, ctx.lang)),
            detail_colour: MUTED,
        },
    }
}
