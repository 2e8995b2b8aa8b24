//! One partner's scores against the levels it aims for: per dimension and characteristic the
//! target zone from minimum to desired level, the current score coloured by where it falls,
//! and the difference from both levels in numbers.

use anyhow::Result;
use plotters::style::RGBColor;

use super::axes::{self, ScoreAxis};
use super::canvas::{Align, Canvas};
use super::column::{self, LabelColumn};
use super::layout::Rect;
use super::page::{self, Symbol};
use super::style::{GRID, MUTED, PARTNER_COLOURS, TEXT};
use super::text::Font;
use super::{Context, Partner};
use crate::store::workspace::Target;
use crate::words::i18n::{format_deviation, format_score};

/// Below the minimum: vermillion; between: orange; desired reached: bluish green (Okabe–Ito).
const SHORT: RGBColor = PARTNER_COLOURS[5];
const BETWEEN: RGBColor = PARTNER_COLOURS[1];
const REACHED: RGBColor = PARTNER_COLOURS[2];
const ZONE: RGBColor = RGBColor(0xDD, 0xE6, 0xEE);
const MINIMUM: RGBColor = RGBColor(0x33, 0x33, 0x33);
const DESIRED: RGBColor = RGBColor(0x00, 0x5A, 0x8C);

/// The partner's targets, in questionnaire order, grouped by pillar.
fn targets<'c>(ctx: &'c Context, partner: &Partner) -> Vec<(&'c str, Vec<(&'c str, Target)>)> {
    let Some(organisation) = ctx.data.organisation(&partner.result.id) else {
        return Vec::new();
    };
    ctx.data
        .questionnaire
        .pillars
        .iter()
        .map(|pillar| {
            let rows: Vec<(&str, Target)> = pillar
                .scales
                .iter()
                .filter_map(|scale| {
                    let target = organisation.targets.get(&scale.id)?;
                    (target.minimum.is_some() || target.desired.is_some())
                        .then_some((scale.id.as_str(), *target))
                })
                .collect();
            (pillar.id.as_str(), rows)
        })
        .filter(|(_, rows)| !rows.is_empty())
        .collect()
}

/// True when the partner has recorded a minimum or desired level anywhere.
pub fn has_targets(ctx: &Context, partner: &Partner) -> bool {
    !targets(ctx, partner).is_empty()
}

pub fn render(ctx: &Context, title: &str, partner: &Partner) -> Result<String> {
    page::with_room(ctx, |height| draw(ctx, title, partner, height))
}

/// The chart at `height` pixels, and how many pixels its rows lacked.
fn draw(ctx: &Context, title: &str, partner: &Partner, height: u32) -> Result<(String, f64)> {
    let mut svg = String::new();
    let lacking;
    {
        let canvas = Canvas::for_chart(&mut svg, ctx, height)?;
        let texts = ctx.texts();
        let groups = targets(ctx, partner);
        let scale_ids: Vec<&str> = groups
            .iter()
            .flat_map(|(_, rows)| rows.iter().map(|(id, _)| *id))
            .collect();
        let notes = vec![
            page::base_note(ctx, partner, &scale_ids),
            texts.scores_base.to_string(),
        ];
        let body = page::frame(&canvas, ctx, title, &notes)?;
        let table = draw_table(&canvas, ctx, body, &legend(ctx), &groups)?;
        draw_rows(&canvas, ctx, partner, &table, &groups)?;
        lacking = table.lacking;
        canvas.finish()?;
    }
    Ok((svg, lacking))
}

/// The plot between the characteristics' names and the columns of numbers.
struct Table {
    body: Rect,
    plot: Rect,
    axis: ScoreAxis,
    /// The names' column, right of their indent.
    names: LabelColumn,
    /// The right edge of the score column; the differences stand right of it.
    score_right: f64,
    /// Each row's height from the top of the plot down: a pillar's heading, then its
    /// characteristics.
    bands: Vec<f64>,
    /// How many pixels the rows lacked for the names.
    lacking: f64,
    /// How wide a pillar's heading may run: up to the plot, never into it.
    heading_width: f64,
}

/// What the bar colours, the band and the two ticks mean.
fn legend(ctx: &Context) -> Vec<(Symbol, String)> {
    let texts = ctx.texts();
    vec![
        (Symbol::Bar(SHORT), texts.below_minimum.to_string()),
        (Symbol::Bar(BETWEEN), texts.between_targets.to_string()),
        (Symbol::Bar(REACHED), texts.desired_reached.to_string()),
        (Symbol::Band(ZONE), texts.target_zone.to_string()),
        (Symbol::Tick(MINIMUM), texts.minimum.to_string()),
        (Symbol::Tick(DESIRED), texts.desired.to_string()),
    ]
}

/// Lays out the plot and the columns in `body` and draws the score axis, the legend and the
/// columns' headings (the differences' heading on two lines where it is wider than the
/// numbers under it).
fn draw_table(
    canvas: &Canvas,
    ctx: &Context,
    body: Rect,
    legend: &[(Symbol, String)],
    groups: &[(&str, Vec<(&str, Target)>)],
) -> Result<Table> {
    let s = canvas.sizes;
    let texts = ctx.texts();
    let legend_height = page::horizontal_legend_height(canvas, body.width(), legend);
    let value_font = Font::bold(s.small());
    let head_font = Font::regular(s.small());
    let numbers_width = value_font.width("−00,0 / −00,0");
    let heading = LabelColumn::fit_all(
        head_font,
        &[texts.gap_header.to_string()],
        column::band_for(head_font, 2),
        numbers_width,
        body.width(),
    );
    let gap_lines = head_font.wrap(texts.gap_header, heading.width);
    let gap_width = heading.width + s.px(10.0);
    let names: Vec<String> = groups
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(id, _)| ctx.scale_name(id)))
        .collect();
    let rows = names.len() + groups.len();
    // The score stands in its own column next to the differences, clear of the marks.
    let score_width = head_font
        .width(texts.score_column)
        .max(value_font.width("100,0"))
        + s.px(28.0);
    let score_right = body.x1 - gap_width - s.px(12.0);
    // Wide enough for the longest name on one line, within two fifths of the chart; a name
    // longer than that wraps (its row taller than the others).
    let name_font = Font::regular(s.small());
    let longest = names
        .iter()
        .map(|name| name_font.width(name))
        .fold(0.0, f64::max);
    let preferred = (longest + s.px(24.0))
        .max(body.width() * 0.25)
        .max(s.px(190.0))
        .min(body.width() * 0.4);
    let top = body.y0 + head_font.line_height() * (gap_lines.len() as f64 + 0.3);
    let bottom = body.y1 - axes::space_below(canvas) - legend_height - s.px(8.0);
    let band = (bottom - top) / rows.max(1) as f64;
    let indent = s.px(16.0);
    let column = LabelColumn::fit_all(
        name_font,
        &names,
        band,
        preferred - indent,
        body.width() * 0.4 - indent,
    );
    // A row whose name takes more lines than the others' is taller; a pillar's heading
    // wraps within the names' column and its indent, so it stays out of the plot.
    let heading_font = Font::bold(s.small());
    let heading_width = indent + column.width + s.px(8.0);
    let needed: Vec<f64> = groups
        .iter()
        .flat_map(|(pillar, rows)| {
            let lines = heading_font
                .wrap(&ctx.pillar_name(pillar), heading_width)
                .len();
            std::iter::once(column::band_for(heading_font, lines)).chain(
                rows.iter()
                    .map(|(id, _)| column.band_of(name_font, &ctx.scale_name(id))),
            )
        })
        .collect();
    let (bands, lacking) = column::bands(&needed, bottom - top);
    let plot = Rect::new(
        body.x0 + indent + column.width + s.px(20.0),
        top,
        score_right - score_width - s.px(12.0),
        bottom,
    );
    let axis = axes::horizontal(canvas, plot, texts.score_axis)?;
    page::horizontal_legend(
        canvas,
        body.x0,
        body.y1 - legend_height + s.px(6.0),
        body.width(),
        legend,
    )?;
    canvas.text(
        texts.score_column,
        score_right,
        body.y0,
        head_font,
        MUTED,
        Align::Right,
    )?;
    canvas.lines(&gap_lines, body.x1, body.y0, head_font, MUTED, Align::Right)?;
    Ok(Table {
        body,
        plot,
        axis,
        names: column,
        score_right,
        bands,
        lacking,
        heading_width,
    })
}

/// Per pillar a heading row, then a row per characteristic with a target.
fn draw_rows(
    canvas: &Canvas,
    ctx: &Context,
    partner: &Partner,
    table: &Table,
    groups: &[(&str, Vec<(&str, Target)>)],
) -> Result<()> {
    let s = canvas.sizes;
    let (body, plot) = (table.body, table.plot);
    // Bars and zones alike in every row, as high as the narrowest row allows.
    let band = table.bands.iter().copied().fold(f64::INFINITY, f64::min);
    let thickness = (band * 0.5).min(s.px(22.0));
    let mut bands = table.bands.iter().copied();
    let mut y = plot.y0;
    for (pillar, scales) in groups {
        let height = bands.next().unwrap_or(band);
        let centre = y + height / 2.0;
        if y > plot.y0 {
            canvas.line(&[(body.x0, y), (body.x1, y)], GRID, s.px(1.5))?;
        }
        y += height;
        let heading_font = Font::bold(s.small());
        let lines = heading_font.wrap(&ctx.pillar_name(pillar), table.heading_width);
        canvas.lines(
            &lines,
            body.x0,
            centre - lines.len() as f64 * heading_font.line_height() / 2.0,
            heading_font,
            MUTED,
            Align::Left,
        )?;
        for (scale, target) in scales {
            let height = bands.next().unwrap_or(band);
            let centre = y + height / 2.0;
            y += height;
            // A name is never cut: it wraps onto the lines its column gives it.
            let name_font = Font::regular(s.small());
            let lines = table.names.wrap(name_font, &ctx.scale_name(scale), height);
            let top = centre - lines.len() as f64 * name_font.line_height() / 2.0;
            canvas.lines(
                &lines,
                body.x0 + s.px(16.0),
                top,
                name_font,
                TEXT,
                Align::Left,
            )?;
            let current = partner.result.mean(scale);
            draw_marks(
                canvas,
                ctx,
                table,
                target,
                current,
                (centre, band, thickness),
            )?;
            if let Some(value) = current {
                draw_numbers(canvas, ctx, table, target, value, centre)?;
            }
        }
    }
    Ok(())
}

/// The target zone, the current score as a bar coloured by where it falls (or a note that the
/// basis is too small), and a tick at each level.
fn draw_marks(
    canvas: &Canvas,
    ctx: &Context,
    table: &Table,
    target: &Target,
    current: Option<f64>,
    (centre, band, thickness): (f64, f64, f64),
) -> Result<()> {
    let s = canvas.sizes;
    let axis = table.axis;
    if let (Some(low), Some(high)) = (target.minimum, target.desired) {
        canvas.fill_rect(
            axis.x(low),
            centre - band * 0.42,
            axis.x(high),
            centre + band * 0.42,
            ZONE,
        )?;
    }
    match current {
        Some(value) => {
            let colour = if target.minimum.is_some_and(|m| value < m) {
                SHORT
            } else if target.desired.is_some_and(|d| value < d) {
                BETWEEN
            } else {
                REACHED
            };
            canvas.fill_rect(
                axis.x(0.0),
                centre - thickness / 2.0,
                axis.x(value),
                centre + thickness / 2.0,
                colour,
            )?;
        }
        None => {
            page::draw_insufficient(canvas, ctx, (axis.x(0.0), centre), Font::regular(s.small()))?;
        }
    }
    for (level, colour) in [(target.minimum, MINIMUM), (target.desired, DESIRED)] {
        if let Some(level) = level {
            let x = axis.x(level);
            canvas.fill_rect(
                x - s.px(1.8),
                centre - band * 0.42,
                x + s.px(1.8),
                centre + band * 0.42,
                colour,
            )?;
        }
    }
    Ok(())
}

/// The score and its difference from the minimum and the desired level, the latter in
/// vermillion when the minimum is not reached.
fn draw_numbers(
    canvas: &Canvas,
    ctx: &Context,
    table: &Table,
    target: &Target,
    value: f64,
    centre: f64,
) -> Result<()> {
    let texts = ctx.texts();
    let value_font = Font::bold(canvas.sizes.small());
    canvas.text_middle(
        &format_score(ctx.lang, value),
        table.score_right,
        centre,
        value_font,
        TEXT,
        Align::Right,
    )?;
    let difference = |level: Option<f64>| match level {
        Some(level) => format_deviation(ctx.lang, value - level),
        None => texts.no_target.to_string(),
    };
    canvas.text_middle(
        &format!(
            "{} / {}",
            difference(target.minimum),
            difference(target.desired)
        ),
        table.body.x1,
        centre,
        value_font,
        if target.minimum.is_some_and(|m| value < m) {
            SHORT_TEXT
        } else {
            TEXT
        },
        Align::Right,
    )
}

/// Vermillion dark enough to read as text.
const SHORT_TEXT: RGBColor = RGBColor(0xA3, 0x3B, 0x00);
