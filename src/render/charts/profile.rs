//! One partner's culture or leadership profile against the benchmark: a bar per
//! characteristic, the benchmark as a hollow diamond on a dashed line, and the deviation in
//! numbers, with the pillar's verdict in words above the chart.

use anyhow::Result;

use super::axes::{self, ScoreAxis};
use super::canvas::{Align, Canvas};
use super::column::LabelColumn;
use super::layout::Rect;
use super::page::{self, Symbol};
use super::style::{ABOVE, BELOW, BENCHMARK, GRID, MUTED, TEXT};
use super::text::Font;
use super::{Context, Partner};
use crate::model::questionnaire::Pillar;
use crate::words::i18n::{self, format_deviation, format_score};

pub fn render(ctx: &Context, title: &str, pillar_id: &str, partner: &Partner) -> Result<String> {
    let Some(pillar) = ctx.data.questionnaire.pillar(pillar_id) else {
        anyhow::bail!((ctx.texts().no_pillar)(pillar_id));
    };
    page::with_room(ctx, |height| draw(ctx, title, pillar, partner, height))
}

/// The chart at `height` pixels, and how many pixels its rows lacked.
fn draw(
    ctx: &Context,
    title: &str,
    pillar: &Pillar,
    partner: &Partner,
    height: u32,
) -> Result<(String, f64)> {
    let mut svg = String::new();
    let lacking;
    {
        let canvas = Canvas::for_chart(&mut svg, ctx, height)?;
        let texts = ctx.texts();
        let scale_ids: Vec<&str> = pillar
            .scales
            .iter()
            .map(|scale| scale.id.as_str())
            .collect();
        let notes = vec![
            page::base_note(ctx, partner, &scale_ids),
            texts.scores_base.to_string(),
        ];
        let body = page::frame(&canvas, ctx, title, &notes)?;
        let top = draw_verdict(&canvas, ctx, partner, &pillar.id, body)?;
        let table = draw_table(&canvas, ctx, body, top, pillar, &legend(ctx, partner))?;
        draw_rows(&canvas, ctx, pillar, partner, &table)?;
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
    names: LabelColumn,
    band: f64,
    /// The right edge of each column: the score and, with a benchmark, its score and the
    /// difference.
    column_right: Vec<f64>,
    /// How many pixels the rows lacked for the characteristics' names.
    lacking: f64,
}

/// The verdict in words above the chart; returns where the chart below it starts.
fn draw_verdict(
    canvas: &Canvas,
    ctx: &Context,
    partner: &Partner,
    pillar_id: &str,
    body: Rect,
) -> Result<f64> {
    let s = canvas.sizes;
    let mut top = body.y0;
    if let Some(line) = verdict_line(ctx, partner, pillar_id) {
        let font = Font::bold(s.label());
        // A headline is never cut (the rules for names): it takes the lines it needs.
        top += canvas.lines(
            &font.wrap(&line, body.width()),
            body.x0,
            top,
            font,
            TEXT,
            Align::Left,
        )?;
        top += s.px(12.0);
    }
    Ok(top)
}

/// The partner's bar colour and, with one, the benchmark.
fn legend(ctx: &Context, partner: &Partner) -> Vec<(Symbol, String)> {
    let mut legend = vec![(
        Symbol::Bar(partner.look.colour),
        partner.display_name(ctx.lang),
    )];
    if let Some(result) = &ctx.comparison.benchmark {
        legend.push((
            Symbol::BenchmarkLine,
            format!(
                "{}: {}",
                ctx.texts().benchmark,
                crate::words::format::benchmark_name(&result.benchmark, ctx.lang)
            ),
        ));
    }
    legend
}

/// Lays out the plot and the columns from `top` down and draws the score axis, the legend
/// and the columns' headings. The names' column is as wide as the names need to fit their
/// rows, up to two fifths of the body; beyond that the rows must be taller.
fn draw_table(
    canvas: &Canvas,
    ctx: &Context,
    body: Rect,
    top: f64,
    pillar: &Pillar,
    legend: &[(Symbol, String)],
) -> Result<Table> {
    let s = canvas.sizes;
    let texts = ctx.texts();
    let legend_height = page::horizontal_legend_height(canvas, body.width(), legend);
    let value_font = Font::bold(s.label());
    let head_font = Font::regular(s.small());
    let has_benchmark = ctx.comparison.benchmark.is_some();
    // Numbers stand in columns right of the plot (score, benchmark, difference), so a
    // number is never read as belonging to the wrong mark.
    let mut headers = vec![texts.score_column];
    if has_benchmark {
        headers.extend([texts.benchmark, texts.difference_column]);
    }
    let column_widths: Vec<f64> = headers
        .iter()
        .map(|h| head_font.width(h).max(value_font.width("−00,0")) + s.px(28.0))
        .collect();
    let columns_width: f64 = column_widths.iter().sum();
    let header_space = head_font.line_height() * 1.6;
    let (y0, y1) = (
        top + header_space,
        body.y1 - axes::space_below(canvas) - legend_height - s.px(8.0),
    );
    let rows = pillar.scales.len().max(1);
    let band = (y1 - y0) / rows as f64;
    let name_font = Font::regular(s.label());
    let names: Vec<String> = pillar
        .scales
        .iter()
        .map(|scale| scale.name.get(ctx.lang).to_string())
        .collect();
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
        body.x1 - columns_width - s.px(24.0),
        y1,
    );
    let axis = axes::horizontal(canvas, plot, texts.score_axis)?;
    page::horizontal_legend(
        canvas,
        body.x0,
        body.y1 - legend_height + s.px(6.0),
        body.width(),
        legend,
    )?;
    let mut column_right = Vec::new();
    let mut x = body.x1 - columns_width;
    for (header, width) in headers.iter().zip(&column_widths) {
        x += width;
        column_right.push(x);
        canvas.text(header, x, top, head_font, MUTED, Align::Right)?;
    }
    Ok(Table {
        body,
        plot,
        axis,
        names: column,
        band,
        column_right,
        lacking: column.lacking(name_font, band, rows),
    })
}

/// A row per characteristic: its name, the partner's bar, the benchmark's mark and the
/// numbers.
fn draw_rows(
    canvas: &Canvas,
    ctx: &Context,
    pillar: &Pillar,
    partner: &Partner,
    table: &Table,
) -> Result<()> {
    let s = canvas.sizes;
    let (body, plot) = (table.body, table.plot);
    let band = table.band;
    let name_font = Font::regular(s.label());
    let thickness = (band * 0.56).min(s.px(40.0));
    for (row, scale) in pillar.scales.iter().enumerate() {
        let centre = plot.y0 + band * (row as f64 + 0.5);
        if row > 0 {
            let y = plot.y0 + band * row as f64;
            canvas.line(&[(body.x0, y), (body.x1, y)], GRID, 1.0)?;
        }
        let lines = table.names.wrap(name_font, scale.name.get(ctx.lang), band);
        canvas.row_label(&lines, (body.x0, centre), name_font)?;
        draw_score(canvas, ctx, table, partner, &scale.id, (centre, thickness))?;
        if let Some(value) = ctx.benchmark_mean(&scale.id) {
            draw_reference(canvas, ctx, table, value, (centre, band))?;
        }
        if let Some(deviation) = partner.result.deviations.get(&scale.id) {
            draw_deviation(canvas, ctx, table, *deviation, centre)?;
        }
    }
    Ok(())
}

/// The partner's bar and score, or a note that the basis is too small and a dash.
fn draw_score(
    canvas: &Canvas,
    ctx: &Context,
    table: &Table,
    partner: &Partner,
    scale_id: &str,
    (centre, thickness): (f64, f64),
) -> Result<()> {
    let s = canvas.sizes;
    let value_font = Font::bold(s.label());
    let axis = table.axis;
    match partner.result.mean(scale_id) {
        Some(value) => {
            canvas.fill_rect(
                axis.x(0.0),
                centre - thickness / 2.0,
                axis.x(value),
                centre + thickness / 2.0,
                partner.look.colour,
            )?;
            canvas.text_middle(
                &format_score(ctx.lang, value),
                table.column_right[0],
                centre,
                value_font,
                TEXT,
                Align::Right,
            )
        }
        None => {
            page::draw_insufficient(canvas, ctx, (axis.x(0.0), centre), Font::regular(s.small()))?;
            canvas.text_middle(
                "–",
                table.column_right[0],
                centre,
                value_font,
                MUTED,
                Align::Right,
            )
        }
    }
}

/// The benchmark as a hollow diamond on a dashed line across the row, and its score.
fn draw_reference(
    canvas: &Canvas,
    ctx: &Context,
    table: &Table,
    value: f64,
    (centre, band): (f64, f64),
) -> Result<()> {
    let s = canvas.sizes;
    let x = table.axis.x(value);
    canvas.dashed(
        (x, centre - band * 0.42),
        (x, centre + band * 0.42),
        BENCHMARK,
        s.px(2.0),
        s.px(5.0),
    )?;
    canvas.diamond(x, centre, s.px(7.5), BENCHMARK)?;
    if let Some(&right) = table.column_right.get(1) {
        canvas.text_middle(
            &format_score(ctx.lang, value),
            right,
            centre,
            Font::regular(s.label()),
            BENCHMARK,
            Align::Right,
        )?;
    }
    Ok(())
}

/// The difference from the benchmark, coloured only where it exceeds the margin.
fn draw_deviation(
    canvas: &Canvas,
    ctx: &Context,
    table: &Table,
    deviation: f64,
    centre: f64,
) -> Result<()> {
    let Some(&right) = table.column_right.get(2) else {
        return Ok(());
    };
    let colour = if ctx.comparison.margins.is_at(deviation) {
        MUTED
    } else if deviation > 0.0 {
        ABOVE
    } else {
        BELOW
    };
    canvas.text_middle(
        &format_deviation(ctx.lang, deviation),
        right,
        centre,
        Font::bold(canvas.sizes.label()),
        colour,
        Align::Right,
    )
}

/// "Overall above the benchmark (+7.0). Furthest above: … Furthest below: …"
fn verdict_line(ctx: &Context, partner: &Partner, pillar_id: &str) -> Option<String> {
    let texts = ctx.texts();
    let words = i18n::domain::texts(ctx.lang);
    let verdict = partner.result.verdict(pillar_id)?;
    let overall = verdict.overall?;
    let mut line = format!(
        "{} {} ({}).",
        texts.overall,
        words.verdict(overall),
        format_deviation(ctx.lang, verdict.mean_deviation.unwrap_or_default())
    );
    let names = |ids: &[String]| -> String {
        // Names follow the rules for names in sentences: lower case, quoted with a comma.
        let names: Vec<String> = ids
            .iter()
            .map(|id| crate::words::findings::in_sentence(&ctx.scale_name(id)))
            .collect();
        i18n::join_names(ctx.lang, &names)
    };
    if !verdict.furthest_above.is_empty() {
        line = format!(
            "{line} {}: {}.",
            texts.furthest_above,
            names(&verdict.furthest_above)
        );
    }
    if !verdict.furthest_below.is_empty() {
        line = format!(
            "{line} {}: {}.",
            texts.furthest_below,
            names(&verdict.furthest_below)
        );
    }
    Some(line)
}
