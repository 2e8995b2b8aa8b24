//! Statements of one dimension as a heat table, for more partners than a dot per partner per
//! row can show apart: a row per statement, a column per partner and one for the cooperation
//! as a whole (the mean of the partners). A cell holds the partner's score and is coloured by
//! how far it lies above (blue) or below (orange) the cooperation on that statement; the
//! benchmark has no figures per statement.

use anyhow::Result;

use super::Context;
use super::canvas::{Align, Canvas};
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

/// Draws the table into `body`.
pub fn draw(
    canvas: &Canvas,
    ctx: &Context,
    body: Rect,
    scale: &Scale,
    means: &[Vec<ItemMean>],
) -> Result<()> {
    let heads = heads(ctx);
    let table = layout(canvas, ctx, body, scale, &heads);
    draw_heads(canvas, &table, &heads)?;
    draw_rows(canvas, ctx, &table, scale, means)?;
    let rows = scale.items.len().max(1);
    let key_y = table.y0 + rows as f64 * table.row_height + canvas.sizes.px(10.0);
    colour_key(canvas, ctx, (table.x0, key_y), body.x1)
}

/// The columns' heads: the partners' short names, then the cooperation.
fn heads(ctx: &Context) -> Vec<String> {
    let mut heads: Vec<String> = ctx.partners.iter().map(|p| p.label()).collect();
    heads.push(
        i18n::report::texts(ctx.lang)
            .cooperation_generic
            .to_string(),
    );
    heads
}

/// Where the cells go: a column per partner, then the cooperation's a little apart.
struct Table {
    /// The left of the page's body, where the statements start.
    body_x0: f64,
    label_width: f64,
    x0: f64,
    y0: f64,
    columns: usize,
    column_width: f64,
    row_height: f64,
    header_height: f64,
    /// The white between neighbouring cells.
    gap: f64,
    /// The extra room before the cooperation's column.
    cooperation_gap: f64,
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

/// The table fitted into `body`, with room above for the upright heads and below for the key.
fn layout(canvas: &Canvas, ctx: &Context, body: Rect, scale: &Scale, heads: &[String]) -> Table {
    let s = canvas.sizes;
    let columns = ctx.partners.len() + 1;
    let label_width = (body.width() * 0.3).max(s.px(220.0));
    let grid_x0 = body.x0 + label_width + s.px(12.0);
    let cooperation_gap = s.px(12.0);
    let column_width = (body.x1 - grid_x0 - cooperation_gap) / columns as f64;
    let head_font = Font::bold(s.small());
    let key_height = Font::regular(s.small()).line_height() * 2.6;
    let longest = heads.iter().map(|h| head_font.width(h)).fold(0.0, f64::max);
    let header_height = (longest + s.px(10.0)).min(body.height() * 0.36);
    let grid_y0 = body.y0 + header_height;
    let rows = scale.items.len().max(1);
    let row_height = (body.y1 - key_height - grid_y0) / rows as f64;
    Table {
        body_x0: body.x0,
        label_width,
        x0: grid_x0,
        y0: grid_y0,
        columns,
        column_width,
        row_height,
        header_height,
        gap: s.px(3.0),
        cooperation_gap,
    }
}

/// Every column's head, upright over it.
fn draw_heads(canvas: &Canvas, table: &Table, heads: &[String]) -> Result<()> {
    let s = canvas.sizes;
    let head_font = Font::bold(s.small());
    for (column, head) in heads.iter().enumerate() {
        let text = head_font.shorten(head, table.header_height - s.px(10.0));
        let length = head_font.width(&text);
        let colour = if table.is_cooperation(column) {
            style::COOPERATION
        } else {
            TEXT
        };
        canvas.vertical_text(
            &text,
            table.column_x(column) + table.column_width / 2.0,
            table.y0 - s.px(6.0) - length / 2.0,
            head_font,
            colour,
        )?;
    }
    Ok(())
}

/// A row per statement: its text, then a cell per partner and one for the cooperation.
fn draw_rows(
    canvas: &Canvas,
    ctx: &Context,
    table: &Table,
    scale: &Scale,
    means: &[Vec<ItemMean>],
) -> Result<()> {
    let s = canvas.sizes;
    let item_font = Font::regular(s.small());
    for (row, item) in scale.items.iter().enumerate() {
        let y0 = table.y0 + row as f64 * table.row_height;
        let mut text = item.text.get(ctx.lang).to_string();
        if item.reverse {
            text.push_str(" *");
        }
        canvas.row_label(
            &text,
            (table.body_x0, y0 + table.row_height / 2.0),
            table.label_width,
            table.row_height,
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
    let value_font = Font::bold(s.small().min(table.column_width * 0.3));
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

/// The colour key under the table, from `x0` to `right`.
fn colour_key(canvas: &Canvas, ctx: &Context, (x0, key_y): (f64, f64), right: f64) -> Result<()> {
    let s = canvas.sizes;
    let words = i18n::charts::words(ctx.lang);
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
    let key = (words.item_deviation_key)(&format!("±{}", format_score(ctx.lang, FAR)));
    let key_x = x + s.px(10.0);
    canvas.lines(
        &item_font.wrap_lines(&key, right - key_x, 2),
        key_x,
        key_y - item_font.size * 0.1,
        item_font,
        MUTED,
        Align::Left,
    )?;
    Ok(())
}
