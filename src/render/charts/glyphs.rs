//! Text in the PNG. The SVG's horizontal texts are set here with the bundled font, each glyph
//! rasterised (anti-aliased) once per size and quarter-pixel position and then reused; the rest
//! of the SVG goes through resvg. Charts repeat the same few glyphs thousands of times, so this
//! makes the text nearly free while it looks the same as resvg's.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use resvg::tiny_skia::{FillRule, Mask, PathBuilder, Pixmap, Transform};
use resvg::usvg::roxmltree;
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, GlyphId, MetadataProvider};

use super::style::{FONT_BOLD, FONT_REGULAR};

/// Subpixel positions per pixel that glyphs are rasterised at.
const SUBPIXEL: f32 = 4.0;

/// One line of text from the SVG.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    x: f32,
    baseline: f32,
    size: f32,
    bold: bool,
    anchor: Anchor,
    colour: [u8; 3],
    opacity: f32,
    text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Anchor {
    Start,
    Middle,
    End,
}

/// Splits the SVG into what resvg draws (everything but the horizontal texts) and the texts
/// this module sets. An SVG that does not parse is left whole for resvg to report.
pub fn split_texts(svg: &str) -> (String, Vec<TextRun>) {
    let Ok(document) = roxmltree::Document::parse(svg) else {
        return (svg.to_string(), Vec::new());
    };
    let mut runs = Vec::new();
    let mut rest = String::with_capacity(svg.len());
    let mut copied = 0;
    for node in document
        .descendants()
        .filter(|node| node.tag_name().name() == "text")
    {
        let Some(run) = parse_run(&node) else {
            continue;
        };
        let range = node.range();
        rest.push_str(&svg[copied..range.start]);
        copied = range.end;
        runs.push(run);
    }
    rest.push_str(&svg[copied..]);
    (rest, runs)
}

fn parse_run(node: &roxmltree::Node) -> Option<TextRun> {
    if node.attribute("transform").is_some() || node.attribute("font-style").is_some() {
        return None;
    }
    let number = |name: &str| -> Option<f32> { node.attribute(name)?.trim().parse().ok() };
    let size = number("font-size")?;
    let dy = match node.attribute("dy") {
        None => 0.0,
        Some(text) => {
            let text = text.trim();
            if let Some(value) = text.strip_suffix("em") {
                value.parse::<f32>().ok()? * size
            } else if let Some(value) = text.strip_suffix("ex") {
                // As resvg reads it: an ex is half the font size.
                value.parse::<f32>().ok()? * size / 2.0
            } else {
                text.parse::<f32>().ok()?
            }
        }
    };
    let anchor = match node.attribute("text-anchor").unwrap_or("start") {
        "middle" => Anchor::Middle,
        "end" => Anchor::End,
        _ => Anchor::Start,
    };
    let colour = parse_colour(node.attribute("fill").unwrap_or("#000000"))?;
    // SVG's default white-space handling: line breaks become spaces, runs of spaces collapse
    // and the ends are trimmed.
    let raw: String = node
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(TextRun {
        x: number("x")?,
        baseline: number("y")? + dy,
        size,
        bold: node.attribute("font-weight") == Some("bold"),
        anchor,
        colour,
        opacity: number("opacity").unwrap_or(1.0).clamp(0.0, 1.0),
        text,
    })
}

fn parse_colour(text: &str) -> Option<[u8; 3]> {
    let hex = text.trim().strip_prefix('#')?;
    if hex.len() != 6 {
        return None;
    }
    let channel = |at: usize| u8::from_str_radix(hex.get(at..at + 2)?, 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// A rasterised glyph: coverage with its offset from the pen position (x) and baseline (y).
struct GlyphMask {
    left: i32,
    top: i32,
    width: usize,
    height: usize,
    coverage: Vec<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct GlyphKey {
    bold: bool,
    glyph: u32,
    /// Size in 1/64 pixel.
    size: u32,
    subpixel: u8,
}

thread_local! {
    static GLYPHS: RefCell<HashMap<GlyphKey, Option<Rc<GlyphMask>>>> = RefCell::new(HashMap::new());
}

struct Pen(PathBuilder);

impl OutlinePen for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.0.quad_to(cx0, cy0, x, y);
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.0.cubic_to(cx0, cy0, cx1, cy1, x, y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}

fn rasterise(font: &FontRef, key: GlyphKey) -> Option<GlyphMask> {
    let size = key.size as f32 / 64.0;
    let shift = f32::from(key.subpixel) / SUBPIXEL;
    let outline = font.outline_glyphs().get(GlyphId::new(key.glyph))?;
    let mut pen = Pen(PathBuilder::new());
    outline
        .draw(
            DrawSettings::unhinted(Size::new(size), LocationRef::default()),
            &mut pen,
        )
        .ok()?;
    let path = pen.0.finish()?;
    let bounds = path.bounds();
    // The outline is y-up; the image is y-down.
    let left = (bounds.left() + shift).floor() as i32 - 1;
    let right = (bounds.right() + shift).ceil() as i32 + 1;
    let top = (-bounds.bottom()).floor() as i32 - 1;
    let bottom = (-bounds.top()).ceil() as i32 + 1;
    let (width, height) = ((right - left) as u32, (bottom - top) as u32);
    let mut mask = Mask::new(width, height)?;
    let transform = Transform::from_row(1.0, 0.0, 0.0, -1.0, shift - left as f32, -(top as f32));
    mask.fill_path(&path, FillRule::Winding, true, transform);
    Some(GlyphMask {
        left,
        top,
        width: width as usize,
        height: height as usize,
        coverage: mask.data().to_vec(),
    })
}

/// The nearest byte to a value from 0 to 255, halves rounded up as `f32::round` does: adding
/// a half is exact in this range, and spares a call to the C library per pixel.
fn round_to_byte(value: f32) -> u8 {
    (value + 0.5) as u8
}

/// Draws the texts onto an opaque pixmap.
pub fn draw_texts(pixmap: &mut Pixmap, runs: &[TextRun]) {
    let (Ok(regular), Ok(bold)) = (FontRef::new(FONT_REGULAR), FontRef::new(FONT_BOLD)) else {
        return;
    };
    let (width, height) = (pixmap.width() as i32, pixmap.height() as i32);
    let data = pixmap.data_mut();
    GLYPHS.with(|cache| {
        let mut cache = cache.borrow_mut();
        for run in runs {
            let font = if run.bold { &bold } else { &regular };
            let charmap = font.charmap();
            let metrics = font.glyph_metrics(Size::new(run.size), LocationRef::default());
            let glyphs: Vec<(GlyphId, f32)> = run
                .text
                .chars()
                .map(|ch| {
                    let glyph = charmap.map(ch).unwrap_or_default();
                    (glyph, metrics.advance_width(glyph).unwrap_or(0.0))
                })
                .collect();
            let total: f32 = glyphs.iter().map(|(_, advance)| advance).sum();
            let mut pen_x = match run.anchor {
                Anchor::Start => run.x,
                Anchor::Middle => run.x - total / 2.0,
                Anchor::End => run.x - total,
            };
            let baseline = run.baseline.round() as i32;
            let alpha = run.opacity;
            for (glyph, advance) in glyphs {
                let whole = pen_x.floor();
                let mut subpixel = ((pen_x - whole) * SUBPIXEL).round();
                let mut origin = whole as i32;
                if subpixel >= SUBPIXEL {
                    subpixel = 0.0;
                    origin += 1;
                }
                pen_x += advance;
                let key = GlyphKey {
                    bold: run.bold,
                    glyph: glyph.to_u32(),
                    size: (run.size * 64.0).round() as u32,
                    subpixel: subpixel as u8,
                };
                let mask = cache
                    .entry(key)
                    .or_insert_with(|| rasterise(font, key).map(Rc::new))
                    .clone();
                let Some(mask) = mask else { continue };
                for row in 0..mask.height {
                    let y = baseline + mask.top + row as i32;
                    if y < 0 || y >= height {
                        continue;
                    }
                    for column in 0..mask.width {
                        let x = origin + mask.left + column as i32;
                        if x < 0 || x >= width {
                            continue;
                        }
                        let coverage = mask.coverage[row * mask.width + column];
                        if coverage == 0 {
                            continue;
                        }
                        let a = f32::from(coverage) / 255.0 * alpha;
                        let at = (y as usize * width as usize + x as usize) * 4;
                        for channel in 0..3 {
                            let under = f32::from(data[at + channel]);
                            let over = f32::from(run.colour[channel]);
                            data[at + channel] = round_to_byte(over * a + under * (1.0 - a));
                        }
                    }
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn horizontal_texts_are_taken_out_and_rotated_ones_left_in() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect x="0" y="0" width="10" height="10" fill="#FFFFFF"/><text x="5" y="20" dy="0.76em" text-anchor="middle" font-family="DejaVu Sans" font-size="16" opacity="1" fill="#1F1F1F" font-weight="bold">
  Geïntegreerd &amp;  ë
</text><text x="5" y="20" dy="0.76em" transform="rotate(270, 5, 20)" font-size="16" fill="#000000">y</text></svg>"##;
        let (rest, runs) = split_texts(svg);
        assert_eq!(runs.len(), 1);
        let run = &runs[0];
        assert_eq!(run.text, "Geïntegreerd & ë");
        assert!(run.bold);
        assert_eq!(run.anchor, Anchor::Middle);
        assert_eq!(run.colour, [0x1F, 0x1F, 0x1F]);
        assert!((run.baseline - (20.0 + 0.76 * 16.0)).abs() < 1e-4);
        assert!(!rest.contains("Geïntegreerd"));
        assert!(rest.contains("rotate(270"));
        assert!(roxmltree::Document::parse(&rest).is_ok());
    }
}
