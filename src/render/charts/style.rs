//! The look of every chart: the bundled font, the colour-blind-safe palette, marker shapes and
//! sizes that grow with the image.

use plotters::style::RGBColor;

/// The font family every text is set in. The SVG names the bundled font first, so the PNG
/// (rendered from the bundled bytes) and a browser with DejaVu installed look the same; other
/// viewers fall back to a similar sans-serif.
pub const FONT_FAMILY: &str = "DejaVu Sans, Verdana, Arial, sans-serif";
/// The family name inside the bundled font files.
pub const BUNDLED_FAMILY: &str = "DejaVu Sans";
pub const FONT_REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
pub const FONT_BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// Okabe–Ito: distinguishable with every common form of colour blindness. Black is left out:
/// dark grey is the benchmark's colour.
pub const PARTNER_COLOURS: [RGBColor; 7] = [
    RGBColor(0x00, 0x72, 0xB2), // blue
    RGBColor(0xE6, 0x9F, 0x00), // orange
    RGBColor(0x00, 0x9E, 0x73), // bluish green
    RGBColor(0xCC, 0x79, 0xA7), // reddish purple
    RGBColor(0x56, 0xB4, 0xE9), // sky blue
    RGBColor(0xD5, 0x5E, 0x00), // vermillion
    RGBColor(0xF0, 0xE4, 0x42), // yellow
];

pub const BENCHMARK: RGBColor = RGBColor(0x33, 0x33, 0x33);
/// The cooperation as a whole: near-black ink and a mid grey fill, apart from every partner
/// colour and from the benchmark's hollow diamond.
pub const COOPERATION: RGBColor = RGBColor(0x12, 0x12, 0x12);
pub const COOPERATION_FILL: RGBColor = RGBColor(0xA8, 0xA8, 0xA8);
pub const TEXT: RGBColor = RGBColor(0x1F, 0x1F, 0x1F);
pub const MUTED: RGBColor = RGBColor(0x5C, 0x5C, 0x5C);
pub const FAINT: RGBColor = RGBColor(0x8A, 0x8A, 0x8A);
pub const GRID: RGBColor = RGBColor(0xE3, 0xE3, 0xE3);
pub const AXIS: RGBColor = RGBColor(0x9A, 0x9A, 0x9A);
pub const PANEL: RGBColor = RGBColor(0xF6, 0xF6, 0xF4);
pub const WHITE: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);
/// Warnings such as "illustrative": a dark vermillion that reads as text.
pub const WARNING: RGBColor = RGBColor(0xA3, 0x3B, 0x00);
/// Above / below a reference: blue and vermillion, a pair colour-blind readers tell apart.
pub const ABOVE: RGBColor = RGBColor(0x00, 0x5A, 0x8C);
pub const BELOW: RGBColor = RGBColor(0xB0, 0x4A, 0x00);

/// A marker shape; together with the colour it tells partners apart beyond seven of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Triangle,
}

/// How one partner is drawn in every chart of a set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Look {
    pub colour: RGBColor,
    pub shape: Shape,
}

/// The look of the partner at `index` (in the comparison's order): the same in every chart.
pub fn partner_look(index: usize) -> Look {
    let shapes = [Shape::Circle, Shape::Square, Shape::Triangle];
    Look {
        colour: PARTNER_COLOURS[index % PARTNER_COLOURS.len()],
        shape: shapes[(index / PARTNER_COLOURS.len()) % shapes.len()],
    }
}

/// A darker shade of a colour, for outlines that keep light fills (yellow) visible on white.
pub fn darker(colour: RGBColor) -> RGBColor {
    let shade = |c: u8| (f64::from(c) * 0.62).round() as u8;
    RGBColor(shade(colour.0), shade(colour.1), shade(colour.2))
}

/// A sequential blue scale (light to dark) for heat tables: readable in grey and for
/// colour-blind readers. `t` runs from 0 to 1.
pub fn sequential(t: f64) -> RGBColor {
    const STOPS: [(f64, [f64; 3]); 5] = [
        (0.0, [247.0, 251.0, 255.0]),
        (0.25, [198.0, 219.0, 239.0]),
        (0.5, [107.0, 174.0, 214.0]),
        (0.75, [33.0, 113.0, 181.0]),
        (1.0, [8.0, 48.0, 107.0]),
    ];
    let t = t.clamp(0.0, 1.0);
    let mut colour = STOPS[STOPS.len() - 1].1;
    for pair in STOPS.windows(2) {
        let ((t0, c0), (t1, c1)) = (pair[0], pair[1]);
        if t <= t1 {
            let f = (t - t0) / (t1 - t0);
            colour = [
                c0[0] + (c1[0] - c0[0]) * f,
                c0[1] + (c1[1] - c0[1]) * f,
                c0[2] + (c1[2] - c0[2]) * f,
            ];
            break;
        }
    }
    RGBColor(
        colour[0].round() as u8,
        colour[1].round() as u8,
        colour[2].round() as u8,
    )
}

/// True when dark text reads better than white text on `colour`.
pub fn is_light(colour: RGBColor) -> bool {
    contrast(INK_DARK, colour) >= contrast(WHITE, colour)
}

/// Text on coloured cells: black or white, whichever contrasts more. One of the two always
/// reaches 4.5:1 (WCAG AA) on any colour.
pub const INK_DARK: RGBColor = RGBColor(0x00, 0x00, 0x00);

/// The text colour with the higher contrast on `fill`.
pub fn ink_on(fill: RGBColor) -> RGBColor {
    if is_light(fill) { INK_DARK } else { WHITE }
}

/// Relative luminance as WCAG defines it.
fn luminance(colour: RGBColor) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(colour.0) + 0.7152 * channel(colour.1) + 0.0722 * channel(colour.2)
}

/// The WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// A diverging scale for deviations: orange below a reference, blue above it, near white at
/// it, the profile charts' pair. `t` runs from −1 (far below) to 1 (far above).
pub fn diverging(t: f64) -> RGBColor {
    const BELOW_END: [f64; 3] = [0xB0 as f64, 0x4A as f64, 0x00 as f64];
    const MIDDLE: [f64; 3] = [0xF4 as f64, 0xF4 as f64, 0xF2 as f64];
    const ABOVE_END: [f64; 3] = [0x00 as f64, 0x5A as f64, 0x8C as f64];
    let t = t.clamp(-1.0, 1.0);
    let end = if t < 0.0 { BELOW_END } else { ABOVE_END };
    let f = t.abs();
    let mix = |i: usize| (MIDDLE[i] + (end[i] - MIDDLE[i]) * f).round() as u8;
    RGBColor(mix(0), mix(1), mix(2))
}

/// Where a chart is read. Each medium has its own default size and its type sizes in its
/// own units: points on paper and on a slide, pixels on a screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Medium {
    /// An A4 page: 16 × 12 cm at 300 dpi, no text under 8 pt.
    Print,
    /// A 16:9 slide filled by the chart, readable from the back of a room.
    Slide,
    /// A screen: the design size of 1600 × 1000 pixels, zoomed with the image.
    #[default]
    Screen,
}

/// Type sizes of one medium, in its units.
struct TypeSizes {
    title: f64,
    subtitle: f64,
    axis_title: f64,
    tick: f64,
    label: f64,
    small: f64,
    footnote: f64,
}

/// A printed chart's width in points (16 cm).
const PRINT_WIDTH_PT: f64 = 160.0 / 25.4 * 72.0;
/// A slide's width in points (13.33 inches, the 16:9 default of presentation programs).
const SLIDE_WIDTH_PT: f64 = 960.0;

impl Medium {
    pub const ALL: [Medium; 3] = [Medium::Print, Medium::Slide, Medium::Screen];

    pub fn name(self) -> &'static str {
        match self {
            Medium::Print => "print",
            Medium::Slide => "slide",
            Medium::Screen => "screen",
        }
    }

    pub fn from_name(name: &str) -> Option<Medium> {
        let name = name.trim().to_ascii_lowercase();
        Medium::ALL.into_iter().find(|medium| medium.name() == name)
    }

    /// The image size in pixels this medium is drawn at by default.
    pub fn size(self) -> super::ChartSize {
        let (width, height) = match self {
            Medium::Print => (1890, 1417),
            Medium::Slide => (1920, 1080),
            Medium::Screen => (1600, 1000),
        };
        super::ChartSize { width, height }
    }

    /// True when a chart may be taller than the medium's size where its rows need the room:
    /// on paper a figure takes the height it needs; a screen image or a slide keeps its size.
    pub fn grows(self) -> bool {
        self == Medium::Print
    }

    /// Pixels per inch the image is meant to be shown at (written into the PNG).
    pub fn dpi(self, width: u32) -> f64 {
        match self {
            Medium::Print => f64::from(width) / (PRINT_WIDTH_PT / 72.0),
            Medium::Slide => f64::from(width) / (SLIDE_WIDTH_PT / 72.0),
            Medium::Screen => 150.0,
        }
    }

    fn type_sizes(self) -> TypeSizes {
        match self {
            Medium::Print => TypeSizes {
                title: 13.0,
                subtitle: 9.0,
                axis_title: 9.0,
                tick: 8.0,
                label: 8.5,
                small: 8.0,
                footnote: 8.0,
            },
            Medium::Slide => TypeSizes {
                title: 26.0,
                subtitle: 16.0,
                axis_title: 16.0,
                tick: 14.0,
                label: 16.0,
                small: 14.0,
                footnote: 12.0,
            },
            Medium::Screen => TypeSizes {
                title: 32.0,
                subtitle: 19.0,
                axis_title: 19.0,
                tick: 16.0,
                label: 17.0,
                small: 15.0,
                footnote: 14.5,
            },
        }
    }

    /// Image pixels per unit of the medium (point or design pixel).
    fn pixels_per_unit(self, width: u32, height: u32) -> f64 {
        match self {
            Medium::Print => f64::from(width) / PRINT_WIDTH_PT,
            Medium::Slide => f64::from(width) / SLIDE_WIDTH_PT,
            Medium::Screen => design_unit(width, height),
        }
    }
}

/// Pixels per design pixel: the layout is made for 1600 × 1000.
fn design_unit(width: u32, height: u32) -> f64 {
    (f64::from(width) / 1600.0)
        .min(f64::from(height) / 1000.0)
        .max(0.35)
}

/// Sizes in pixels: lines, gaps and markers grow with the image; type is set in the
/// medium's units, so a printed chart's text has the same point size at any resolution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    pub unit: f64,
    text: [f64; 7],
}

impl Sizes {
    /// Sizes for an image of `width` × `height` pixels read on `medium`.
    pub fn for_image(medium: Medium, width: u32, height: u32) -> Sizes {
        let scale = medium.pixels_per_unit(width, height);
        let t = medium.type_sizes();
        Sizes {
            unit: design_unit(width, height),
            text: [
                t.title,
                t.subtitle,
                t.axis_title,
                t.tick,
                t.label,
                t.small,
                t.footnote,
            ]
            .map(|size| size * scale),
        }
    }

    pub fn px(&self, design: f64) -> f64 {
        design * self.unit
    }

    pub fn title(&self) -> f64 {
        self.text[0]
    }

    pub fn subtitle(&self) -> f64 {
        self.text[1]
    }

    pub fn axis_title(&self) -> f64 {
        self.text[2]
    }

    pub fn tick(&self) -> f64 {
        self.text[3]
    }

    pub fn label(&self) -> f64 {
        self.text[4]
    }

    pub fn small(&self) -> f64 {
        self.text[5]
    }

    pub fn footnote(&self) -> f64 {
        self.text[6]
    }

    pub fn margin(&self) -> f64 {
        self.px(48.0)
    }

    pub fn marker(&self) -> f64 {
        self.px(10.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_on_every_heat_colour_reaches_four_and_a_half_to_one() {
        for step in 0..=100 {
            let t = f64::from(step) / 100.0;
            for fill in [diverging(t * 2.0 - 1.0), sequential(t)] {
                let ratio = contrast(ink_on(fill), fill);
                assert!(ratio >= 4.5, "{fill:?}: {ratio:.2}");
            }
        }
        // White on the old mid-blue was 3.5:1; the darker of the two inks is chosen there.
        assert_eq!(ink_on(RGBColor(107, 174, 214)), INK_DARK);
    }

    #[test]
    fn printed_type_is_at_least_eight_points_at_sixteen_centimetres() {
        let size = Medium::Print.size();
        let sizes = Sizes::for_image(Medium::Print, size.width, size.height);
        let points_per_pixel = PRINT_WIDTH_PT / f64::from(size.width);
        for text in sizes.text {
            assert!(text * points_per_pixel >= 8.0 - 1e-9, "{text}");
        }
        // At twice the pixels the points stay the same.
        let sharp = Sizes::for_image(Medium::Print, size.width * 2, size.height * 2);
        assert!((sharp.tick() - 2.0 * sizes.tick()).abs() < 1e-9);
    }
}
