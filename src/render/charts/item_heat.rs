//! Statements of one dimension as a heat table, for more partners than a dot per partner per
//! row can show apart: a row per statement, a column per partner and one for the cooperation
//! as a whole (the mean of the partners). A cell holds the partner's score and is coloured by
//! how far it lies above (blue) or below (orange) the cooperation on that statement; the
//! benchmark has no figures per statement.

use anyhow::Result;

use super::Context;
use super::canvas::{Align, Canvas};
use super::column::LabelColumn;
use super::heatmap;
use super::items::statement;
use super::layout::Rect;
use super::style::{self, GRID, MUTED, PANEL, TEXT};
use super::text::Font;
use crate::analysis::scoring::ItemMean;
use crate::model::questionnaire::Scale;
use crate::words::i18n::{self, format_score};

/// A deviation this large (in points) or more gets the strongest colour.
const FAR: f64 = 15.0;

/// The mean of the partners' means on statement `row`.
fn cooperation_mean(means: &[Vec<ItemMean>], row: usize) -> Option<f64> {
    let values: Vec<f64> = means
        .iter()
        .filter_map(|list| list.get(row)?.mean)
        .collect();
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Draws the table into `body`; returns how many pixels its rows and heads lacked.
pub fn draw(
    canvas: &Canvas,
    ctx: &Context,
    body: Rect,
    scale: &Scale,
    means: &[Vec<ItemMean>],
) -> Result<f64> {
    let heads = heads(ctx);
    let table = layout(canvas, ctx, body, scale, &heads);
    draw_heads(canvas, &table, &heads)?;
    draw_rows(canvas, ctx, &table, scale, means)?;
    let rows = scale.items.len().max(1);
    let key_y = table.y0 + rows as f64 * table.row_height + canvas.sizes.px(10.0);
    let below = colour_key(canvas, ctx, (table.x0, key_y), body.x1)?;
    if let Some(key) = &table.key {
        draw_statement_key(canvas, key, (body.x0, below + canvas.sizes.px(12.0)))?;
    }
    Ok(table.lacking)
}

/// The columns' heads: the partners' short names, then the cooperation.
fn heads(ctx: &Context) -> Vec<String> {
    let mut heads: Vec<String> = ctx.partners.iter().map(|p| p.label(ctx.lang)).collect();
    heads.push(
        i18n::report::texts(ctx.lang)
            .cooperation_generic
            .to_string(),
    );
    heads
}

/// Statements that would take more lines than this beside the cells are numbered instead,
/// and given in full in a key under the table.
const KEY_ABOVE_LINES: usize = 3;

/// Where the cells go: a column per partner, then the cooperation's a little apart.
struct Table {
    /// The left of the page's body, where the statements (or their numbers) start.
    body_x0: f64,
    /// The rows' labels: the statements, or their numbers when the key gives them.
    labels: Vec<String>,
    label_column: LabelColumn,
    /// The heads, set upright: `width` is how far up they reach.
    heads: LabelColumn,
    /// The statements in full, numbered, where the rows show their numbers.
    key: Option<Vec<(String, Vec<String>)>>,
    x0: f64,
    y0: f64,
    columns: usize,
    column_width: f64,
    row_height: f64,
    /// The white between neighbouring cells.
    gap: f64,
    /// The extra room before the cooperation's column.
    cooperation_gap: f64,
    /// How many pixels the rows and heads lacked.
    lacking: f64,
}

impl Table {
    fn column_x(&self, column: usize) -> f64 {
        self.x0
            + column as f64 * self.column_width
            + if self.is_cooperation(column) {
                self.cooperation_gap
            } else {
                0.0
            }
    }

    fn is_cooperation(&self, column: usize) -> bool {
        column + 1 == self.columns
    }
}

/// The key's words.
fn key_text(ctx: &Context) -> String {
    let words = i18n::charts::words(ctx.lang);
    (words.item_deviation_key)(&format!("±{}", format_score(ctx.lang, FAR)))
}

/// The statements numbered, each wrapped to `width` beside its number.
fn statement_key(
    font: Font,
    statements: &[String],
    width: f64,
) -> (Vec<(String, Vec<String>)>, f64) {
    let number_width = font.width(&format!("{}.", statements.len())) + font.size;
    let key: Vec<(String, Vec<String>)> = statements
        .iter()
        .enumerate()
        .map(|(index, text)| {
            (
                format!("{}.", index + 1),
                font.wrap(text, width - number_width),
            )
        })
        .collect();
    let lines: usize = key.iter().map(|(_, lines)| lines.len()).sum();
    let height = lines as f64 * font.line_height() + key.len() as f64 * font.size * 0.25;
    (key, height)
}

/// The table fitted into `body`, with room above for the upright heads and below for the key.
/// The statements' column is as wide as they need to fit their rows, within what the cells
/// leave (each cell keeps room for its score at the medium's type size); where they would
/// still take more than three lines, the rows show their numbers and a key under the table
/// gives them in full. Heads that are long take two or three upright lines where their
/// column is wide enough.
fn layout(canvas: &Canvas, ctx: &Context, body: Rect, scale: &Scale, heads: &[String]) -> Table {
    let s = canvas.sizes;
    let columns = ctx.partners.len() + 1;
    let item_font = Font::regular(s.small());
    let min_column = Font::bold(s.small()).width("00,0") + s.px(3.0) + s.px(8.0);
    let room = body.width() - s.px(24.0) - columns as f64 * min_column;
    let preferred = (body.width() * 0.3).max(s.px(220.0)).min(room);
    let cap = (body.width() * 0.45).min(room).max(preferred);
    let statements: Vec<String> = scale
        .items
        .iter()
        .map(|item| statement(ctx, item))
        .collect();
    let table = fit(
        canvas,
        ctx,
        body,
        &statements,
        None,
        (preferred, cap),
        heads,
    );
    if table.label_column.lines <= KEY_ABOVE_LINES {
        return table;
    }
    let (key, key_height) = statement_key(item_font, &statements, body.width());
    let numbers: Vec<String> = (1..=statements.len()).map(|n| n.to_string()).collect();
    let width = numbers
        .iter()
        .map(|n| item_font.width(n))
        .fold(0.0, f64::max);
    let mut table = fit(
        canvas,
        ctx,
        body,
        &numbers,
        Some(key_height + s.px(12.0)),
        (width, width),
        heads,
    );
    table.key = Some(key);
    table
}

/// The table with `labels` beside its rows in a column between `preferred` and `cap` wide,
/// and `below` pixels kept under the colour key (for the statements' key).
fn fit(
    canvas: &Canvas,
    ctx: &Context,
    body: Rect,
    labels: &[String],
    below: Option<f64>,
    (preferred, cap): (f64, f64),
    heads: &[String],
) -> Table {
    let s = canvas.sizes;
    let columns = ctx.partners.len() + 1;
    let gap = s.px(3.0);
    let cooperation_gap = s.px(12.0);
    let item_font = Font::regular(s.small());
    let head_font = Font::bold(s.small());
    let key_font = Font::regular(s.small());
    let rows = labels.len().max(1);
    let key = key_text(ctx);
    let head_cap = heatmap::heads_cap(canvas, ctx, body);
    let mut label_width = preferred;
    let mut table = None;
    for _ in 0..3 {
        let grid_x0 = body.x0 + label_width + s.px(12.0);
        let column_width = (body.x1 - grid_x0 - cooperation_gap) / columns as f64;
        let upright = LabelColumn::upright(head_font, heads, column_width, head_cap);
        let header_height = heatmap::upright_height(canvas, ctx, body, upright) + s.px(10.0);
        let key_x = grid_x0 + 5.0 * s.px(30.0) + s.px(10.0);
        let key_lines = key_font.wrap(&key, body.x1 - key_x).len() as f64;
        let key_height = key_font.line_height() * (key_lines + 0.6) + below.unwrap_or(0.0);
        let grid_y0 = body.y0 + header_height;
        let available = (body.y1 - key_height - grid_y0) / rows as f64;
        // Numbered rows need no more than a comfortable line each, and no less.
        let comfortable = item_font.line_height() * 1.6;
        let (row_height, lacking_rows) = match below {
            Some(_) => (
                available.min(comfortable),
                (comfortable - available).max(0.0) * rows as f64,
            ),
            None => (available, 0.0),
        };
        let column = LabelColumn::fit_all(item_font, labels, row_height, preferred, cap);
        let done = (column.width - label_width).abs() < 0.5;
        label_width = column.width;
        table = Some(Table {
            body_x0: body.x0,
            labels: labels.to_vec(),
            label_column: column,
            heads: upright,
            key: None,
            x0: grid_x0,
            y0: grid_y0,
            columns,
            column_width,
            row_height,
            gap,
            cooperation_gap,
            lacking: column
                .lacking(item_font, row_height, rows)
                .max(lacking_rows),
        });
        if done {
            break;
        }
    }
    table.expect("the layout runs at least once")
}

/// Every column's head, upright over it.
fn draw_heads(canvas: &Canvas, table: &Table, heads: &[String]) -> Result<()> {
    let s = canvas.sizes;
    let head_font = Font::bold(s.small());
    for (column, head) in heads.iter().enumerate() {
        let lines = table.heads.wrap(head_font, head, table.column_width);
        let colour = if table.is_cooperation(column) {
            style::COOPERATION
        } else {
            TEXT
        };
        canvas.upright_lines(
            &lines,
            (
                table.column_x(column) + table.column_width / 2.0,
                table.y0 - s.px(6.0),
            ),
            head_font,
            colour,
        )?;
    }
    Ok(())
}

/// The statements in full under the table, each after its number, from (`x`, `y`) down.
fn draw_statement_key(
    canvas: &Canvas,
    key: &[(String, Vec<String>)],
    (x, mut y): (f64, f64),
) -> Result<()> {
    let font = Font::regular(canvas.sizes.small());
    let number_width = font.width(&format!("{}.", key.len())) + font.size;
    for (number, lines) in key {
        canvas.text(number, x, y, font, TEXT, Align::Left)?;
        y += canvas.lines(lines, x + number_width, y, font, TEXT, Align::Left)?;
        y += font.size * 0.25;
    }
    Ok(())
}

/// A row per statement: its text (or number), then a cell per partner and one for the
/// cooperation.
fn draw_rows(
    canvas: &Canvas,
    ctx: &Context,
    table: &Table,
    scale: &Scale,
    means: &[Vec<ItemMean>],
) -> Result<()> {
    let s = canvas.sizes;
    let item_font = Font::regular(s.small());
    for (row, label) in table.labels.iter().enumerate().take(scale.items.len()) {
        let y0 = table.y0 + row as f64 * table.row_height;
        let lines = table.label_column.wrap(item_font, label, table.row_height);
        canvas.row_label(
            &lines,
            (table.body_x0, y0 + table.row_height / 2.0),
            item_font,
        )?;
        if row > 0 {
            canvas.line(
                &[(table.body_x0, y0), (table.x0 - s.px(6.0), y0)],
                GRID,
                1.0,
            )?;
        }
        let reference = cooperation_mean(means, row);
        let mut values: Vec<Option<f64>> = means
            .iter()
            .map(|list| list.get(row).and_then(|m| m.mean))
            .collect();
        values.push(reference);
        draw_cells(canvas, ctx, table, &values, reference, y0)?;
    }
    Ok(())
}

/// One row's cells from `y0` down, each coloured by how far it lies from `reference`, the
/// cooperation's cell (the last) outlined.
fn draw_cells(
    canvas: &Canvas,
    ctx: &Context,
    table: &Table,
    values: &[Option<f64>],
    reference: Option<f64>,
    y0: f64,
) -> Result<()> {
    let s = canvas.sizes;
    let gap = table.gap;
    // The score keeps the medium's type size: the layout leaves each cell room for it.
    let value_font = Font::bold(s.small());
    for (column, value) in values.iter().enumerate() {
        let is_reference = table.is_cooperation(column);
        let fill = match (value, reference) {
            (Some(v), Some(r)) if !is_reference => style::diverging((v - r) / FAR),
            _ => PANEL,
        };
        let (x0, y) = (table.column_x(column) + gap / 2.0, y0 + gap / 2.0);
        let (w, h) = (table.column_width - gap, table.row_height - gap);
        canvas.fill_rect(x0, y, x0 + w, y + h, fill)?;
        if is_reference {
            canvas.stroke_rect(x0, y, x0 + w, y + h, style::AXIS, s.px(1.0))?;
        }
        let (text, ink) = match value {
            Some(v) => (format_score(ctx.lang, *v), style::ink_on(fill)),
            None => ("–".to_string(), MUTED),
        };
        canvas.text_middle(
            &text,
            x0 + w / 2.0,
            y + h / 2.0,
            value_font,
            ink,
            Align::Centre,
        )?;
    }
    Ok(())
}

/// The colour key under the table, from `x0` to `right`; returns where it ends.
fn colour_key(canvas: &Canvas, ctx: &Context, (x0, key_y): (f64, f64), right: f64) -> Result<f64> {
    let s = canvas.sizes;
    let item_font = Font::regular(s.small());
    let swatch = s.px(30.0);
    let mut x = x0;
    for d in [-FAR, -FAR / 2.0, 0.0, FAR / 2.0, FAR] {
        let height = item_font.size * 1.1;
        canvas.fill_rect(
            x,
            key_y,
            x + swatch,
            key_y + height,
            style::diverging(d / FAR),
        )?;
        canvas.stroke_rect(x, key_y, x + swatch, key_y + height, GRID, 1.0)?;
        x += swatch;
    }
    let key_x = x + s.px(10.0);
    let height = canvas.lines(
        &item_font.wrap(&key_text(ctx), right - key_x),
        key_x,
        key_y - item_font.size * 0.1,
        item_font,
        MUTED,
        Align::Left,
    )?;
    Ok(key_y + height)
}
