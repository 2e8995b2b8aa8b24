//! Compare partners: choose them, see them together in the quadrant, and read a heat table of
//! every characteristic per partner with the benchmark column, sortable by any column.

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Tabs, Wrap};

use super::app::{App, Screen};
use super::keymap::Action;
use super::quadrant::{self, short_name};
use super::theme::theme;
use super::{scroll, text};
use crate::analysis::comparison::Comparison;
use crate::analysis::round::OrganisationResult;
use crate::model::questionnaire::{CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY};
use crate::words::format;

mod table;

/// From this terminal width the partner list, the chart and the table are shown at once.
pub const SIDE_BY_SIDE: u16 = 150;

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

pub fn on_action(app: &mut App, action: Action) {
    let back = |app: &mut App| app.screen = app.compare.from.take().unwrap_or(Screen::Home);
    let Some(comparison) = app.view().and_then(|view| view.comparison()) else {
        if action == Action::Back {
            back(app);
        } else if matches!(action, Action::NextRound | Action::PrevRound) {
            app.step_round(action == Action::PrevRound);
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
        Action::NextView | Action::PrevView => {
            state.view = match state.view {
                CompareView::Chart => CompareView::Table,
                CompareView::Table => CompareView::Chart,
            };
        }
        Action::NextRound | Action::PrevRound => {
            app.step_round(action == Action::PrevRound);
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
            Some(Err(error)) => crate::words::i18n::errors::describe(app.lang, error),
            _ => texts.no_results.to_string(),
        };
        frame.render_widget(Paragraph::new(message).wrap(Wrap { trim: true }), area);
        return;
    };
    if area.width >= SIDE_BY_SIDE {
        let [left, table] =
            Layout::horizontal([Constraint::Percentage(40), Constraint::Min(60)]).areas(area);
        let benchmark_rows = benchmark_rows(app, comparison, left.width.saturating_sub(2));
        let [list, chart] = Layout::vertical([
            Constraint::Length(
                (comparison.organisations.len() as u16 + 2 + benchmark_rows).min(left.height / 2),
            ),
            Constraint::Min(10),
        ])
        .areas(left);
        let lettered = render_quadrant(app, frame, chart, comparison);
        render_partners(app, frame, list, comparison, lettered);
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
                // The list is the chart's legend: as wide as its longest name needs, up to
                // half the width.
                let longest = comparison
                    .organisations
                    .iter()
                    .map(|o| text::width(&partner_name(app, o)))
                    .max()
                    .unwrap_or(0);
                let list_width = (longest as u16 + 8).clamp(20, body.width / 2);
                let [list, chart] =
                    Layout::horizontal([Constraint::Length(list_width), Constraint::Min(30)])
                        .areas(body);
                let lettered = render_quadrant(app, frame, chart, comparison);
                render_partners(app, frame, list, comparison, lettered);
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

/// A partner's name as the list and the legend show it: short, marked indicative under three
/// respondents.
fn partner_name(app: &App, organisation: &OrganisationResult) -> String {
    let name = app.view().map_or_else(
        || short_name(&organisation.name),
        |view| view.short_name(&organisation.id),
    );
    format::indicative_name(&name, organisation.scores.respondents, app.lang)
}

/// The benchmark the chart and the table measure against, with its illustrative flag.
fn benchmark_line(app: &App, comparison: &Comparison) -> Line<'static> {
    Line::from(vec![
        Span::styled(
            format!("{} ", quadrant::BENCHMARK_MARKER),
            theme().benchmark,
        ),
        Span::styled(format::benchmark_line(comparison, app.lang), theme().dim),
    ])
}

/// The rows the benchmark line takes wrapped to `width`.
fn benchmark_rows(app: &App, comparison: &Comparison, width: u16) -> u16 {
    scroll::wrapped_height(&[benchmark_line(app, comparison)], width.max(1)) as u16
}

/// The partners to choose, with their letters when the chart uses letters, and the
/// benchmark under them: the chart's legend.
fn render_partners(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    comparison: &Comparison,
    lettered: bool,
) {
    let texts = app.texts();
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {} ", texts.partners), theme().title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [list_area, benchmark_area] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(benchmark_rows(app, comparison, inner.width)),
    ])
    .areas(inner);
    let width = usize::from(inner.width);
    let items: Vec<ListItem> = comparison
        .organisations
        .iter()
        .enumerate()
        .map(|(index, organisation)| {
            let chosen = !app.compare.excluded.contains(&organisation.id);
            let mark = if chosen { "[x]" } else { "[ ]" };
            let name = partner_name(app, organisation);
            let plotted = organisation.mean(OPERATIONAL_EFFICIENCY).is_some()
                && organisation.mean(CUSTOMER_EXPERIENCE).is_some();
            let letter = if lettered && chosen && plotted {
                quadrant::letter(index)
            } else {
                ' '
            };
            let mut spans = vec![Span::raw(format!("{mark} "))];
            if lettered {
                spans.push(Span::styled(format!("{letter} "), theme().key));
            }
            let used = spans
                .iter()
                .map(|span| text::width(&span.content))
                .sum::<usize>();
            // The list is the chart's legend: a name too long for a line goes on under itself
            // rather than being cut.
            let room = width.saturating_sub(used);
            let (first, rest) = text::split_at_space(&name, room);
            spans.push(Span::raw(first));
            let mut lines = vec![Line::from(spans)];
            if !rest.is_empty() {
                lines.push(Line::raw(format!(
                    "{}{}",
                    " ".repeat(used),
                    text::truncate(&rest, room)
                )));
            }
            ListItem::new(lines)
        })
        .collect();
    let list = List::new(items).highlight_style(theme().selected);
    let mut state = ListState::default().with_selected(Some(app.compare.cursor));
    frame.render_stateful_widget(list, list_area, &mut state);
    frame.render_widget(
        Paragraph::new(benchmark_line(app, comparison)).wrap(Wrap { trim: true }),
        benchmark_area,
    );
}

/// Draws the chosen partners in the quadrant; true when their markers are letters, which the
/// partner list then shows.
fn render_quadrant(app: &App, frame: &mut Frame, area: Rect, comparison: &Comparison) -> bool {
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
        app.lang,
    );
    quadrant::render(
        frame,
        area,
        comparison,
        &app.data.questionnaire,
        app.lang,
        &points,
        texts.quadrant,
        quadrant::LegendPlace::Outside,
    )
    .lettered
}
