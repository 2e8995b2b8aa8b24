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
    let s = canvas.sizes;
    let columns = ctx.partners.len() + 1;
    let label_width = (body.width() * 0.3).max(s.px(220.0));
    let grid_x0 = body.x0 + label_width + s.px(12.0);
    let gap = s.px(3.0);
    let cooperation_gap = s.px(12.0);
    let column_width = (body.x1 - grid_x0 - cooperation_gap) / columns as f64;
    let head_font = Font::bold(s.small());
    let mut heads: Vec<String> = ctx.partners.iter().map(|p| p.short.clone()).collect();
    heads.push(
        i18n::report::texts(ctx.lang)
            .cooperation_generic
            .to_string(),
    );
    let key_height = Font::regular(s.small()).line_height() * 2.6;
    let longest = heads.iter().map(|h| head_font.width(h)).fold(0.0, f64::max);
    let header_height = (longest + s.px(10.0)).min(body.height() * 0.36);
    let grid_y0 = body.y0 + header_height;
    let rows = scale.items.len().max(1);
    let row_height = (body.y1 - key_height - grid_y0) / rows as f64;
    let column_x = |column: usize| {
        grid_x0
            + column as f64 * column_width
            + if column + 1 == columns {
                cooperation_gap
            } else {
                0.0
            }
    };
    for (column, head) in heads.iter().enumerate() {
        let text = head_font.shorten(head, header_height - s.px(10.0));
        let length = head_font.width(&text);
        let colour = if column + 1 == columns {
            style::COOPERATION
        } else {
            TEXT
        };
        canvas.vertical_text(
            &text,
            column_x(column) + column_width / 2.0,
            grid_y0 - s.px(6.0) - length / 2.0,
            head_font,
            colour,
        )?;
    }
    let item_font = Font::regular(s.small());
    let value_font = Font::bold(s.small().min(column_width * 0.3));
    for (row, item) in scale.items.iter().enumerate() {
        let y0 = grid_y0 + row as f64 * row_height;
        let mut text = item.text.get(ctx.lang).to_string();
        if item.reverse {
            text.push_str(" *");
        }
        canvas.row_label(
            &text,
            (body.x0, y0 + row_height / 2.0),
            label_width,
            row_height,
            item_font,
        )?;
        if row > 0 {
            canvas.line(&[(body.x0, y0), (grid_x0 - s.px(6.0), y0)], GRID, 1.0)?;
        }
        let reference = cooperation_mean(means, row);
        let mut values: Vec<Option<f64>> = means
            .iter()
            .map(|list| list.get(row).and_then(|m| m.mean))
            .collect();
        values.push(reference);
        for (column, value) in values.iter().enumerate() {
            let is_reference = column + 1 == columns;
            let fill = match (value, reference) {
                (Some(v), Some(r)) if !is_reference => style::diverging((v - r) / FAR),
                _ => PANEL,
            };
            let (x0, y) = (column_x(column) + gap / 2.0, y0 + gap / 2.0);
            let (w, h) = (column_width - gap, row_height - gap);
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
    }
    let key_y = grid_y0 + rows as f64 * row_height + s.px(10.0);
    colour_key(canvas, ctx, (grid_x0, key_y), body.x1)
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
