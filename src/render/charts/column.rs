//! The one rule for the names and statements beside a chart's rows (and over its columns): a
//! label is never cut. Its column is as wide as the chart prefers when every label fits its
//! row there; else wider, up to the chart's cap, until they do; labels that still need more
//! lines than a row holds ask for taller rows, which a printed chart gets by growing (see
//! `page::with_room`). Type is never made smaller to make a label fit.

use super::text::Font;

/// Room above and below a label's lines within its row, in ems.
const AIR: f64 = 0.45;

/// How many lines of `font` a row `band` pixels high holds (at least one).
pub fn lines_in(font: Font, band: f64) -> usize {
    let spare = band - font.size * (1.0 + AIR);
    (spare / font.line_height() + 1e-6).floor().max(0.0) as usize + 1
}

/// The height a row needs for `lines` lines of `font`.
pub fn band_for(font: Font, lines: usize) -> f64 {
    lines.saturating_sub(1) as f64 * font.line_height() + font.size * (1.0 + AIR)
}

/// Each row's height within `height`, for rows that need `needed` pixels each: all alike
/// where every row fits that share; else each row its own need and an equal share of what is
/// left (a row whose label takes more lines than the others' is taller). Also how many
/// pixels the rows lacked.
pub fn bands(needed: &[f64], height: f64) -> (Vec<f64>, f64) {
    let count = needed.len().max(1) as f64;
    if needed.iter().all(|need| *need <= height / count + 1e-9) {
        return (vec![height / count; needed.len()], 0.0);
    }
    let total: f64 = needed.iter().sum();
    let spare = (height - total).max(0.0) / count;
    (
        needed.iter().map(|need| need + spare).collect(),
        (total - height).max(0.0),
    )
}

/// A column of labels: how wide it is and how many lines its longest label takes there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelColumn {
    pub width: f64,
    /// The most lines any label takes at this width.
    pub lines: usize,
}

impl LabelColumn {
    /// The column for `labels` (each with its font) in rows `band` high: `preferred` wide when
    /// every label fits its row there; else the narrowest width up to `cap` at which they do;
    /// else the narrowest width with as few lines as `cap` gives (the rows must then grow).
    /// Never narrower than the longest word, which wrapping cannot break.
    pub fn fit(labels: &[(&str, Font)], band: f64, preferred: f64, cap: f64) -> LabelColumn {
        let needed = |width: f64| {
            labels
                .iter()
                .map(|(text, font)| font.wrap(text, width).len())
                .max()
                .unwrap_or(1)
                .max(1)
        };
        let word = labels
            .iter()
            .map(|(text, font)| font.longest_word(text))
            .fold(0.0, f64::max)
            + 0.5;
        let low = preferred.max(word);
        let high = cap.max(low);
        let holds = labels
            .iter()
            .map(|(_, font)| lines_in(*font, band))
            .min()
            .unwrap_or(1);
        let at_low = needed(low);
        if at_low <= holds {
            return LabelColumn {
                width: low,
                lines: at_low,
            };
        }
        let target = needed(high).max(holds);
        // Wrapping greedily never takes more lines in a wider column: halve the interval
        // between a width that needs too many lines and one that does not.
        let (mut narrow, mut wide) = (low, high);
        for _ in 0..24 {
            let middle = (narrow + wide) / 2.0;
            if needed(middle) <= target {
                wide = middle;
            } else {
                narrow = middle;
            }
        }
        let width = wide.ceil().min(high);
        LabelColumn {
            width,
            lines: needed(width),
        }
    }

    /// The column for labels all set in one font.
    pub fn fit_all(
        font: Font,
        labels: &[String],
        band: f64,
        preferred: f64,
        cap: f64,
    ) -> LabelColumn {
        let labels: Vec<(&str, Font)> = labels.iter().map(|l| (l.as_str(), font)).collect();
        LabelColumn::fit(&labels, band, preferred, cap)
    }

    /// Heads set upright over columns `across` pixels wide: on one line where the longest
    /// reaches no higher than `cap`, else in as many lines side by side as a column holds.
    /// `width` is how high the heads reach, above `cap` where they need more (a printed
    /// chart grows for it).
    pub fn upright(font: Font, heads: &[String], across: f64, cap: f64) -> LabelColumn {
        let longest = heads.iter().map(|h| font.width(h)).fold(0.0, f64::max) + 0.5;
        if longest <= cap {
            return LabelColumn {
                width: longest,
                lines: 1,
            };
        }
        LabelColumn::fit_all(font, heads, across, cap.min(longest), longest)
    }

    /// The height a row needs for the column's labels in `font`.
    pub fn band(&self, font: Font) -> f64 {
        band_for(font, self.lines)
    }

    /// The height a row needs for `text` in `font` in this column.
    pub fn band_of(&self, font: Font, text: &str) -> f64 {
        band_for(font, font.wrap(text, self.width).len())
    }

    /// How far rows `band` high fall short of the column's labels, over `rows` rows: what a
    /// printed chart grows by.
    pub fn lacking(&self, font: Font, band: f64, rows: usize) -> f64 {
        (self.band(font) - band).max(0.0) * rows as f64
    }

    /// A label's lines: all of them where its row holds them. Only where a row of a fixed
    /// size cannot (a screen image too small for its labels) is the last line cut.
    pub fn wrap(&self, font: Font, text: &str, band: f64) -> Vec<String> {
        let lines = self.lines.min(lines_in(font, band + 1.0));
        font.wrap_lines(text, self.width, lines)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_band_holds_the_lines_it_was_made_for() {
        let font = Font::regular(33.3);
        for lines in 1..6 {
            assert_eq!(lines_in(font, band_for(font, lines)), lines);
            assert_eq!(
                lines_in(font, band_for(font, lines) - 1.0),
                lines.max(2) - 1
            );
        }
    }

    #[test]
    fn a_column_widens_before_a_label_is_cut_and_asks_for_taller_rows_at_its_cap() {
        let font = Font::regular(20.0);
        let labels = [
            "Kort".to_string(),
            "Ontwikkeling digitale vaardigheden medewerkers".to_string(),
        ];
        let one_line = font.width(&labels[1]);
        // Rows of one line: the column widens to the longest label.
        let column = LabelColumn::fit_all(font, &labels, band_for(font, 1), 100.0, 2000.0);
        assert_eq!(column.lines, 1);
        assert!(column.width >= one_line && column.width < one_line + 2.0);
        // Rows of two lines: narrower, and every label within two lines.
        let column = LabelColumn::fit_all(font, &labels, band_for(font, 2), 100.0, 2000.0);
        assert_eq!(column.lines, 2);
        assert!(column.width < one_line);
        // A cap too narrow for one line: the lines the labels need there, never a cut.
        let column = LabelColumn::fit_all(font, &labels, band_for(font, 1), 100.0, 300.0);
        assert!(column.lines > 1);
        assert!(column.band(font) > band_for(font, 1));
        for label in &labels {
            let lines = font.wrap_lines(label, column.width, column.lines);
            assert_eq!(lines.join(" "), *label);
        }
        // Rows share the height alike where they can, else a long label's row is taller.
        let (rows, lacking) = bands(&[10.0, 10.0], 40.0);
        assert_eq!((rows, lacking), (vec![20.0, 20.0], 0.0));
        let (rows, lacking) = bands(&[10.0, 30.0], 44.0);
        assert_eq!((rows, lacking), (vec![12.0, 32.0], 0.0));
        let (rows, lacking) = bands(&[10.0, 30.0], 30.0);
        assert_eq!((rows, lacking), (vec![10.0, 30.0], 10.0));
        // A column that fits at its preferred width keeps it.
        let column = LabelColumn::fit_all(font, &labels, band_for(font, 5), 300.0, 900.0);
        assert_eq!(column.width, 300.0);
    }
}
