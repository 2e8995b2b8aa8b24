//! The quadrant chart: every partner, the cooperation as a whole and the benchmark placed by
//! operational efficiency (x) and customer experience (y), the cut-off lines and their rule,
//! the four quadrant names, and arrows from the previous round's positions.

mod labels;
mod legend;

use anyhow::Result;
use plotters::prelude::ChartBuilder;
use plotters::style::{Color, TRANSPARENT};

use super::canvas::{Align, Canvas};
use super::layout::Rect;
use super::page;
use super::style::{self, AXIS, BENCHMARK, FAINT, GRID, MUTED, PANEL, TEXT, darker};
use super::text::Font;
use super::{Context, Partner};
use crate::analysis::comparison::OrganisationResult;
use crate::model::questionnaire::{CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY, QuadrantId};
use crate::words::i18n;

use labels::{Mark, Scene};

/// Where a partner stands (and stood), in pixels.
struct Placed<'p, 'a> {
    partner: &'p Partner<'a>,
    /// Its place among the chart's partners (and their legend entries).
    index: usize,
    /// Its number in the legend: 1 for the first partner plotted, without gaps.
    number: usize,
    /// Where its marker stands: its scores' place, moved aside a little when another
    /// partner's point lies on the same spot.
    at: (f64, f64),
    before: Option<(f64, f64)>,
    /// Within the at margin of a cut-off line: on the border of quadrants.
    border: bool,
}

/// Everything placed in the plot, in pixels.
struct Points<'p, 'a> {
    partners: Vec<Placed<'p, 'a>>,
    cooperation: Option<(f64, f64)>,
    benchmark: Option<(f64, f64)>,
    /// Whether the cooperation's and the benchmark's points are on the border of quadrants.
    cooperation_border: bool,
    benchmark_border: bool,
    /// Whether some partners' markers were set apart because their points coincide.
    spread: bool,
    radius: f64,
}

impl Points<'_, '_> {
    fn any_border(&self) -> bool {
        self.cooperation_border
            || self.benchmark_border
            || self.partners.iter().any(|item| item.border)
    }
}

/// The plot square and how scores map into it.
struct Plot {
    rect: Rect,
    /// Pixels of score 0 and 100 on each axis: (left, bottom, right, top).
    corners: (f64, f64, f64, f64),
}

impl Plot {
    fn at(&self, x: f64, y: f64) -> (f64, f64) {
        let (left, bottom, right, top) = self.corners;
        (
            left + (right - left) * x / 100.0,
            bottom + (top - bottom) * y / 100.0,
        )
    }
}

/// Where the labels, markers and lines of a quadrant chart went: for checks that no label
/// covers another, a marker or a line (a number may cross an arrow when it has no other
/// place).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub labels: Vec<Rect>,
    pub markers: Vec<Rect>,
    /// The cut-off lines.
    pub lines: Vec<Rect>,
    /// Pieces of the shift arrows.
    pub arrows: Vec<Rect>,
    /// Labels shown as a number with a key in the legend.
    pub numbered: usize,
}

pub fn render(ctx: &Context, title: &str) -> Result<String> {
    Ok(page::with_room(ctx, |height| draw(ctx, title, height))?.0)
}

/// The chart's label layout.
pub fn layout(ctx: &Context) -> Result<Layout> {
    Ok(page::with_room(ctx, |height| draw(ctx, "", height))?.1)
}

/// The chart at `height` pixels and its layout, and how many pixels its legend lacked.
fn draw(ctx: &Context, title: &str, height: u32) -> Result<((String, Layout), f64)> {
    let mut svg = String::new();
    let layout;
    let lacking;
    {
        let canvas = Canvas::for_chart(&mut svg, ctx, height)?;
        let s = canvas.sizes;
        let body = page::frame(&canvas, ctx, title, &notes(ctx))?;
        let plot = draw_plot(&canvas, ctx, body)?;
        let mut scene = Scene {
            obstacles: Vec::new(),
            lines: Vec::new(),
            arrows: Vec::new(),
            bounds: plot.rect.grow(-s.px(3.0)),
        };
        draw_cutoffs(&canvas, ctx, &plot, &mut scene)?;
        let points = points(ctx, &plot, s.marker());
        draw_quadrant_names(&canvas, ctx, &plot, &points, &mut scene)?;
        let mut markers = Vec::new();
        draw_shifts(&canvas, &points, &mut scene)?;
        draw_markers(&canvas, ctx, &points, &mut scene, &mut markers)?;

        let marks = marks(ctx, &points);
        let font = Font::bold(s.label());
        let pad = s.px(4.0);
        let max_width = plot.rect.width() * 0.45;
        let placed = labels::place(&marks, &scene, font, pad, max_width);
        labels::draw(&canvas, &marks, &placed, font, pad)?;

        let mut numbers = vec![None; ctx.partners.len()];
        for (item, numbered) in points.partners.iter().zip(&placed.numbered) {
            if *numbered && let Some(slot) = numbers.get_mut(item.index) {
                *slot = Some(item.number);
            }
        }
        let legend = Rect::new(plot.rect.x1 + s.px(48.0), body.y0, body.x1, body.y1);
        let heading = if numbers.iter().any(Option::is_some) {
            i18n::charts::words(ctx.lang).marker_key
        } else {
            ctx.texts().partners
        };
        lacking = page::vertical_legend(
            &canvas,
            legend,
            heading,
            &legend::entries(ctx, &numbers, points.any_border(), points.spread),
            ctx.medium.grows(),
        )?;
        layout = Layout {
            labels: placed.rects(),
            markers,
            lines: scene.lines.clone(),
            arrows: scene.arrows.clone(),
            numbered: placed.numbered.iter().filter(|n| **n).count(),
        };
        canvas.finish()?;
    }
    Ok(((svg, layout), lacking))
}

/// Respondents, the scores' base and the partners that could not be placed.
fn notes(ctx: &Context) -> Vec<String> {
    let texts = ctx.texts();
    let mut notes = vec![page::respondents_note(ctx), texts.scores_base.to_string()];
    let unplaced: Vec<String> = ctx
        .partners
        .iter()
        .filter(|p| scores_of(p.result).is_none())
        .map(|p| p.result.name.clone())
        .collect();
    if !unplaced.is_empty() {
        notes.push(format!(
            "{}: {}.",
            texts.not_placed,
            i18n::join_names(ctx.lang, &unplaced)
        ));
    }
    notes
}

/// The square plot at the left of the body, its grid, ticks, axis titles and the tinted
/// off-diagonal quadrants; the legend takes the rest of the width.
fn draw_plot(canvas: &Canvas, ctx: &Context, body: Rect) -> Result<Plot> {
    let s = canvas.sizes;
    let texts = ctx.texts();
    let tick_font = Font::regular(s.tick());
    let axis_font = Font::regular(s.axis_title());
    let y_label_space = tick_font.width("100") + s.px(14.0);
    let left_space = axis_font.line_height() + s.px(8.0) + y_label_space;
    let bottom_space = tick_font.line_height() + s.px(10.0) + axis_font.line_height() + s.px(4.0);
    let legend_min = (body.width() * 0.3).max(s.px(300.0));
    let side = (body.height() - bottom_space)
        .min(body.width() - legend_min - left_space - s.px(40.0))
        .max(s.px(200.0));
    let x0 = body.x0 + left_space;
    let sub = canvas.area.clone().shrink(
        ((x0 - y_label_space).round() as i32, body.y0.round() as i32),
        (
            (side + y_label_space).round() as u32,
            (side + tick_font.line_height() + s.px(10.0)).round() as u32,
        ),
    );
    let mut chart = ChartBuilder::on(&sub)
        .y_label_area_size(y_label_space.round() as u32)
        .x_label_area_size((tick_font.line_height() + s.px(10.0)).round() as u32)
        .build_cartesian_2d(0f64..100f64, 0f64..100f64)?;
    let corner = |x: f64, y: f64| -> (f64, f64) {
        let (px, py) = chart.backend_coord(&(x, y));
        (f64::from(px), f64::from(py))
    };
    let (left, bottom) = corner(0.0, 0.0);
    let (right, top) = corner(100.0, 100.0);
    let plot = Plot {
        rect: Rect::new(left, top, right, bottom),
        corners: (left, bottom, right, top),
    };
    let rect = plot.rect;
    let (cx, cy) = plot.at(ctx.comparison.cutoff.x, ctx.comparison.cutoff.y);
    // Off-diagonal quadrants lightly tinted so the four areas read at a glance.
    canvas.fill_rect(rect.x0, rect.y0, cx, cy, PANEL)?;
    canvas.fill_rect(cx, cy, rect.x1, rect.y1, PANEL)?;
    chart
        .configure_mesh()
        .x_labels(11)
        .y_labels(11)
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .label_style(Canvas::style(tick_font).color(&MUTED))
        .bold_line_style(GRID.stroke_width(1))
        .light_line_style(TRANSPARENT)
        .axis_style(AXIS.stroke_width(1))
        .draw()?;
    canvas.stroke_rect(rect.x0, rect.y0, rect.x1, rect.y1, AXIS, 1.0)?;

    let title = |scale: &str| format!("{} ({})", ctx.scale_name(scale), texts.unit);
    canvas.text(
        &title(OPERATIONAL_EFFICIENCY),
        (rect.x0 + rect.x1) / 2.0,
        rect.y1 + tick_font.line_height() + s.px(12.0),
        axis_font,
        TEXT,
        Align::Centre,
    )?;
    canvas.vertical_text(
        &title(CUSTOMER_EXPERIENCE),
        body.x0 + axis_font.size * 0.5,
        (rect.y0 + rect.y1) / 2.0,
        axis_font,
        TEXT,
    )?;
    Ok(plot)
}

/// The dashed cut-off lines; labels keep off them.
fn draw_cutoffs(canvas: &Canvas, ctx: &Context, plot: &Plot, scene: &mut Scene) -> Result<()> {
    let s = canvas.sizes;
    let rect = plot.rect;
    let (cx, cy) = plot.at(ctx.comparison.cutoff.x, ctx.comparison.cutoff.y);
    let dash = s.px(7.0);
    canvas.dashed((cx, rect.y0), (cx, rect.y1), MUTED, s.px(2.0), dash)?;
    canvas.dashed((rect.x0, cy), (rect.x1, cy), MUTED, s.px(2.0), dash)?;
    scene
        .lines
        .push(Rect::new(cx - 1.0, rect.y0, cx + 1.0, rect.y1));
    scene
        .lines
        .push(Rect::new(rect.x0, cy - 1.0, rect.x1, cy + 1.0));
    Ok(())
}

/// The quadrant names in the corners, inside their own quadrant.
fn draw_quadrant_names(
    canvas: &Canvas,
    ctx: &Context,
    plot: &Plot,
    points: &Points,
    scene: &mut Scene,
) -> Result<()> {
    let s = canvas.sizes;
    let rect = plot.rect;
    let (cx, cy) = plot.at(ctx.comparison.cutoff.x, ctx.comparison.cutoff.y);
    let font = Font::bold(s.small());
    let pad = s.px(10.0);
    // A name keeps clear of every point.
    let keep_clear: Vec<Rect> = points
        .partners
        .iter()
        .map(|p| p.at)
        .chain(points.cooperation)
        .chain(points.benchmark)
        .map(|(x, y)| Rect::around(x, y, points.radius * 1.5))
        .collect();
    for (quadrant, right_side, upper) in [
        (QuadrantId::IntegratedExperience, false, true),
        (QuadrantId::FutureReady, true, true),
        (QuadrantId::Traditional, false, false),
        (QuadrantId::Industrialised, true, false),
    ] {
        let Some(definition) = ctx.data.questionnaire.quadrant(quadrant) else {
            continue;
        };
        let room = if right_side {
            rect.x1 - cx
        } else {
            cx - rect.x0
        } - 2.0 * pad;
        // A quadrant's name is never cut: it wraps, and a word wider than its room still
        // stands whole.
        let name = definition.name.get(ctx.lang);
        let lines = font.wrap(name, room.max(s.px(60.0)).max(font.longest_word(name)));
        let width = lines.iter().map(|l| font.width(l)).fold(0.0, f64::max);
        let height = lines.len() as f64 * font.line_height();
        // In the quadrant's outer corner, unless a point lies there (a score of 100 lies in
        // the corner itself): then along the cut-off lines, where it is clear.
        let outer_x = if right_side {
            rect.x1 - pad - width
        } else {
            rect.x0 + pad
        };
        let inner_x = if right_side {
            cx + pad
        } else {
            cx - pad - width
        };
        let outer_y = if upper {
            rect.y0 + pad
        } else {
            rect.y1 - pad - height
        };
        let inner_y = if upper { cy - pad - height } else { cy + pad };
        // Moved off the edge far enough for a point on the edge to keep its label between.
        let off_edge = points.radius * 2.5 + font.line_height() * 1.5;
        let shifted_y = if upper {
            outer_y + off_edge
        } else {
            outer_y - off_edge
        };
        let places = [
            (outer_x, outer_y),
            (outer_x, shifted_y),
            (outer_x, inner_y),
            (inner_x, outer_y),
            (inner_x, inner_y),
        ];
        let boxed = |(x, y): (f64, f64)| Rect::new(x, y, x + width, y + height);
        let crowding = |place: (f64, f64)| -> f64 {
            let name_box = boxed(place);
            keep_clear.iter().map(|clear| name_box.overlap(clear)).sum()
        };
        // The first place that is clear, else the least crowded (the first of equals).
        let (x0, y) = places.iter().copied().fold(places[0], |best, place| {
            if crowding(place) < crowding(best) {
                place
            } else {
                best
            }
        });
        let (x, align) = if right_side {
            (x0 + width, Align::Right)
        } else {
            (x0, Align::Left)
        };
        canvas.lines(&lines, x, y, font, FAINT, align)?;
        scene.obstacles.push(boxed((x0, y)));
    }
    Ok(())
}

fn points<'p, 'a>(ctx: &'p Context<'a>, plot: &Plot, marker: f64) -> Points<'p, 'a> {
    let radius = if ctx.partners.len() > 7 {
        marker * 0.85
    } else {
        marker
    };
    let on_border = |(x, y): (f64, f64)| {
        !ctx.comparison
            .cutoff
            .border(x, y, ctx.comparison.margins.at)
            .is_empty()
    };
    let mut partners: Vec<Placed> = ctx
        .partners
        .iter()
        .enumerate()
        .filter_map(|(index, partner)| {
            let (x, y) = scores_of(partner.result)?;
            let before = ctx
                .previous
                .and_then(|previous| previous.organisation(&partner.result.id))
                .and_then(scores_of)
                .map(|(x, y)| plot.at(x, y));
            Some(Placed {
                partner,
                index,
                number: 0,
                at: plot.at(x, y),
                before,
                border: on_border((x, y)),
            })
        })
        .collect();
    for (place, item) in partners.iter_mut().enumerate() {
        item.number = place + 1;
    }
    let spread = spread_coinciding(&mut partners, radius);
    let cooperation = ctx.cooperation.as_ref().and_then(scores_of);
    let benchmark = ctx
        .benchmark_mean(OPERATIONAL_EFFICIENCY)
        .zip(ctx.benchmark_mean(CUSTOMER_EXPERIENCE));
    Points {
        partners,
        cooperation: cooperation.map(|(x, y)| plot.at(x, y)),
        benchmark: benchmark.map(|(x, y)| plot.at(x, y)),
        cooperation_border: cooperation.is_some_and(on_border),
        benchmark_border: benchmark.is_some_and(on_border),
        spread,
        radius,
    }
}

/// Partners whose points lie on the same spot (closer than a marker's radius) are set
/// around it in a small circle, so that every marker shows; the ring stays within about a
/// marker's width of the true place. Says whether any were moved, so the legend can say so.
fn spread_coinciding(partners: &mut [Placed], radius: f64) -> bool {
    let mut moved = false;
    let mut grouped = vec![false; partners.len()];
    for first in 0..partners.len() {
        if grouped[first] {
            continue;
        }
        let centre = partners[first].at;
        let group: Vec<usize> = (first..partners.len())
            .filter(|other| {
                let at = partners[*other].at;
                !grouped[*other]
                    && ((at.0 - centre.0).powi(2) + (at.1 - centre.1).powi(2)).sqrt() < radius
            })
            .collect();
        if group.len() < 2 {
            continue;
        }
        moved = true;
        let step = std::f64::consts::TAU / group.len() as f64;
        for (place, index) in group.iter().enumerate() {
            grouped[*index] = true;
            // The first to the upper left, the others round clockwise.
            let angle = std::f64::consts::PI * 1.25 + step * place as f64;
            partners[*index].at = (
                centre.0 + radius * 1.05 * angle.cos(),
                centre.1 + radius * 1.05 * angle.sin(),
            );
        }
    }
    moved
}

/// Shifts since the previous round: a small hollow mark where the partner stood, an arrow to
/// where it stands now. Labels keep off both.
fn draw_shifts(canvas: &Canvas, points: &Points, scene: &mut Scene) -> Result<()> {
    let s = canvas.sizes;
    let radius = points.radius;
    for item in &points.partners {
        let Some(old) = item.before else { continue };
        let look = item.partner.look;
        let (dx, dy) = (item.at.0 - old.0, item.at.1 - old.1);
        let length = (dx * dx + dy * dy).sqrt();
        canvas.marker(look.shape, old.0, old.1, radius * 0.45, style::WHITE)?;
        canvas.marker(look.shape, old.0, old.1, radius * 0.3, look.colour)?;
        if length > radius * 1.8 {
            let end = (
                item.at.0 - dx / length * (radius + s.px(3.0)),
                item.at.1 - dy / length * (radius + s.px(3.0)),
            );
            canvas.arrow(old, end, darker(look.colour), s.px(2.2), s.px(12.0))?;
        }
        scene
            .obstacles
            .push(Rect::around(old.0, old.1, radius * 0.6));
        let steps = (length / (radius * 0.8)).ceil().max(1.0) as usize;
        for step in 1..steps {
            let t = step as f64 / steps as f64;
            scene
                .arrows
                .push(Rect::around(old.0 + dx * t, old.1 + dy * t, s.px(3.0)));
        }
    }
    Ok(())
}

/// The partners' markers, then the cooperation's bullseye on top of them, then the
/// benchmark's diamond: around the bullseye, larger and hollow, where the two meet (a peer
/// benchmark lies where the cooperation's mean does).
fn draw_markers(
    canvas: &Canvas,
    ctx: &Context,
    points: &Points,
    scene: &mut Scene,
    markers: &mut Vec<Rect>,
) -> Result<()> {
    let radius = points.radius;
    let mut add = |rect: Rect, scene: &mut Scene| {
        scene.obstacles.push(rect);
        markers.push(rect);
    };
    let s = canvas.sizes;
    let ring = |(x, y): (f64, f64), size: f64| canvas.ring(x, y, size, TEXT, s.px(1.6));
    for item in &points.partners {
        let look = item.partner.look;
        canvas.marker(look.shape, item.at.0, item.at.1, radius, look.colour)?;
        if item.border {
            ring(item.at, radius * BORDER_RING)?;
        }
        add(
            Rect::around(item.at.0, item.at.1, clearance(item.border, 1.15, radius)),
            scene,
        );
    }
    if let Some((x, y)) = points.cooperation
        && ctx.cooperation.is_some()
    {
        canvas.bullseye(x, y, radius)?;
        if points.cooperation_border {
            ring((x, y), radius * BORDER_RING * 1.2)?;
        }
        add(
            Rect::around(x, y, clearance(points.cooperation_border, 1.4, radius)),
            scene,
        );
    }
    if let Some((bx, by)) = points.benchmark {
        let close = points
            .cooperation
            .is_some_and(|(x, y)| ((x - bx).powi(2) + (y - by).powi(2)).sqrt() < radius * 2.6);
        if close {
            canvas.diamond_outline(bx, by, radius * 1.9, BENCHMARK)?;
            add(Rect::around(bx, by, radius * 2.5), scene);
        } else {
            canvas.diamond(bx, by, radius, BENCHMARK)?;
            if points.benchmark_border {
                ring((bx, by), radius * BORDER_RING * 1.1)?;
            }
            add(
                Rect::around(bx, by, clearance(points.benchmark_border, 1.4, radius)),
                scene,
            );
        }
    }
    Ok(())
}

/// A border ring's radius, in marker radii.
const BORDER_RING: f64 = 1.6;

/// How far labels keep from a marker (`share` of its radius), or from its ring.
fn clearance(border: bool, share: f64, radius: f64) -> f64 {
    if border {
        radius * (BORDER_RING * 1.25).max(share)
    } else {
        radius * share
    }
}

/// The points to label: partners by their short name (or number), the cooperation as a
/// whole by its generic name (the legend names it in full) and the benchmark by the word.
fn marks(ctx: &Context, points: &Points) -> Vec<Mark> {
    let radius = points.radius;
    let mut marks: Vec<Mark> = points
        .partners
        .iter()
        .map(|item| Mark {
            text: item.partner.label(ctx.lang),
            number: Some(item.number),
            ink: Some(style::ink_on(item.partner.look.colour)),
            at: item.at,
            clearance: clearance(item.border, 1.15, radius),
            is_benchmark: false,
        })
        .collect();
    if let Some(at) = points.cooperation {
        marks.push(Mark {
            text: i18n::report::texts(ctx.lang)
                .cooperation_generic
                .to_string(),
            number: None,
            ink: None,
            at,
            clearance: clearance(points.cooperation_border, 1.4, radius),
            is_benchmark: false,
        });
    }
    if let Some(at) = points.benchmark {
        let near = points
            .cooperation
            .is_some_and(|(x, y)| ((x - at.0).powi(2) + (y - at.1).powi(2)).sqrt() < radius * 2.6);
        marks.push(Mark {
            text: ctx.texts().benchmark.to_string(),
            number: None,
            ink: None,
            at,
            clearance: if near {
                radius * 2.5
            } else {
                clearance(points.benchmark_border, 1.4, radius)
            },
            is_benchmark: true,
        });
    }
    marks
}

fn scores_of(result: &OrganisationResult) -> Option<(f64, f64)> {
    Some((
        result.mean(OPERATIONAL_EFFICIENCY)?,
        result.mean(CUSTOMER_EXPERIENCE)?,
    ))
}
