//! A thin drawing surface over plotters' SVG backend: text in the bundled font at exact pixel
//! sizes, rectangles, lines, dashes, markers and arrows in pixel coordinates.

use anyhow::{Result, anyhow};
use plotters::coord::Shift;
use plotters::element::{Circle, DashedPathElement, PathElement, Polygon, Rectangle, Text};
use plotters::prelude::{DrawingArea, IntoDrawingArea, SVGBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{
    Color, FontDesc, FontFamily, FontStyle, FontTransform, RGBColor, ShapeStyle,
};

use super::style::{COOPERATION, FONT_FAMILY, Shape, Sizes, TEXT, WHITE, darker};
use super::text::Font;
use crate::words::i18n::{self, Lang};

/// plotters writes `font-size` as the given size divided by this; multiplying first makes the
/// SVG carry the size that was measured.
const PLOTTERS_FONT_FACTOR: f64 = 1.24;

pub type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// Horizontal alignment of a text at its anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Centre,
    Right,
}

/// A chart being drawn: a white page of `width` × `height` pixels.
pub struct Canvas<'a> {
    pub area: Area<'a>,
    pub width: f64,
    pub height: f64,
    pub sizes: Sizes,
    /// The chart's language, for its errors.
    lang: Lang,
}

fn drawing_error(lang: Lang, error: impl std::fmt::Display) -> anyhow::Error {
    anyhow!((i18n::charts::texts(lang).drawing_failed)(
        &error.to_string()
    ))
}

fn pt(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

fn stroke_px(width: f64) -> u32 {
    width.round().max(1.0) as u32
}

impl<'a> Canvas<'a> {
    /// A page for one chart of the set, sized and typed for its medium, `height` pixels high
    /// (the medium's height, or more where a printed chart grew; see `page::with_room`).
    pub fn for_chart(
        buffer: &'a mut String,
        ctx: &super::Context,
        height: u32,
    ) -> Result<Canvas<'a>> {
        Canvas::new(buffer, ctx.size.width, height, ctx.medium, ctx.lang)
    }

    pub fn new(
        buffer: &'a mut String,
        width: u32,
        height: u32,
        medium: super::style::Medium,
        lang: Lang,
    ) -> Result<Canvas<'a>> {
        let area = SVGBackend::with_string(buffer, (width, height)).into_drawing_area();
        area.fill(&WHITE)
            .map_err(|error| drawing_error(lang, error))?;
        Ok(Canvas {
            area,
            width: f64::from(width),
            height: f64::from(height),
            sizes: Sizes::for_image(medium, width, height),
            lang,
        })
    }

    /// Writes the SVG into the buffer.
    pub fn finish(self) -> Result<()> {
        self.area
            .present()
            .map_err(|error| drawing_error(self.lang, error))
    }

    pub fn style(font: Font) -> FontDesc<'static> {
        let style = if font.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        FontDesc::new(
            FontFamily::Name(FONT_FAMILY),
            font.size * PLOTTERS_FONT_FACTOR,
            style,
        )
    }

    /// One line of text; `y` is the top of its line box (`Font::line_height` high), in which
    /// capitals sit centred.
    pub fn text(
        &self,
        text: &str,
        x: f64,
        y: f64,
        font: Font,
        colour: RGBColor,
        align: Align,
    ) -> Result<()> {
        let h = match align {
            Align::Left => HPos::Left,
            Align::Centre => HPos::Center,
            Align::Right => HPos::Right,
        };
        let style = Self::style(font).color(&colour).pos(Pos::new(h, VPos::Top));
        // plotters puts the baseline 0.76 em below the anchor; capitals (0.73 em high) are
        // centred in the line box when the baseline is 1.0 em below its top.
        let y = y + font.size * 0.24;
        self.area
            .draw(&Text::new(
                super::text::printable(text).into_owned(),
                pt(x, y),
                style,
            ))
            .map_err(|error| drawing_error(self.lang, error))
    }

    /// One line of text centred vertically on `y`.
    pub fn text_middle(
        &self,
        text: &str,
        x: f64,
        y: f64,
        font: Font,
        colour: RGBColor,
        align: Align,
    ) -> Result<()> {
        self.text(text, x, y - font.line_height() / 2.0, font, colour, align)
    }

    /// A row's name at the left of a table-like chart, vertically centred on `centre`, in
    /// the lines its label column gives it (see `column::LabelColumn::wrap`).
    pub fn row_label(&self, lines: &[String], (x, centre): (f64, f64), font: Font) -> Result<()> {
        let height = lines.len() as f64 * font.line_height();
        self.lines(lines, x, centre - height / 2.0, font, TEXT, Align::Left)?;
        Ok(())
    }

    /// Lines of text from `y` down; returns the height used.
    pub fn lines(
        &self,
        lines: &[String],
        x: f64,
        y: f64,
        font: Font,
        colour: RGBColor,
        align: Align,
    ) -> Result<f64> {
        for (index, line) in lines.iter().enumerate() {
            self.text(
                line,
                x,
                y + index as f64 * font.line_height(),
                font,
                colour,
                align,
            )?;
        }
        Ok(lines.len() as f64 * font.line_height())
    }

    /// Text turned a quarter anticlockwise (a y-axis title), centred on (`x`, `y`).
    pub fn vertical_text(
        &self,
        text: &str,
        x: f64,
        y: f64,
        font: Font,
        colour: RGBColor,
    ) -> Result<()> {
        let style = Self::style(font)
            .transform(FontTransform::Rotate270)
            .color(&colour)
            .pos(Pos::new(HPos::Center, VPos::Top));
        self.area
            .draw(&Text::new(
                super::text::printable(text).into_owned(),
                pt(x - font.size * 0.5, y),
                style,
            ))
            .map_err(|error| drawing_error(self.lang, error))
    }

    /// Lines turned a quarter anticlockwise over a column, side by side (the first leftmost)
    /// around `x`, each starting at `bottom` and reading upwards.
    pub fn upright_lines(
        &self,
        lines: &[String],
        (x, bottom): (f64, f64),
        font: Font,
        colour: RGBColor,
    ) -> Result<()> {
        let middle = (lines.len() as f64 - 1.0) / 2.0;
        for (index, line) in lines.iter().enumerate() {
            let offset = (index as f64 - middle) * font.line_height();
            let length = font.width(line);
            self.vertical_text(line, x + offset, bottom - length / 2.0, font, colour)?;
        }
        Ok(())
    }

    pub fn fill_rect(&self, x0: f64, y0: f64, x1: f64, y1: f64, colour: RGBColor) -> Result<()> {
        self.area
            .draw(&Rectangle::new([pt(x0, y0), pt(x1, y1)], colour.filled()))
            .map_err(|error| drawing_error(self.lang, error))
    }

    pub fn stroke_rect(
        &self,
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        colour: RGBColor,
        width: f64,
    ) -> Result<()> {
        self.area
            .draw(&Rectangle::new(
                [pt(x0, y0), pt(x1, y1)],
                colour.stroke_width(stroke_px(width)),
            ))
            .map_err(|error| drawing_error(self.lang, error))
    }

    pub fn line(&self, points: &[(f64, f64)], colour: RGBColor, width: f64) -> Result<()> {
        let points: Vec<(i32, i32)> = points.iter().map(|&(x, y)| pt(x, y)).collect();
        self.area
            .draw(&PathElement::new(
                points,
                colour.stroke_width(stroke_px(width)),
            ))
            .map_err(|error| drawing_error(self.lang, error))
    }

    pub fn dashed(
        &self,
        from: (f64, f64),
        to: (f64, f64),
        colour: RGBColor,
        width: f64,
        dash: f64,
    ) -> Result<()> {
        let style: ShapeStyle = colour.stroke_width(stroke_px(width));
        self.area
            .draw(&DashedPathElement::new(
                vec![pt(from.0, from.1), pt(to.0, to.1)],
                dash.round().max(2.0) as i32,
                (dash * 0.7).round().max(2.0) as i32,
                style,
            ))
            .map_err(|error| drawing_error(self.lang, error))
    }

    /// A partner's marker: filled in its colour with a darker outline so light colours show.
    pub fn marker(
        &self,
        shape: Shape,
        x: f64,
        y: f64,
        radius: f64,
        colour: RGBColor,
    ) -> Result<()> {
        let outline = darker(colour).stroke_width(stroke_px(radius * 0.18));
        match shape {
            Shape::Circle => {
                self.area
                    .draw(&Circle::new(
                        pt(x, y),
                        radius.round() as i32,
                        colour.filled(),
                    ))
                    .map_err(|error| drawing_error(self.lang, error))?;
                self.area
                    .draw(&Circle::new(pt(x, y), radius.round() as i32, outline))
                    .map_err(|error| drawing_error(self.lang, error))
            }
            Shape::Square => {
                let r = radius * 0.88;
                let corners = [
                    (x - r, y - r),
                    (x + r, y - r),
                    (x + r, y + r),
                    (x - r, y + r),
                ];
                self.polygon(&corners, colour, outline)
            }
            Shape::Triangle => {
                let r = radius * 1.15;
                let corners = [
                    (x, y - r),
                    (x + r * 0.94, y + r * 0.62),
                    (x - r * 0.94, y + r * 0.62),
                ];
                self.polygon(&corners, colour, outline)
            }
        }
    }

    fn polygon(&self, corners: &[(f64, f64)], fill: RGBColor, outline: ShapeStyle) -> Result<()> {
        let points: Vec<(i32, i32)> = corners.iter().map(|&(x, y)| pt(x, y)).collect();
        self.area
            .draw(&Polygon::new(points.clone(), fill.filled()))
            .map_err(|error| drawing_error(self.lang, error))?;
        let mut closed = points;
        if let Some(first) = closed.first().copied() {
            closed.push(first);
        }
        self.area
            .draw(&PathElement::new(closed, outline))
            .map_err(|error| drawing_error(self.lang, error))
    }

    /// A ring around a point: an outline only, so the marker inside stays visible.
    pub fn ring(&self, x: f64, y: f64, radius: f64, colour: RGBColor, width: f64) -> Result<()> {
        self.area
            .draw(&Circle::new(
                pt(x, y),
                radius.round() as i32,
                colour.stroke_width(stroke_px(width)),
            ))
            .map_err(|error| drawing_error(self.lang, error))
    }

    /// The benchmark's marker: a hollow diamond (white inside), the same in every chart.
    pub fn diamond(&self, x: f64, y: f64, radius: f64, colour: RGBColor) -> Result<()> {
        let r = radius * 1.3;
        let corners = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)];
        self.polygon(
            &corners,
            WHITE,
            colour.stroke_width(stroke_px(radius * 0.32)),
        )
    }

    /// The benchmark's diamond as an outline only, drawn around another marker it would
    /// otherwise hide.
    pub fn diamond_outline(&self, x: f64, y: f64, radius: f64, colour: RGBColor) -> Result<()> {
        let r = radius * 1.3;
        let corners = [(x, y - r), (x + r, y), (x, y + r), (x - r, y), (x, y - r)];
        let points: Vec<(i32, i32)> = corners.iter().map(|&(x, y)| pt(x, y)).collect();
        self.area
            .draw(&PathElement::new(
                points,
                colour.stroke_width(stroke_px(radius * 0.2)),
            ))
            .map_err(|error| drawing_error(self.lang, error))
    }

    /// The cooperation's marker: a large hollow ring with a dot in the middle (a bullseye),
    /// unlike any partner's filled marker and the benchmark's diamond.
    pub fn bullseye(&self, x: f64, y: f64, radius: f64) -> Result<()> {
        let ring = radius * 1.3;
        self.area
            .draw(&Circle::new(pt(x, y), ring.round() as i32, WHITE.filled()))
            .map_err(|error| drawing_error(self.lang, error))?;
        self.area
            .draw(&Circle::new(
                pt(x, y),
                ring.round() as i32,
                COOPERATION.stroke_width(stroke_px(radius * 0.32)),
            ))
            .map_err(|error| drawing_error(self.lang, error))?;
        self.area
            .draw(&Circle::new(
                pt(x, y),
                (radius * 0.38).round().max(1.0) as i32,
                COOPERATION.filled(),
            ))
            .map_err(|error| drawing_error(self.lang, error))
    }

    /// A line with an arrowhead at `to`.
    pub fn arrow(
        &self,
        from: (f64, f64),
        to: (f64, f64),
        colour: RGBColor,
        width: f64,
        head: f64,
    ) -> Result<()> {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let length = (dx * dx + dy * dy).sqrt();
        if length < 1.0 {
            return Ok(());
        }
        let (ux, uy) = (dx / length, dy / length);
        let base = (to.0 - ux * head, to.1 - uy * head);
        self.line(&[from, base], colour, width)?;
        let (px, py) = (-uy * head * 0.5, ux * head * 0.5);
        let corners = [to, (base.0 + px, base.1 + py), (base.0 - px, base.1 - py)];
        let points: Vec<(i32, i32)> = corners.iter().map(|&(x, y)| pt(x, y)).collect();
        self.area
            .draw(&Polygon::new(points, colour.filled()))
            .map_err(|error| drawing_error(self.lang, error))
    }
}
