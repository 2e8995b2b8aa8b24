//! One dimension per statement: for every item a row with each partner's mean as a dot, so
//! the differences behind the dimension score are visible; above six partners a heat table
//! (see `item_heat`).

use anyhow::Result;

use super::Context;
use super::axes::{self, ScoreAxis};
use super::canvas::{Align, Canvas};
use super::column::LabelColumn;
use super::item_heat;
use super::layout::Rect;
use super::page::{self, Symbol};
use plotters::style::RGBColor;

use super::style::darker;
use super::text::Font;
use crate::analysis::privacy;
use crate::analysis::scoring::{self, ItemMean};
use crate::model::questionnaire::Scale;
use crate::words::i18n;
use crate::words::i18n::format_score;

/// More partners than this are shown as a heat table: a dot per partner per statement would
/// no longer be told apart.
pub const HEAT_TABLE_ABOVE: usize = 6;

/// The shade of every other row.
const ROW_SHADE: RGBColor = RGBColor(0xF3, 0xF5, 0xF7);
/// The line from the lowest to the highest partner on a statement.
const RANGE: RGBColor = RGBColor(0xC4, 0xC4, 0xC4);

pub fn render(ctx: &Context, title: &str, scale_id: &str) -> Result<String> {
    let Some(scale) = ctx.data.questionnaire.scale(scale_id) else {
        anyhow::bail!((ctx.texts().no_scale)(scale_id));
    };
    let means = item_means(ctx, scale);
    page::with_room(ctx, |height| draw(ctx, title, scale, &means, height))
}

/// The chart at `height` pixels, and how many pixels its rows lacked.
fn draw(
    ctx: &Context,
    title: &str,
    scale: &Scale,
    means: &[Vec<ItemMean>],
    height: u32,
) -> Result<(String, f64)> {
    let mut svg = String::new();
    let lacking;
    {
        let canvas = Canvas::for_chart(&mut svg, ctx, height)?;
        let body = page::frame(&canvas, ctx, title, &notes(ctx, scale))?;
        if ctx.partners.len() > HEAT_TABLE_ABOVE {
            lacking = item_heat::draw(&canvas, ctx, body, scale, means)?;
        } else {
            let plot = draw_plot(&canvas, ctx, body, scale, means)?;
            draw_rows(&canvas, ctx, &plot, scale, means)?;
            lacking = plot.lacking;
        }
        canvas.finish()?;
    }
    Ok((svg, lacking))
}

/// A statement as its row shows it: marked with a star where it is reverse-worded.
pub fn statement(ctx: &Context, item: &crate::model::questionnaire::Item) -> String {
    let mut text = item.text.get(ctx.lang).to_string();
    if item.reverse {
        text.push_str(" *");
    }
    text
}

/// Every partner's mean per statement of the scale, in the order of the partners.
fn item_means(ctx: &Context, scale: &Scale) -> Vec<Vec<ItemMean>> {
    let questionnaire = &ctx.data.questionnaire;
    ctx.partners
        .iter()
        .map(|partner| {
            let assessments: Vec<_> = ctx
                .data
                .assessments_for(&partner.result.id, &ctx.comparison.round)
                .map(|stored| &stored.assessment)
                .collect();
            // A statement's mean only from five respondents (the privacy rule): below that it
            // would be one or a few people's own answers.
            privacy::statement_means(scoring::item_means(
                scale,
                &questionnaire.answer_scale,
                &assessments,
            ))
        })
        .collect()
}

/// The respondents, how a statement's score is made and, where they apply, what the star
/// and the benchmark's absence mean.
fn notes(ctx: &Context, scale: &Scale) -> Vec<String> {
    let texts = ctx.texts();
    let mut notes = vec![page::respondents_note(ctx), texts.item_note.to_string()];
    if scale.items.iter().any(|item| item.reverse) {
        notes.push(texts.reverse_note.to_string());
    }
    if ctx.comparison.benchmark.is_some() {
        notes.push(texts.benchmark_per_item.to_string());
    }
    // Partners whose statements are not shown, and why: true for the data at hand.
    let hidden: Vec<String> = ctx
        .partners
        .iter()
        .filter(|p| p.result.scores.respondents < privacy::STATEMENT_DETAIL_FROM)
        .map(|p| {
            let respondents = p.result.scores.respondents;
            if privacy::indicative(respondents) {
                crate::words::format::indicative_name(&p.short, respondents, ctx.lang)
            } else {
                format!("{} (n = {respondents})", p.short)
            }
        })
        .collect();
    if !hidden.is_empty() {
        notes.push((texts.statements_hidden)(&i18n::join_names(
            ctx.lang, &hidden,
        )));
    }
    notes
}

/// Where the dots go: the statements left of the plot, a band per statement in it.
struct Plot {
    body: Rect,
    rect: Rect,
    axis: ScoreAxis,
    column: LabelColumn,
    band: f64,
    /// How many pixels the rows lacked for their statements.
    lacking: f64,
}

/// Lays the plot out in `body` and draws the shading of every other row, the score axis and
/// the legend of partners. The statements' column is as wide as they need to fit their rows,
/// up to a little over half the body; beyond that the rows must be taller.
fn draw_plot(
    canvas: &Canvas,
    ctx: &Context,
    body: Rect,
    scale: &Scale,
    means: &[Vec<ItemMean>],
) -> Result<Plot> {
    let s = canvas.sizes;
    // The legend names only the partners with a dot somewhere in the chart.
    let legend: Vec<(Symbol, String)> = ctx
        .partners
        .iter()
        .zip(means)
        .filter(|(_, list)| list.iter().any(|m| m.mean.is_some()))
        .map(|(p, _)| (Symbol::Marker(p.look), p.display_name(ctx.lang)))
        .collect();
    let legend_height = page::horizontal_legend_height(canvas, body.width(), &legend);
    let (y0, y1) = (
        body.y0,
        body.y1 - axes::space_below(canvas) - legend_height - s.px(8.0),
    );
    let rows = scale.items.len().max(1);
    let band = (y1 - y0) / rows as f64;
    let item_font = Font::regular(s.small());
    let statements: Vec<String> = scale
        .items
        .iter()
        .map(|item| statement(ctx, item))
        .collect();
    let column = LabelColumn::fit_all(
        item_font,
        &statements,
        band,
        (body.width() * 0.40).max(s.px(260.0)),
        body.width() * 0.55,
    );
    let rect = Rect::new(
        body.x0 + column.width + s.px(24.0),
        y0,
        body.x1 - s.px(12.0),
        y1,
    );
    // Every other row shaded (under the grid), so a dot is read against its statement.
    for row in (1..scale.items.len()).step_by(2) {
        let y = rect.y0 + band * row as f64;
        canvas.fill_rect(body.x0 - s.px(8.0), y, rect.x1, y + band, ROW_SHADE)?;
    }
    let axis = axes::horizontal(canvas, rect, ctx.texts().score_axis)?;
    page::horizontal_legend(
        canvas,
        body.x0,
        body.y1 - legend_height + s.px(6.0),
        body.width(),
        &legend,
    )?;
    Ok(Plot {
        body,
        rect,
        axis,
        column,
        band,
        lacking: column.lacking(item_font, band, rows),
    })
}

/// A partner's dot on a statement's row and how far the dots stand apart within it.
#[derive(Clone, Copy)]
struct Dots {
    radius: f64,
    step: f64,
}

/// Every statement with the partners' means on its row.
fn draw_rows(
    canvas: &Canvas,
    ctx: &Context,
    plot: &Plot,
    scale: &Scale,
    means: &[Vec<ItemMean>],
) -> Result<()> {
    let s = canvas.sizes;
    let item_font = Font::regular(s.small());
    let band = plot.band;
    let count = ctx.partners.len().max(1) as f64;
    let radius = (s.marker() * 0.85)
        .min(band / (count * 0.9 + 1.0))
        .max(s.px(4.0));
    let dots = Dots {
        radius,
        step: ((band * 0.7) / count).min(radius * 1.5),
    };
    for (row, item) in scale.items.iter().enumerate() {
        let centre = plot.rect.y0 + band * (row as f64 + 0.5);
        let lines = plot.column.wrap(item_font, &statement(ctx, item), band);
        canvas.row_label(&lines, (plot.body.x0, centre), item_font)?;
        let values: Vec<(usize, f64)> = means
            .iter()
            .enumerate()
            .filter_map(|(index, list)| Some((index, list.get(row)?.mean?)))
            .collect();
        if values.is_empty() {
            // An empty row says why: true for the data at hand.
            let answered = means
                .iter()
                .any(|list| list.get(row).is_some_and(|m| m.answered > 0));
            let texts = ctx.texts();
            let why = if answered {
                texts.statement_too_few
            } else {
                texts.statement_unanswered
            };
            // Wrapped into the plot, so the reason is read whole however narrow it is.
            let font = Font::regular(s.small());
            let lines = font.wrap(why, plot.rect.width() - s.px(16.0));
            let height = lines.len() as f64 * font.line_height();
            canvas.lines(
                &lines,
                plot.rect.x0 + s.px(8.0),
                centre - height / 2.0,
                font,
                super::style::MUTED,
                Align::Left,
            )?;
        }
        draw_means(canvas, ctx, plot.axis, &values, centre, dots)?;
    }
    Ok(())
}

/// The partners' means on one statement (`values`: partner index and mean): a line from the
/// lowest to the highest, a dot per partner and, for a lone partner, its score.
fn draw_means(
    canvas: &Canvas,
    ctx: &Context,
    axis: ScoreAxis,
    values: &[(usize, f64)],
    centre: f64,
    Dots { radius, step }: Dots,
) -> Result<()> {
    let s = canvas.sizes;
    let count = ctx.partners.len().max(1) as f64;
    let low = values.iter().map(|(_, v)| *v).fold(f64::INFINITY, f64::min);
    let high = values
        .iter()
        .map(|(_, v)| *v)
        .fold(f64::NEG_INFINITY, f64::max);
    if values.len() > 1 {
        canvas.line(
            &[(axis.x(low), centre), (axis.x(high), centre)],
            RANGE,
            s.px(3.0),
        )?;
    }
    for (index, value) in values {
        let partner = &ctx.partners[*index];
        // Partners side by side within the row, so equal means never hide each other.
        let offset = (*index as f64 - (count - 1.0) / 2.0) * step;
        canvas.marker(
            partner.look.shape,
            axis.x(*value),
            centre + offset,
            radius,
            partner.look.colour,
        )?;
    }
    if ctx.partners.len() == 1
        && let Some((_, value)) = values.first()
    {
        canvas.text_middle(
            &format_score(ctx.lang, *value),
            axis.x(*value) + radius + s.px(8.0),
            centre,
            Font::bold(s.small()),
            darker(ctx.partners[0].look.colour),
            Align::Left,
        )?;
    }
    Ok(())
}
