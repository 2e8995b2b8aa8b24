//! The frame every chart shares: title, the line with round and benchmark (and the word
//! "illustrative" when it is), footnotes with the respondents, and a legend strip.

use anyhow::Result;
use plotters::style::RGBColor;

use super::canvas::{Align, Canvas};
use super::layout::Rect;
use super::style::{self, GRID, MUTED, TEXT, WARNING};
use super::text::Font;
use super::{ChartSize, Context};
use crate::analysis::scoring::ScaleStats;
use crate::words::format;
use crate::words::i18n::{self, format_score};

/// Draws a chart at its medium's height or, on paper, taller where its rows need more room
/// than that height leaves them: `draw` draws the chart at a height and returns the SVG and
/// how many pixels its rows lacked.
pub fn with_room<T>(ctx: &Context, draw: impl Fn(u32) -> Result<(T, f64)>) -> Result<T> {
    let mut height = ctx.size.height;
    let (mut svg, mut lacking) = draw(height)?;
    // Growing can change what else the page holds (a table's heads take a share of it), so
    // the room is checked again, a few times at most.
    for _ in 0..3 {
        if lacking < 0.5 || !ctx.medium.grows() || height >= ChartSize::MAX_SIDE {
            break;
        }
        height = (f64::from(height) + lacking.ceil())
            .min(f64::from(ChartSize::MAX_SIDE))
            .round() as u32;
        (svg, lacking) = draw(height)?;
    }
    Ok(svg)
}

/// Draws title, subtitle and footnotes; returns the rectangle left for the chart itself.
pub fn frame(canvas: &Canvas, ctx: &Context, title: &str, notes: &[String]) -> Result<Rect> {
    let sizes = canvas.sizes;
    let margin = sizes.margin();
    let width = canvas.width - 2.0 * margin;
    let top = if ctx.titled {
        title_block(canvas, ctx, title, width)? + sizes.px(18.0)
    } else {
        margin * 0.5
    };

    let foot = Font::regular(sizes.footnote());
    let mut lines = Vec::new();
    for note in notes {
        lines.extend(foot.wrap(note, width));
    }
    let foot_height = lines.len() as f64 * foot.line_height();
    let foot_top = canvas.height - margin * 0.6 - foot_height;
    canvas.lines(&lines, margin, foot_top, foot, MUTED, Align::Left)?;

    Ok(Rect::new(
        margin,
        top,
        canvas.width - margin,
        foot_top - sizes.px(16.0),
    ))
}

/// The chart's own title, the line with round and benchmark, and a rule under them; returns
/// the rule's height on the page.
fn title_block(canvas: &Canvas, ctx: &Context, title: &str, width: f64) -> Result<f64> {
    let sizes = canvas.sizes;
    let margin = sizes.margin();
    let texts = ctx.texts();
    // A long title first gets a little smaller to stay on one line, then wraps.
    let mut title_font = Font::bold(sizes.title());
    for factor in [0.92, 0.85, 0.8] {
        if title_font.wrap(title, width).len() == 1 {
            break;
        }
        title_font = Font::bold(sizes.title() * factor);
    }
    let mut y = margin * 0.75;
    // A headline is never cut: it takes the lines it needs.
    let title_lines = title_font.wrap(title, width);
    y += canvas.lines(&title_lines, margin, y, title_font, TEXT, Align::Left)?;
    y += sizes.px(6.0);

    let subtitle = Font::regular(sizes.subtitle());
    let mut context_line = String::new();
    if let Some(name) = &ctx.data.settings.name {
        context_line.push_str(name);
        context_line.push_str("  ·  ");
    }
    context_line.push_str(&format!("{}: {}", texts.round, ctx.comparison.round_label));
    y += canvas.lines(
        &subtitle.wrap(&context_line, width),
        margin,
        y,
        subtitle,
        MUTED,
        Align::Left,
    )?;
    let illustrative = ctx
        .comparison
        .benchmark
        .as_ref()
        .is_some_and(|b| b.benchmark.illustrative);
    let benchmark_line = format!(
        "{}: {}",
        texts.benchmark,
        format::benchmark_line(ctx.comparison, ctx.lang)
    );
    let colour = if illustrative { WARNING } else { MUTED };
    y += canvas.lines(
        &subtitle.wrap(&benchmark_line, width),
        margin,
        y,
        subtitle,
        colour,
        Align::Left,
    )?;
    y += sizes.px(10.0);
    canvas.line(
        &[(margin, y), (canvas.width - margin, y)],
        GRID,
        sizes.px(2.0),
    )?;
    Ok(y)
}

/// "Respondents: Aldersum 4 · Brakeveen 5 (total 9)."
pub fn respondents_note(ctx: &Context) -> String {
    let texts = ctx.texts();
    let parts: Vec<String> = ctx
        .partners
        .iter()
        .map(|p| format!("{} {}", p.short, p.result.scores.respondents))
        .collect();
    let total: usize = ctx
        .partners
        .iter()
        .map(|p| p.result.scores.respondents)
        .sum();
    let note = format!(
        "{}: {} ({} {total}).",
        texts.respondents,
        parts.join(" · "),
        texts.total
    );
    if ctx.partners.iter().any(|p| p.indicative()) {
        format!("{note} {}", texts.indicative_note)
    } else {
        note
    }
}

/// The base of one organisation's scores on a set of scales: respondents, share of
/// statements answered and share of "don't know".
pub fn base_note(ctx: &Context, partner: &super::Partner, scales: &[&str]) -> String {
    let counts = ScaleStats::counts_of(
        scales
            .iter()
            .filter_map(|scale| partner.result.scores.scales.get(*scale)),
    );
    let percent = |share: Option<f64>| (share.unwrap_or(0.0) * 100.0).round() as u32;
    let base = (ctx.texts().base)(
        partner.result.scores.respondents,
        percent(counts.completeness()),
        percent(counts.dont_know_share()),
        percent(counts.not_applicable_share()),
    );
    if partner.indicative() {
        let n = partner.result.scores.respondents;
        format!(
            "{}: {base}",
            crate::words::format::indicative_mark(n, ctx.lang)
        )
    } else {
        base
    }
}

/// A score as text, or the words for "insufficient basis".
pub fn score_text(ctx: &Context, value: Option<f64>) -> String {
    match value {
        Some(value) => format_score(ctx.lang, value),
        None => i18n::domain::texts(ctx.lang).insufficient.to_string(),
    }
}

/// "Insufficient basis" in place of a bar that cannot be drawn, just right of the axis start
/// `x`, centred on `centre`.
pub fn draw_insufficient(
    canvas: &Canvas,
    ctx: &Context,
    (x, centre): (f64, f64),
    font: Font,
) -> Result<()> {
    canvas.text_middle(
        &score_text(ctx, None),
        x + canvas.sizes.px(8.0),
        centre,
        font,
        MUTED,
        Align::Left,
    )
}

/// One entry in a legend strip: a symbol drawer and text lines.
pub struct LegendEntry {
    pub symbol: Symbol,
    pub text: String,
    pub detail: Option<String>,
    pub detail_colour: RGBColor,
}

/// The symbol in front of a legend entry.
#[derive(Clone, Copy, Debug)]
pub enum Symbol {
    Marker(style::Look),
    Bar(RGBColor),
    Benchmark,
    BenchmarkLine,
    /// The cooperation as a whole: its bullseye marker.
    Cooperation,
    /// The cooperation as a whole: its grey bar with a dark outline.
    CooperationBar,
    Dashed(RGBColor),
    Arrow(RGBColor),
    Band(RGBColor),
    Tick(RGBColor),
    /// A respondent spread: a line with end marks.
    Whisker,
    /// A point on the border between quadrants: its ring.
    BorderRing,
    None,
}

/// Draws a symbol centred on (`x`, `y`).
pub fn draw_symbol(canvas: &Canvas, symbol: Symbol, x: f64, y: f64) -> Result<()> {
    let s = canvas.sizes;
    let r = s.marker() * 0.8;
    match symbol {
        Symbol::Marker(look) => canvas.marker(look.shape, x, y, r, look.colour),
        Symbol::Bar(colour) => {
            canvas.fill_rect(x - r * 1.2, y - r * 0.7, x + r * 1.2, y + r * 0.7, colour)
        }
        Symbol::Benchmark => canvas.diamond(x, y, r * 0.85, style::BENCHMARK),
        Symbol::Cooperation => canvas.bullseye(x, y, r * 0.85),
        Symbol::CooperationBar => {
            let (x0, y0, x1, y1) = (x - r * 1.2, y - r * 0.7, x + r * 1.2, y + r * 0.7);
            canvas.fill_rect(x0, y0, x1, y1, style::COOPERATION_FILL)?;
            canvas.stroke_rect(x0, y0, x1, y1, style::COOPERATION, s.px(2.0))
        }
        Symbol::BenchmarkLine => {
            canvas.dashed(
                (x, y - r * 1.2),
                (x, y + r * 1.2),
                style::BENCHMARK,
                s.px(2.5),
                s.px(5.0),
            )?;
            canvas.diamond(x, y, r * 0.6, style::BENCHMARK)
        }
        Symbol::Dashed(colour) => canvas.dashed(
            (x - r * 1.4, y),
            (x + r * 1.4, y),
            colour,
            s.px(2.0),
            s.px(5.0),
        ),
        Symbol::Arrow(colour) => canvas.arrow(
            (x - r * 1.4, y),
            (x + r * 1.4, y),
            colour,
            s.px(2.0),
            s.px(9.0),
        ),
        Symbol::Band(colour) => {
            canvas.fill_rect(x - r * 1.4, y - r * 0.9, x + r * 1.4, y + r * 0.9, colour)
        }
        Symbol::Tick(colour) => canvas.fill_rect(
            x - s.px(2.0),
            y - r * 1.1,
            x + s.px(2.0),
            y + r * 1.1,
            colour,
        ),
        Symbol::BorderRing => canvas.ring(x, y, r * 1.3, style::TEXT, s.px(1.6)),
        Symbol::Whisker => {
            let w = s.px(2.0);
            canvas.line(&[(x - r * 1.4, y), (x + r * 1.4, y)], style::MUTED, w)?;
            canvas.line(
                &[(x - r * 1.4, y - r * 0.6), (x - r * 1.4, y + r * 0.6)],
                style::MUTED,
                w,
            )?;
            canvas.line(
                &[(x + r * 1.4, y - r * 0.6), (x + r * 1.4, y + r * 0.6)],
                style::MUTED,
                w,
            )
        }
        Symbol::None => Ok(()),
    }
}

/// The height a vertical legend needs in `width` pixels with the given fonts.
fn legend_height(
    entries: &[LegendEntry],
    width: f64,
    font: Font,
    detail: Font,
    details: bool,
) -> f64 {
    let text_width = width - font.size * 2.2;
    entries
        .iter()
        .map(|entry| {
            let mut h = font.wrap(&entry.text, text_width).len() as f64 * font.line_height();
            if details && let Some(d) = &entry.detail {
                h += detail.wrap(d, text_width).len() as f64 * detail.line_height();
            }
            h + font.size * 0.55
        })
        .sum()
}

/// Draws a vertical legend into `area`, leaving out the details and then setting its type
/// smaller until it fits; returns how many pixels it lacked. On paper (`grows`) its type
/// stays at the medium's smallest size or above, and the chart grows for what still does
/// not fit.
pub fn vertical_legend(
    canvas: &Canvas,
    area: Rect,
    heading: &str,
    entries: &[LegendEntry],
    grows: bool,
) -> Result<f64> {
    let s = canvas.sizes;
    let mut font = Font::regular(s.label());
    let mut detail = Font::regular(s.small());
    let heading_font = Font::bold(s.label());
    let available = area.height() - heading_font.line_height() * 1.4;
    let smallest = if grows {
        s.small().min(s.footnote())
    } else {
        0.0
    };
    let mut details = true;
    for _ in 0..8 {
        if legend_height(entries, area.width(), font, detail, details) <= available {
            break;
        }
        if details {
            details = false;
        } else if font.size * 0.92 >= smallest {
            font.size *= 0.92;
            detail.size *= 0.92;
        } else {
            font.size = font.size.min(smallest.max(font.size * 0.92));
            break;
        }
    }
    let lacking = legend_height(entries, area.width(), font, detail, details) - available;
    canvas.text(heading, area.x0, area.y0, heading_font, TEXT, Align::Left)?;
    let mut y = area.y0 + heading_font.line_height() * 1.4;
    let text_x = area.x0 + font.size * 2.2;
    let text_width = area.x1 - text_x;
    for entry in entries {
        draw_symbol(
            canvas,
            entry.symbol,
            area.x0 + font.size * 0.8,
            y + font.size * 0.55,
        )?;
        y += canvas.lines(
            &font.wrap(&entry.text, text_width),
            text_x,
            y,
            font,
            TEXT,
            Align::Left,
        )?;
        if details && let Some(d) = &entry.detail {
            y += canvas.lines(
                &detail.wrap(d, text_width),
                text_x,
                y,
                detail,
                entry.detail_colour,
                Align::Left,
            )?;
        }
        y += font.size * 0.55;
    }
    Ok(lacking.max(0.0))
}

/// Where each entry of a legend strip goes, relative to its top left: (x, y, lines), and the
/// strip's height. Entries run in rows across `width`; an entry wider than that wraps onto
/// lines of its own, never past the edge.
fn legend_rows(
    font: Font,
    width: f64,
    entries: &[(Symbol, String)],
) -> (Vec<(f64, f64, Vec<String>)>, f64) {
    let gap = font.size * 1.6;
    let symbol_width = font.size * 2.2;
    let row = font.line_height() * 1.3;
    let mut placed = Vec::new();
    let (mut cx, mut cy, mut bottom) = (0.0, 0.0, row);
    for (_, text) in entries {
        let lines = font.wrap(text, width - symbol_width);
        let w = symbol_width
            + lines
                .iter()
                .map(|line| font.width(line))
                .fold(0.0, f64::max);
        if cx > 0.0 && cx + w > width {
            cx = 0.0;
            cy = bottom;
        }
        bottom = bottom.max(cy + lines.len().saturating_sub(1) as f64 * font.line_height() + row);
        placed.push((cx, cy, lines));
        cx += w + gap;
    }
    (placed, bottom)
}

/// Draws a legend in one or more rows across `width` from (`x`, `y`); returns its height.
pub fn horizontal_legend(
    canvas: &Canvas,
    x: f64,
    y: f64,
    width: f64,
    entries: &[(Symbol, String)],
) -> Result<f64> {
    let font = Font::regular(canvas.sizes.small());
    let symbol_width = font.size * 2.2;
    let (placed, height) = legend_rows(font, width, entries);
    for ((symbol, _), (dx, dy, lines)) in entries.iter().zip(placed) {
        let (cx, cy) = (x + dx, y + dy);
        draw_symbol(canvas, *symbol, cx + font.size * 0.8, cy + font.size * 0.55)?;
        canvas.lines(&lines, cx + symbol_width, cy, font, MUTED, Align::Left)?;
    }
    Ok(height)
}

/// The height `horizontal_legend` will use.
pub fn horizontal_legend_height(canvas: &Canvas, width: f64, entries: &[(Symbol, String)]) -> f64 {
    legend_rows(Font::regular(canvas.sizes.small()), width, entries).1
}
