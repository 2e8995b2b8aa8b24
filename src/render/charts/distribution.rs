//! The partners in the benchmark's distribution: per characteristic a band from p10 to p90,
//! a darker one from p25 to p75 and the median as a tick, with every partner as a point. The
//! points carry no labels (a legend names them), so at twelve partners no label covers
//! another point; within a row they stand one above the other, so none hides another.

use anyhow::Result;
use plotters::style::RGBColor;

use super::axes::{self, ScoreAxis};
use super::canvas::Canvas;
use super::column::LabelColumn;
use super::layout::Rect;
use super::page::{self, Symbol};
use super::style::{BENCHMARK, GRID};
use super::text::Font;
use super::{Context, Partner};
use crate::analysis::benchmark::Band;

const OUTER: RGBColor = RGBColor(0xDD, 0xDD, 0xDA);
const INNER: RGBColor = RGBColor(0xB4, 0xB4, 0xB0);

/// Where one row's median and points stand, for checks on the drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub scale: String,
    pub median: f64,
    pub median_x: f64,
    /// (organisation id, score, x)
    pub points: Vec<(String, f64, f64)>,
}

/// The scales the chart shows: those the benchmark gives a band, in questionnaire order.
pub fn scales<'a>(ctx: &'a Context) -> Vec<(&'a str, Band)> {
    let Some(result) = &ctx.comparison.benchmark else {
        return Vec::new();
    };
    ctx.data
        .questionnaire
        .scales()
        .filter_map(|scale| Some((scale.id.as_str(), result.benchmark.band(&scale.id)?)))
        .collect()
}

/// Whether the chart has anything to show.
pub fn applies(ctx: &Context) -> bool {
    !scales(ctx).is_empty() && !ctx.partners.is_empty()
}

pub fn render(ctx: &Context, title: &str) -> Result<String> {
    page::with_room(ctx, |height| {
        let (svg, _, lacking) = draw(ctx, title, height)?;
        Ok((svg, lacking))
    })
}

/// The rows as drawn at the medium's height.
pub fn layout(ctx: &Context) -> Result<Vec<Row>> {
    let title = ctx.texts().distribution_title;
    Ok(draw(ctx, title, ctx.size.height)?.1)
}

fn legend(ctx: &Context) -> Vec<(Symbol, String)> {
    let texts = ctx.texts();
    let mut legend: Vec<(Symbol, String)> = ctx
        .partners
        .iter()
        .map(|p| (Symbol::Marker(p.look), p.display_name(ctx.lang)))
        .collect();
    legend.extend([
        (Symbol::Band(OUTER), texts.distribution_outer.to_string()),
        (Symbol::Band(INNER), texts.distribution_inner.to_string()),
        (
            Symbol::Tick(BENCHMARK),
            texts.distribution_median.to_string(),
        ),
    ]);
    legend
}

fn draw(ctx: &Context, title: &str, height: u32) -> Result<(String, Vec<Row>, f64)> {
    let rows = scales(ctx);
    let mut svg = String::new();
    let drawn;
    let lacking;
    {
        let canvas = Canvas::for_chart(&mut svg, ctx, height)?;
        let s = canvas.sizes;
        let texts = ctx.texts();
        let n = rows
            .iter()
            .map(|(_, band)| band.n)
            .max()
            .unwrap_or_default();
        let name = ctx
            .comparison
            .benchmark
            .as_ref()
            .map(|b| crate::words::format::benchmark_name(&b.benchmark, ctx.lang))
            .unwrap_or_default();
        let notes = vec![
            (texts.distribution_note)(n, &name),
            page::respondents_note(ctx),
        ];
        let body = page::frame(&canvas, ctx, title, &notes)?;
        let legend = legend(ctx);
        let legend_height = page::horizontal_legend_height(&canvas, body.width(), &legend);
        let (y0, y1) = (
            body.y0,
            body.y1 - axes::space_below(&canvas) - legend_height - s.px(8.0),
        );
        let band = (y1 - y0) / rows.len().max(1) as f64;
        let name_font = Font::regular(s.label());
        let names: Vec<String> = rows.iter().map(|(id, _)| ctx.scale_name(id)).collect();
        let column = LabelColumn::fit_all(
            name_font,
            &names,
            band,
            (body.width() * 0.26).max(s.px(200.0)),
            body.width() * 0.4,
        );
        let plot = Rect::new(
            body.x0 + column.width + s.px(20.0),
            y0,
            body.x1 - s.px(24.0),
            y1,
        );
        let axis = axes::horizontal(&canvas, plot, texts.score_axis)?;
        page::horizontal_legend(
            &canvas,
            body.x0,
            body.y1 - legend_height + s.px(6.0),
            body.width(),
            &legend,
        )?;
        let mut laid = Vec::new();
        for (index, ((scale, stats), label)) in rows.iter().zip(&names).enumerate() {
            let centre = plot.y0 + band * (index as f64 + 0.5);
            if index > 0 {
                let y = plot.y0 + band * index as f64;
                canvas.line(&[(body.x0, y), (body.x1, y)], GRID, 1.0)?;
            }
            let lines = column.wrap(name_font, label, band);
            canvas.row_label(&lines, (body.x0, centre), name_font)?;
            laid.push(draw_row(&canvas, ctx, axis, scale, stats, (centre, band))?);
        }
        drawn = laid;
        lacking = column.lacking(name_font, band, rows.len().max(1));
        canvas.finish()?;
    }
    Ok((svg, drawn, lacking))
}

/// One characteristic: the two bands, the median and the partners' points.
fn draw_row(
    canvas: &Canvas,
    ctx: &Context,
    axis: ScoreAxis,
    scale: &str,
    stats: &Band,
    (centre, band): (f64, f64),
) -> Result<Row> {
    let s = canvas.sizes;
    let outer = (band * 0.5).min(s.px(30.0));
    let inner = outer * 0.7;
    canvas.fill_rect(
        axis.x(stats.p10),
        centre - outer / 2.0,
        axis.x(stats.p90),
        centre + outer / 2.0,
        OUTER,
    )?;
    canvas.fill_rect(
        axis.x(stats.p25),
        centre - inner / 2.0,
        axis.x(stats.p75),
        centre + inner / 2.0,
        INNER,
    )?;
    let median_x = axis.x(stats.median);
    canvas.fill_rect(
        median_x - s.px(2.0),
        centre - outer * 0.62,
        median_x + s.px(2.0),
        centre + outer * 0.62,
        BENCHMARK,
    )?;
    let scored: Vec<(&Partner, f64)> = ctx
        .partners
        .iter()
        .filter_map(|p| Some((p, p.result.mean(scale)?)))
        .collect();
    // Points one above the other across the band's height, in the partners' order.
    let spread = band * 0.7;
    let step = if scored.len() > 1 {
        spread / (scored.len() - 1) as f64
    } else {
        0.0
    };
    let radius = (s.marker() * 0.75).min(band * 0.2).max(s.px(3.0));
    let mut points = Vec::new();
    for (index, (partner, score)) in scored.iter().enumerate() {
        let x = axis.x(*score);
        let y = centre - spread / 2.0 + step * index as f64;
        let y = if scored.len() == 1 { centre } else { y };
        canvas.marker(partner.look.shape, x, y, radius, partner.look.colour)?;
        points.push((partner.result.id.clone(), *score, x));
    }
    Ok(Row {
        scale: scale.to_string(),
        median: stats.median,
        median_x,
        points,
    })
}
