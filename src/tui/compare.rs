//! Compare partners: choose them, see them together in the quadrant, and read a heat table of
//! every characteristic per partner with the benchmark column, sortable by any column.

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Tabs, Wrap};

use super::app::{App, Screen};
use super::keymap::Action;
use super::quadrant::{self, short_name};
use super::theme::theme;
use crate::analysis::comparison::Comparison;

mod table;

/// What the compare screen shows on a terminal too narrow for everything at once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CompareView {
    /// The partner list and the quadrant.
    #[default]
    Chart,
    /// The heat table.
    Table,
}

/// The column the rows are sorted by: the row names, or a column by its key (a partner's or a
/// characteristic's id, or the benchmark), so the sort survives partners being toggled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Column(String),
}

/// The partners chosen and how the table is sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompareState {
    /// Organisations left out (by id); everyone else is compared.
    pub excluded: BTreeSet<String>,
    /// Cursor in the partner list.
    pub cursor: usize,
    /// The column the sort key acts on: 0 is the row names, then the table's columns.
    pub column: usize,
    /// The column the rows are sorted by and whether descending; questionnaire order if none.
    pub sort: Option<(SortKey, bool)>,
    pub view: CompareView,
    /// The first row of the table shown.
    pub row: usize,
    /// The screen to go back to.
    pub from: Option<Screen>,
}

/// Opens the compare screen, remembering where Esc goes back to.
pub fn open(app: &mut App) {
    app.compare.from = Some(app.screen);
    app.screen = Screen::Compare;
}

/// The partners chosen, by id and short name, in the comparison's order.
fn partners(app: &App, comparison: &Comparison) -> Vec<(String, String)> {
    let view = app.view();
    comparison
        .organisations
        .iter()
        .filter(|o| !app.compare.excluded.contains(&o.id))
        .map(|o| {
            let name = view.map_or_else(|| short_name(&o.name), |v| v.short_name(&o.id));
            (o.id.clone(), name)
        })
        .collect()
}

fn heat_table(app: &App, comparison: &Comparison) -> table::HeatTable {
    let mut heat = table::build(
        comparison,
        &app.data.questionnaire,
        app.lang,
        &partners(app, comparison),
        app.texts(),
    );
    heat.sort(app.compare.sort.as_ref());
    heat
}

pub fn on_action(app: &mut App, action: Action, key: &KeyEvent) {
    let back = |app: &mut App| app.screen = app.compare.from.take().unwrap_or(Screen::Home);
    let Some(comparison) = app.view().and_then(|view| view.comparison()) else {
        if action == Action::Back {
            back(app);
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
    let heat = heat_table(app, comparison);
    let columns = heat.columns.len() + 1;
    let rows = heat.rows.len().max(1);
    let page = usize::from(app.area.height.saturating_sub(12)).max(1);
    let table_view = app.compare.view == CompareView::Table;
    let state = &mut app.compare;
    match action {
        // With the table on its own, the arrows scroll it.
        Action::Up if table_view => state.row = state.row.saturating_sub(1),
        Action::Down if table_view => state.row = (state.row + 1).min(rows - 1),
        Action::PageUp => state.row = state.row.saturating_sub(page),
        Action::PageDown => state.row = (state.row + page).min(rows - 1),
        Action::Top => state.row = 0,
        Action::Bottom => state.row = rows - 1,
        Action::Up => state.cursor = state.cursor.saturating_sub(1),
        Action::Down => state.cursor = (state.cursor + 1).min(all.len().saturating_sub(1)),
        Action::Toggle => {
            if let Some(id) = all.get(state.cursor)
                && !state.excluded.remove(id)
            {
                state.excluded.insert(id.clone());
            }
            keep_sort(app);
        }
        Action::ToggleAll => {
            if state.excluded.is_empty() {
                state.excluded = all.into_iter().collect();
            } else {
                state.excluded.clear();
            }
            keep_sort(app);
        }
        Action::Left => state.column = state.column.checked_sub(1).unwrap_or(columns - 1),
        Action::Right => state.column = (state.column + 1) % columns,
        Action::Sort => {
            let key = match state.column {
                0 => SortKey::Name,
                at => SortKey::Column(heat.columns[at - 1].key.clone()),
            };
            state.sort = match &state.sort {
                Some((sorted, descending)) if *sorted == key => Some((key, !descending)),
                // Names read best A–Z; scores best highest first.
                _ => Some((key.clone(), key != SortKey::Name)),
            };
        }
        Action::NextView => {
            state.view = match state.view {
                CompareView::Chart => CompareView::Table,
                CompareView::Table => CompareView::Chart,
            };
        }
        Action::NextRound => {
            app.step_round(key);
            app.compare.sort = None;
            app.compare.column = 0;
        }
        Action::Back => back(app),
        _ => {}
    }
}

/// After partners were toggled: the sort stays while its column is still there, and the
/// column cursor stays on the same column.
fn keep_sort(app: &mut App) {
    let Some(comparison) = app.view().and_then(|view| view.comparison()) else {
        return;
    };
    let heat = heat_table(app, comparison);
    if let Some((SortKey::Column(key), _)) = &app.compare.sort
        && !heat.columns.iter().any(|column| &column.key == key)
    {
        app.compare.sort = None;
    }
    app.compare.column = app.compare.column.min(heat.columns.len());
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
            Layout::horizontal([Constraint::Percentage(40), Constraint::Min(60)]).areas(area);
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
        let selected = match app.compare.view {
            CompareView::Chart => 0,
            CompareView::Table => 1,
        };
        frame.render_widget(
            Tabs::new(vec![
                format!("{} + {}", texts.partners, texts.quadrant),
                texts.heat_title.to_string(),
            ])
            .select(selected)
            .highlight_style(theme().selected)
            .divider("│"),
            tabs,
        );
        match app.compare.view {
            CompareView::Chart => {
                let longest = partners(app, comparison)
                    .iter()
                    .chain(std::iter::empty())
                    .map(|(_, name)| name.chars().count())
                    .max()
                    .unwrap_or(0);
                let list_width = (longest as u16 + 8).clamp(20, body.width / 3);
                let [list, chart] =
                    Layout::horizontal([Constraint::Length(list_width), Constraint::Min(30)])
                        .areas(body);
                render_partners(app, frame, list, comparison);
                render_quadrant(app, frame, chart, comparison);
            }
            CompareView::Table => render_table(app, frame, body, comparison),
        }
    }
}

fn render_table(app: &App, frame: &mut Frame, area: Rect, comparison: &Comparison) {
    let heat = heat_table(app, comparison);
    if heat.rows.is_empty() || (!heat.turned && heat.columns.is_empty()) {
        table::render_empty(frame, area, app.texts());
        return;
    }
    if partners(app, comparison).is_empty() {
        table::render_empty(frame, area, app.texts());
        return;
    }
    table::render(frame, area, &heat, &app.compare, app.lang, app.texts());
}

fn render_partners(app: &App, frame: &mut Frame, area: Rect, comparison: &Comparison) {
    let texts = app.texts();
    let items: Vec<ListItem> = comparison
        .organisations
        .iter()
        .map(|organisation| {
            let chosen = !app.compare.excluded.contains(&organisation.id);
            let mark = if chosen { "[x]" } else { "[ ]" };
            let name = app.view().map_or_else(
                || short_name(&organisation.name),
                |view| view.short_name(&organisation.id),
            );
            let width = usize::from(area.width.saturating_sub(2));
            ListItem::new(super::questionnaire::truncate(
                &format!("{mark} {name}"),
                width,
            ))
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
    let chosen: Vec<String> = partners(app, comparison)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let empty = std::collections::BTreeMap::new();
    let shorts = app.view().map_or(&empty, |view| &view.short_names);
    let points = quadrant::points(
        comparison,
        None,
        Some(&chosen),
        texts.legend_benchmark,
        shorts,
    );
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
