//! A pillar's characteristics across all partners as a heat table: a row per characteristic,
//! a column per partner and one for the benchmark, each cell with its score (and its
//! deviation from the benchmark). With a benchmark a cell's colour says how far it lies
//! above (blue) or below (orange) the benchmark on its row, since the benchmark differs per
//! row; without one, a sequential blue scale shows the score. Cell text contrasts at least
//! 4.5:1 with its colour.

use anyhow::Result;

use super::Context;
use super::canvas::{Align, Canvas};
use super::layout::Rect;
use super::page;
use super::style::{self, GRID, MUTED, PANEL, TEXT};
use super::text::Font;
use crate::model::questionnaire::Pillar;
use crate::words::i18n::{self, format_deviation, format_score};

/// Scores below this get the lightest colour, above `HIGH` the darkest: the range where
/// organisations actually differ, so the colours tell them apart.
const LOW: f64 = 20.0;
const HIGH: f64 = 80.0;
/// A deviation from the benchmark this large (in points) or more gets the strongest colour.
const FAR: f64 = 15.0;

pub fn render(ctx: &Context, title: &str, pillar_id: &str) -> Result<String> {
    let mut svg = String::new();
    {
        let canvas = Canvas::for_chart(&mut svg, ctx)?;
        let Some(pillar) = ctx.data.questionnaire.pillar(pillar_id) else {
            anyhow::bail!((ctx.texts().no_pillar)(pillar_id));
        };
        let body = page::frame(&canvas, ctx, title, &notes(ctx))?;
        let (grid, heads) = layout(&canvas, ctx, body, pillar);
        draw_heads(&canvas, &grid, &heads)?;
        draw_rows(&canvas, ctx, &grid, pillar)?;
        let rows = pillar.scales.len().max(1) as f64;
        let key_y = grid.y0 + rows * grid.row_height + canvas.sizes.px(14.0);
        colour_key(
            &canvas,
            ctx,
            (grid.x0, key_y),
            ctx.comparison.benchmark.is_some(),
        )?;
        canvas.finish()?;
    }
    Ok(svg)
}

/// The respondents, the scores' base and, where names were shortened, the full names.
fn notes(ctx: &Context) -> Vec<String> {
    let texts = ctx.texts();
    let mut notes = vec![page::respondents_note(ctx), texts.scores_base.to_string()];
    if ctx.names_shortened() {
        let names: Vec<String> = ctx
            .partners
            .iter()
            .map(|p| format!("{} = {}", p.short, p.result.name))
            .collect();
        notes.push(format!("{}: {}.", texts.full_names, names.join("; ")));
    }
    notes
}

/// Where the table's cells go: a column per partner, then the benchmark's a little apart.
struct Grid {
    /// The left of the page's body, where the characteristics' names start.
    body_x0: f64,
    label_width: f64,
    x0: f64,
    y0: f64,
    column_width: f64,
    row_height: f64,
    /// The white between neighbouring cells.
    gap: f64,
    /// The extra room before the benchmark's column.
    bench_gap: f64,
    partners: usize,
}

impl Grid {
    fn column_x(&self, column: usize) -> f64 {
        let extra = if column >= self.partners {
            self.bench_gap
        } else {
            0.0
        };
        self.x0 + column as f64 * self.column_width + extra
    }
}

/// The columns' heads: the partners' short names, then the benchmark.
struct Heads {
    /// Each head's text and whether it is the benchmark's.
    names: Vec<(String, bool)>,
    /// Set upright, because some name does not fit across its column.
    upright: bool,
    height: f64,
}

/// A head takes at most this many lines across its column.
const HEADER_LINES: usize = 3;

/// The grid and its heads, fitted into `body` above the colour key.
fn layout(canvas: &Canvas, ctx: &Context, body: Rect, pillar: &Pillar) -> (Grid, Heads) {
    let s = canvas.sizes;
    let benchmark = ctx.comparison.benchmark.as_ref();
    let columns = ctx.partners.len() + usize::from(benchmark.is_some());
    let label_width = (body.width() * 0.24).max(s.px(190.0));
    let gap = s.px(4.0);
    let bench_gap = if benchmark.is_some() { s.px(14.0) } else { 0.0 };
    let legend_height = Font::regular(s.small()).line_height() * 2.8;
    let grid_x0 = body.x0 + label_width + s.px(16.0);
    let column_width = ((body.x1 - grid_x0 - bench_gap) / columns.max(1) as f64).min(s.px(170.0));
    let heads = heads(canvas, ctx, body, column_width - 2.0 * gap);
    let rows = pillar.scales.len().max(1) as f64;
    let grid_y0 = body.y0 + heads.height;
    let row_height = ((body.y1 - legend_height - grid_y0) / rows).min(s.px(90.0));
    let grid = Grid {
        body_x0: body.x0,
        label_width,
        x0: grid_x0,
        y0: grid_y0,
        column_width,
        row_height,
        gap,
        bench_gap,
        partners: ctx.partners.len(),
    };
    (grid, heads)
}

/// The heads for columns `head_room` wide: across in up to three lines, or all upright when
/// one name does not fit that way.
fn heads(canvas: &Canvas, ctx: &Context, body: Rect, head_room: f64) -> Heads {
    let s = canvas.sizes;
    let head_font = Font::bold(s.small());
    let mut names: Vec<(String, bool)> = ctx.partners.iter().map(|p| (p.label(), false)).collect();
    if ctx.comparison.benchmark.is_some() {
        names.push((ctx.texts().benchmark.to_string(), true));
    }
    let upright = names.iter().any(|(name, _)| {
        let lines = head_font.wrap(name, head_room);
        lines.len() > HEADER_LINES || lines.iter().any(|line| line.ends_with('…'))
    });
    let longest = names
        .iter()
        .map(|(name, _)| head_font.width(name))
        .fold(0.0, f64::max);
    let height = if upright {
        longest.min(body.height() * 0.36) + s.px(12.0)
    } else {
        head_font.line_height() * HEADER_LINES as f64 + s.px(8.0)
    };
    Heads {
        names,
        upright,
        height,
    }
}

/// Every column's head, centred over it and standing on the grid's top.
fn draw_heads(canvas: &Canvas, grid: &Grid, heads: &Heads) -> Result<()> {
    let s = canvas.sizes;
    let head_font = Font::bold(s.small());
    let head_room = grid.column_width - 2.0 * grid.gap;
    for (column, (name, is_benchmark)) in heads.names.iter().enumerate() {
        let colour = if *is_benchmark {
            style::BENCHMARK
        } else {
            TEXT
        };
        let centre_x = grid.column_x(column) + grid.column_width / 2.0;
        if heads.upright {
            let text = head_font.shorten(name, heads.height - s.px(12.0));
            let length = head_font.width(&text);
            canvas.vertical_text(
                &text,
                centre_x,
                grid.y0 - s.px(8.0) - length / 2.0,
                head_font,
                colour,
            )?;
        } else {
            let lines = head_font.wrap_lines(name, head_room, HEADER_LINES);
            let height = lines.len() as f64 * head_font.line_height();
            canvas.lines(
                &lines,
                centre_x,
                grid.y0 - s.px(6.0) - height,
                head_font,
                colour,
                Align::Centre,
            )?;
        }
    }
    Ok(())
}

/// A row per characteristic: its name, then a cell per partner and one for the benchmark.
fn draw_rows(canvas: &Canvas, ctx: &Context, grid: &Grid, pillar: &Pillar) -> Result<()> {
    let s = canvas.sizes;
    let benchmark = ctx.comparison.benchmark.as_ref();
    let name_font = Font::regular(s.label());
    let value_font = Font::bold(s.label().min(grid.column_width * 0.24));
    let deviation_font = Font::regular(s.small().min(grid.column_width * 0.2));
    let show_deviation = benchmark.is_some()
        && grid.row_height > value_font.line_height() + deviation_font.line_height();
    for (row, scale) in pillar.scales.iter().enumerate() {
        let y0 = grid.y0 + row as f64 * grid.row_height;
        let centre = y0 + grid.row_height / 2.0;
        canvas.row_label(
            scale.name.get(ctx.lang),
            (grid.body_x0, centre),
            grid.label_width,
            grid.row_height,
            name_font,
        )?;
        if row > 0 {
            canvas.line(&[(grid.body_x0, y0), (grid.x0 - s.px(8.0), y0)], GRID, 1.0)?;
        }
        let cell_at = |column: usize| {
            let x0 = grid.column_x(column);
            (x0 + grid.gap / 2.0, y0 + grid.gap / 2.0)
        };
        let cell_size = (grid.column_width - grid.gap, grid.row_height - grid.gap);
        for (column, partner) in ctx.partners.iter().enumerate() {
            let value = partner.result.mean(&scale.id);
            let deviation = if show_deviation {
                partner.result.deviations.get(&scale.id).copied()
            } else {
                None
            };
            cell(
                canvas,
                ctx,
                cell_at(column),
                cell_size,
                value,
                deviation,
                result_mean(benchmark, &scale.id),
                false,
                (value_font, deviation_font),
            )?;
        }
        if let Some(result) = benchmark {
            cell(
                canvas,
                ctx,
                cell_at(ctx.partners.len()),
                cell_size,
                result.benchmark.mean(&scale.id),
                None,
                None,
                true,
                (value_font, deviation_font),
            )?;
        }
    }
    Ok(())
}

fn result_mean(
    benchmark: Option<&crate::analysis::comparison::BenchmarkResult>,
    scale: &str,
) -> Option<f64> {
    benchmark.and_then(|b| b.benchmark.mean(scale))
}

/// The colour key under the table: deviation from the benchmark, or score without one.
fn colour_key(canvas: &Canvas, ctx: &Context, (x0, y): (f64, f64), deviations: bool) -> Result<()> {
    let s = canvas.sizes;
    let key_font = Font::regular(s.small());
    let swatch = s.px(34.0);
    let height = key_font.size * 1.1;
    let (colours, text): (Vec<_>, String) = if deviations {
        (
            [-FAR, -FAR / 2.0, 0.0, FAR / 2.0, FAR]
                .iter()
                .map(|d| style::diverging(d / FAR))
                .collect(),
            (i18n::charts::words(ctx.lang).deviation_key)(&format!(
                "±{}",
                format_score(ctx.lang, FAR)
            )),
        )
    } else {
        (
            [LOW, 35.0, 50.0, 65.0, HIGH]
                .iter()
                .map(|v| colour_of(*v))
                .collect(),
            (ctx.texts().colour_key)(&format_score(ctx.lang, LOW), &format_score(ctx.lang, HIGH)),
        )
    };
    let mut x = x0;
    for colour in colours {
        canvas.fill_rect(x, y, x + swatch, y + height, colour)?;
        canvas.stroke_rect(x, y, x + swatch, y + height, GRID, 1.0)?;
        x += swatch;
    }
    let key_x = x + s.px(10.0);
    let right = canvas.width - s.margin();
    canvas.lines(
        &key_font.wrap_lines(&text, right - key_x, 2),
        key_x,
        y - key_font.size * 0.1,
        key_font,
        MUTED,
        Align::Left,
    )?;
    Ok(())
}

fn colour_of(value: f64) -> plotters::style::RGBColor {
    style::sequential((value - LOW) / (HIGH - LOW))
}

#[allow(clippy::too_many_arguments)]
fn cell(
    canvas: &Canvas,
    ctx: &Context,
    (x0, y0): (f64, f64),
    (width, height): (f64, f64),
    value: Option<f64>,
    deviation: Option<f64>,
    reference: Option<f64>,
    is_benchmark: bool,
    (value_font, deviation_font): (Font, Font),
) -> Result<()> {
    let s = canvas.sizes;
    let fill = match (value, is_benchmark, reference) {
        (_, true, _) | (None, false, _) => PANEL,
        (Some(v), false, Some(benchmark)) => style::diverging((v - benchmark) / FAR),
        (Some(v), false, None) => colour_of(v),
    };
    canvas.fill_rect(x0, y0, x0 + width, y0 + height, fill)?;
    if is_benchmark {
        canvas.stroke_rect(x0, y0, x0 + width, y0 + height, style::AXIS, s.px(1.0))?;
    }
    let ink = style::ink_on(fill);
    let centre_x = x0 + width / 2.0;
    let centre_y = y0 + height / 2.0;
    match value {
        Some(v) => {
            let text = format_score(ctx.lang, v);
            match deviation {
                Some(d) => {
                    let block = value_font.line_height() + deviation_font.line_height();
                    let top = centre_y - block / 2.0;
                    canvas.text(&text, centre_x, top, value_font, ink, Align::Centre)?;
                    canvas.text(
                        &format_deviation(ctx.lang, d),
                        centre_x,
                        top + value_font.line_height(),
                        deviation_font,
                        ink,
                        Align::Centre,
                    )?;
                }
                None => {
                    canvas.text_middle(&text, centre_x, centre_y, value_font, ink, Align::Centre)?
                }
            }
        }
        None => canvas.text_middle("–", centre_x, centre_y, value_font, MUTED, Align::Centre)?,
    }
    Ok(())
}
