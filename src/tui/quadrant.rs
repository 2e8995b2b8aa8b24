//! The quadrant chart drawn in the terminal: cut-off lines, quadrant names, the benchmark and
//! the organisations as labelled markers (the focused one highlighted, the others dimmed).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use super::theme::theme;
use crate::analysis::comparison::Comparison;
use crate::model::questionnaire::{
    CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY, QuadrantId, Questionnaire,
};
use crate::words::i18n::Lang;

/// Above this many points, only the focused organisation and the benchmark are labelled.
const CROWDED: usize = 16;

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
}

/// The points of a comparison: every organisation with both dimension scores, and the
/// benchmark. `focus` is highlighted and the others dimmed; with no focus all are equal.
pub fn points(
    comparison: &Comparison,
    focus: Option<&str>,
    only: Option<&[String]>,
    benchmark_label: &str,
    short_names: &std::collections::BTreeMap<String, String>,
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
        });
    }
    for organisation in &comparison.organisations {
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
        points.push(Point {
            label: short_names
                .get(&organisation.id)
                .cloned()
                .unwrap_or_else(|| short_name(&organisation.name)),
            x,
            y,
            kind,
            from: None,
        });
    }
    // The benchmark and then the focused organisation are drawn last, so nothing covers them.
    points.sort_by_key(|point| match point.kind {
        PointKind::Other | PointKind::Partner => 0,
        PointKind::Benchmark => 1,
        PointKind::Focus => 2,
    });
    points
}

pub use crate::model::names::short_name;

mod grid;

use grid::Grid;

/// Draws the quadrant chart: the y-axis name on top, the plot with 0, 50 and 100 on both axes,
/// the x-axis name below. Each point is placed on the right side of both cut lines; labels
/// and quadrant names go only where they cover nothing, cut to the room there is.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    comparison: &Comparison,
    questionnaire: &Questionnaire,
    lang: Lang,
    points: &[Point],
    title: &str,
) {
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), theme().title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let axis = |id: &str| questionnaire.scale_name(id, lang);
    let (width, height) = (usize::from(inner.width), usize::from(inner.height));
    // Four columns for the y numbers and axis; rows for the y name, the x axis, its numbers
    // and its name.
    if width < 12 || height < 8 {
        return;
    }
    let mut grid = Grid::new(
        width - 4,
        height - 4,
        (comparison.cutoff.x, comparison.cutoff.y),
        theme().dim,
    );
    let placed = put_points(&mut grid, points);
    label_points(&mut grid, points, &placed);
    label_quadrants(&mut grid, questionnaire, lang);
    let lines = frame_lines(
        &grid,
        &axis(CUSTOMER_EXPERIENCE),
        &axis(OPERATIONAL_EFFICIENCY),
    );
    frame.render_widget(ratatui::widgets::Paragraph::new(lines), inner);
}

/// A point's marker and style.
fn look(kind: PointKind) -> (char, Style) {
    match kind {
        PointKind::Focus => ('●', theme().highlight),
        PointKind::Partner => ('●', Style::default()),
        PointKind::Other => ('○', theme().dim),
        PointKind::Benchmark => ('◆', theme().benchmark),
    }
}

/// Puts every point's trail end, then its marker, into the grid; returns where each point
/// went (column, row).
fn put_points(grid: &mut Grid, points: &[Point]) -> Vec<(usize, usize)> {
    for point in points {
        if let Some((x, y)) = point.from {
            let (column, row) = grid.place(x, y);
            if grid.is_free(column, row) {
                grid.put(column, row, '∘', theme().highlight);
            }
        }
    }
    let placed: Vec<(usize, usize)> = points.iter().map(|p| grid.place(p.x, p.y)).collect();
    for (point, (column, row)) in points.iter().zip(&placed) {
        let (marker, style) = look(point.kind);
        grid.put(*column, *row, marker, style);
    }
    placed
}

/// Labels the points at their places; when crowded only the focused organisation and the
/// benchmark.
fn label_points(grid: &mut Grid, points: &[Point], placed: &[(usize, usize)]) {
    let crowded = points.len() > CROWDED;
    // Labels: the focused organisation and the benchmark first, so they keep theirs.
    let mut order: Vec<usize> = (0..points.len()).collect();
    order.sort_by_key(|at| match points[*at].kind {
        PointKind::Focus => 0,
        PointKind::Benchmark => 1,
        _ => 2,
    });
    for at in order {
        let point = &points[at];
        if crowded && !matches!(point.kind, PointKind::Focus | PointKind::Benchmark) {
            continue;
        }
        let (column, row) = placed[at];
        let (_, style) = look(point.kind);
        // Whole to the right, whole to the left, else cut to the room on either side.
        let label = &point.label;
        // The gap between marker and label must be free too: a line between them would set a
        // name on the wrong side of it.
        let right = |grid: &mut Grid, min| {
            column + 2 < grid.width
                && grid.is_free(column + 1, row)
                && grid.label(row, column + 2, true, label, style, min)
        };
        let left = |grid: &mut Grid, min| {
            column >= 2
                && grid.is_free(column - 1, row)
                && grid.label(row, column - 2, false, label, style, min)
        };
        let _ =
            right(grid, usize::MAX) || left(grid, usize::MAX) || right(grid, 4) || left(grid, 4);
    }
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
        super::questionnaire::truncate(&format!("↑ {y_name}"), width),
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
        spans.extend(cells.iter().map(|cell| match cell {
            Some(cell) => Span::styled(cell.symbol.to_string(), cell.style),
            None => Span::raw(" "),
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
    let x_label = super::questionnaire::truncate(&format!("{x_name} →"), width);
    lines.push(Line::styled(format!("{x_label:>width$}"), dim));
    lines
}
