//! Compare partners: choose them, see them together in the quadrant, and read a heat table of
//! every characteristic per partner with the benchmark column, sortable by any column.

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, List, ListItem, ListState, Paragraph, Row, Table, TableState, Tabs, Wrap,
};

use super::app::{App, Screen};
use super::keymap::Action;
use super::quadrant::{self, short_name};
use super::questionnaire::truncate;
use super::theme::{heat, theme};
use crate::analysis::comparison::Comparison;
use crate::words::i18n::format_score;

/// The partners chosen and how the table is sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompareState {
    /// Organisations left out (by id); everyone else is compared.
    pub excluded: BTreeSet<String>,
    /// Cursor in the partner list.
    pub cursor: usize,
    /// The column the sort key acts on: 0 is the characteristic, then the partners, then the
    /// benchmark.
    pub column: usize,
    /// The column the rows are sorted by and whether descending; questionnaire order if none.
    pub sort: Option<(usize, bool)>,
    /// On narrow terminals: 0 shows partners and quadrant, 1 the table.
    pub view: usize,
    /// The row at the top of the table's scroll, when the table has a view to itself.
    pub row: usize,
}

/// The table's columns after the characteristic: the chosen partners, then the benchmark.
fn partner_ids(app: &App, comparison: &Comparison) -> Vec<String> {
    comparison
        .organisations
        .iter()
        .filter(|o| !app.compare.excluded.contains(&o.id))
        .map(|o| o.id.clone())
        .collect()
}

pub fn on_action(app: &mut App, action: Action, key: &KeyEvent) {
    let Some(comparison) = app.view().and_then(|view| view.comparison()) else {
        if action == Action::Back {
            app.screen = Screen::Home;
        } else if action == Action::NextRound {
            app.step_round(key);
        }
        return;
    };
    let all: Vec<String> = comparison
        .organisations
        .iter()
        .map(|o| o.id.clone())
        .collect();
    let columns =
        partner_ids(app, comparison).len() + 1 + usize::from(comparison.benchmark.is_some());
    let scales = app.data.questionnaire.scales().count().max(1);
    let state = &mut app.compare;
    match action {
        // On a narrow terminal the table has a view of its own, and the arrows scroll it.
        Action::Up if state.view == 1 => state.row = state.row.saturating_sub(1),
        Action::Down if state.view == 1 => state.row = (state.row + 1).min(scales - 1),
        Action::Up => state.cursor = state.cursor.saturating_sub(1),
        Action::Down => state.cursor = (state.cursor + 1).min(all.len().saturating_sub(1)),
        Action::Toggle => {
            if let Some(id) = all.get(state.cursor)
                && !state.excluded.remove(id)
            {
                state.excluded.insert(id.clone());
            }
            state.sort = None;
            state.column = 0;
        }
        Action::ToggleAll => {
            if state.excluded.is_empty() {
                state.excluded = all.into_iter().collect();
            } else {
                state.excluded.clear();
            }
            state.sort = None;
            state.column = 0;
        }
        Action::Left => state.column = state.column.checked_sub(1).unwrap_or(columns - 1),
        Action::Right => state.column = (state.column + 1) % columns,
        Action::Sort => {
            state.sort = match state.sort {
                Some((column, descending)) if column == state.column => Some((column, !descending)),
                // Names read best A–Z; scores best highest first.
                _ => Some((state.column, state.column != 0)),
            };
        }
        Action::NextView => state.view = (state.view + 1) % 2,
        Action::NextRound => {
            app.step_round(key);
            app.compare.sort = None;
            app.compare.column = 0;
        }
        Action::Back => app.screen = Screen::Home,
        _ => {}
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let texts = app.texts();
    let Some(comparison) = app.view().and_then(|view| view.comparison()) else {
        let message = match app.view().map(|view| &view.comparison) {
            Some(Err(error)) => error.clone(),
            _ => texts.no_results.to_string(),
        };
        frame.render_widget(Paragraph::new(message).wrap(Wrap { trim: true }), area);
        return;
    };
    if area.width >= 150 {
        let [left, table] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Min(60)]).areas(area);
        let [list, chart] = Layout::vertical([
            Constraint::Length((comparison.organisations.len() as u16 + 2).min(left.height / 3)),
            Constraint::Min(10),
        ])
        .areas(left);
        render_partners(app, frame, list, comparison);
        render_quadrant(app, frame, chart, comparison);
        render_table(app, frame, table, comparison);
    } else {
        let [tabs, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(5)]).areas(area);
        frame.render_widget(
            Tabs::new(vec![
                format!("{} + {}", texts.partners, texts.quadrant),
                texts.heat_title.to_string(),
            ])
            .select(app.compare.view)
            .highlight_style(theme().selected)
            .divider("│"),
            tabs,
        );
        if app.compare.view == 0 {
            let [list, chart] =
                Layout::horizontal([Constraint::Length(28), Constraint::Min(30)]).areas(body);
            render_partners(app, frame, list, comparison);
            render_quadrant(app, frame, chart, comparison);
        } else {
            render_table(app, frame, body, comparison);
        }
    }
}

fn render_partners(app: &App, frame: &mut Frame, area: Rect, comparison: &Comparison) {
    let texts = app.texts();
    let items: Vec<ListItem> = comparison
        .organisations
        .iter()
        .map(|organisation| {
            let chosen = !app.compare.excluded.contains(&organisation.id);
            let mark = if chosen { "[x]" } else { "[ ]" };
            ListItem::new(format!("{mark} {}", short_name(&organisation.name)))
        })
        .collect();
    let list = List::new(items).highlight_style(theme().selected).block(
        Block::default()
            .borders(Borders::ALL)
            .title(Span::styled(format!(" {} ", texts.partners), theme().title)),
    );
    let mut state = ListState::default().with_selected(Some(app.compare.cursor));
    frame.render_stateful_widget(list, area, &mut state);
}

fn render_quadrant(app: &App, frame: &mut Frame, area: Rect, comparison: &Comparison) {
    let texts = app.texts();
    let chosen = partner_ids(app, comparison);
    let points = quadrant::points(comparison, None, Some(&chosen), texts.legend_benchmark);
    quadrant::render(
        frame,
        area,
        comparison,
        &app.data.questionnaire,
        app.lang,
        &points,
        texts.quadrant,
    );
}

fn render_table(app: &App, frame: &mut Frame, area: Rect, comparison: &Comparison) {
    let texts = app.texts();
    let lang = app.lang;
    let questionnaire = &app.data.questionnaire;
    let partners = partner_ids(app, comparison);
    if partners.is_empty() {
        frame.render_widget(
            Paragraph::new(texts.none_selected).block(
                Block::default().borders(Borders::ALL).title(Span::styled(
                    format!(" {} ", texts.heat_title),
                    theme().title,
                )),
            ),
            area,
        );
        return;
    }
    let benchmark = comparison.benchmark.as_ref();
    // Every cell's value, by row (scale) and column (partners, then the benchmark).
    let mut rows: Vec<(String, Vec<Option<f64>>)> = questionnaire
        .scales()
        .map(|scale| {
            let mut values: Vec<Option<f64>> = partners
                .iter()
                .map(|id| comparison.organisation(id).and_then(|o| o.mean(&scale.id)))
                .collect();
            if let Some(benchmark) = benchmark {
                values.push(benchmark.benchmark.mean(&scale.id));
            }
            (scale.id.clone(), values)
        })
        .collect();
    if let Some((column, descending)) = app.compare.sort {
        if column == 0 {
            rows.sort_by_key(|(id, _)| questionnaire.scale_name(id, lang));
        } else {
            // Missing values sort last either way.
            rows.sort_by(|a, b| {
                let (a, b) = (
                    a.1.get(column - 1).copied().flatten(),
                    b.1.get(column - 1).copied().flatten(),
                );
                match (a, b) {
                    (Some(a), Some(b)) => a.total_cmp(&b),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                }
            });
        }
        if descending {
            rows.reverse();
        }
    }
    // Partner columns shrink on narrow terminals so the characteristic stays readable.
    let columns = (partners.len() + usize::from(benchmark.is_some())) as u16;
    let cell_width: u16 = (area.width.saturating_sub(22) / columns.max(1)).clamp(6, 8);
    let sort_mark = |column: usize| match app.compare.sort {
        Some((sorted, true)) if sorted == column => "↓",
        Some((sorted, false)) if sorted == column => "↑",
        _ => "",
    };
    let mut header_cells = vec![format!("{}{}", texts.characteristic, sort_mark(0))];
    for (index, id) in partners.iter().enumerate() {
        let name = comparison
            .organisation(id)
            .map_or(id.clone(), |o| short_name(&o.name));
        header_cells.push(format!(
            "{}{}",
            truncate(&name, cell_width as usize - 1),
            sort_mark(index + 1)
        ));
    }
    if benchmark.is_some() {
        header_cells.push(format!(
            "{}{}",
            truncate(texts.benchmark, cell_width as usize - 1),
            sort_mark(partners.len() + 1)
        ));
    }
    let header = Row::new(header_cells.into_iter().enumerate().map(|(index, text)| {
        let style = if index == app.compare.column {
            theme().selected
        } else {
            theme().header
        };
        Line::styled(text, style)
    }));
    let benchmark_column = benchmark.map(|_| partners.len());
    let body: Vec<Row> = rows
        .iter()
        .map(|(id, values)| {
            let reference = benchmark_column.and_then(|at| values[at]);
            let mut cells = vec![Line::raw(questionnaire.scale_name(id, lang))];
            for (index, value) in values.iter().enumerate() {
                let Some(value) = value else {
                    cells.push(Line::raw("–"));
                    continue;
                };
                let is_benchmark = Some(index) == benchmark_column;
                let marker = match reference {
                    Some(reference) if !is_benchmark => {
                        let deviation = value - reference;
                        if deviation.abs() <= comparison.margins.at {
                            "="
                        } else if deviation > 0.0 {
                            "▲"
                        } else {
                            "▼"
                        }
                    }
                    _ => " ",
                };
                let style = if is_benchmark {
                    theme().benchmark
                } else {
                    heat(*value)
                };
                cells.push(Line::styled(
                    format!("{:>5}{marker}", format_score(lang, *value)),
                    style,
                ));
            }
            Row::new(cells)
        })
        .collect();
    let mut widths = vec![Constraint::Fill(1)];
    widths.extend(std::iter::repeat_n(
        Constraint::Length(cell_width),
        partners.len() + usize::from(benchmark.is_some()),
    ));
    let wide = area.width >= 150;
    let mut state = TableState::default();
    if !wide && app.compare.view == 1 {
        *state.offset_mut() = app.compare.row;
    }
    frame.render_stateful_widget(
        Table::new(body, widths).header(header).block(
            Block::default()
                .borders(Borders::ALL)
                .title(Span::styled(
                    format!(" {} ", texts.heat_title),
                    theme().title,
                ))
                .title_bottom(Line::styled(
                    format!(" {} ", texts.marker_note),
                    theme().dim,
                )),
        ),
        area,
        &mut state,
    );
}
