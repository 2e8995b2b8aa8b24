//! One dimension compared across partners: a bar per partner with the spread between its
//! respondents, one for the cooperation as a whole with the spread between partners, and the
//! benchmark as a dashed line.

use anyhow::Result;
use plotters::style::RGBColor;

use super::Context;
use super::axes::{self, ScoreAxis};
use super::canvas::{Align, Canvas};
use super::column::{self, LabelColumn};
use super::layout::Rect;
use super::page::{self, Symbol};
use super::style::{BENCHMARK, COOPERATION, COOPERATION_FILL, MUTED, TEXT, darker};
use super::text::Font;
use crate::analysis::scoring::ScaleStats;
use crate::words::i18n::format_score;

pub fn render(ctx: &Context, title: &str, scale: &str) -> Result<String> {
    let rows = rows(ctx, scale);
    page::with_room(ctx, |height| draw(ctx, title, scale, &rows, height))
}

/// The chart at `height` pixels, and how many pixels its rows lacked.
fn draw(
    ctx: &Context,
    title: &str,
    scale: &str,
    rows: &[Row],
    height: u32,
) -> Result<(String, f64)> {
    let mut svg = String::new();
    let lacking;
    {
        let canvas = Canvas::for_chart(&mut svg, ctx, height)?;
        let texts = ctx.texts();
        let notes = vec![page::respondents_note(ctx), texts.scores_base.to_string()];
        let body = page::frame(&canvas, ctx, title, &notes)?;
        let benchmark = ctx.benchmark_mean(scale);
        let plot = draw_plot(&canvas, ctx, body, &legend(ctx, benchmark), rows)?;
        draw_rows(&canvas, ctx, &plot, rows)?;
        if let Some(value) = benchmark {
            draw_benchmark(&canvas, ctx, &plot, value)?;
        }
        lacking = plot.lacking;
        canvas.finish()?;
    }
    Ok((svg, lacking))
}

/// Where the bars go: names left of the plot, scores in a column at the right of the body.
struct Plot {
    body: Rect,
    rect: Rect,
    axis: ScoreAxis,
    names: LabelColumn,
    /// Each row's height, from the top of the plot down.
    bands: Vec<f64>,
    /// How many pixels the rows lacked for their names.
    lacking: f64,
}

/// A row's name in its font: the cooperation's in bold.
fn name_font(canvas: &Canvas, row: &Row) -> Font {
    if row.outlined {
        Font::bold(canvas.sizes.label())
    } else {
        Font::regular(canvas.sizes.label())
    }
}

/// The benchmark with its score, what the whisker means and, with a cooperation, its bar.
fn legend(ctx: &Context, benchmark: Option<f64>) -> Vec<(Symbol, String)> {
    let texts = ctx.texts();
    let mut legend = Vec::new();
    if let (Some(value), Some(result)) = (benchmark, &ctx.comparison.benchmark) {
        legend.push((
            Symbol::BenchmarkLine,
            format!(
                "{}: {} ({})",
                texts.benchmark,
                crate::words::format::benchmark_name(&result.benchmark, ctx.lang),
                format_score(ctx.lang, value)
            ),
        ));
    }
    legend.push((Symbol::Whisker, texts.spread.to_string()));
    if ctx.cooperation.is_some() {
        legend.push((Symbol::CooperationBar, texts.cooperation_spread.to_string()));
    }
    legend
}

/// Lays the plot out in `body` and draws its score axis, the score column's heading and the
/// legend below. The names' column is as wide as the names need to fit their rows with
/// their n under them, up to two fifths of the body; else without the n (the footnote gives
/// it); beyond that the rows must be taller.
fn draw_plot(
    canvas: &Canvas,
    ctx: &Context,
    body: Rect,
    legend: &[(Symbol, String)],
    rows: &[Row],
) -> Result<Plot> {
    let s = canvas.sizes;
    let texts = ctx.texts();
    let legend_height = page::horizontal_legend_height(canvas, body.width(), legend);
    // The score stands in a column of its own, so it is not read as the spread's end.
    let head_font = Font::regular(s.small());
    let value_space = Font::bold(s.label())
        .width("100,0")
        .max(head_font.width(texts.score_column))
        + s.px(40.0);
    let top = body.y0 + s.px(30.0);
    let bottom = body.y1 - axes::space_below(canvas) - legend_height - s.px(8.0);
    let band = (bottom - top) / rows.len().max(1) as f64;
    let marker_room = s.marker() * 2.0;
    let names: Vec<(&str, Font)> = rows
        .iter()
        .map(|row| (row.name, name_font(canvas, row)))
        .collect();
    let (preferred, cap) = (
        (body.width() * 0.27).max(s.px(200.0)) - marker_room,
        body.width() * 0.4 - marker_room,
    );
    let n_height = Font::regular(s.small()).line_height();
    let font = Font::regular(s.label());
    let with_n = LabelColumn::fit(&names, band - n_height, preferred, cap);
    let column = if with_n.band(font) + n_height <= band + 0.5 {
        with_n
    } else {
        LabelColumn::fit(&names, band, preferred, cap)
    };
    // A row whose name takes more lines than the others' (the cooperation's) is taller.
    let needed: Vec<f64> = names
        .iter()
        .map(|(name, font)| column.band_of(*font, name))
        .collect();
    let (bands, lacking) = column::bands(&needed, bottom - top);
    let rect = Rect::new(
        body.x0 + column.width + marker_room + s.px(20.0),
        top,
        body.x1 - value_space,
        bottom,
    );
    let axis = axes::horizontal(canvas, rect, texts.score_axis)?;
    canvas.text(
        texts.score_column,
        body.x1,
        top - head_font.line_height() * 1.3,
        head_font,
        MUTED,
        Align::Right,
    )?;
    page::horizontal_legend(
        canvas,
        body.x0,
        body.y1 - legend_height + s.px(6.0),
        body.width(),
        legend,
    )?;
    Ok(Plot {
        body,
        rect,
        axis,
        bands,
        names: column,
        lacking,
    })
}

/// One row per partner, highest score first, then the cooperation as a whole.
fn rows<'c>(ctx: &'c Context, scale: &str) -> Vec<Row<'c>> {
    let mut rows: Vec<Row> = ctx
        .partners
        .iter()
        .map(|partner| Row {
            name: &partner.short,
            look: Some(partner.look),
            respondents: partner.result.scores.respondents,
            stats: partner
                .result
                .scores
                .scales
                .get(scale)
                .copied()
                .unwrap_or_default(),
            fill: partner.look.colour,
            ink: darker(partner.look.colour),
            outlined: false,
        })
        .collect();
    rows.sort_by(|a, b| {
        let score = |row: &Row| row.stats.mean.unwrap_or(f64::NEG_INFINITY);
        score(b).total_cmp(&score(a))
    });
    if let Some(entry) = &ctx.cooperation {
        rows.push(Row {
            name: &entry.name,
            look: None,
            respondents: entry.scores.respondents,
            stats: entry.scores.scales.get(scale).copied().unwrap_or_default(),
            fill: COOPERATION_FILL,
            ink: COOPERATION,
            outlined: true,
        });
    }
    rows
}

/// Every row in a band of its own: the label left of the plot, the bar in it.
fn draw_rows(canvas: &Canvas, ctx: &Context, plot: &Plot, rows: &[Row]) -> Result<()> {
    let s = canvas.sizes;
    // Bars alike in every row, as thick as the narrowest row allows.
    let narrowest = plot.bands.iter().copied().fold(f64::INFINITY, f64::min);
    let thickness = (narrowest * 0.6).min(s.px(46.0));
    let mut top = plot.rect.y0;
    for (row, band) in rows.iter().zip(&plot.bands) {
        let centre = top + band / 2.0;
        draw_label(canvas, ctx, plot, row, (centre, *band))?;
        draw_bar(canvas, ctx, plot, row, (centre, thickness))?;
        top += band;
    }
    Ok(())
}

/// A row's name in the lines its column gives it, n under it where the row has room for
/// it, and a partner's marker between the name and the plot.
fn draw_label(
    canvas: &Canvas,
    ctx: &Context,
    plot: &Plot,
    row: &Row,
    (centre, band): (f64, f64),
) -> Result<()> {
    let s = canvas.sizes;
    let n_font = Font::regular(s.small());
    let marker_room = s.marker() * 2.0;
    let font = name_font(canvas, row);
    let lines = plot.names.wrap(font, row.name, band);
    // Where a row has no room for its n under the name, the footnote gives it.
    let crowded = column::band_for(font, lines.len()) + n_font.line_height() > band + 0.5;
    let n_text = if crowded {
        String::new()
    } else if row.look.is_some() && crate::analysis::privacy::indicative(row.respondents) {
        crate::words::format::indicative_mark(row.respondents, ctx.lang)
    } else {
        format!("n = {}", row.respondents)
    };
    let n_height = if crowded { 0.0 } else { n_font.line_height() };
    let block = lines.len() as f64 * font.line_height() + n_height;
    let mut y = centre - block / 2.0;
    let text_x = plot.rect.x0 - s.px(20.0) - marker_room;
    y += canvas.lines(&lines, text_x, y, font, TEXT, Align::Right)?;
    // The partner's marker: its shape tells partners of the same colour apart.
    if let Some(look) = row.look {
        canvas.marker(
            look.shape,
            plot.rect.x0 - s.px(10.0) - marker_room / 2.0,
            centre,
            s.marker() * 0.8,
            look.colour,
        )?;
    }
    canvas.text(&n_text, text_x, y, n_font, MUTED, Align::Right)?;
    Ok(())
}

/// The row's bar with its whisker and its score in the score column, or a note that the
/// basis is too small for a score.
fn draw_bar(
    canvas: &Canvas,
    ctx: &Context,
    plot: &Plot,
    row: &Row,
    (centre, thickness): (f64, f64),
) -> Result<()> {
    let s = canvas.sizes;
    let axis = plot.axis;
    let Some(mean) = row.stats.mean else {
        return page::draw_insufficient(
            canvas,
            ctx,
            (axis.x(0.0), centre),
            Font::regular(s.label()),
        );
    };
    let (x0, y0, x1, y1) = (
        axis.x(0.0),
        centre - thickness / 2.0,
        axis.x(mean),
        centre + thickness / 2.0,
    );
    canvas.fill_rect(x0, y0, x1, y1, row.fill)?;
    if row.outlined {
        canvas.stroke_rect(x0, y0, x1, y1, row.ink, s.px(2.0))?;
    }
    // The whisker is the spread between respondents, so the cooperation's bar (a mean of
    // partners) has none.
    if let (Some(low), Some(high)) = (row.stats.min, row.stats.max)
        && row.stats.n >= 2
        && !row.outlined
    {
        draw_whisker(canvas, axis, row, (low, high), (centre, thickness))?;
    }
    canvas.text_middle(
        &format_score(ctx.lang, mean),
        plot.body.x1,
        centre,
        Font::bold(s.label()),
        TEXT,
        Align::Right,
    )
}

/// The line from the lowest to the highest respondent's score, capped at both ends.
fn draw_whisker(
    canvas: &Canvas,
    axis: ScoreAxis,
    row: &Row,
    (low, high): (f64, f64),
    (centre, thickness): (f64, f64),
) -> Result<()> {
    let s = canvas.sizes;
    let cap = thickness * 0.22;
    canvas.line(
        &[(axis.x(low), centre), (axis.x(high), centre)],
        row.ink,
        s.px(2.0),
    )?;
    for v in [low, high] {
        canvas.line(
            &[(axis.x(v), centre - cap), (axis.x(v), centre + cap)],
            row.ink,
            s.px(2.0),
        )?;
    }
    Ok(())
}

/// The benchmark as a dashed line over all rows, with a diamond and its score on top.
fn draw_benchmark(canvas: &Canvas, ctx: &Context, plot: &Plot, value: f64) -> Result<()> {
    let s = canvas.sizes;
    let texts = ctx.texts();
    let x = plot.axis.x(value);
    canvas.dashed(
        (x, plot.rect.y0 - s.px(6.0)),
        (x, plot.rect.y1),
        BENCHMARK,
        s.px(2.5),
        s.px(8.0),
    )?;
    canvas.diamond(x, plot.rect.y0 - s.px(14.0), s.px(7.0), BENCHMARK)?;
    canvas.text_middle(
        &format!("{} {}", texts.benchmark, format_score(ctx.lang, value)),
        x + s.px(14.0),
        plot.rect.y0 - s.px(14.0),
        Font::bold(s.small()),
        BENCHMARK,
        Align::Left,
    )
}

/// One bar as drawn: a partner, or the cooperation as a whole (grey, outlined, bold name).
struct Row<'a> {
    name: &'a str,
    /// A partner's colour and shape; `None` for the cooperation.
    look: Option<super::style::Look>,
    respondents: usize,
    stats: ScaleStats,
    fill: RGBColor,
    ink: RGBColor,
    outlined: bool,
}
