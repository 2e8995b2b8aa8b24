//! Text measurement with the bundled font's own advance widths, so labels can be wrapped,
//! shortened and kept clear of each other before anything is drawn.

use std::sync::OnceLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use super::style::{FONT_BOLD, FONT_REGULAR};

/// Advance widths of the characters charts use, per em, for one font.
struct Advances {
    /// Indexed by code point below 0x250 (Latin with diacritics); the rest is looked up.
    latin: Vec<f32>,
    font: Option<FontRef<'static>>,
    fallback: f32,
}

impl Advances {
    fn load(bytes: &'static [u8]) -> Advances {
        let font = FontRef::new(bytes).ok();
        let fallback = 0.6;
        let mut latin = vec![fallback; 0x250];
        if let Some(font) = &font {
            for (code, slot) in latin.iter_mut().enumerate() {
                if let Some(ch) = char::from_u32(code as u32) {
                    *slot = advance(font, ch).unwrap_or(fallback);
                }
            }
        }
        Advances {
            latin,
            font,
            fallback,
        }
    }

    fn of(&self, ch: char) -> f32 {
        match self.latin.get(ch as usize) {
            Some(width) => *width,
            None => self
                .font
                .as_ref()
                .and_then(|font| advance(font, ch))
                .unwrap_or(self.fallback),
        }
    }
}

/// The character drawn in place of one the bundled font has no glyph for (an emoji in a
/// name): visible, where the missing glyph would be an empty box.
const REPLACEMENT: char = '\u{FFFD}';

/// The text as the bundled font can draw it: a character it has no glyph for is replaced
/// by a visible mark.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let font = &advances(false).font;
    let Some(font) = font else {
        return text.into();
    };
    let charmap = font.charmap();
    let missing = |ch: char| !ch.is_whitespace() && charmap.map(ch).is_none();
    if !text.chars().any(missing) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        // A variation selector or joiner belongs to the character before it.
        if matches!(ch, '\u{FE0E}' | '\u{FE0F}' | '\u{200D}') {
            continue;
        }
        out.push(if missing(ch) { REPLACEMENT } else { ch });
    }
    out.into()
}

fn advance(font: &FontRef<'static>, ch: char) -> Option<f32> {
    let glyph = font.charmap().map(ch)?;
    font.glyph_metrics(Size::new(1.0), LocationRef::default())
        .advance_width(glyph)
}

fn advances(bold: bool) -> &'static Advances {
    static REGULAR: OnceLock<Advances> = OnceLock::new();
    static BOLD: OnceLock<Advances> = OnceLock::new();
    if bold {
        BOLD.get_or_init(|| Advances::load(FONT_BOLD))
    } else {
        REGULAR.get_or_init(|| Advances::load(FONT_REGULAR))
    }
}

/// Words of a text, split at spaces and after hyphens; `true` marks a part that follows a
/// hyphen directly (no space when kept on the same line).
fn tokens(text: &str) -> Vec<(&str, bool)> {
    let mut parts = Vec::new();
    for word in text.split_whitespace() {
        let mut rest = word;
        let mut joined = false;
        while let Some(at) = rest.find('-').filter(|&at| at > 0 && at + 1 < rest.len()) {
            parts.push((&rest[..=at], joined));
            rest = &rest[at + 1..];
            joined = true;
        }
        parts.push((rest, joined));
    }
    parts
}

/// A font size and weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
}

impl Font {
    pub fn regular(size: f64) -> Font {
        Font { size, bold: false }
    }

    pub fn bold(size: f64) -> Font {
        Font { size, bold: true }
    }

    /// The width of a line of text in pixels.
    pub fn width(&self, text: &str) -> f64 {
        let advances = advances(self.bold);
        let ems: f32 = printable(text).chars().map(|ch| advances.of(ch)).sum();
        f64::from(ems) * self.size
    }

    /// The width of the widest part of a text that wrapping cannot break: a line narrower
    /// than this would have to cut it.
    pub fn longest_word(&self, text: &str) -> f64 {
        tokens(text)
            .iter()
            .map(|(word, _)| self.width(word))
            .fold(0.0, f64::max)
    }

    /// The distance between baselines of wrapped lines.
    pub fn line_height(&self) -> f64 {
        self.size * 1.28
    }

    /// Breaks text into lines no wider than `max_width`, at spaces (and after hyphens or
    /// slashes); a single word wider than the line is shortened.
    pub fn wrap(&self, text: &str, max_width: f64) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for (word, joined) in tokens(text) {
            let candidate = if line.is_empty() {
                word.to_string()
            } else if joined {
                format!("{line}{word}")
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate) <= max_width || line.is_empty() {
                line = candidate;
            } else {
                lines.push(std::mem::take(&mut line));
                line = word.to_string();
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
            .into_iter()
            .map(|line| self.shorten(&line, max_width))
            .collect()
    }

    /// Wraps into at most `max_lines` lines; the last line ends in "…" when text was cut.
    pub fn wrap_lines(&self, text: &str, max_width: f64, max_lines: usize) -> Vec<String> {
        let mut lines = self.wrap(text, max_width);
        if lines.len() > max_lines.max(1) {
            let rest =
                lines
                    .split_off(max_lines.max(1) - 1)
                    .iter()
                    .fold(String::new(), |rest, line| {
                        // A line that broke after a hyphen joins the next without a space.
                        if rest.is_empty() || rest.ends_with('-') {
                            format!("{rest}{line}")
                        } else {
                            format!("{rest} {line}")
                        }
                    });
            lines.push(self.shorten(&format!("{rest}…"), max_width));
            if let Some(last) = lines.last_mut()
                && !last.ends_with('…')
            {
                *last = self.shorten(&format!("{last}…"), max_width);
            }
        }
        lines
    }

    /// The text itself when it fits, else as much as fits followed by "…".
    pub fn shorten(&self, text: &str, max_width: f64) -> String {
        if self.width(text) <= max_width {
            return text.to_string();
        }
        let mut kept: String = text.to_string();
        while !kept.is_empty() {
            kept.pop();
            let trimmed = kept.trim_end();
            let candidate = format!("{trimmed}…");
            if self.width(&candidate) <= max_width {
                return candidate;
            }
        }
        "…".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        let font = Font::regular(20.0);
        assert!(font.width("WWW") > font.width("iii") * 2.0);
        assert!(Font::bold(20.0).width("Aldersum") > font.width("Aldersum"));
        // Diacritics are measured like their base letters.
        assert!((font.width("ë") - font.width("e")).abs() < 0.5);
    }

    #[test]
    fn an_emoji_becomes_a_visible_mark() {
        assert_eq!(printable("Nieuwegein 🌷"), "Nieuwegein \u{FFFD}");
        assert_eq!(printable("Súdwest-Fryslân"), "Súdwest-Fryslân");
    }

    #[test]
    fn wrapping_keeps_every_line_within_the_width() {
        let font = Font::regular(16.0);
        let text = "Gemeente Crommenhoorn aan de Rijn en de Vecht (fictief)";
        let lines = font.wrap(text, 150.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|line| font.width(line) <= 150.0));
        assert_eq!(lines.join(" "), text);
        let two = font.wrap_lines(text, 150.0, 2);
        assert_eq!(two.len(), 2);
        assert!(two[1].ends_with('…'));
        // Long compounds break after their hyphen.
        assert_eq!(
            font.wrap("Sint-Michielsgestel", 130.0),
            ["Sint-", "Michielsgestel"]
        );
        assert_eq!(
            font.wrap("Sint-Michielsgestel", 400.0),
            ["Sint-Michielsgestel"]
        );
    }
}
