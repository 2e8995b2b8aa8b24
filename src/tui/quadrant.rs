//! The quadrant chart drawn in the terminal: cut-off lines, quadrant names, the benchmark and
//! the organisations as labelled markers (the focused one highlighted, the others dimmed).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Line as CanvasLine};
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
            label: short_name(&organisation.name),
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

pub fn render(
    frame: &mut Frame,
    area: Rect,
    comparison: &Comparison,
    questionnaire: &Questionnaire,
    lang: Lang,
    points: &[Point],
    title: &str,
) {
    let cutoff = comparison.cutoff;
    let name = |id: QuadrantId| {
        questionnaire
            .quadrant(id)
            .map_or(id.id().to_string(), |q| q.name.get(lang).to_string())
    };
    let axis = |id: &str| questionnaire.scale_name(id, lang);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), theme().title))
        .title_bottom(Line::styled(
            format!(
                " x: {} · y: {} ",
                axis(OPERATIONAL_EFFICIENCY),
                axis(CUSTOMER_EXPERIENCE)
            ),
            theme().dim,
        ));
    let inner_width = f64::from(area.width.saturating_sub(2).max(1));
    // One cell in chart units, to place right-aligned text.
    let cell = 100.0 / inner_width;
    let canvas = Canvas::default()
        .block(block)
        .marker(Marker::Braille)
        .x_bounds([0.0, 100.0])
        .y_bounds([0.0, 100.0])
        .paint(move |context| {
            context.draw(&CanvasLine::new(
                cutoff.x,
                0.0,
                cutoff.x,
                100.0,
                theme().dim.fg.unwrap_or_default(),
            ));
            context.draw(&CanvasLine::new(
                0.0,
                cutoff.y,
                100.0,
                cutoff.y,
                theme().dim.fg.unwrap_or_default(),
            ));
            for point in points {
                if let Some((x, y)) = point.from {
                    let colour = theme().highlight.fg.unwrap_or_default();
                    context.draw(&CanvasLine::new(x, y, point.x, point.y, colour));
                }
            }
            context.layer();
            for point in points {
                if let Some((x, y)) = point.from {
                    context.print(x, y, Line::styled("∘", theme().highlight));
                }
            }
            let right = |text: &str| 100.0 - (text.chars().count() as f64 + 1.0) * cell;
            let corner = |context: &mut ratatui::widgets::canvas::Context,
                          id: QuadrantId,
                          x_right: bool,
                          y: f64| {
                // Two names share a line: each gets half of it.
                let text = super::questionnaire::truncate(
                    &name(id),
                    (inner_width as usize / 2).saturating_sub(1),
                );
                let x = if x_right { right(&text) } else { 0.0 };
                context.print(x, y, Line::styled(text, theme().dim));
            };
            corner(context, QuadrantId::IntegratedExperience, false, 100.0);
            corner(context, QuadrantId::FutureReady, true, 100.0);
            corner(context, QuadrantId::Traditional, false, 0.0);
            corner(context, QuadrantId::Industrialised, true, 0.0);
            // With many organisations the labels would cover each other: then only the
            // focused one and the benchmark keep theirs.
            let crowded = points.len() > CROWDED;
            for point in points {
                let (marker, style): (&str, Style) = match point.kind {
                    PointKind::Focus => ("●", theme().highlight),
                    PointKind::Partner => ("●", Style::default()),
                    PointKind::Other => ("○", theme().dim),
                    PointKind::Benchmark => ("◆", theme().benchmark),
                };
                let labelled =
                    !crowded || matches!(point.kind, PointKind::Focus | PointKind::Benchmark);
                if !labelled {
                    context.print(point.x, point.y, Line::styled(marker, style));
                    continue;
                }
                let text = format!("{marker} {}", point.label);
                // Labels near the right edge go to the left of their marker.
                let x = if point.x + (text.chars().count() as f64) * cell > 100.0 {
                    (point.x - (text.chars().count() as f64 - 1.0) * cell).max(0.0)
                } else {
                    point.x
                };
                let text = if x < point.x {
                    format!("{} {marker}", point.label)
                } else {
                    text
                };
                context.print(x, point.y, Line::styled(text, style));
            }
        });
    frame.render_widget(canvas, area);
}
