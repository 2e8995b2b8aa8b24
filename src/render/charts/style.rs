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
    let luminance =
        0.299 * f64::from(colour.0) + 0.587 * f64::from(colour.1) + 0.114 * f64::from(colour.2);
    luminance > 125.0
}

/// Sizes in pixels, scaled with the image so a larger export looks the same, only sharper.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    pub unit: f64,
}

impl Sizes {
    /// Sizes for an image: the design is made for 1600 × 1000.
    pub fn for_image(width: u32, height: u32) -> Sizes {
        let unit = (f64::from(width) / 1600.0).min(f64::from(height) / 1000.0);
        Sizes {
            unit: unit.max(0.35),
        }
    }

    pub fn px(&self, design: f64) -> f64 {
        design * self.unit
    }

    pub fn title(&self) -> f64 {
        self.px(32.0)
    }

    pub fn subtitle(&self) -> f64 {
        self.px(19.0)
    }

    pub fn axis_title(&self) -> f64 {
        self.px(19.0)
    }

    pub fn tick(&self) -> f64 {
        self.px(16.0)
    }

    pub fn label(&self) -> f64 {
        self.px(17.0)
    }

    pub fn small(&self) -> f64 {
        self.px(15.0)
    }

    pub fn footnote(&self) -> f64 {
        self.px(14.5)
    }

    pub fn margin(&self) -> f64 {
        self.px(48.0)
    }

    pub fn marker(&self) -> f64 {
        self.px(10.0)
    }
}
