//! A pillar's characteristics across all partners as a heat table: a row per characteristic,
//! a column per partner and one for the benchmark, each cell with its score (and its
//! deviation from the benchmark). With a benchmark a cell's colour says how far it lies
//! above (blue) or below (orange) the benchmark on its row, since the benchmark differs per
//! row, and a cell at the benchmark (within the findings' margin) is neutral; without one, a sequential blue scale shows the score. Cell text contrasts at least
//! 4.5:1 with its colour.

use anyhow::Result;

use super::Context;
use super::canvas::{Align, Canvas};
use super::column::LabelColumn;
use super::layout::Rect;
use super::page;
use super::style::{self, GRID, MUTED, PANEL, TEXT};
use super::text::Font;
use crate::model::margins::Margins;
use crate::model::questionnaire::Pillar;
use crate::words::i18n::{self, format_deviation, format_score};

/// Scores below this get the lightest colour, above `HIGH` the darkest: the range where
/// organisations actually differ, so the colours tell them apart.
const LOW: f64 = 20.0;
const HIGH: f64 = 80.0;
/// A deviation from the benchmark this large (in points) or more gets the strongest colour.
const FAR: f64 = 15.0;

pub fn render(ctx: &Context, title: &str, pillar_id: &str) -> Result<String> {
    let Some(pillar) = ctx.data.questionnaire.pillar(pillar_id) else {
        anyhow::bail!((ctx.texts().no_pillar)(pillar_id));
    };
    page::with_room(ctx, |height| draw(ctx, title, pillar, height))
}

/// The chart at `height` pixels, and how many pixels its rows and heads lacked.
fn draw(ctx: &Context, title: &str, pillar: &Pillar, height: u32) -> Result<(String, f64)> {
    let mut svg = String::new();
    let lacking;
    {
        let canvas = Canvas::for_chart(&mut svg, ctx, height)?;
        let body = page::frame(&canvas, ctx, title, &notes(ctx))?;
        let (grid, heads) = layout(&canvas, ctx, body, pillar);
        draw_heads(&canvas, &grid, &heads)?;
        draw_rows(&canvas, ctx, &grid, pillar)?;
        let rows = pillar.scales.len().max(1) as f64;
        let key_y = grid.y0 + rows * grid.row_height + canvas.sizes.px(14.0);
        colour_key(&canvas, ctx, (grid.x0, key_y), &key_text(ctx))?;
        lacking = grid.lacking;
        canvas.finish()?;
    }
    Ok((svg, lacking))
}

/// The respondents, the scores' base and, where names were shortened, the full names.
fn notes(ctx: &Context) -> Vec<String> {
    let texts = ctx.texts();
    let mut notes = vec![page::respondents_note(ctx), texts.scores_base.to_string()];
    if ctx.names_shortened() {
        let names: Vec<String> = ctx
            .partners
            .iter()
            .map(|p| {
                let respondents = p.result.scores.respondents;
                let name = &p.result.name;
                format!(
                    "{} = {}",
                    p.short,
                    crate::words::format::indicative_name(name, respondents, ctx.lang)
                )
            })
            .collect();
        notes.push(format!("{}: {}.", texts.full_names, names.join("; ")));
    }
    notes
}

/// Where the table's cells go: a column per partner, then the benchmark's a little apart.
struct Grid {
    /// The left of the page's body, where the characteristics' names start.
    body_x0: f64,
    names: LabelColumn,
    x0: f64,
    y0: f64,
    column_width: f64,
    row_height: f64,
    /// The white between neighbouring cells.
    gap: f64,
    /// The extra room before the benchmark's column.
    bench_gap: f64,
    partners: usize,
    /// How many pixels the rows and heads lacked.
    lacking: f64,
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
    /// Set upright (in the lines of this column, `width` high), because some name does not
    /// fit across its column.
    upright: Option<LabelColumn>,
    height: f64,
}

/// Upright heads take at most this share of the body's height (as the medium's own size
/// leaves it), unless their names need more on paper.
const HEADS_SHARE: f64 = 0.36;

/// How high upright heads may reach without asking for more.
pub fn heads_cap(canvas: &Canvas, ctx: &Context, body: Rect) -> f64 {
    let grown = canvas.height - f64::from(ctx.size.height);
    (body.height() - grown) * HEADS_SHARE
}

/// How high upright heads stand: as high as they need on paper (the chart grows for it),
/// within their share of a fixed image.
pub fn upright_height(canvas: &Canvas, ctx: &Context, body: Rect, upright: LabelColumn) -> f64 {
    if ctx.medium.grows() {
        upright.width
    } else {
        upright.width.min(heads_cap(canvas, ctx, body))
    }
}

/// A head takes at most this many lines across its column.
const HEADER_LINES: usize = 3;

/// The grid and its heads, fitted into `body` above the colour key. The characteristics'
/// names take a column as wide as they need to fit their rows, within what the cells leave
/// (each keeps room for its score at the medium's type size).
fn layout(canvas: &Canvas, ctx: &Context, body: Rect, pillar: &Pillar) -> (Grid, Heads) {
    let s = canvas.sizes;
    let benchmark = ctx.comparison.benchmark.as_ref();
    let columns = ctx.partners.len() + usize::from(benchmark.is_some());
    let gap = s.px(4.0);
    let bench_gap = if benchmark.is_some() { s.px(14.0) } else { 0.0 };
    let name_font = Font::regular(s.label());
    let key_font = Font::regular(s.small());
    let min_column = Font::bold(s.small()).width("00,0") + 2.0 * gap + s.px(8.0);
    let room = body.width() - s.px(16.0) - bench_gap - columns.max(1) as f64 * min_column;
    let preferred = (body.width() * 0.24).max(s.px(190.0)).min(room);
    let cap = (body.width() * 0.45).min(room).max(preferred);
    let names: Vec<String> = pillar
        .scales
        .iter()
        .map(|scale| scale.name.get(ctx.lang).to_string())
        .collect();
    let rows = pillar.scales.len().max(1);
    let key = key_text(ctx);
    let mut label_width = preferred;
    let mut laid = None;
    for _ in 0..3 {
        let grid_x0 = body.x0 + label_width + s.px(16.0);
        let column_width =
            ((body.x1 - grid_x0 - bench_gap) / columns.max(1) as f64).min(s.px(170.0));
        let heads = heads(canvas, ctx, body, (column_width, column_width - 2.0 * gap));
        let key_x = grid_x0 + 5.0 * s.px(34.0) + s.px(10.0);
        let key_lines = key_font.wrap(&key, canvas.width - s.margin() - key_x).len() as f64;
        let key_height = key_font.line_height() * (key_lines + 0.8);
        let grid_y0 = body.y0 + heads.height;
        // Rows are at most 90 pixels high, unless their names need more.
        let available = (body.y1 - key_height - grid_y0) / rows as f64;
        let band = available.min(s.px(90.0));
        let column = LabelColumn::fit_all(name_font, &names, band, preferred, cap);
        let row_height = available.min(band.max(column.band(name_font)));
        let done = (column.width - label_width).abs() < 0.5;
        label_width = column.width;
        let grid = Grid {
            body_x0: body.x0,
            names: column,
            x0: grid_x0,
            y0: grid_y0,
            column_width,
            row_height,
            gap,
            bench_gap,
            partners: ctx.partners.len(),
            // With a benchmark a cell holds its deviation under its score, in every
            // language alike: rows short of that room ask for it as names do.
            lacking: column.lacking(name_font, row_height, rows)
                + if benchmark.is_some() && deviation_fits_across(s, column_width, gap) {
                    let (value_font, deviation_font) = cell_fonts(s, column_width);
                    let needed = value_font.line_height() + deviation_font.line_height() + 1.0;
                    (needed - row_height).max(0.0) * rows as f64
                } else {
                    0.0
                },
        };
        laid = Some((grid, heads));
        if done {
            break;
        }
    }
    laid.expect("the layout runs at least once")
}

/// The heads for columns `column_width` wide (`head_room` inside their cells): across in up
/// to three lines, or all upright when one name does not fit that way.
fn heads(
    canvas: &Canvas,
    ctx: &Context,
    body: Rect,
    (column_width, head_room): (f64, f64),
) -> Heads {
    let s = canvas.sizes;
    let head_font = Font::bold(s.small());
    let mut names: Vec<(String, bool)> = ctx
        .partners
        .iter()
        .map(|p| (p.label(ctx.lang), false))
        .collect();
    if ctx.comparison.benchmark.is_some() {
        names.push((ctx.texts().benchmark.to_string(), true));
    }
    let across = names.iter().all(|(name, _)| {
        head_font.longest_word(name) <= head_room
            && head_font.wrap(name, head_room).len() <= HEADER_LINES
    });
    if across {
        return Heads {
            names,
            upright: None,
            height: head_font.line_height() * HEADER_LINES as f64 + s.px(8.0),
        };
    }
    let texts: Vec<String> = names.iter().map(|(name, _)| name.clone()).collect();
    let upright = LabelColumn::upright(
        head_font,
        &texts,
        column_width,
        heads_cap(canvas, ctx, body),
    );
    Heads {
        names,
        upright: Some(upright),
        height: upright_height(canvas, ctx, body, upright) + s.px(12.0),
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
        if let Some(upright) = heads.upright {
            canvas.upright_lines(
                &upright.wrap(head_font, name, grid.column_width),
                (centre_x, grid.y0 - s.px(8.0)),
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
    // Numbers are set smaller in narrow cells, never below the medium's small type; the
    // deviation is left out where its cell has no room for it at that size.
    let (value_font, deviation_font) = cell_fonts(s, grid.column_width);
    let show_deviation = benchmark.is_some()
        && deviation_fits_across(s, grid.column_width, grid.gap)
        && grid.row_height > value_font.line_height() + deviation_font.line_height();
    for (row, scale) in pillar.scales.iter().enumerate() {
        let y0 = grid.y0 + row as f64 * grid.row_height;
        let centre = y0 + grid.row_height / 2.0;
        let lines = grid
            .names
            .wrap(name_font, scale.name.get(ctx.lang), grid.row_height);
        canvas.row_label(&lines, (grid.body_x0, centre), name_font)?;
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
            let deviation = partner.result.deviations.get(&scale.id).copied();
            let fill = match (value, benchmark.is_some(), deviation) {
                (None, _, _) => PANEL,
                (Some(_), true, Some(d)) => deviation_colour(d, ctx.comparison.margins),
                (Some(_), true, None) => PANEL,
                (Some(v), false, _) => colour_of(v),
            };
            cell(
                canvas,
                ctx,
                cell_at(column),
                cell_size,
                value,
                deviation.filter(|_| show_deviation),
                fill,
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
                PANEL,
                true,
                (value_font, deviation_font),
            )?;
        }
    }
    Ok(())
}

/// The fonts of a cell's score and of its deviation, for columns `column_width` wide.
fn cell_fonts(s: super::style::Sizes, column_width: f64) -> (Font, Font) {
    (
        Font::bold(s.label().min(column_width * 0.24).max(s.small())),
        Font::regular(s.small()),
    )
}

/// Whether a deviation fits across a cell of columns `column_width` wide.
fn deviation_fits_across(s: super::style::Sizes, column_width: f64, gap: f64) -> bool {
    let (_, deviation_font) = cell_fonts(s, column_width);
    deviation_font.width("−00,0") <= column_width - gap - s.px(6.0)
}

/// A cell's colour for its deviation from the benchmark: the neutral middle while it is at
/// the benchmark (the findings' own margin), beyond it blue above and orange below, the
/// darker the further.
fn deviation_colour(deviation: f64, margins: Margins) -> plotters::style::RGBColor {
    if margins.is_at(deviation) {
        style::diverging(0.0)
    } else {
        style::diverging(deviation / FAR)
    }
}

/// The key's words: deviation from the benchmark, or score without one.
fn key_text(ctx: &Context) -> String {
    if ctx.comparison.benchmark.is_some() {
        (i18n::charts::words(ctx.lang).deviation_key)(
            &format!("±{}", format_score(ctx.lang, ctx.comparison.margins.at)),
            &format!("±{}", format_score(ctx.lang, FAR)),
        )
    } else {
        (ctx.texts().colour_key)(&format_score(ctx.lang, LOW), &format_score(ctx.lang, HIGH))
    }
}

/// The colour key under the table: deviation from the benchmark, or score without one.
fn colour_key(canvas: &Canvas, ctx: &Context, (x0, y): (f64, f64), text: &str) -> Result<()> {
    let s = canvas.sizes;
    let key_font = Font::regular(s.small());
    let swatch = s.px(34.0);
    let height = key_font.size * 1.1;
    let colours: Vec<_> = if ctx.comparison.benchmark.is_some() {
        [-FAR, -FAR / 2.0, 0.0, FAR / 2.0, FAR]
            .iter()
            .map(|d| style::diverging(d / FAR))
            .collect()
    } else {
        [LOW, 35.0, 50.0, 65.0, HIGH]
            .iter()
            .map(|v| colour_of(*v))
            .collect()
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
        &key_font.wrap(text, right - key_x),
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
    fill: plotters::style::RGBColor,
    is_benchmark: bool,
    (value_font, deviation_font): (Font, Font),
) -> Result<()> {
    let s = canvas.sizes;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_within_the_at_margin_is_neutral_and_beyond_it_is_coloured() {
        let margins = Margins::default();
        let neutral = style::diverging(0.0);
        for at in [-margins.at, -2.5, -0.1, 0.0, 1.5, margins.at] {
            assert_eq!(deviation_colour(at, margins), neutral, "{at}");
        }
        for beyond in [-margins.at - 0.1, -8.0, margins.at + 0.1, 12.0] {
            assert_ne!(deviation_colour(beyond, margins), neutral, "{beyond}");
        }
        let wide = Margins {
            at: 6.0,
            ..Margins::default()
        };
        assert_eq!(deviation_colour(-5.0, wide), neutral);
    }

    #[test]
    fn the_key_names_the_neutral_colour_and_the_at_margin_in_both_languages() {
        for (lang, at) in [
            (i18n::Lang::Nl, "op het niveau van de benchmark (binnen ±3"),
            (i18n::Lang::En, "at the benchmark (within ±3"),
        ] {
            let key = (i18n::charts::words(lang).deviation_key)("±3", "±15");
            assert!(key.contains(at), "{key}");
            assert!(key.contains("±15"), "{key}");
        }
    }
}
