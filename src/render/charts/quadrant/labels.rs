//! The quadrant chart's point labels. Every label stays clear of markers, texts, lines and
//! other labels: a name that does not fit becomes its number in the legend (and then every
//! partner shows its number, so the legend's numbers run without gaps), and a number that
//! still finds no free place stands inside its own marker.

use anyhow::Result;
use plotters::style::RGBColor;

use super::super::canvas::{Align, Canvas};
use super::super::layout::{self, LabelRequest, Placement, Rect, place_labels};
use super::super::style::{BENCHMARK, MUTED, TEXT};
use super::super::text::Font;

/// A point to label.
pub struct Mark {
    /// The name to show when it fits.
    pub text: String,
    /// The number shown instead when it does not (partners only).
    pub number: Option<usize>,
    /// The colour a number takes inside the partner's marker, where it finds no free place
    /// beside it (partners only).
    pub ink: Option<RGBColor>,
    pub at: (f64, f64),
    /// The marker's radius: the label starts beyond it.
    pub clearance: f64,
    pub is_benchmark: bool,
}

/// What the labels must keep clear of.
pub struct Scene {
    /// Markers and texts.
    pub obstacles: Vec<Rect>,
    /// The cut-off lines.
    pub lines: Vec<Rect>,
    /// The arrows of shifts since the previous round, as short pieces. Names keep off them;
    /// a number may cross one where it finds no other place.
    pub arrows: Vec<Rect>,
    /// Where labels may go.
    pub bounds: Rect,
}

/// Where each label went (none when left out) and whether it shows a number.
pub struct Placed {
    pub placements: Vec<Option<Placement>>,
    pub numbered: Vec<bool>,
}

impl Placed {
    pub fn rects(&self) -> Vec<Rect> {
        self.placements.iter().flatten().map(|p| p.rect).collect()
    }
}

fn requests(marks: &[Mark], texts: &[String], font: Font, pad: f64) -> Vec<LabelRequest> {
    marks
        .iter()
        .zip(texts)
        .map(|(mark, text)| LabelRequest {
            x: mark.at.0,
            y: mark.at.1,
            width: font.width(text) + 2.0 * pad,
            height: font.size * 1.3,
            clearance: mark.clearance,
        })
        .collect()
}

/// Places the labels: names where they fit (no wider than `max_width`), numbers for the
/// rest, one at a time, widest conflicting name first, until nothing covers anything.
pub fn place(marks: &[Mark], scene: &Scene, font: Font, pad: f64, max_width: f64) -> Placed {
    let mut numbered: Vec<bool> = marks
        .iter()
        .map(|m| m.number.is_some() && font.width(&m.text) > max_width)
        .collect();
    let mut hidden = vec![false; marks.len()];
    loop {
        let texts = texts(marks, &numbered);
        let all = requests(marks, &texts, font, pad);
        let shown: Vec<usize> = (0..marks.len()).filter(|i| !hidden[*i]).collect();
        let wanted: Vec<LabelRequest> = shown.iter().map(|i| all[*i]).collect();
        let soft: Vec<Rect> = scene.lines.iter().chain(&scene.arrows).copied().collect();
        let placements = place_labels(&wanted, &scene.obstacles, &soft, scene.bounds);
        let strict = layout::conflicts(&wanted, &placements, &scene.obstacles, &soft);
        let lenient = layout::conflicts(&wanted, &placements, &scene.obstacles, &scene.lines);
        let bad: Vec<bool> = shown
            .iter()
            .zip(strict.iter().zip(&lenient))
            .map(|(index, (strict, lenient))| if numbered[*index] { *lenient } else { *strict })
            .collect();
        let in_bounds = placements
            .iter()
            .map(|p| scene.bounds.contains(&p.rect))
            .collect::<Vec<_>>();
        let failing: Vec<usize> = shown
            .iter()
            .zip(bad.iter().zip(&in_bounds))
            .filter(|(_, (bad, inside))| **bad || !**inside)
            .map(|(index, _)| *index)
            .collect();
        let partly_numbered = numbered.iter().any(|n| *n)
            && marks
                .iter()
                .zip(&numbered)
                .any(|(mark, numbered)| mark.number.is_some() && !numbered);
        if failing.is_empty() && partly_numbered {
            // Names and numbers mixed would leave gaps in the legend's numbers.
            for (numbered, mark) in numbered.iter_mut().zip(marks) {
                *numbered = mark.number.is_some();
            }
            hidden = vec![false; marks.len()];
            continue;
        }
        if failing.is_empty() {
            let mut placed = vec![None; marks.len()];
            for (index, placement) in shown.iter().zip(placements) {
                placed[*index] = Some(placement);
            }
            return Placed {
                placements: placed,
                numbered,
            };
        }
        // The widest name that fails becomes a number; when only numbers (or the benchmark's
        // word) fail, the widest of them is left out.
        let widest = |candidates: &mut dyn Iterator<Item = usize>| {
            candidates.max_by(|a, b| all[*a].width.total_cmp(&all[*b].width))
        };
        let rename = widest(
            &mut failing
                .iter()
                .copied()
                .filter(|i| !numbered[*i] && marks[*i].number.is_some()),
        );
        match rename {
            Some(index) => numbered[index] = true,
            None => {
                // The cooperation's and the benchmark's words go first: their markers are
                // unlike any partner's and the legend names them.
                let words = widest(
                    &mut failing
                        .iter()
                        .copied()
                        .filter(|i| marks[*i].number.is_none()),
                );
                if let Some(index) = words.or_else(|| widest(&mut failing.iter().copied())) {
                    hidden[index] = true;
                }
            }
        }
    }
}

/// The text each label shows.
pub fn texts(marks: &[Mark], numbered: &[bool]) -> Vec<String> {
    marks
        .iter()
        .zip(numbered)
        .map(|(mark, numbered)| match (numbered, mark.number) {
            (true, Some(number)) => number.to_string(),
            _ => mark.text.clone(),
        })
        .collect()
}

/// Draws the placed labels, with a thin leader line to a label that stands away from its
/// point.
pub fn draw(canvas: &Canvas, marks: &[Mark], placed: &Placed, font: Font, pad: f64) -> Result<()> {
    let s = canvas.sizes;
    let texts = texts(marks, &placed.numbered);
    let all = requests(marks, &texts, font, pad);
    for (((mark, text), request), placement) in
        marks.iter().zip(&texts).zip(&all).zip(&placed.placements)
    {
        let Some(Placement { rect, leader }) = placement else {
            // A partner's number with no free place stands inside its marker.
            if let (Some(number), Some(ink)) = (mark.number, mark.ink) {
                canvas.text_middle(
                    &number.to_string(),
                    mark.at.0,
                    mark.at.1,
                    Font::bold(s.small()),
                    ink,
                    Align::Centre,
                )?;
            }
            continue;
        };
        let (x, y) = mark.at;
        let (tx, ty) = layout::leader_end(request, rect);
        let (dx, dy) = (tx - x, ty - y);
        let length = (dx * dx + dy * dy).sqrt().max(1.0);
        if layout::needs_leader(request, rect, *leader) {
            let start = (
                x + dx / length * mark.clearance,
                y + dy / length * mark.clearance,
            );
            canvas.line(&[start, (tx, ty)], MUTED, s.px(1.3))?;
        }
        let colour = if mark.is_benchmark { BENCHMARK } else { TEXT };
        canvas.text(
            text,
            rect.x0 + pad,
            rect.y0 + (rect.height() - font.size) / 2.0 + font.size * 0.05,
            font,
            colour,
            Align::Left,
        )?;
    }
    Ok(())
}
