//! Text measured and cut as the terminal shows it: by display width (a wide character takes
//! two cells, a combining mark none), never by character count, and a cut always marked "…".

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The cells `text` takes on screen.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// The cells one character takes on screen.
pub fn char_width(symbol: char) -> usize {
    UnicodeWidthChar::width(symbol).unwrap_or(0)
}

/// `text` whole when it fits in `room` cells, else cut to `room` cells with "…" as the last.
pub fn truncate(text: &str, room: usize) -> String {
    if width(text) <= room {
        return text.to_string();
    }
    if room == 0 {
        return String::new();
    }
    let mut cut = String::new();
    let mut used = 0;
    for symbol in text.chars() {
        let cells = char_width(symbol);
        if used + cells > room - 1 {
            break;
        }
        cut.push(symbol);
        used += cells;
    }
    cut.push('…');
    cut
}

/// `text` cut to `room` cells and padded with spaces to exactly `room`.
pub fn fit(text: &str, room: usize) -> String {
    let cut = truncate(text, room);
    let pad = room.saturating_sub(width(&cut));
    format!("{cut}{}", " ".repeat(pad))
}

/// `text` split for two lines: the first at most `room` cells, broken after the last space
/// that fits (cut with "…" when no space does), and the rest.
pub fn split_at_space(text: &str, room: usize) -> (String, String) {
    if width(text) <= room {
        return (text.to_string(), String::new());
    }
    let mut used = 0;
    let mut last_space = None;
    for (at, symbol) in text.char_indices() {
        if used + char_width(symbol) > room {
            break;
        }
        if symbol == ' ' {
            last_space = Some(at);
        }
        used += char_width(symbol);
    }
    match last_space {
        Some(at) => (text[..at].to_string(), text[at + 1..].to_string()),
        None => (truncate(text, room), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_counts_cells_and_shows_the_mark() {
        assert_eq!(truncate("Aldersum", 8), "Aldersum");
        assert_eq!(truncate("Aldersum", 5), "Alde…");
        // The tulip takes two cells: it does not fit before the mark in three.
        assert_eq!(truncate("Ab🌷cd", 3), "Ab…");
        assert_eq!(width(&truncate("Ab🌷cd", 5)), 5);
        assert_eq!(truncate("Annemarie van den Berg", 0), "");
        assert_eq!(fit("Eemstein", 10), "Eemstein  ");
        assert_eq!(fit("Gemeente Eemstein", 10), "Gemeente …");
        assert_eq!(
            split_at_space("Omgevingsdienst Midden- en West-Brabant", 30),
            (
                "Omgevingsdienst Midden- en".to_string(),
                "West-Brabant".to_string()
            )
        );
        assert_eq!(
            split_at_space("Eemstein", 5),
            ("Eems…".to_string(), String::new())
        );
    }
}
