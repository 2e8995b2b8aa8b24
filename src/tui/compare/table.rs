//! The heat table of the compare screen: every characteristic per partner with the benchmark,
//! sortable by any column. Columns share the width there is; with many partners the table
//! turns, partners as rows; columns that do not fit scroll sideways,
//! rows up and down, and the border says what is hidden.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, TableState};

use super::{CompareState, SortKey};
use crate::analysis::comparison::Comparison;
use crate::model::questionnaire::Questionnaire;
use crate::tui::theme::{heat, theme};
use crate::words::i18n::tui::TuiTexts;
use crate::words::i18n::{Lang, format_score};

/// A column of the table after the row names.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// What sorting by this column is remembered as: a partner's or a scale's id, or
    /// [`BENCHMARK`].
    pub key: String,
    pub header: String,
    pub benchmark: bool,
}

/// A cell: the score, and how it stands to the benchmark (`▲`, `▼`, `=`, or a space).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Value {
    pub score: f64,
    pub marker: char,
    pub benchmark: bool,
}

/// The table's content, before it is fitted to the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatTable {
    /// Partners as rows and characteristics as columns.
    pub turned: bool,
    pub columns: Vec<Column>,
    /// Row name and one value per column.
    pub rows: Vec<(String, Vec<Option<Value>>)>,
}

/// From this many columns (partners and the benchmark) the table turns.
const MANY: usize = 9;

/// The sort key of the benchmark column.
pub const BENCHMARK: &str = "\u{0}benchmark";

/// Builds the table for the partners chosen, `names` giving each partner's short name.
pub fn build(
    comparison: &Comparison,
    questionnaire: &Questionnaire,
    lang: Lang,
    partners: &[(String, String)],
    texts: &TuiTexts,
) -> HeatTable {
    let scales: Vec<(String, String)> = questionnaire
        .scales()
        .map(|scale| (scale.id.clone(), scale.name.get(lang).to_string()))
        .collect();
    let reference = |scale: &str| {
        comparison
            .benchmark
            .as_ref()
            .and_then(|b| b.benchmark.mean(scale))
    };
    let cell = |partner: &str, scale: &str| {
        let score = comparison.organisation(partner)?.mean(scale)?;
        let marker = match reference(scale) {
            Some(reference) if (score - reference).abs() <= comparison.margins.at => '=',
            Some(reference) if score > reference => '▲',
            Some(_) => '▼',
            None => ' ',
        };
        Some(Value {
            score,
            marker,
            benchmark: false,
        })
    };
    let benchmark_cell = |scale: &str| {
        reference(scale).map(|score| Value {
            score,
            marker: ' ',
            benchmark: true,
        })
    };
    let has_benchmark = comparison.benchmark.is_some();
    // Many partners read better as rows: their names stay whole.
    let turned = partners.len() + usize::from(has_benchmark) > MANY.min(scales.len());
    if turned {
        let columns = scales
            .iter()
            .map(|(id, name)| Column {
                key: id.clone(),
                header: name.clone(),
                benchmark: false,
            })
            .collect();
        let mut rows: Vec<(String, Vec<Option<Value>>)> = partners
            .iter()
            .map(|(id, name)| {
                let values = scales.iter().map(|(scale, _)| cell(id, scale)).collect();
                (name.clone(), values)
            })
            .collect();
        if has_benchmark {
            let values = scales
                .iter()
                .map(|(scale, _)| benchmark_cell(scale))
                .collect();
            rows.push((texts.benchmark.to_string(), values));
        }
        return HeatTable {
            turned,
            columns,
            rows,
        };
    }
    let mut columns: Vec<Column> = partners
        .iter()
        .map(|(id, name)| Column {
            key: id.clone(),
            header: name.clone(),
            benchmark: false,
        })
        .collect();
    if has_benchmark {
        columns.push(Column {
            key: BENCHMARK.to_string(),
            header: texts.benchmark.to_string(),
            benchmark: true,
        });
    }
    let rows = scales
        .iter()
        .map(|(scale, name)| {
            let mut values: Vec<Option<Value>> =
                partners.iter().map(|(id, _)| cell(id, scale)).collect();
            if has_benchmark {
                values.push(benchmark_cell(scale));
            }
            (name.clone(), values)
        })
        .collect();
    HeatTable {
        turned,
        columns,
        rows,
    }
}

impl HeatTable {
    /// Sorts the rows by a column; missing values last either way. The row names sort A–Z.
    pub fn sort(&mut self, sort: Option<&(SortKey, bool)>) {
        let Some((key, descending)) = sort else {
            return;
        };
        match key {
            SortKey::Name => self.rows.sort_by(|a, b| a.0.cmp(&b.0)),
            SortKey::Column(id) => {
                let Some(at) = self.columns.iter().position(|c| &c.key == id) else {
                    return;
                };
                self.rows.sort_by(|a, b| {
                    let (a, b) = (a.1[at].map(|v| v.score), b.1[at].map(|v| v.score));
                    match (a, b) {
                        (Some(a), Some(b)) => a.total_cmp(&b),
                        (Some(_), None) => std::cmp::Ordering::Less,
                        (None, Some(_)) => std::cmp::Ordering::Greater,
                        (None, None) => std::cmp::Ordering::Equal,
                    }
                });
            }
        }
        if *descending {
            self.rows.reverse();
        }
    }
}

/// Splits a header over at most two lines of `width` characters: at spaces or hyphens, a
/// word too long for a line split with a hyphen, the rest cut with "…".
fn header_lines(text: &str, width: usize) -> (String, String) {
    let cut = crate::tui::questionnaire::truncate;
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
        None => {
            let mut first: String = chars[..width - 1].iter().collect();
            first.push('-');
            (first, chars[width - 1..].iter().collect())
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
        .map(|(name, _)| name.chars().count())
        .max()
        .unwrap_or(0);
    let longest_word = table
        .columns
        .iter()
        .flat_map(|column| column.header.split([' ', '-']))
        .map(|word| word.chars().count())
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

pub fn render(
    frame: &mut Frame,
    area: Rect,
    table: &HeatTable,
    state: &CompareState,
    lang: Lang,
    texts: &TuiTexts,
) {
    let inner_width = usize::from(area.width.saturating_sub(2));
    let columns = table.columns.len().max(1);
    // Columns that do not fit scroll sideways.
    let (name_width, cell_width) = widths(table, inner_width);
    let visible = (inner_width.saturating_sub(name_width) / cell_width).clamp(1, columns);
    // The column cursor counts the name column as 0.
    let cursor = state.column.min(columns);
    let first = if cursor == 0 {
        0
    } else {
        (cursor - 1).saturating_sub(visible - 1)
    };
    let shown = first..(first + visible).min(table.columns.len());
    let sort_mark = |key: SortKey| match &state.sort {
        Some((sorted, true)) if *sorted == key => "↓",
        Some((sorted, false)) if *sorted == key => "↑",
        _ => "",
    };
    let selected = |index: usize| {
        if index == cursor {
            theme().selected
        } else {
            theme().header
        }
    };
    let name_header = if table.turned {
        texts.partners
    } else {
        texts.characteristic
    };
    let mut top = vec![Line::styled(
        format!("{name_header}{}", sort_mark(SortKey::Name)),
        selected(0),
    )];
    let mut bottom = vec![Line::default()];
    for index in shown.clone() {
        let column = &table.columns[index];
        let mark = sort_mark(SortKey::Column(column.key.clone()));
        let (one, two) = header_lines(
            &column.header,
            (cell_width - 1).saturating_sub(mark.chars().count()),
        );
        let (one, two) = if two.is_empty() {
            (one + mark, two)
        } else {
            (one, two + mark)
        };
        top.push(Line::styled(one, selected(index + 1)));
        bottom.push(Line::styled(two, selected(index + 1)));
    }
    let header = Row::new(
        top.into_iter()
            .zip(bottom)
            .map(|(one, two)| ratatui::text::Text::from(vec![one, two])),
    )
    .height(2);
    let body: Vec<Row> = table
        .rows
        .iter()
        .map(|(name, values)| {
            let mut cells = vec![Line::raw(crate::tui::questionnaire::truncate(
                name,
                name_width.saturating_sub(1),
            ))];
            for value in &values[shown.clone()] {
                cells.push(match value {
                    None => Line::raw("    –"),
                    Some(value) => Line::styled(
                        format!("{:>5}{}", format_score(lang, value.score), value.marker),
                        if value.benchmark {
                            theme().benchmark
                        } else {
                            heat(value.score)
                        },
                    ),
                });
            }
            Row::new(cells)
        })
        .collect();
    let mut widths = vec![Constraint::Length(name_width as u16)];
    widths.extend(std::iter::repeat_n(
        Constraint::Length(cell_width as u16),
        shown.len(),
    ));
    // Rows: the border and the two-line header take four.
    let room_rows = usize::from(area.height.saturating_sub(4)).max(1);
    let offset = state.row.min(table.rows.len().saturating_sub(room_rows));
    let mut position = vec![texts.marker_note.to_string()];
    if table.rows.len() > room_rows {
        position.push(format!(
            "{}–{}/{}",
            offset + 1,
            (offset + room_rows).min(table.rows.len()),
            table.rows.len()
        ));
    }
    if shown.len() < table.columns.len() {
        let left = if shown.start > 0 { "◀ " } else { "" };
        let right = if shown.end < table.columns.len() {
            " ▶"
        } else {
            ""
        };
        position.push(format!(
            "{left}{}–{}/{}{right}",
            shown.start + 1,
            shown.end,
            table.columns.len()
        ));
    }
    let mut table_state = TableState::default();
    *table_state.offset_mut() = offset;
    frame.render_stateful_widget(
        Table::new(body, widths)
            .header(header)
            .column_spacing(0)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(Span::styled(
                        format!(" {} ", texts.heat_title),
                        theme().title,
                    ))
                    .title_bottom(Line::styled(
                        format!(" {} ", position.join(" · ")),
                        theme().dim,
                    )),
            ),
        area,
        &mut table_state,
    );
}

/// The table when no partner is chosen.
pub fn render_empty(frame: &mut Frame, area: Rect, texts: &TuiTexts) {
    frame.render_widget(
        Paragraph::new(texts.none_selected).block(Block::default().borders(Borders::ALL).title(
            Span::styled(format!(" {} ", texts.heat_title), theme().title),
        )),
        area,
    );
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
        assert_eq!(lines("Crommenhoorn", 9), "Crommenh-|oorn");
        assert_eq!(lines("West-Brabant", 9), "West-|Brabant");
        assert_eq!(
            lines("Werkplein Hart van West-Brabant", 12),
            "Werkplein|Hart van We…"
        );
    }
}
