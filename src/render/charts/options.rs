//! What to draw and how: image size and medium, file formats, language and the export folder.

use std::path::PathBuf;
use std::str::FromStr;

use super::style::Medium;
use crate::words::i18n::Lang;

/// The size of exported images in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartSize {
    pub width: u32,
    pub height: u32,
}

impl ChartSize {
    pub const MIN_WIDTH: u32 = 800;
    pub const MIN_HEIGHT: u32 = 500;
    pub const MAX_SIDE: u32 = 8000;
}

impl Default for ChartSize {
    /// Wide enough for print at 150 dpi over an A4 text width.
    fn default() -> Self {
        ChartSize {
            width: 1600,
            height: 1000,
        }
    }
}

/// A size given as `WIDTHxHEIGHT` that cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid size '{0}': use print, slide, screen or WIDTHxHEIGHT in pixels, for example 1600x1000 (width {min_w}–{max}, height {min_h}–{max})",
    min_w = ChartSize::MIN_WIDTH,
    min_h = ChartSize::MIN_HEIGHT,
    max = ChartSize::MAX_SIDE
)]
pub struct InvalidSize(pub String);

impl FromStr for ChartSize {
    type Err = InvalidSize;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = || InvalidSize(text.to_string());
        let (w, h) = text
            .trim()
            .split_once(['x', 'X', '×'])
            .ok_or_else(invalid)?;
        let width: u32 = w.trim().parse().map_err(|_| invalid())?;
        let height: u32 = h.trim().parse().map_err(|_| invalid())?;
        if !(Self::MIN_WIDTH..=Self::MAX_SIDE).contains(&width)
            || !(Self::MIN_HEIGHT..=Self::MAX_SIDE).contains(&height)
        {
            return Err(invalid());
        }
        Ok(ChartSize { width, height })
    }
}

/// A size as asked for: a medium's preset (`print`, `slide`, `screen`) or exact pixels
/// (`WIDTHxHEIGHT`, drawn with the screen's type sizes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeChoice {
    Preset(Medium),
    Pixels(ChartSize),
}

impl Default for SizeChoice {
    fn default() -> Self {
        SizeChoice::Preset(Medium::Screen)
    }
}

impl SizeChoice {
    /// Chart options for this choice, with the title block.
    pub fn options(self, lang: Lang) -> ChartOptions {
        match self {
            SizeChoice::Preset(medium) => ChartOptions::for_medium(lang, medium),
            SizeChoice::Pixels(size) => ChartOptions {
                size,
                ..ChartOptions::for_medium(lang, Medium::Screen)
            },
        }
    }
}

impl FromStr for SizeChoice {
    type Err = InvalidSize;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match Medium::from_name(text) {
            Some(medium) => Ok(SizeChoice::Preset(medium)),
            None => text.parse().map(SizeChoice::Pixels),
        }
    }
}

/// A file format charts are exported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChartFormat {
    Png,
    Svg,
}

impl ChartFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ChartFormat::Png => "png",
            ChartFormat::Svg => "svg",
        }
    }
}

/// A format name that is not `png` or `svg`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown format '{0}': use png, svg or png,svg")]
pub struct UnknownFormat(pub String);

impl FromStr for ChartFormat {
    type Err = UnknownFormat;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_ascii_lowercase().as_str() {
            "png" => Ok(ChartFormat::Png),
            "svg" => Ok(ChartFormat::Svg),
            _ => Err(UnknownFormat(text.to_string())),
        }
    }
}

/// How charts are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartOptions {
    pub lang: Lang,
    pub size: ChartSize,
    /// Where the chart is read: sets the type sizes, in the medium's own units.
    pub medium: Medium,
    /// With the chart's own title block (title, round and benchmark); a report that names
    /// them in its own text and caption draws charts without it.
    pub titled: bool,
}

impl Default for ChartOptions {
    fn default() -> Self {
        ChartOptions::for_medium(Lang::default(), Medium::Screen)
    }
}

impl ChartOptions {
    /// Options for a medium at its own size, with the title block.
    pub fn for_medium(lang: Lang, medium: Medium) -> ChartOptions {
        ChartOptions {
            lang,
            size: medium.size(),
            medium,
            titled: true,
        }
    }
}

/// What to export and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    pub out_dir: PathBuf,
    /// Formats to write; both when empty.
    pub formats: Vec<ChartFormat>,
    pub chart: ChartOptions,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_bad_sizes_are_refused_with_the_value() {
        assert_eq!(
            "1920x1080".parse::<ChartSize>(),
            Ok(ChartSize {
                width: 1920,
                height: 1080
            })
        );
        let error = "1600by900".parse::<ChartSize>().unwrap_err();
        assert!(error.to_string().contains("'1600by900'"), "{error}");
        assert!("10x10".parse::<ChartSize>().is_err());
        assert!("99999x1000".parse::<ChartSize>().is_err());
    }
}
