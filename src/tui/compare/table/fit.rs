//! Fitting the heat table to the width there is: the row names' and the columns' widths,
//! the columns shown, and headers over two lines.

use std::ops::Range;

use super::HeatTable;
use crate::tui::compare::CompareState;

/// The part of the table that fits: the widths of the row names and of each column, and
/// the columns shown.
pub struct Window {
    pub name_width: usize,
    pub cell_width: usize,
    /// The columns shown, scrolled so that the column cursor is among them.
    pub shown: Range<usize>,
    /// The column cursor, the row names being 0.
    pub cursor: usize,
    /// The sorted column, kept in view before the others when scrolled out of them.
    pub pinned: Option<usize>,
}

impl Window {
    /// The window for a table `inner_width` characters wide; columns that do not fit scroll
    /// sideways.
    pub fn fit(table: &HeatTable, state: &CompareState, inner_width: usize) -> Window {
        let columns = table.columns.len().max(1);
        let (name_width, cell_width) = widths(table, inner_width);
        let visible = (inner_width.saturating_sub(name_width) / cell_width).clamp(1, columns);
        let cursor = state.column.min(columns);
        let sorted = match &state.sort {
            Some((crate::tui::compare::SortKey::Column(key), _)) => {
                table.columns.iter().position(|column| &column.key == key)
            }
            _ => None,
        };
        let window = |visible: usize| {
            let first = if cursor == 0 {
                0
            } else {
                (cursor - 1).saturating_sub(visible - 1)
            };
            first..(first + visible).min(table.columns.len())
        };
        let mut shown = window(visible);
        let mut pinned = None;
        // The sorted column stays in view: it takes the first place when the cursor has
        // moved the others away from it.
        if let Some(sorted) = sorted
            && !shown.contains(&sorted)
            && visible > 1
        {
            shown = window(visible - 1);
            if !shown.contains(&sorted) {
                pinned = Some(sorted);
            } else {
                shown = window(visible);
            }
        }
        Window {
            name_width,
            cell_width,
            shown,
            cursor,
            pinned,
        }
    }

    /// The columns drawn, in order: the pinned sorted column first, then the window.
    pub fn columns(&self) -> Vec<usize> {
        self.pinned.into_iter().chain(self.shown.clone()).collect()
    }
}

/// Splits a header over at most two lines of `width` characters: at spaces or after hyphens;
/// a word too long for a line, and the rest, cut with "…".
pub fn header_lines(text: &str, width: usize) -> (String, String) {
    let cut = crate::tui::text::truncate;
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= width || width < 2 {
        return (cut(text, width), String::new());
    }
    // The last space or hyphen that leaves a first line within the width.
    let split = (1..=width.min(chars.len() - 1))
        .rev()
        .find(|&at| chars[at] == ' ' || (chars[at - 1] == '-' && at <= width));
    let (first, rest): (String, String) = match split {
        Some(at) if chars[at] == ' ' => (
            chars[..at].iter().collect(),
            chars[at + 1..].iter().collect(),
        ),
        Some(at) => (chars[..at].iter().collect(), chars[at..].iter().collect()),
        // A word longer than the line is cut with "…", never split with a hyphen of our
        // own: "Crommenh- / oorn" reads as two words.
        None => {
            let (word, rest) = text.split_once(' ').unwrap_or((text, ""));
            (cut(word, width), rest.to_string())
        }
    };
    (first, cut(rest.trim(), width))
}

/// The width of the row names and of each column. The row names get what they need, up to
/// two fifths of the width (at least 16); the columns share the rest, each wide enough for its
/// longest header word where the width allows (at least 7: "100,0▲" and a space), and those
/// that do not fit scroll sideways.
fn widths(table: &HeatTable, inner_width: usize) -> (usize, usize) {
    let longest_name = table
        .rows
        .iter()
        .map(|(name, _)| crate::tui::text::width(name))
        .max()
        .unwrap_or(0);
    let longest_word = table
        .columns
        .iter()
        .flat_map(|column| column.header.split([' ', '-']))
        .map(crate::tui::text::width)
        .max()
        .unwrap_or(0);
    let columns = table.columns.len().max(1);
    let wanted = (longest_word + 2).clamp(7, 15);
    let most_for_names = (longest_name + 2).min(inner_width * 2 / 5).max(16);
    // Turned, the names are partners and come first; otherwise the partner columns do.
    let name = if table.turned {
        most_for_names
    } else {
        inner_width
            .saturating_sub(columns * wanted)
            .clamp(16, most_for_names)
    }
    .min(inner_width);
    let room = inner_width - name;
    // Turned, the headers are characteristics: readable beats all at once.
    let least = if table.turned { wanted } else { 7 };
    let cell = (room / columns).clamp(least.min(room.max(1)), wanted);
    // Leftover width goes to the row names.
    let shown = (room / cell.max(1)).clamp(1, columns);
    let name = (inner_width - (shown * cell).min(inner_width))
        .min(longest_name + 2)
        .max(name);
    (name, cell.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_headers_wrap_over_two_lines() {
        let lines = |text: &str, width| {
            let (one, two) = header_lines(text, width);
            format!("{one}|{two}")
        };
        assert_eq!(lines("Custom Operational", 10), "Custom|Operation…");
        assert_eq!(lines("Aldersum", 10), "Aldersum|");
        assert_eq!(lines("Crommenhoorn", 9), "Crommenh…|");
        assert_eq!(lines("Crommenhoorn en Zijpe", 9), "Crommenh…|en Zijpe");
        assert_eq!(lines("West-Brabant", 9), "West-|Brabant");
        assert_eq!(
            lines("Werkplein Hart van West-Brabant", 12),
            "Werkplein|Hart van We…"
        );
    }
}
