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

mod fit;

use fit::{Window, header_lines};

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
    let has_benchmark = comparison.benchmark.is_some();
    // Many partners read better as rows: their names stay whole.
    let turned = partners.len() + usize::from(has_benchmark) > MANY.min(scales.len());
    if turned {
        partners_as_rows(comparison, &scales, partners, texts)
    } else {
        partners_as_columns(comparison, &scales, partners, texts)
    }
}

/// A row per partner and one for the benchmark; a column per characteristic (id, name).
fn partners_as_rows(
    comparison: &Comparison,
    scales: &[(String, String)],
    partners: &[(String, String)],
    texts: &TuiTexts,
) -> HeatTable {
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
            let values = scales
                .iter()
                .map(|(scale, _)| partner_value(comparison, id, scale))
                .collect();
            (name.clone(), values)
        })
        .collect();
    if comparison.benchmark.is_some() {
        let values = scales
            .iter()
            .map(|(scale, _)| benchmark_value(comparison, scale))
            .collect();
        rows.push((texts.benchmark.to_string(), values));
    }
    HeatTable {
        turned: true,
        columns,
        rows,
    }
}

/// A column per partner and one for the benchmark; a row per characteristic (id, name).
fn partners_as_columns(
    comparison: &Comparison,
    scales: &[(String, String)],
    partners: &[(String, String)],
    texts: &TuiTexts,
) -> HeatTable {
    let has_benchmark = comparison.benchmark.is_some();
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
            let mut values: Vec<Option<Value>> = partners
                .iter()
                .map(|(id, _)| partner_value(comparison, id, scale))
                .collect();
            if has_benchmark {
                values.push(benchmark_value(comparison, scale));
            }
            (name.clone(), values)
        })
        .collect();
    HeatTable {
        turned: false,
        columns,
        rows,
    }
}

fn benchmark_mean(comparison: &Comparison, scale: &str) -> Option<f64> {
    comparison
        .benchmark
        .as_ref()
        .and_then(|b| b.benchmark.mean(scale))
}

/// A partner's score on a characteristic, marked by how it stands to the benchmark.
fn partner_value(comparison: &Comparison, partner: &str, scale: &str) -> Option<Value> {
    let score = comparison.organisation(partner)?.mean(scale)?;
    let marker = match benchmark_mean(comparison, scale) {
        Some(reference) if comparison.margins.is_at(score - reference) => '=',
        Some(reference) if score > reference => '▲',
        Some(_) => '▼',
        None => ' ',
    };
    Some(Value {
        score,
        marker,
        benchmark: false,
    })
}

fn benchmark_value(comparison: &Comparison, scale: &str) -> Option<Value> {
    benchmark_mean(comparison, scale).map(|score| Value {
        score,
        marker: ' ',
        benchmark: true,
    })
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

pub fn render(
    frame: &mut Frame,
    area: Rect,
    table: &HeatTable,
    state: &CompareState,
    lang: Lang,
    texts: &TuiTexts,
) {
    let window = Window::fit(table, state, usize::from(area.width.saturating_sub(2)));
    let mut widths = vec![Constraint::Length(window.name_width as u16)];
    widths.extend(std::iter::repeat_n(
        Constraint::Length(window.cell_width as u16),
        window.columns().len(),
    ));
    // Rows: the border and the two-line header take four.
    let room_rows = usize::from(area.height.saturating_sub(4)).max(1);
    let offset = state.row.min(table.rows.len().saturating_sub(room_rows));
    let mut table_state = TableState::default();
    *table_state.offset_mut() = offset;
    frame.render_stateful_widget(
        Table::new(body_rows(table, &window, lang), widths)
            .header(header_row(table, state, &window, texts))
            .column_spacing(0)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(Span::styled(
                        format!(" {} ", texts.heat_title),
                        theme().title,
                    ))
                    .title_bottom(Line::styled(
                        format!(" {} ", position(table, &window, (offset, room_rows), texts)),
                        theme().dim,
                    )),
            ),
        area,
        &mut table_state,
    );
}

/// The two-line header: the row names' heading and each column shown, with the sort mark
/// on the sorted one and the column cursor highlighted.
fn header_row(
    table: &HeatTable,
    state: &CompareState,
    window: &Window,
    texts: &TuiTexts,
) -> Row<'static> {
    let sort_mark = |key: SortKey| match &state.sort {
        Some((sorted, true)) if *sorted == key => "↓",
        Some((sorted, false)) if *sorted == key => "↑",
        _ => "",
    };
    let selected = |index: usize| {
        if index == window.cursor {
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
    for index in window.columns() {
        let column = &table.columns[index];
        let mark = sort_mark(SortKey::Column(column.key.clone()));
        let (one, two) = header_lines(
            &column.header,
            (window.cell_width - 1).saturating_sub(crate::tui::text::width(mark)),
        );
        let (one, two) = if two.is_empty() {
            (one + mark, two)
        } else {
            (one, two + mark)
        };
        top.push(Line::styled(one, selected(index + 1)));
        bottom.push(Line::styled(two, selected(index + 1)));
    }
    Row::new(
        top.into_iter()
            .zip(bottom)
            .map(|(one, two)| ratatui::text::Text::from(vec![one, two])),
    )
    .height(2)
}

/// Every row: its name cut to the width, then the columns shown, coloured by score.
fn body_rows<'a>(table: &'a HeatTable, window: &Window, lang: Lang) -> Vec<Row<'a>> {
    table
        .rows
        .iter()
        .map(|(name, values)| {
            let mut cells = vec![Line::raw(crate::tui::text::truncate(
                name,
                window.name_width.saturating_sub(1),
            ))];
            for value in window.columns().into_iter().filter_map(|at| values.get(at)) {
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
        .collect()
}

/// What the bottom border says: the markers' meaning, and which rows (from `offset`, with
/// room for `room_rows`) and columns are shown when not all are.
fn position(
    table: &HeatTable,
    window: &Window,
    (offset, room_rows): (usize, usize),
    texts: &TuiTexts,
) -> String {
    let shown = &window.shown;
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
    position.join(" · ")
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
