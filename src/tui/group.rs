//! The group (workshop) session: the facilitator enters, item by item, the score of every
//! respondent present in one row, so a whole group's assessment is captured in one pass. Each
//! score is written at once to that respondent's own file.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, LineGauge, Paragraph, Row, Table, Wrap};

use super::app::{App, Screen, Status};
use super::keymap::{self, Action, DigitInput};
use super::results::disagreement as results_view;
use super::theme::theme;
use crate::analysis::disagreement;
use crate::model::assessment::{Answer, Assessment};
use crate::model::questionnaire::{Item, Pillar, Scale};

/// Everyone present and where the facilitator is.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupState {
    /// One assessment per person present, in the order typed.
    pub assessments: Vec<Assessment>,
    /// Index of the current item in questionnaire order.
    pub cursor: usize,
    /// The person whose score is typed next.
    pub column: usize,
    /// Asking whether to mark everyone's questionnaire complete.
    pub confirm_finish: bool,
    /// A first digit waiting for a second (on scales with more than nine points).
    pub pending: Option<u8>,
    /// Everyone present has scored the statement: its spread shows before moving on.
    pub reveal: bool,
}

/// Starts a session at the first item someone present has not answered yet. Refused, with
/// the names, when another window or computer has someone's questionnaire open.
pub fn open(app: &mut App, assessments: Vec<Assessment>) {
    if let Some(closed) = assessments
        .iter()
        .find_map(|assessment| app.data.refuse_closed(&assessment.round).err())
    {
        app.close_session();
        app.status = Some(Status::Error(
            crate::words::i18n::actions::closed_read_only(app.lang, &closed),
        ));
        return;
    }
    let elsewhere: Vec<String> = assessments
        .iter()
        .filter(|assessment| !app.hold_open(assessment))
        .map(|assessment| assessment.respondent.clone())
        .collect();
    if !elsewhere.is_empty() {
        app.close_session();
        app.status = Some(Status::Error(format!(
            "{} {}",
            app.texts().meeting.group_open_elsewhere,
            crate::words::i18n::join_names(app.lang, &elsewhere)
        )));
        return;
    }
    let cursor = app
        .item_order
        .iter()
        .position(|id| assessments.iter().any(|a| !a.answers.contains_key(id)))
        .unwrap_or(0);
    app.group = Some(GroupState {
        assessments,
        cursor,
        column: 0,
        confirm_finish: false,
        pending: None,
        reveal: false,
    });
    app.screen = Screen::Group;
}

pub fn on_action(app: &mut App, action: Action, key: &KeyEvent) {
    let count = app.item_order.len();
    let Some(state) = app.group.as_mut() else {
        app.screen = Screen::Home;
        return;
    };
    let people = state.assessments.len();
    if state.confirm_finish {
        match action {
            Action::Confirm => finish(app),
            Action::Back => state.confirm_finish = false,
            Action::NextUnanswered => {
                let first_open = app.item_order.iter().position(|id| {
                    state
                        .assessments
                        .iter()
                        .any(|a| !a.answers.contains_key(id))
                });
                state.confirm_finish = false;
                if let Some(target) = first_open {
                    state.cursor = target;
                    state.column = 0;
                }
            }
            _ => {}
        }
        return;
    }
    let pending = state.pending.take();
    // The spread of the statement just scored shows until the next key moves on; a score
    // typed then is already meant for the next statement.
    if std::mem::take(&mut state.reveal)
        && matches!(
            action,
            Action::Answer | Action::DontKnow | Action::NotApplicable | Action::Down
        )
    {
        if state.cursor + 1 < count {
            state.cursor += 1;
            state.column = 0;
        } else {
            state.confirm_finish = true;
            return;
        }
        if action == Action::Down {
            return;
        }
    }
    match action {
        Action::Answer => {
            let scale = &app.data.questionnaire.answer_scale;
            if let KeyCode::Char(digit) = key.code
                && let Some(digit) = digit.to_digit(10).and_then(|d| u8::try_from(d).ok())
            {
                match keymap::read_digit(scale, pending, digit) {
                    DigitInput::Answer(answer) => record(app, answer),
                    DigitInput::Pending(first) => state.pending = Some(first),
                    DigitInput::Ignored => {}
                }
            }
        }
        Action::DontKnow => record(app, Answer::DontKnow),
        Action::NotApplicable => {
            if app.offers(Action::NotApplicable) {
                record(app, Answer::NotApplicable);
            } else {
                let refused = app.texts().meeting.not_applicable_not_offered;
                app.status = Some(Status::Info(refused.to_string()));
            }
        }
        Action::Left => state.column = state.column.checked_sub(1).unwrap_or(people - 1),
        Action::Right => state.column = (state.column + 1) % people,
        Action::Up => {
            state.cursor = state.cursor.saturating_sub(1);
            state.column = 0;
        }
        // Enter takes a first digit alone (`1` on a 0–10 scale).
        Action::Down if pending.is_some() => {
            if let Some(first) = pending {
                record(app, Answer::Value(first));
            }
        }
        Action::Down => {
            if state.cursor + 1 < count {
                state.cursor += 1;
                state.column = 0;
            } else {
                state.confirm_finish = true;
            }
        }
        Action::Finish => state.confirm_finish = true,
        Action::Back => app.close_session(),
        _ => {}
    }
}

/// Records the score of the person at the cursor, writes their file, and moves on to the next
/// person, or to the next item after the last person.
fn record(app: &mut App, answer: Answer) {
    let Some(state) = app.group.as_mut() else {
        return;
    };
    let id = app.item_order[state.cursor].clone();
    let column = state.column;
    let Some(assessment) = state.assessments.get_mut(column) else {
        return;
    };
    assessment.answers.insert(id, answer);
    let assessment = assessment.clone();
    if !app.store_assessment(&assessment) {
        return;
    }
    let Some(state) = app.group.as_mut() else {
        return;
    };
    if column + 1 < state.assessments.len() {
        state.column = column + 1;
    } else {
        state.reveal = true;
    }
}

fn finish(app: &mut App) {
    let Some(state) = app.group.take() else {
        return;
    };
    let mut all_saved = true;
    for mut assessment in state.assessments.clone() {
        assessment.complete = true;
        all_saved &= app.store_assessment(&assessment);
    }
    if all_saved {
        app.close_session();
        app.status = Some(Status::Info(app.texts().group_saved.to_string()));
    } else {
        app.group = Some(GroupState {
            confirm_finish: false,
            ..state
        });
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(state) = &app.group else {
        return;
    };
    let Some(first) = state.assessments.first() else {
        return;
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(title(app, first), theme().title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [gauge, question, scale, table, hint] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(5),
        Constraint::Length(2),
        Constraint::Length(4),
        Constraint::Length(2),
    ])
    .areas(inner);

    let total = app.item_order.len();
    let done = answered_by_all(app, state);
    render_gauge(app, frame, gauge, (done, total));

    let questionnaire = &app.data.questionnaire;
    let Some(id) = app.item_order.get(state.cursor) else {
        return;
    };
    let (Some(item), Some(place)) = (questionnaire.item(id), questionnaire.item_ref(id)) else {
        return;
    };
    let pillar = &questionnaire.pillars[place.pillar];
    let scale_def = &pillar.scales[place.scale];
    render_question(
        app,
        frame,
        question,
        (pillar, scale_def, item),
        state.cursor,
    );
    render_scale_keys(app, frame, scale, state.pending);
    render_people(app, frame, table, state, id);
    render_hint(app, frame, hint, state, (id, &scale_def.id));

    if state.confirm_finish {
        super::questionnaire::render_finish(app, frame, area, total - done);
    }
}

/// The frame's title: the session, the organisation and the round, from the first person's
/// assessment.
fn title(app: &App, first: &Assessment) -> String {
    let organisation = app
        .data
        .organisation(&first.organisation)
        .map_or(first.organisation.as_str(), |o| o.name.as_str());
    let round = app
        .data
        .round(&first.round)
        .map_or(first.round.as_str(), |r| r.label());
    format!(" {} · {organisation} · {round} ", app.texts().group_title)
}

/// How many items everyone present has answered.
fn answered_by_all(app: &App, state: &GroupState) -> usize {
    app.item_order
        .iter()
        .filter(|id| {
            state
                .assessments
                .iter()
                .all(|a| a.answers.contains_key(*id))
        })
        .count()
}

fn render_gauge(app: &App, frame: &mut Frame, area: Rect, (done, total): (usize, usize)) {
    frame.render_widget(
        LineGauge::default()
            .ratio(if total == 0 {
                0.0
            } else {
                done as f64 / total as f64
            })
            .label(format!("{} {done}/{total}", app.texts().overall))
            .filled_style(theme().gauge),
        area,
    );
}

/// Where the item stands (pillar, characteristic, number) and its statement.
fn render_question(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    (pillar, scale, item): (&Pillar, &Scale, &Item),
    cursor: usize,
) {
    let texts = app.texts();
    let lang = app.lang;
    let total = app.item_order.len();
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled(pillar.name.get(lang).to_string(), theme().dim),
                Span::styled(" › ", theme().dim),
                Span::styled(scale.name.get(lang).to_string(), theme().header),
                Span::styled(
                    format!("  ({} {} {} {total})", texts.item, cursor + 1, texts.of),
                    theme().dim,
                ),
            ]),
            Line::default(),
            Line::styled(item.text.get(lang).to_string(), theme().title),
        ])
        .wrap(Wrap { trim: true }),
        area,
    );
}

/// The keys of the answer scale with their labels, "don't know" and "not applicable", and a
/// first digit waiting for its second.
fn render_scale_keys(app: &App, frame: &mut Frame, area: Rect, pending: Option<u8>) {
    let texts = app.texts();
    let lang = app.lang;
    let answer_scale = &app.data.questionnaire.answer_scale;
    let mut legend: Vec<Span> = answer_scale
        .labels
        .iter()
        .flat_map(|(value, label)| {
            [
                Span::styled(format!("{value} "), theme().key),
                Span::raw(format!("{}  ", label.get(lang))),
            ]
        })
        .collect();
    let dont_know_keys = if answer_scale.min > 0 { "?/0 " } else { "? " };
    legend.push(Span::styled(dont_know_keys, theme().key));
    legend.push(Span::raw(format!("{}  ", answer_scale.dont_know.get(lang))));
    if app.offers(Action::NotApplicable) {
        legend.push(Span::styled("n ", theme().key));
        legend.push(Span::raw(texts.meeting.not_applicable_option));
    }
    if let Some(first) = pending {
        legend.push(Span::styled(
            format!("  {first}_ {} {first}", texts.meeting.pending_digit),
            theme().highlight,
        ));
    }
    frame.render_widget(
        Paragraph::new(Line::from(legend)).wrap(Wrap { trim: true }),
        area,
    );
}

/// A column per person present: the name, and the answer to item `id` so far; the person
/// whose score is typed next is marked.
fn render_people(app: &App, frame: &mut Frame, area: Rect, state: &GroupState, id: &str) {
    let names = Row::new(
        state
            .assessments
            .iter()
            .enumerate()
            .map(|(index, assessment)| {
                let style = if index == state.column {
                    theme().selected
                } else {
                    theme().header
                };
                let pointer = if index == state.column { "▶ " } else { "  " };
                Cell::from(format!("{pointer}{}", assessment.respondent)).style(style)
            }),
    );
    let answers = Row::new(
        state
            .assessments
            .iter()
            .enumerate()
            .map(|(index, assessment)| {
                let text = answer_text(app, assessment.answers.get(id));
                let style = if index == state.column {
                    theme().selected
                } else {
                    theme().highlight
                };
                Cell::from(format!("  {text}")).style(style)
            }),
    );
    let widths = vec![Constraint::Fill(1); state.assessments.len()];
    frame.render_widget(
        Table::new(vec![names, answers], widths).block(Block::default().borders(Borders::TOP)),
        area,
    );
}

/// An answer as the table shows it; `·` for none yet.
fn answer_text(app: &App, answer: Option<&Answer>) -> String {
    match answer {
        Some(Answer::Value(value)) => value.to_string(),
        Some(Answer::DontKnow) => crate::words::i18n::domain::texts(app.lang)
            .dont_know
            .to_string(),
        Some(Answer::NotApplicable) => crate::words::i18n::domain::texts(app.lang)
            .not_applicable
            .to_string(),
        None => "·".to_string(),
    }
}

/// The hint, or, once everyone has scored item `id`, the spread among those present.
fn render_hint(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    state: &GroupState,
    (id, scale_id): (&str, &str),
) {
    if state.reveal {
        // The spread among those present, before the meeting moves on.
        let spread =
            disagreement::spread(&app.data.questionnaire, id, scale_id, &state.assessments);
        frame.render_widget(
            Paragraph::new(vec![
                Line::styled(results_view::summary(app, &spread), theme().header),
                Line::from(results_view::histogram_spans(app, &spread)),
            ])
            .wrap(Wrap { trim: true }),
            area,
        );
    } else {
        frame.render_widget(
            Paragraph::new(Line::styled(app.texts().group_hint, theme().dim))
                .wrap(Wrap { trim: true }),
            area,
        );
    }
}
