//! The home screen: the organisations of the round with their scores, the questionnaires not
//! yet finished, damaged files; on an empty workspace, the two ways to begin.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, List, ListItem, ListState, Paragraph, Row, Table, TableState, Wrap,
};

use super::app::{App, Screen, Status};
use super::keymap::Action;
use super::theme::theme;
use super::{new_assessment, questionnaire};
use crate::words::format;
use crate::words::i18n::{format_score, tui::TuiTexts};

/// Which list on the home screen has the cursor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HomeFocus {
    #[default]
    Organisations,
    Unfinished,
}

/// The home screen's cursor positions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HomeState {
    pub focus: HomeFocus,
    /// Index into the organisations.
    pub organisation: usize,
    /// Index into the unfinished assessments.
    pub unfinished: usize,
}

pub fn on_action(app: &mut App, action: Action) {
    let organisations = app.data.organisations.len();
    let unfinished = app.unfinished.len();
    match action {
        Action::Up => match app.home.focus {
            HomeFocus::Organisations => {
                app.home.organisation = app.home.organisation.saturating_sub(1)
            }
            HomeFocus::Unfinished => app.home.unfinished = app.home.unfinished.saturating_sub(1),
        },
        Action::Down => match app.home.focus {
            HomeFocus::Organisations => {
                app.home.organisation =
                    (app.home.organisation + 1).min(organisations.saturating_sub(1));
            }
            HomeFocus::Unfinished => {
                app.home.unfinished = (app.home.unfinished + 1).min(unfinished.saturating_sub(1));
            }
        },
        Action::SwitchFocus => {
            app.home.focus = match app.home.focus {
                HomeFocus::Organisations if unfinished > 0 => HomeFocus::Unfinished,
                _ => HomeFocus::Organisations,
            };
        }
        Action::Confirm => match app.home.focus {
            HomeFocus::Unfinished => continue_unfinished(app),
            HomeFocus::Organisations if app.is_empty() => new_assessment::start_form(app, false),
            HomeFocus::Organisations => open_results(app),
        },
        Action::NewAssessment => new_assessment::start_form(app, false),
        Action::NewGroupSession => new_assessment::start_form(app, true),
        Action::Continue => continue_unfinished(app),
        Action::Results => open_results(app),
        Action::Agenda => super::agenda::open(app),
        Action::Compare if !app.is_empty() => super::compare::open(app),
        Action::NextRound | Action::PrevRound => app.step_round(action == Action::PrevRound),
        Action::LoadDemo => load_demo(app),
        _ => {}
    }
}

fn continue_unfinished(app: &mut App) {
    let Some(&index) = app
        .unfinished
        .get(app.home.unfinished)
        .or_else(|| app.unfinished.first())
    else {
        return;
    };
    let assessment = app.data.assessments[index].assessment.clone();
    questionnaire::open(app, assessment);
}

fn open_results(app: &mut App) {
    let Some(organisation) = app.data.organisations.get(app.home.organisation) else {
        return;
    };
    app.results.organisation = Some(organisation.id.clone());
    app.screen = Screen::Results;
}

fn load_demo(app: &mut App) {
    if !app.is_empty() {
        return;
    }
    let written = crate::ingest::demo::write_demo(&app.workspace, &app.data.questionnaire)
        .and_then(|_| app.reload());
    app.status = Some(match written {
        Ok(()) => Status::Info(app.texts().demo_loaded.to_string()),
        Err(error) => Status::Error(crate::words::i18n::errors::describe(app.lang, &error)),
    });
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let problems = problem_lines(app);
    // Each problem wraps to the width, so its file, place and reason are all readable.
    let inner_width = usize::from(area.width.saturating_sub(2).max(1));
    let wrapped: usize = problems
        .iter()
        .map(|line| line.width().div_ceil(inner_width).max(1))
        .sum();
    let problem_height = if problems.is_empty() {
        0
    } else {
        (wrapped.min(6) as u16 + 2).min(area.height / 3).max(3)
    };
    let [main, damaged] =
        Layout::vertical([Constraint::Min(6), Constraint::Length(problem_height)]).areas(area);
    if app.is_empty() {
        render_welcome(app, frame, main);
    } else {
        let unfinished_height = (app.unfinished.len().max(1) as u16 + 2)
            .min(main.height / 3)
            .max(3);
        let [table, unfinished] =
            Layout::vertical([Constraint::Min(4), Constraint::Length(unfinished_height)])
                .areas(main);
        render_organisations(app, frame, table);
        render_unfinished(app, frame, unfinished);
    }
    if !problems.is_empty() {
        let texts = app.texts();
        frame.render_widget(
            Paragraph::new(problems).wrap(Wrap { trim: false }).block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(theme().error)
                    .title(Span::styled(
                        format!(" {} ", texts.damaged_title),
                        theme().error,
                    )),
            ),
            damaged,
        );
    }
}

/// One line per file that could not be used: where, and why in the reader's language.
fn problem_lines(app: &App) -> Vec<Line<'static>> {
    app.data
        .problems
        .iter()
        .map(|problem| {
            let file = app.relative(&problem.file);
            Line::raw(format!(
                "✗ {file}:{}:{}: {}",
                problem.line,
                problem.column,
                crate::words::i18n::yaml::problem(app.lang, problem)
            ))
        })
        .collect()
}

fn render_welcome(app: &App, frame: &mut Frame, area: Rect) {
    let texts = app.texts();
    let questionnaire = &app.data.questionnaire;
    let option = |key: &'static str, text: &'static str| {
        Line::from(vec![
            Span::raw("  "),
            Span::styled(format!(" {key} "), theme().selected),
            Span::raw("  "),
            Span::raw(text),
        ])
    };
    let lines = vec![
        Line::styled(questionnaire.title.get(app.lang).to_string(), theme().title),
        Line::default(),
        Line::raw(texts.empty_text),
        Line::default(),
        option("n", texts.empty_start),
        Line::default(),
        option("d", texts.empty_demo),
        Line::default(),
        Line::styled(
            questionnaire.description.get(app.lang).to_string(),
            theme().dim,
        ),
    ];
    // Cut on a small terminal, the introduction says so and where to read all of it.
    super::scroll::render(
        frame,
        area,
        lines,
        Block::default().borders(Borders::ALL).title(Span::styled(
            format!(" {} ", texts.empty_title),
            theme().title,
        )),
        0,
        &super::scroll::ScrollLimit::default(),
        texts.more_in_help,
    );
}

fn score(app: &App, value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), |value| format_score(app.lang, value))
}

fn render_organisations(app: &App, frame: &mut Frame, area: Rect) {
    let texts: &TuiTexts = app.texts();
    let header = Row::new([
        texts.organisation,
        texts.respondents,
        texts.completeness,
        texts.customer,
        texts.operations,
        texts.quadrant,
    ])
    .style(theme().header);
    let narrow = area.width < 100;
    // The name column as wide as the longest name needs, up to half the table (a
    // quarter when narrow); a longer name is cut with "…", never silently.
    let shown_name = |name: &str| {
        if narrow {
            super::quadrant::short_name(name)
        } else {
            name.to_string()
        }
    };
    let longest = app
        .view()
        .map(|view| {
            view.rows
                .iter()
                .map(|row| super::text::width(&shown_name(&row.name)))
                .max()
                .unwrap_or(0)
        })
        .unwrap_or(0);
    let name_width = longest
        .max(super::text::width(texts.organisation))
        .min(usize::from(area.width) / if narrow { 4 } else { 2 })
        .max(12);
    // What the quadrant column gets: the rest of the row after the borders, the highlight
    // mark, the fixed columns and the gaps between the six columns.
    let fixed = name_width + if narrow { 5 + 8 + 6 + 8 } else { 5 + 8 + 8 + 8 };
    let quadrant_room = usize::from(area.width).saturating_sub(2 + 2 + 5 + fixed);
    let rows: Vec<Row> = match app.view() {
        Some(view) => view
            .rows
            .iter()
            .map(|row| {
                let quadrant = row
                    .quadrant
                    .and_then(|q| app.data.questionnaire.quadrant(q))
                    .map(|def| {
                        crate::words::format::bordered(
                            def.name.get(app.lang),
                            &row.border,
                            app.lang,
                        )
                    });
                let name = super::text::truncate(&shown_name(&row.name), name_width);
                if row.respondents == 0 {
                    Row::new(vec![
                        name,
                        "0".into(),
                        String::new(),
                        String::new(),
                        String::new(),
                        texts.no_answers_yet.to_string(),
                    ])
                    .style(theme().dim)
                } else {
                    Row::new(vec![
                        name,
                        row.respondents.to_string(),
                        row.completeness
                            .map_or_else(String::new, |c| format!("{:.0}%", c * 100.0)),
                        score(app, row.customer_experience),
                        score(app, row.operational_efficiency),
                        super::text::truncate(
                            &quadrant.unwrap_or_else(|| {
                                crate::words::i18n::domain::texts(app.lang)
                                    .insufficient
                                    .to_string()
                            }),
                            quadrant_room,
                        ),
                    ])
                }
            })
            .collect(),
        None => Vec::new(),
    };
    let footer = app
        .view()
        .map(|view| match &view.comparison {
            Ok(comparison) => format!(
                "{}: {} · {}: {}",
                texts.benchmark,
                format::benchmark_line(comparison, app.lang),
                texts.cutoff,
                format::cutoff_line(comparison, app.lang)
            ),
            Err(error) => crate::words::i18n::errors::describe(app.lang, error),
        })
        .unwrap_or_default();
    // The benchmark and the cut-off in full, wrapped under the table rather than cut in its
    // border.
    let note = vec![Line::styled(footer, theme().dim)];
    let note_height = super::scroll::wrapped_height(&note, area.width) as u16;
    let [area, note_area] = Layout::vertical([
        Constraint::Min(4),
        Constraint::Length(note_height.min(area.height / 3)),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(note).wrap(Wrap { trim: true }), note_area);
    // Narrow: short names keep a fixed width and the quadrant takes what is left.
    let name_column = Constraint::Length(name_width as u16);
    let widths = if narrow {
        [
            name_column,
            Constraint::Length(5),
            Constraint::Length(8),
            Constraint::Length(6),
            Constraint::Length(8),
            Constraint::Fill(1),
        ]
    } else {
        [
            name_column,
            Constraint::Length(5),
            Constraint::Length(8),
            Constraint::Length(8),
            Constraint::Length(8),
            Constraint::Fill(1),
        ]
    };
    let table = Table::new(rows, widths)
        .header(header)
        .row_highlight_style(if app.home.focus == HomeFocus::Organisations {
            theme().selected
        } else {
            theme().dim
        })
        .highlight_symbol("▶ ")
        .block(Block::default().borders(Borders::ALL).title(Span::styled(
            format!(" {} ", texts.home_title),
            theme().title,
        )));
    let mut state = TableState::default().with_selected(Some(app.home.organisation));
    frame.render_stateful_widget(table, area, &mut state);
}

fn render_unfinished(app: &App, frame: &mut Frame, area: Rect) {
    let texts = app.texts();
    let total = app.item_order.len();
    let items: Vec<ListItem> = if app.unfinished.is_empty() {
        vec![ListItem::new(Line::styled(
            texts.none_unfinished,
            theme().dim,
        ))]
    } else {
        app.unfinished
            .iter()
            .map(|&index| {
                let assessment = &app.data.assessments[index].assessment;
                let organisation = app
                    .data
                    .organisation(&assessment.organisation)
                    .map_or(assessment.organisation.as_str(), |o| o.name.as_str());
                let round = app
                    .data
                    .round(&assessment.round)
                    .map_or(assessment.round.as_str(), |r| r.label());
                let given = app
                    .item_order
                    .iter()
                    .filter(|id| assessment.answers.contains_key(*id))
                    .count();
                ListItem::new(format!(
                    "{} · {} · {} · {given}/{total} {}",
                    assessment.respondent, organisation, round, texts.answered
                ))
            })
            .collect()
    };
    let list = List::new(items)
        .highlight_symbol("▶ ")
        .highlight_style(if app.home.focus == HomeFocus::Unfinished {
            theme().selected
        } else {
            theme().dim
        })
        .block(Block::default().borders(Borders::ALL).title(Span::styled(
            format!(" {} ", texts.unfinished_title),
            theme().title,
        )));
    let selected = (!app.unfinished.is_empty()).then_some(app.home.unfinished);
    let mut state = ListState::default().with_selected(selected);
    frame.render_stateful_widget(list, area, &mut state);
}
