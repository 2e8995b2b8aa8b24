//! Every chart told in words: its finding as one or two sentences, written into the SVG as
//! `<title>` and `<desc>` so a screen reader (and a reader of the report) gets what the
//! picture shows.

use super::{ChartId, Context, Partner};
use crate::analysis::privacy;
use crate::analysis::programme;
use crate::model::questionnaire::{QuadrantId, Questionnaire};
use crate::render::escape;
use crate::words::i18n::{self, format_deviation, format_score};

/// The chart's finding in words.
pub fn finding(ctx: &Context, id: &ChartId) -> String {
    let words = i18n::charts::words(ctx.lang);
    let partner = |organisation: &str| -> Option<&Partner> {
        ctx.partners.iter().find(|p| p.result.id == organisation)
    };
    let text = match id {
        ChartId::Quadrant => quadrant(ctx),
        ChartId::Compared(scale) => compared(ctx, scale),
        ChartId::Items(scale) => {
            let statements = ctx
                .data
                .questionnaire
                .scale(scale)
                .map_or(0, |s| s.items.len());
            // Only the partners whose statement means may be shown (from five respondents).
            let shown = ctx
                .partners
                .iter()
                .filter(|p| p.result.scores.respondents >= privacy::STATEMENT_DETAIL_FROM)
                .count();
            (words.items)(&ctx.scale_name(scale), statements, shown)
        }
        ChartId::Profile {
            pillar,
            organisation,
        } => partner(organisation)
            .map(|p| profile(ctx, pillar, p))
            .unwrap_or_default(),
        ChartId::PillarCompared(pillar) => pillar_compared(ctx, pillar),
        ChartId::Targets { organisation } => partner(organisation)
            .map(|p| targets(ctx, p))
            .unwrap_or_default(),
        ChartId::Distribution => distribution(ctx),
    };
    if text.is_empty() {
        words.no_scores.to_string()
    } else {
        text
    }
}

/// How many of the partners' points lie above the median, over every characteristic.
fn distribution(ctx: &Context) -> String {
    let scales = super::distribution::scales(ctx);
    let (mut above, mut points) = (0, 0);
    for (scale, band) in &scales {
        for partner in &ctx.partners {
            if let Some(score) = partner.result.mean(scale) {
                points += 1;
                if score > band.median {
                    above += 1;
                }
            }
        }
    }
    (ctx.texts().distribution_finding)(ctx.partners.len(), scales.len(), above, points)
}

/// A quadrant's name mid-sentence, as the findings write it: ‘toekomstvoorbereid’.
fn quadrant_name(questionnaire: &Questionnaire, quadrant: QuadrantId, ctx: &Context) -> String {
    questionnaire
        .quadrant(quadrant)
        .map(|q| {
            format!(
                "‘{}’",
                crate::words::findings::in_sentence(q.name.get(ctx.lang))
            )
        })
        .unwrap_or_default()
}

/// A partner as a sentence names it: "Solo (indicatief, n = 1)" under three respondents.
fn sentence_name(partner: &Partner, lang: crate::model::Lang) -> String {
    partner.label(lang)
}

fn quadrant(ctx: &Context) -> String {
    let words = i18n::charts::words(ctx.lang);
    let questionnaire = &ctx.data.questionnaire;
    let placed = ctx
        .partners
        .iter()
        .filter(|p| p.result.quadrant.is_some())
        .count();
    let mut parts = vec![(words.quadrant_placed)(placed)];
    for definition in &questionnaire.quadrants {
        // A partner on a border is named apart, never as inside a quadrant.
        let mut names: Vec<String> = ctx
            .partners
            .iter()
            .filter(|p| p.result.quadrant == Some(definition.id) && p.result.border.is_empty())
            .map(|p| sentence_name(p, ctx.lang))
            .collect();
        if let Some(entry) = &ctx.cooperation
            && entry.quadrant == Some(definition.id)
            && entry.border.is_empty()
        {
            names.push(entry.name.clone());
        }
        if !names.is_empty() {
            parts.push((words.in_quadrant)(
                &quadrant_name(questionnaire, definition.id, ctx),
                &i18n::join_names(ctx.lang, &names),
            ));
        }
    }
    let on_border: Vec<String> = ctx
        .partners
        .iter()
        .filter(|p| p.result.quadrant.is_some() && !p.result.border.is_empty())
        .map(|p| sentence_name(p, ctx.lang))
        .collect();
    if !on_border.is_empty() {
        parts.push((words.on_border)(&i18n::join_names(ctx.lang, &on_border)));
    }
    if let Some(quadrant) = ctx.comparison.benchmark.as_ref().and_then(|b| b.quadrant) {
        parts.push((words.benchmark_in)(&quadrant_name(
            questionnaire,
            quadrant,
            ctx,
        )));
    }
    parts.join(" ")
}

fn compared(ctx: &Context, scale: &str) -> String {
    let words = i18n::charts::words(ctx.lang);
    let scored: Vec<(&Partner, f64)> = ctx
        .partners
        .iter()
        .filter_map(|p| Some((p, p.result.mean(scale)?)))
        .collect();
    let high = scored.iter().max_by(|a, b| a.1.total_cmp(&b.1));
    let low = scored.iter().min_by(|a, b| a.1.total_cmp(&b.1));
    let (Some(high), Some(low)) = (high, low) else {
        return String::new();
    };
    let score = |value: f64| format_score(ctx.lang, value);
    let mut text = (words.compared)(
        &ctx.scale_name(scale),
        &sentence_name(high.0, ctx.lang),
        &score(high.1),
        &sentence_name(low.0, ctx.lang),
        &score(low.1),
    );
    if let Some(benchmark) = ctx.benchmark_mean(scale) {
        // Below means beyond the at margin (the rules for findings): a partner within it is at
        // the benchmark, whichever side of it.
        let below = scored
            .iter()
            .filter(|(p, _)| {
                p.result
                    .deviations
                    .get(scale)
                    .is_some_and(|d| *d < 0.0 && !ctx.comparison.margins.is_at(*d))
            })
            .count();
        text.push(' ');
        text.push_str(&(words.below_benchmark)(
            below,
            scored.len(),
            &score(benchmark),
        ));
    }
    text
}

fn profile(ctx: &Context, pillar: &str, partner: &Partner) -> String {
    let words = i18n::charts::words(ctx.lang);
    let mut text = (words.profile)(&sentence_name(partner, ctx.lang), &ctx.pillar_name(pillar));
    // Only what the verdict names: characteristics beyond the at margin, within the
    // stand-out margin of the largest (the rules for findings), in sentence case.
    let Some(verdict) = partner.result.verdict(pillar) else {
        return text;
    };
    let named = |ids: &[String]| -> String {
        let names: Vec<String> = ids
            .iter()
            .map(|id| {
                let deviation = partner
                    .result
                    .deviations
                    .get(id)
                    .copied()
                    .unwrap_or_default();
                format!(
                    "{} ({})",
                    crate::words::findings::in_sentence(&ctx.scale_name(id)),
                    format_deviation(ctx.lang, deviation)
                )
            })
            .collect();
        i18n::join_names(ctx.lang, &names)
    };
    if !verdict.furthest_above.is_empty() {
        text.push(' ');
        text.push_str(&(words.furthest_above)(&named(&verdict.furthest_above)));
    }
    if !verdict.furthest_below.is_empty() {
        text.push(' ');
        text.push_str(&(words.furthest_below)(&named(&verdict.furthest_below)));
    }
    text
}

fn pillar_compared(ctx: &Context, pillar: &str) -> String {
    let words = i18n::charts::words(ctx.lang);
    let Some(definition) = ctx.data.questionnaire.pillar(pillar) else {
        return String::new();
    };
    let deviations: Vec<f64> = ctx
        .partners
        .iter()
        .flat_map(|p| {
            definition
                .scales
                .iter()
                .filter_map(|s| p.result.deviations.get(&s.id).copied())
        })
        .collect();
    if deviations.is_empty() {
        return (words.items)(
            &ctx.pillar_name(pillar),
            definition.scales.len(),
            ctx.partners.len(),
        );
    }
    let margins = ctx.comparison.margins;
    let below = deviations
        .iter()
        .filter(|d| **d < 0.0 && !margins.is_at(**d))
        .count();
    (words.pillar)(&ctx.pillar_name(pillar), below, deviations.len())
}

fn targets(ctx: &Context, partner: &Partner) -> String {
    let words = i18n::charts::words(ctx.lang);
    let gaps = programme::gaps_of(&ctx.data.questionnaire, ctx.data, partner.result);
    let with_minimum: Vec<_> = gaps.iter().filter(|g| g.minimum.is_some()).collect();
    let below = with_minimum.iter().filter(|g| g.below_minimum()).count();
    (words.targets)(&sentence_name(partner, ctx.lang), below, with_minimum.len())
}

/// The SVG with a `<title>` and a `<desc>` as the first children of its root, the root
/// marked as one image (its title is its accessible name).
pub fn label_svg(svg: &str, title: &str, description: &str) -> String {
    let Some(start) = svg.find("<svg") else {
        return svg.to_string();
    };
    let Some(end) = svg[start..].find('>').map(|at| start + at) else {
        return svg.to_string();
    };
    let (open, rest) = svg.split_at(end);
    let open = open.trim_end_matches('/');
    format!(
        "{open} role=\"img\">\n<title>{}</title>\n<desc>{}</desc>{}",
        escape(title),
        escape(description),
        &rest[1..]
    )
}
