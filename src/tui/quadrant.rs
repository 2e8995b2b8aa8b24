//! The quadrant chart drawn in the terminal: cut-off lines, quadrant names, the benchmark and
//! the organisations as markers (the focused one highlighted, the others dimmed). Every point
//! is identifiable at every size: each name whole beside its marker where all fit, else a
//! letter per organisation with a legend beside the chart (or handed to the caller to show
//! next to it). No marker covers another, and none covers the benchmark.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::text;
use super::theme::theme;
use crate::analysis::comparison::Comparison;
use crate::model::questionnaire::{
    CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY, QuadrantId, Questionnaire,
};
use crate::words::format;
use crate::words::i18n::Lang;

/// How a point is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointKind {
    /// The organisation the screen is about.
    Focus,
    /// One of the organisations compared, all equal.
    Partner,
    /// Context: another partner, dimmed.
    Other,
    Benchmark,
}

/// A labelled point at (operational efficiency, customer experience).
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub label: String,
    pub x: f64,
    pub y: f64,
    pub kind: PointKind,
    /// Where it stood in the previous round, drawn as a trail to its marker.
    pub from: Option<(f64, f64)>,
    /// The letter that stands for it when the names do not fit beside the markers; the
    /// same for an organisation whichever partners are shown.
    pub letter: char,
}

/// The benchmark's marker, also its mark in a legend.
pub const BENCHMARK_MARKER: char = '◆';

/// The letter of the organisation at `index` in the comparison: A–Z, then a–z, then digits.
pub fn letter(index: usize) -> char {
    const LETTERS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    LETTERS.chars().nth(index).unwrap_or('•')
}

/// The points of a comparison: every organisation with both dimension scores (marked
/// indicative under three respondents), and the benchmark. `focus` is highlighted and the
/// others dimmed; with no focus all are equal.
pub fn points(
    comparison: &Comparison,
    focus: Option<&str>,
    only: Option<&[String]>,
    benchmark_label: &str,
    short_names: &std::collections::BTreeMap<String, String>,
    lang: Lang,
) -> Vec<Point> {
    let mut points = Vec::new();
    if let Some(benchmark) = &comparison.benchmark
        && let (Some(x), Some(y)) = (
            benchmark.benchmark.mean(OPERATIONAL_EFFICIENCY),
            benchmark.benchmark.mean(CUSTOMER_EXPERIENCE),
        )
    {
        points.push(Point {
            label: benchmark_label.to_string(),
            x,
            y,
            kind: PointKind::Benchmark,
            from: None,
            letter: BENCHMARK_MARKER,
        });
    }
    for (index, organisation) in comparison.organisations.iter().enumerate() {
        if only.is_some_and(|only| !only.contains(&organisation.id)) {
            continue;
        }
        let (Some(x), Some(y)) = (
            organisation.mean(OPERATIONAL_EFFICIENCY),
            organisation.mean(CUSTOMER_EXPERIENCE),
        ) else {
            continue;
        };
        let kind = match focus {
            Some(id) if id == organisation.id => PointKind::Focus,
            Some(_) => PointKind::Other,
            None => PointKind::Partner,
        };
        let short = short_names
            .get(&organisation.id)
            .cloned()
            .unwrap_or_else(|| short_name(&organisation.name));
        points.push(Point {
            label: format::indicative_name(&short, organisation.scores.respondents, lang),
            x,
            y,
            kind,
            from: None,
            letter: letter(index),
        });
    }
    // The benchmark and then the focused organisation are placed first, so they keep their
    // cells and the others move aside.
    points.sort_by_key(|point| match point.kind {
        PointKind::Benchmark => 0,
        PointKind::Focus => 1,
        PointKind::Other | PointKind::Partner => 2,
    });
    points
}

pub use crate::model::names::short_name;

mod grid;

use grid::Grid;

/// Where the legend goes when the names do not fit beside their markers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegendPlace {
    /// Beside or below the chart inside its box where there is room; else handed back.
    Inside,
    /// Always handed back: the caller shows it (the compare screen's partner list).
    Outside,
}

/// What the chart drew.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawn {
    /// Whether the markers are letters rather than named.
    pub lettered: bool,
    /// The legend the caller must show next to the chart: one line per point.
    pub legend: Vec<Line<'static>>,
}

/// The legend of lettered points, the benchmark first: "◆ benchmark", "A Aldersum".
pub fn legend_lines(points: &[Point]) -> Vec<Line<'static>> {
    points
        .iter()
        .map(|point| {
            let (_, style) = look(point.kind);
            Line::from(vec![
                Span::styled(point.letter.to_string(), style),
                Span::styled(format!(" {}", point.label), label_style(point.kind)),
            ])
        })
        .collect()
}

/// Draws the quadrant chart: the y-axis name on top, the plot with 0, 50 and 100 on both axes,
/// the x-axis name below. Each point is placed on the right side of both cut lines; names
/// beside the markers when every one fits whole, else letters and a legend.
#[allow(clippy::too_many_arguments)]
pub fn render(
    frame: &mut Frame,
    area: Rect,
    comparison: &Comparison,
    questionnaire: &Questionnaire,
    lang: Lang,
    points: &[Point],
    title: &str,
    place: LegendPlace,
) -> Drawn {
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), theme().title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let axes = (
        questionnaire.scale_name(CUSTOMER_EXPERIENCE, lang),
        questionnaire.scale_name(OPERATIONAL_EFFICIENCY, lang),
    );
    let draw = |frame: &mut Frame, at: Rect, lettered: bool| -> bool {
        let (width, height) = (usize::from(at.width), usize::from(at.height));
        // Four columns for the y numbers and axis; rows for the y name, the x axis, its
        // numbers and its name.
        if width < 12 || height < 8 {
            return false;
        }
        let mut grid = Grid::new(
            width - 4,
            height - 4,
            (comparison.cutoff.x, comparison.cutoff.y),
            theme().dim,
        );
        let placed = put_points(&mut grid, points, lettered);
        if !lettered && !label_points(&mut grid, points, &placed) {
            return false;
        }
        label_quadrants(&mut grid, questionnaire, lang);
        let lines = frame_lines(&grid, &axes.0, &axes.1);
        frame.render_widget(Paragraph::new(lines), at);
        true
    };
    if draw(frame, inner, false) {
        return Drawn::default();
    }
    let legend = legend_lines(points);
    let legend_width = legend.iter().map(Line::width).max().unwrap_or(0) as u16;
    let rows = legend.len() as u16;
    if place == LegendPlace::Inside {
        // Beside the chart while the chart keeps room to be read, else below it.
        if inner.width >= legend_width + 1 + 32 {
            let [chart, _, key] = Layout::horizontal([
                Constraint::Min(32),
                Constraint::Length(1),
                Constraint::Length(legend_width),
            ])
            .areas(inner);
            draw(frame, chart, true);
            frame.render_widget(Paragraph::new(legend), key);
            return Drawn {
                lettered: true,
                legend: Vec::new(),
            };
        }
        if inner.height >= rows + 14 && inner.width >= legend_width {
            let [chart, key] =
                Layout::vertical([Constraint::Min(14), Constraint::Length(rows)]).areas(inner);
            draw(frame, chart, true);
            frame.render_widget(Paragraph::new(legend), key);
            return Drawn {
                lettered: true,
                legend: Vec::new(),
            };
        }
    }
    draw(frame, inner, true);
    Drawn {
        lettered: true,
        legend,
    }
}

/// A point's marker and style.
fn look(kind: PointKind) -> (char, Style) {
    match kind {
        PointKind::Focus => ('●', theme().highlight),
        PointKind::Partner => ('●', Style::default()),
        PointKind::Other => ('○', theme().dim),
        PointKind::Benchmark => (BENCHMARK_MARKER, theme().benchmark),
    }
}

/// A name's style beside its marker or in the legend.
fn label_style(kind: PointKind) -> Style {
    match kind {
        PointKind::Other => theme().dim,
        other => look(other).1,
    }
}

/// Puts every point's marker into the grid, each on a cell of its own (moved a step aside on
/// the same side of both cut lines when taken), then the trails on cells still free;
/// returns where each point went (column, row).
fn put_points(grid: &mut Grid, points: &[Point], lettered: bool) -> Vec<(usize, usize)> {
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for point in points {
        let at = grid.free_place(point.x, point.y, &taken);
        taken.push(at);
        let (marker, style) = look(point.kind);
        let marker = if lettered && point.kind != PointKind::Benchmark {
            point.letter
        } else {
            marker
        };
        grid.put(at.0, at.1, marker, style);
    }
    for point in points {
        if let Some((x, y)) = point.from {
            let (column, row) = grid.place(x, y);
            if grid.is_free(column, row) {
                grid.put(column, row, '∘', theme().highlight);
            }
        }
    }
    taken
}

/// Labels every point whole beside its marker, the focused organisation and the benchmark
/// first; false as soon as one does not fit.
fn label_points(grid: &mut Grid, points: &[Point], placed: &[(usize, usize)]) -> bool {
    for (point, &(column, row)) in points.iter().zip(placed) {
        let style = label_style(point.kind);
        let label = &point.label;
        // The gap between marker and label must be free too: a line between them would set a
        // name on the wrong side of it.
        let right = column + 2 < grid.width
            && grid.is_free(column + 1, row)
            && grid.label(row, column + 2, true, label, style, usize::MAX);
        let placed = right
            || (column >= 2
                && grid.is_free(column - 1, row)
                && grid.label(row, column - 2, false, label, style, usize::MAX));
        if !placed {
            return false;
        }
    }
    true
}

/// Each quadrant's name in its corner, where it covers nothing.
fn label_quadrants(grid: &mut Grid, questionnaire: &Questionnaire, lang: Lang) {
    let name = |id: QuadrantId| {
        questionnaire
            .quadrant(id)
            .map_or(id.id().to_string(), |q| q.name.get(lang).to_string())
    };
    let (last_column, last_row) = (grid.width - 1, grid.height - 1);
    grid.label(
        0,
        0,
        true,
        &name(QuadrantId::IntegratedExperience),
        theme().dim,
        4,
    );
    grid.label(
        0,
        last_column,
        false,
        &name(QuadrantId::FutureReady),
        theme().dim,
        4,
    );
    grid.label(
        last_row,
        0,
        true,
        &name(QuadrantId::Traditional),
        theme().dim,
        4,
    );
    grid.label(
        last_row,
        last_column,
        false,
        &name(QuadrantId::Industrialised),
        theme().dim,
        4,
    );
}

/// The plot with its axes as lines of text.
fn frame_lines(grid: &Grid, y_name: &str, x_name: &str) -> Vec<Line<'static>> {
    let dim = theme().dim;
    let width = grid.width + 4;
    let mut lines = vec![Line::styled(
        text::truncate(&format!("↑ {y_name}"), width),
        dim,
    )];
    let ticks = [0.0, 50.0, 100.0];
    let tick_rows: Vec<usize> = ticks.iter().map(|y| grid.row(*y)).collect();
    for (row, cells) in grid.cells.iter().enumerate() {
        let number = ticks
            .iter()
            .zip(&tick_rows)
            .find(|(_, at)| **at == row)
            .map_or(String::new(), |(value, _)| format!("{value:.0}"));
        let axis = if number.is_empty() { '│' } else { '┤' };
        let mut spans = vec![Span::styled(format!("{number:>3}{axis}"), dim)];
        spans.extend(cells.iter().filter_map(|cell| match cell {
            Some(cell) if cell.symbol == grid::CONTINUATION => None,
            Some(cell) => Some(Span::styled(cell.symbol.to_string(), cell.style)),
            None => Some(Span::raw(" ")),
        }));
        lines.push(Line::from(spans));
    }
    let tick_columns: Vec<usize> = ticks.iter().map(|x| grid.column(*x)).collect();
    let axis: String = (0..grid.width)
        .map(|c| {
            if c > 0 && tick_columns.contains(&c) {
                '┬'
            } else {
                '─'
            }
        })
        .collect();
    lines.push(Line::styled(format!("   └{axis}"), dim));
    let mut numbers = vec![' '; width];
    for (value, column) in ticks.iter().zip(&tick_columns) {
        let text = format!("{value:.0}");
        let length = text.chars().count();
        let start = (column + 4).saturating_sub(length / 2).min(width - length);
        for (offset, symbol) in text.chars().enumerate() {
            numbers[start + offset] = symbol;
        }
    }
    lines.push(Line::styled(numbers.into_iter().collect::<String>(), dim));
    let x_label = text::truncate(&format!("{x_name} →"), width);
    lines.push(Line::styled(format!("{x_label:>width$}"), dim));
    lines
}
