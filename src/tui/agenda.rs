//! The improvement agenda in a meeting: every action of the register with its characteristic,
//! owner, due date and status, overdue ones marked; a filter for open and overdue actions, and
//! one key that moves the selected action to its next status, saved at once like an answer.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::app::{App, Screen, Status};
use super::keymap::Action;
use super::text::truncate;
use super::theme::theme;
use crate::model::action::{Action as ImprovementAction, ActionStatus};
use crate::render::actions::{organisation_name, status_text};
use crate::store::clock;
use crate::words::i18n::actions::{agenda_screen_texts, status_name, texts};

/// Which actions the agenda shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AgendaFilter {
    #[default]
    All,
    /// Proposed or in progress.
    Open,
    Overdue,
}

impl AgendaFilter {
    fn next(self) -> AgendaFilter {
        match self {
            AgendaFilter::All => AgendaFilter::Open,
            AgendaFilter::Open => AgendaFilter::Overdue,
            AgendaFilter::Overdue => AgendaFilter::All,
        }
    }

    fn admits(self, action: &ImprovementAction, today: jiff::civil::Date) -> bool {
        match self {
            AgendaFilter::All => true,
            AgendaFilter::Open => action.status.is_open(),
            AgendaFilter::Overdue => action.is_overdue(today),
        }
    }
}

/// The selected row and the filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgendaState {
    pub cursor: usize,
    pub filter: AgendaFilter,
}

/// The actions shown, in id order.
fn shown(app: &App) -> Vec<&ImprovementAction> {
    let today = clock::today();
    app.data
        .actions
        .iter()
        .filter(|action| app.agenda.filter.admits(action, today))
        .collect()
}

pub fn open(app: &mut App) {
    app.agenda.cursor = 0;
    app.screen = Screen::Agenda;
}

pub fn on_action(app: &mut App, action: Action) {
    let count = shown(app).len();
    match action {
        Action::Up => app.agenda.cursor = app.agenda.cursor.saturating_sub(1),
        Action::Down => {
            app.agenda.cursor = (app.agenda.cursor + 1).min(count.saturating_sub(1));
        }
        Action::NextView => {
            app.agenda.filter = app.agenda.filter.next();
            app.agenda.cursor = 0;
        }
        Action::Toggle => next_status(app),
        Action::Back => app.screen = Screen::Home,
        _ => {}
    }
}

/// The partner's short name, as the other screens name it, or the cooperation as a whole.
fn short_organisation(app: &App, action: &ImprovementAction) -> String {
    match action
        .organisation
        .as_deref()
        .and_then(|id| app.data.organisation(id))
    {
        Some(org) => org
            .short_name
            .clone()
            .unwrap_or_else(|| crate::model::names::short_name(&org.name)),
        None => match &action.organisation {
            Some(id) => id.clone(),
            None => texts(app.lang).cooperation.to_string(),
        },
    }
}

/// Proposed → in progress → done → dropped → proposed, written at once.
fn next_status(app: &mut App) {
    let Some(mut action) = shown(app).get(app.agenda.cursor).map(|a| (*a).clone()) else {
        return;
    };
    let at = ActionStatus::ALL
        .iter()
        .position(|status| *status == action.status)
        .unwrap_or(0);
    action.status = ActionStatus::ALL[(at + 1) % ActionStatus::ALL.len()];
    match app.workspace.save_action(&action) {
        Ok(_) => {
            app.status = Some(Status::Info((texts(app.lang).status_changed)(
                action.id.as_str(),
                status_name(app.lang, action.status),
            )));
            app.data.put_action(action);
        }
        Err(error) => {
            app.status = Some(Status::Error(crate::words::i18n::errors::describe(
                app.lang, &error,
            )));
        }
    }
    // The action may have left the filter.
    let count = shown(app).len();
    app.agenda.cursor = app.agenda.cursor.min(count.saturating_sub(1));
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let (t, s) = (texts(app.lang), agenda_screen_texts(app.lang));
    let th = theme();
    let today = clock::today();
    let filter = match app.agenda.filter {
        AgendaFilter::All => s.all,
        AgendaFilter::Open => s.open,
        AgendaFilter::Overdue => s.overdue,
    };
    let title = format!(" {} · {filter} ", s.title);
    let block = Block::default().borders(Borders::ALL).title(title);
    let actions = shown(app);
    let mut lines = Vec::new();
    if actions.is_empty() {
        lines.push(Line::from(Span::styled(s.empty, th.dim)));
    } else {
        let width = usize::from(area.width.saturating_sub(2));
        let header = row(
            [
                t.id,
                t.organisation,
                t.scale,
                t.action,
                t.owner,
                t.due,
                t.status,
            ]
            .map(String::from),
            width,
        );
        lines.push(Line::from(Span::styled(header, th.header)));
        for (index, action) in actions.iter().enumerate() {
            let questionnaire = app.data.questionnaire_of_round(&action.round);
            let cells = [
                action.id.to_string(),
                short_organisation(app, action),
                questionnaire.scale_name(&action.scale, app.lang),
                action.action.clone(),
                action.owner.clone(),
                action.due.to_string(),
                status_text(action, today, app.lang),
            ];
            let style = if index == app.agenda.cursor {
                th.selected
            } else if action.is_overdue(today) {
                th.below
            } else {
                th.at
            };
            lines.push(Line::from(Span::styled(row(cells, width), style)));
        }
    }
    let [list, details] = Layout::vertical([Constraint::Min(4), Constraint::Length(7)]).areas(area);
    frame.render_widget(Paragraph::new(lines).block(block), list);
    if let Some(action) = actions.get(app.agenda.cursor) {
        render_details(app, frame, details, action);
    }
}

/// The selected action in full: the table cuts what does not fit.
fn render_details(app: &App, frame: &mut Frame, area: Rect, action: &ImprovementAction) {
    let t = texts(app.lang);
    let th = theme();
    let questionnaire = app.data.questionnaire_of_round(&action.round);
    let field = |label: &str, value: String| {
        Line::from(vec![
            Span::styled(format!("{label}: "), th.dim),
            Span::raw(value),
        ])
    };
    let mut lines = vec![
        field(t.scale, questionnaire.scale_name(&action.scale, app.lang)),
        field(t.action, action.action.clone()),
    ];
    if let Some(finding) = &action.finding {
        lines.push(field(t.finding, finding.clone()));
    }
    lines.push(field(t.owner, action.owner.clone()));
    if let Some(note) = action.notes.last() {
        lines.push(field(t.notes, format!("{}: {}", note.date, note.text)));
    }
    let title = format!(
        " {} · {} ",
        action.id,
        organisation_name(&app.data, action, app.lang)
    );
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(Block::default().borders(Borders::ALL).title(title)),
        area,
    );
}

/// One row in columns that share the width: id, due date and status as wide as they are, the
/// rest split between organisation, characteristic, action and owner.
fn row(cells: [String; 7], width: usize) -> String {
    const GAPS: usize = 2 * 6;
    let fixed = 6 + 11 + 22;
    let rest = width.saturating_sub(fixed + GAPS);
    let share = |percent: usize| (rest * percent / 100).max(4);
    let widths = [6, share(20), share(25), share(40), share(15), 11, 22];
    cells
        .iter()
        .zip(widths)
        .map(|(cell, width)| {
            let cut = truncate(cell, width);
            let pad = width.saturating_sub(crate::tui::text::width(&cut));
            format!("{cut}{}", " ".repeat(pad))
        })
        .collect::<Vec<_>>()
        .join("  ")
        .trim_end()
        .to_string()
}
