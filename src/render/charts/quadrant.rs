//! The quadrant chart: every partner, the cooperation as a whole and the benchmark placed by
//! operational efficiency (x) and customer experience (y), the cut-off lines and their rule,
//! the four quadrant names, and arrows from the previous round's positions.

use anyhow::Result;
use plotters::prelude::ChartBuilder;
use plotters::style::{Color, TRANSPARENT};

use super::canvas::{Align, Canvas};
use super::layout::{LabelRequest, Rect, place_labels};
use super::page::{self, LegendEntry, Symbol};
use super::style::{self, AXIS, BENCHMARK, FAINT, GRID, MUTED, PANEL, TEXT, WARNING, darker};
use super::text::Font;
use super::{Context, Partner};
use crate::analysis::comparison::OrganisationResult;
use crate::model::questionnaire::{CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY, QuadrantId};
use crate::words::format;
use crate::words::i18n;

/// Where a partner stands (and stood), in pixels.
struct Placed<'p, 'a> {
    partner: &'p Partner<'a>,
    at: (f64, f64),
    before: Option<(f64, f64)>,
}

pub fn render(ctx: &Context, title: &str) -> Result<String> {
    let mut svg = String::new();
    {
        let canvas = Canvas::new(&mut svg, ctx.size.width, ctx.size.height)?;
        let s = canvas.sizes;
        let texts = ctx.texts();
        let mut notes = vec![page::respondents_note(ctx), texts.scores_base.to_string()];
        let unplaced: Vec<String> = ctx
            .partners
            .iter()
            .filter(|p| position(p).is_none())
            .map(|p| p.result.name.clone())
            .collect();
        if !unplaced.is_empty() {
            notes.push(format!(
                "{}: {}.",
                texts.not_placed,
                i18n::join_names(ctx.lang, &unplaced)
            ));
        }
        let body = page::frame(&canvas, ctx, title, &notes)?;

        // The plot is square, left; the legend strip takes the rest of the width.
        let tick_font = Font::regular(s.tick());
        let axis_font = Font::regular(s.axis_title());
        let y_label_space = tick_font.width("100") + s.px(14.0);
        let left_space = axis_font.line_height() + s.px(8.0) + y_label_space;
        let bottom_space =
            tick_font.line_height() + s.px(10.0) + axis_font.line_height() + s.px(4.0);
        let legend_min = (body.width() * 0.28).max(s.px(300.0));
        let side = (body.height() - bottom_space)
            .min(body.width() - legend_min - left_space - s.px(40.0))
            .max(s.px(200.0));
        let plot = Rect::new(
            body.x0 + left_space,
            body.y0,
            body.x0 + left_space + side,
            body.y0 + side,
        );

        let sub = canvas.area.clone().shrink(
            (
                (plot.x0 - y_label_space).round() as i32,
                plot.y0.round() as i32,
            ),
            (
                (side + y_label_space).round() as u32,
                (side + tick_font.line_height() + s.px(10.0)).round() as u32,
            ),
        );
        let mut chart = ChartBuilder::on(&sub)
            .y_label_area_size(y_label_space.round() as u32)
            .x_label_area_size((tick_font.line_height() + s.px(10.0)).round() as u32)
            .build_cartesian_2d(0f64..100f64, 0f64..100f64)?;
        let corner = |x: f64, y: f64| -> (f64, f64) {
            let (px, py) = chart.backend_coord(&(x, y));
            (f64::from(px), f64::from(py))
        };
        let (left, bottom) = corner(0.0, 0.0);
        let (right, top) = corner(100.0, 100.0);
        let map = move |x: f64, y: f64| -> (f64, f64) {
            (
                left + (right - left) * x / 100.0,
                bottom + (top - bottom) * y / 100.0,
            )
        };
        let plot = Rect::new(left, top, right, bottom);
        let cutoff = ctx.comparison.cutoff;
        let (cx, cy) = map(cutoff.x, cutoff.y);

        // Off-diagonal quadrants lightly tinted so the four areas read at a glance.
        canvas.fill_rect(plot.x0, plot.y0, cx, cy, PANEL)?;
        canvas.fill_rect(cx, cy, plot.x1, plot.y1, PANEL)?;
        chart
            .configure_mesh()
            .x_labels(11)
            .y_labels(11)
            .x_label_formatter(&|v| format!("{v:.0}"))
            .y_label_formatter(&|v| format!("{v:.0}"))
            .label_style(Canvas::style(tick_font).color(&MUTED))
            .bold_line_style(GRID.stroke_width(1))
            .light_line_style(TRANSPARENT)
            .axis_style(AXIS.stroke_width(1))
            .draw()?;
        canvas.stroke_rect(plot.x0, plot.y0, plot.x1, plot.y1, AXIS, 1.0)?;

        let x_title = format!(
            "{} ({})",
            ctx.scale_name(OPERATIONAL_EFFICIENCY),
            texts.unit
        );
        let y_title = format!("{} ({})", ctx.scale_name(CUSTOMER_EXPERIENCE), texts.unit);
        canvas.text(
            &x_title,
            (plot.x0 + plot.x1) / 2.0,
            plot.y1 + tick_font.line_height() + s.px(12.0),
            axis_font,
            TEXT,
            Align::Centre,
        )?;
        canvas.vertical_text(
            &y_title,
            body.x0 + axis_font.size * 0.5,
            (plot.y0 + plot.y1) / 2.0,
            axis_font,
            TEXT,
        )?;

        // Cut-off lines.
        let dash = s.px(7.0);
        canvas.dashed((cx, plot.y0), (cx, plot.y1), MUTED, s.px(2.0), dash)?;
        canvas.dashed((plot.x0, cy), (plot.x1, cy), MUTED, s.px(2.0), dash)?;

        // Quadrant names in the corners, inside their own quadrant.
        let mut obstacles = Vec::new();
        // Lines labels had better not cross: the cut-off lines, and later the arrows.
        let mut arrow_lines = vec![
            Rect::new(cx - 1.0, plot.y0, cx + 1.0, plot.y1),
            Rect::new(plot.x0, cy - 1.0, plot.x1, cy + 1.0),
        ];
        let name_font = Font::bold(s.px(19.0));
        let pad = s.px(12.0);
        for (quadrant, right_side, upper) in [
            (QuadrantId::IntegratedExperience, false, true),
            (QuadrantId::FutureReady, true, true),
            (QuadrantId::Traditional, false, false),
            (QuadrantId::Industrialised, true, false),
        ] {
            let Some(definition) = ctx.data.questionnaire.quadrant(quadrant) else {
                continue;
            };
            let name = definition.name.get(ctx.lang);
            let room = if right_side {
                plot.x1 - cx
            } else {
                cx - plot.x0
            } - 2.0 * pad;
            let lines = name_font.wrap_lines(name, room.max(s.px(60.0)), 2);
            let width = lines.iter().map(|l| name_font.width(l)).fold(0.0, f64::max);
            let height = lines.len() as f64 * name_font.line_height();
            let x = if right_side {
                plot.x1 - pad
            } else {
                plot.x0 + pad
            };
            let y = if upper {
                plot.y0 + pad
            } else {
                plot.y1 - pad - height
            };
            let align = if right_side {
                Align::Right
            } else {
                Align::Left
            };
            canvas.lines(&lines, x, y, name_font, FAINT, align)?;
            let x0 = if right_side { x - width } else { x };
            obstacles.push(Rect::new(x0, y, x0 + width, y + height));
        }

        let radius = if ctx.partners.len() > 7 {
            s.marker() * 0.85
        } else {
            s.marker()
        };
        let placed: Vec<Placed> = ctx
            .partners
            .iter()
            .filter_map(|partner| {
                let (x, y) = position(partner)?;
                let before = ctx
                    .previous
                    .and_then(|previous| previous.organisation(&partner.result.id))
                    .and_then(|old| {
                        Some(map(
                            old.mean(OPERATIONAL_EFFICIENCY)?,
                            old.mean(CUSTOMER_EXPERIENCE)?,
                        ))
                    });
                Some(Placed {
                    partner,
                    at: map(x, y),
                    before,
                })
            })
            .collect();
        let benchmark = ctx
            .benchmark_mean(OPERATIONAL_EFFICIENCY)
            .zip(ctx.benchmark_mean(CUSTOMER_EXPERIENCE))
            .map(|(x, y)| map(x, y));

        // Shifts since the previous round: a small hollow dot where the partner stood, an
        // arrow to where it stands now.
        for item in &placed {
            let Some(old) = item.before else { continue };
            let colour = darker(item.partner.look.colour);
            let (dx, dy) = (item.at.0 - old.0, item.at.1 - old.1);
            let length = (dx * dx + dy * dy).sqrt();
            canvas.marker(
                item.partner.look.shape,
                old.0,
                old.1,
                radius * 0.45,
                style::WHITE,
            )?;
            canvas.marker(
                item.partner.look.shape,
                old.0,
                old.1,
                radius * 0.3,
                item.partner.look.colour,
            )?;
            if length > radius * 1.8 {
                let end = (
                    item.at.0 - dx / length * (radius + s.px(3.0)),
                    item.at.1 - dy / length * (radius + s.px(3.0)),
                );
                canvas.arrow(old, end, colour, s.px(2.2), s.px(12.0))?;
            }
            obstacles.push(Rect::around(old.0, old.1, radius * 0.6));
            let steps = (length / (radius * 0.8)).ceil().max(1.0) as usize;
            for step in 1..steps {
                let t = step as f64 / steps as f64;
                arrow_lines.push(Rect::around(old.0 + dx * t, old.1 + dy * t, s.px(3.0)));
            }
        }

        if let Some((bx, by)) = benchmark {
            canvas.diamond(bx, by, radius, BENCHMARK)?;
            obstacles.push(Rect::around(bx, by, radius * 1.4));
        }
        // The cooperation as a whole sits among its partners, so it is drawn after them and
        // stays visible on top.
        let cooperation = ctx.cooperation.as_ref().and_then(|entry| {
            let (x, y) = scores_of(entry)?;
            Some((entry, map(x, y)))
        });
        for item in &placed {
            canvas.marker(
                item.partner.look.shape,
                item.at.0,
                item.at.1,
                radius,
                item.partner.look.colour,
            )?;
            obstacles.push(Rect::around(item.at.0, item.at.1, radius * 1.1));
        }
        if let Some((_, (x, y))) = cooperation {
            canvas.bullseye(x, y, radius)?;
            obstacles.push(Rect::around(x, y, radius * 1.5));
        }

        // Labels: partners by their short name, the benchmark by the word "Benchmark".
        let label_font = Font::bold(s.label());
        let max_label = side * 0.45;
        let mut labels: Vec<(String, (f64, f64), f64)> = placed
            .iter()
            .map(|item| {
                (
                    label_font.shorten(&item.partner.short, max_label),
                    item.at,
                    radius * 1.1,
                )
            })
            .collect();
        // The point says what it is; the legend names the cooperation in full.
        if let Some((_, at)) = cooperation {
            let label = i18n::report::texts(ctx.lang).cooperation_generic;
            labels.push((label_font.shorten(label, max_label), at, radius * 1.5));
        }
        if let Some(at) = benchmark {
            labels.push((texts.benchmark.to_string(), at, radius * 1.4));
        }
        let pad_x = s.px(4.0);
        let requests: Vec<LabelRequest> = labels
            .iter()
            .map(|(text, (x, y), clearance)| LabelRequest {
                x: *x,
                y: *y,
                width: label_font.width(text) + 2.0 * pad_x,
                height: label_font.size * 1.3,
                clearance: *clearance,
            })
            .collect();
        let placements = place_labels(&requests, &obstacles, &arrow_lines, plot.grow(-s.px(3.0)));
        for ((text, (x, y), clearance), placement) in labels.iter().zip(&placements) {
            let rect = placement.rect;
            let tx = x.clamp(rect.x0, rect.x1);
            let ty = y.clamp(rect.y0, rect.y1);
            let (dx, dy) = (tx - x, ty - y);
            let length = (dx * dx + dy * dy).sqrt().max(1.0);
            // A label that had to move away from its point is tied to it by a thin line.
            if placement.leader || length > clearance + s.px(14.0) {
                canvas.line(
                    &[
                        (x + dx / length * clearance, y + dy / length * clearance),
                        (tx, ty),
                    ],
                    MUTED,
                    s.px(1.3),
                )?;
            }
            let colour = if text == texts.benchmark {
                BENCHMARK
            } else {
                TEXT
            };
            canvas.text(
                text,
                rect.x0 + pad_x,
                rect.y0 + (rect.height() - label_font.size) / 2.0 + label_font.size * 0.05,
                label_font,
                colour,
                Align::Left,
            )?;
        }

        let legend = Rect::new(plot.x1 + s.px(48.0), body.y0, body.x1, body.y1);
        page::vertical_legend(&canvas, legend, texts.partners, &legend_entries(ctx))?;
        canvas.finish()?;
    }
    Ok(svg)
}

fn position(partner: &Partner) -> Option<(f64, f64)> {
    scores_of(partner.result)
}

fn scores_of(result: &OrganisationResult) -> Option<(f64, f64)> {
    Some((
        result.mean(OPERATIONAL_EFFICIENCY)?,
        result.mean(CUSTOMER_EXPERIENCE)?,
    ))
}

fn legend_entries(ctx: &Context) -> Vec<LegendEntry> {
    let texts = ctx.texts();
    let words = i18n::domain::texts(ctx.lang);
    let scores = |oe: Option<f64>, cx: Option<f64>, quadrant: Option<QuadrantId>| -> String {
        let quadrant = quadrant
            .and_then(|q| ctx.data.questionnaire.quadrant(q))
            .map(|q| q.name.get(ctx.lang).to_string())
            .unwrap_or_else(|| words.insufficient.to_string());
        format!(
            "{} · {} {} · {} {}",
            quadrant,
            i18n::cli::texts(ctx.lang).operational_efficiency_short,
            page::score_text(ctx, oe),
            i18n::cli::texts(ctx.lang).customer_experience_short,
            page::score_text(ctx, cx),
        )
    };
    let mut entries: Vec<LegendEntry> = ctx
        .partners
        .iter()
        .map(|partner| {
            let mut detail = scores(
                partner.result.mean(OPERATIONAL_EFFICIENCY),
                partner.result.mean(CUSTOMER_EXPERIENCE),
                partner.result.quadrant,
            );
            if let Some(previous) = ctx.previous
                && previous.organisation(&partner.result.id).is_none()
            {
                detail = format!("{detail} ({})", texts.new_in_round);
            }
            LegendEntry {
                symbol: Symbol::Marker(partner.look),
                text: partner.result.name.clone(),
                detail: Some(detail),
                detail_colour: MUTED,
            }
        })
        .collect();
    if let Some(entry) = &ctx.cooperation {
        entries.push(LegendEntry {
            symbol: Symbol::Cooperation,
            text: entry.name.clone(),
            detail: Some(scores(
                entry.mean(OPERATIONAL_EFFICIENCY),
                entry.mean(CUSTOMER_EXPERIENCE),
                entry.quadrant,
            )),
            detail_colour: MUTED,
        });
    }
    match &ctx.comparison.benchmark {
        Some(result) => {
            let b = &result.benchmark;
            let mut detail = scores(
                b.mean(OPERATIONAL_EFFICIENCY),
                b.mean(CUSTOMER_EXPERIENCE),
                result.quadrant,
            );
            if b.illustrative {
                detail = format!("{detail} — {}", words.illustrative);
            }
            entries.push(LegendEntry {
                symbol: Symbol::Benchmark,
                text: format!("{}: {}", texts.benchmark, b.name),
                detail: Some(detail),
                detail_colour: if b.illustrative { WARNING } else { MUTED },
            });
        }
        None => entries.push(LegendEntry {
            symbol: Symbol::None,
            text: format!("{}: {}", texts.benchmark, words.no_benchmark),
            detail: ctx
                .comparison
                .benchmark_missing
                .as_ref()
                .map(|missing| crate::words::format::benchmark_missing(missing, ctx.lang)),
            detail_colour: MUTED,
        }),
    }
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
    if let Some(previous) = ctx.previous
        && !previous.organisations.is_empty()
    {
        entries.push(LegendEntry {
            symbol: Symbol::Arrow(MUTED),
            text: (texts.shift_since)(&previous.round_label),
            detail: None,
            detail_colour: MUTED,
        });
    }
    entries
}
