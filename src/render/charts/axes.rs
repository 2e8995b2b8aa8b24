//! The 0–100 score axis shared by the bar, dot and profile charts: ticks, grid and title
//! drawn with plotters' mesh, and the mapping from a score to a pixel.

use anyhow::Result;
use plotters::prelude::ChartBuilder;
use plotters::style::{Color, TRANSPARENT};

use super::canvas::{Align, Canvas};
use super::layout::Rect;
use super::style::{AXIS, GRID, MUTED, TEXT};
use super::text::Font;

/// Maps scores to x pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoreAxis {
    pub left: f64,
    pub right: f64,
}

impl ScoreAxis {
    pub fn x(&self, score: f64) -> f64 {
        self.left + (self.right - self.left) * score.clamp(0.0, 100.0) / 100.0
    }
}

/// The space below the plot that the tick labels and the axis title take.
pub fn space_below(canvas: &Canvas) -> f64 {
    let s = canvas.sizes;
    Font::regular(s.tick()).line_height()
        + s.px(12.0)
        + Font::regular(s.axis_title()).line_height()
        + s.px(4.0)
}

/// Draws the vertical grid every 10 points, the axis with ticks under `plot` and the axis
/// title below them.
pub fn horizontal(canvas: &Canvas, plot: Rect, title: &str) -> Result<ScoreAxis> {
    let s = canvas.sizes;
    let tick_font = Font::regular(s.tick());
    let tick_space = tick_font.line_height() + s.px(10.0);
    // Room left and right so "0" and "100" are not cut.
    let pad = tick_font.width("100");
    let sub = canvas.area.clone().shrink(
        ((plot.x0 - pad).round() as i32, plot.y0.round() as i32),
        (
            (plot.width() + 2.0 * pad).round() as u32,
            (plot.height() + tick_space).round() as u32,
        ),
    );
    let mut chart = ChartBuilder::on(&sub)
        .margin_left(pad.round() as u32)
        .margin_right(pad.round() as u32)
        .x_label_area_size(tick_space.round() as u32)
        .build_cartesian_2d(0f64..100f64, 0f64..1f64)?;
    let (left, bottom) = chart.backend_coord(&(0.0, 0.0));
    let (right, _) = chart.backend_coord(&(100.0, 0.0));
    // A label every 10 points where they stand clear of each other, else every 20 or 50.
    let room = tick_font.width("100") * 1.25;
    let labels = [11, 6, 3]
        .into_iter()
        .find(|count| plot.width() / (count - 1) as f64 >= room)
        .unwrap_or(3);
    chart
        .configure_mesh()
        .x_labels(labels)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .label_style(Canvas::style(tick_font).color(&MUTED))
        .bold_line_style(GRID.stroke_width(1))
        .light_line_style(TRANSPARENT)
        .axis_style(AXIS.stroke_width(1))
        .disable_y_mesh()
        .disable_y_axis()
        .draw()?;
    let axis = ScoreAxis {
        left: f64::from(left),
        right: f64::from(right),
    };
    let axis_font = Font::regular(s.axis_title());
    canvas.text(
        title,
        (axis.left + axis.right) / 2.0,
        f64::from(bottom) + tick_space + s.px(2.0),
        axis_font,
        TEXT,
        Align::Centre,
    )?;
    Ok(axis)
}
