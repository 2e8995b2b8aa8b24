//! Text that may be taller than its box: scrolled within bounds (scrolling stops at the end),
//! with the position in the border whenever something is hidden.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::theme::theme;

/// How far a text box may scroll, as last drawn; keys clamp to it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScrollLimit(Cell<u16>);

impl ScrollLimit {
    pub fn get(&self) -> u16 {
        self.0.get()
    }
}

/// The number of rows `lines` take when word-wrapped at `width` (as `Wrap { trim: true }`).
pub fn wrapped_height(lines: &[Line], width: u16) -> usize {
    let width = usize::from(width.max(1));
    lines
        .iter()
        .map(|line| {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            let mut rows = 1;
            let mut used = 0;
            for word in text.split_whitespace() {
                let length = crate::tui::text::width(word);
                if used == 0 {
                    rows += length.saturating_sub(1) / width;
                    used = length % width;
                    if used == 0 && length > 0 {
                        used = width;
                    }
                } else if used + 1 + length <= width {
                    used += 1 + length;
                } else {
                    rows += 1 + length.saturating_sub(1) / width;
                    used = length.min(width);
                }
            }
            rows
        })
        .sum()
}

/// Draws `lines` in `block` from row `scroll` (clamped to the end), records how far it may
/// scroll in `limit`, and shows "rows a–b of n ↓" in the bottom border when not all fits.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    lines: Vec<Line<'static>>,
    block: Block<'static>,
    scroll: u16,
    limit: &ScrollLimit,
    more: &str,
) {
    let inner = block.inner(area);
    let total = wrapped_height(&lines, inner.width);
    let room = usize::from(inner.height.max(1));
    let last = u16::try_from(total.saturating_sub(room)).unwrap_or(u16::MAX);
    limit.0.set(last);
    let scroll = scroll.min(last);
    let block = if total > room {
        let first = usize::from(scroll) + 1;
        let end = (usize::from(scroll) + room).min(total);
        let arrow = match (scroll > 0, end < total) {
            (true, true) => "↑↓",
            (false, true) => "↓",
            _ => "↑",
        };
        let mark = if end < total {
            format!(" {first}–{end}/{total} {arrow} {more} ")
        } else {
            format!(" {first}–{end}/{total} {arrow} ")
        };
        block.title_bottom(Line::styled(mark, theme().dim).right_aligned())
    } else {
        block
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .scroll((scroll, 0))
            .block(block),
        area,
    );
}

/// A new scroll position after a paging key, within `0..=limit`.
pub fn step(scroll: u16, action: super::keymap::Action, page: u16, limit: u16) -> u16 {
    use super::keymap::Action;
    let next = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::PageUp => scroll.saturating_sub(page),
        Action::PageDown => scroll.saturating_add(page),
        Action::Top => 0,
        Action::Bottom => limit,
        _ => scroll,
    };
    next.min(limit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::Action;

    #[test]
    fn words_wrap_onto_rows() {
        let lines = vec![
            Line::raw("aaa bbb ccc"),
            Line::raw(""),
            Line::raw("abcdefghij"),
        ];
        assert_eq!(wrapped_height(&lines, 7), 2 + 1 + 2);
    }

    #[test]
    fn scrolling_stops_at_the_end() {
        assert_eq!(step(3, Action::Down, 10, 3), 3);
        assert_eq!(step(0, Action::PageDown, 10, 25), 10);
        assert_eq!(step(20, Action::PageDown, 10, 25), 25);
        assert_eq!(step(20, Action::Top, 10, 25), 0);
        assert_eq!(step(0, Action::Bottom, 10, 25), 25);
    }
}
