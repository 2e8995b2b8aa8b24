//! The quadrant chart laid out on terminal cells: every point on the right side of both cut
//! lines, labels only on free cells (never over a point, a line or another label).

use ratatui::style::Style;

/// One character cell of the chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cell {
    pub symbol: char,
    pub style: Style,
}

/// The second cell of a wide character: taken, drawn as nothing.
pub const CONTINUATION: char = '\0';

/// The plot area: `width`×`height` cells for scores 0–100 on both axes, with the cut lines.
pub struct Grid {
    pub width: usize,
    pub height: usize,
    pub cells: Vec<Vec<Option<Cell>>>,
    cut: (f64, f64),
}

impl Grid {
    /// An empty plot with the cut lines at `cut` (x, y) drawn in `line_style`.
    pub fn new(width: usize, height: usize, cut: (f64, f64), line_style: Style) -> Grid {
        let width = width.max(3);
        let height = height.max(3);
        let mut grid = Grid {
            width,
            height,
            cells: vec![vec![None; width]; height],
            cut,
        };
        let (column, row) = (grid.column(cut.0), grid.row(cut.1));
        for r in 0..height {
            grid.cells[r][column] = Some(Cell {
                symbol: '│',
                style: line_style,
            });
        }
        for c in 0..width {
            let symbol = if c == column { '┼' } else { '─' };
            grid.cells[row][c] = Some(Cell {
                symbol,
                style: line_style,
            });
        }
        grid
    }

    /// The column of a score on the x axis.
    pub fn column(&self, x: f64) -> usize {
        scale(x, self.width)
    }

    /// The row of a score on the y axis (row 0 is the top, 100).
    pub fn row(&self, y: f64) -> usize {
        self.height - 1 - scale(y, self.height)
    }

    /// Where a point goes: its nearest cell, moved off the cut line when the score is on one
    /// side of it, so rounding never puts a point on or across the line.
    pub fn place(&self, x: f64, y: f64) -> (usize, usize) {
        let cut_column = self.column(self.cut.0);
        let mut column = self.column(x);
        if x < self.cut.0 && column >= cut_column {
            column = cut_column.saturating_sub(1);
        } else if x > self.cut.0 && column <= cut_column {
            column = (cut_column + 1).min(self.width - 1);
        }
        let cut_row = self.row(self.cut.1);
        let mut row = self.row(y);
        if y < self.cut.1 && row <= cut_row {
            row = (cut_row + 1).min(self.height - 1);
        } else if y > self.cut.1 && row >= cut_row {
            row = cut_row.saturating_sub(1);
        }
        (column, row)
    }

    /// Where a point goes when the cells in `taken` hold other markers: its own place if free
    /// of them, else the nearest cell on the same side of both cut lines (a marker never
    /// hides another).
    pub fn free_place(&self, x: f64, y: f64, taken: &[(usize, usize)]) -> (usize, usize) {
        let wanted = self.place(x, y);
        if !taken.contains(&wanted) {
            return wanted;
        }
        let (cut_column, cut_row) = (self.column(self.cut.0), self.row(self.cut.1));
        // A point on a cut line may move to either side of it; any other keeps its side.
        let same_side = |at: usize, wanted: usize, cut: usize| {
            wanted == cut || at.cmp(&cut) == wanted.cmp(&cut)
        };
        let reach = self.width.max(self.height) as isize;
        for distance in 1..reach {
            // Nearest first: along the row, then the rows above and below.
            let mut ring: Vec<(isize, isize)> = Vec::new();
            for dy in -distance..=distance {
                for dx in -distance..=distance {
                    if dx.abs().max(dy.abs()) == distance {
                        ring.push((dx, dy));
                    }
                }
            }
            ring.sort_by_key(|(dx, dy)| (dy.abs(), dx.abs(), *dy, *dx));
            for (dx, dy) in ring {
                let (Some(column), Some(row)) = (
                    wanted.0.checked_add_signed(dx),
                    wanted.1.checked_add_signed(dy),
                ) else {
                    continue;
                };
                if column >= self.width
                    || row >= self.height
                    || taken.contains(&(column, row))
                    || !same_side(column, wanted.0, cut_column)
                    || !same_side(row, wanted.1, cut_row)
                {
                    continue;
                }
                return (column, row);
            }
        }
        wanted
    }

    pub fn is_free(&self, column: usize, row: usize) -> bool {
        self.cells
            .get(row)
            .and_then(|cells| cells.get(column))
            .is_some_and(Option::is_none)
    }

    pub fn put(&mut self, column: usize, row: usize, symbol: char, style: Style) {
        if let Some(cell) = self.cells.get_mut(row).and_then(|r| r.get_mut(column)) {
            *cell = Some(Cell { symbol, style });
        }
    }

    /// How many free cells follow `column` on `row` going right (or left), at most `limit`.
    fn free_run(&self, row: usize, column: usize, right: bool, limit: usize) -> usize {
        let mut count = 0;
        while count < limit {
            let at = if right {
                column + count
            } else {
                match column.checked_sub(count) {
                    Some(at) => at,
                    None => break,
                }
            };
            if at >= self.width || !self.is_free(at, row) {
                break;
            }
            count += 1;
        }
        count
    }

    /// Writes `text` on free cells only, starting at `column` (`right`) or ending there
    /// (`!right`); cut with "…" to the room there is, or left out below `min` characters.
    /// Returns whether it was written.
    pub fn label(
        &mut self,
        row: usize,
        column: usize,
        right: bool,
        text: &str,
        style: Style,
        min: usize,
    ) -> bool {
        let wanted = crate::tui::text::width(text);
        let room = self.free_run(row, column, right, wanted);
        let text = if room >= wanted {
            text.to_string()
        } else if room >= min.max(2) {
            crate::tui::text::truncate(text, room)
        } else {
            return false;
        };
        let length = crate::tui::text::width(&text);
        let mut at = if right { column } else { column + 1 - length };
        for symbol in text.chars() {
            let cells = crate::tui::text::char_width(symbol);
            if cells == 0 {
                continue;
            }
            self.put(at, row, symbol, style);
            // A wide character's second cell is taken, and drawn by the first.
            for extra in 1..cells {
                self.put(at + extra, row, CONTINUATION, style);
            }
            at += cells;
        }
        true
    }
}

/// A score 0–100 as a cell index in `cells` cells.
fn scale(value: f64, cells: usize) -> usize {
    let at = (value.clamp(0.0, 100.0) / 100.0 * (cells - 1) as f64).round();
    (at as usize).min(cells - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_score_below_the_cut_off_is_drawn_below_the_line_whatever_the_rounding() {
        // 45,2 below a cut-off of 50 rounds onto the line in a small grid.
        for height in 3..40 {
            let grid = Grid::new(40, height, (50.0, 50.0), Style::default());
            let (_, row) = grid.place(60.0, 45.2);
            assert!(row > grid.row(50.0), "height {height}: row {row}");
            let (column, _) = grid.place(49.9, 60.0);
            assert!(column < grid.column(50.0), "height {height}");
            let (column, row) = grid.place(50.1, 50.1);
            assert!(column > grid.column(50.0) && row < grid.row(50.0));
        }
    }

    #[test]
    fn a_marker_never_covers_another() {
        let grid = Grid::new(21, 9, (50.0, 50.0), Style::default());
        let first = grid.free_place(70.0, 70.0, &[]);
        let second = grid.free_place(70.0, 70.0, &[first]);
        assert_ne!(first, second);
        // On the same side of both lines.
        assert!(second.0 > grid.column(50.0) && second.1 < grid.row(50.0));
        // Two points on the crossing of the lines both show.
        let centre = grid.free_place(50.0, 50.0, &[]);
        let other = grid.free_place(50.0, 50.0, &[centre]);
        assert_ne!(centre, other);
    }

    #[test]
    fn labels_take_only_free_cells() {
        let mut grid = Grid::new(21, 5, (50.0, 50.0), Style::default());
        let (column, row) = grid.place(10.0, 80.0);
        grid.put(column, row, '●', Style::default());
        // Right of the point the cut line is 8 cells away: the name is cut before it.
        assert!(grid.label(row, column + 2, true, "Brakeveen-Oost", Style::default(), 4));
        let text: String = grid.cells[row]
            .iter()
            .map(|cell| cell.map_or(' ', |c| c.symbol))
            .collect();
        assert_eq!(text, "  ● Brake…│          ");
        assert!(!grid.label(row, column + 2, true, "Aldersum", Style::default(), 4));
    }
}
