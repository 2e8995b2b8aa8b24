//! The questionnaire, one item at a time: the scale with its labels, progress per pillar,
//! comments, a jump list of sections and a review of open items. Every answer is written at
//! once, so quitting or a crash loses nothing.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Clear, Gauge, LineGauge, List, ListItem, ListState, Paragraph, Wrap,
};

use super::app::{App, Screen, Status};
use super::chrome::centered;
use super::keymap::{self, Action, Context, DigitInput};
use super::theme::theme;
use crate::model::assessment::{Answer, Assessment};
use crate::model::questionnaire::Questionnaire;

/// A popup over the questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Popup {
    /// Editing the comment on the current item.
    Comment(String),
    /// The section list, with the selected scale's index in questionnaire order.
    Sections(usize),
    /// Asking whether to mark the questionnaire complete.
    Finish,
    /// Telling that another window or computer has this questionnaire open.
    OpenElsewhere,
}

impl Popup {
    pub fn context(&self) -> Context {
        match self {
            Popup::Comment(_) => Context::Comment,
            Popup::Sections(_) => Context::Sections,
            Popup::Finish => Context::Confirm,
            Popup::OpenElsewhere => Context::OpenElsewhere,
        }
    }
}

/// One respondent filling in the questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionnaireState {
    pub assessment: Assessment,
    /// Index of the current item in questionnaire order.
    pub cursor: usize,
    /// The option highlighted on the scale ("don't know" and "not applicable" last); none
    /// while the item has no answer, so Enter cannot answer by accident.
    pub choice: Option<usize>,
    /// A first digit waiting for a second (on scales with more than nine points).
    pub pending: Option<u8>,
    /// Open elsewhere: shown, never saved.
    pub read_only: bool,
    pub popup: Option<Popup>,
}

impl QuestionnaireState {
    pub fn comment_text(&mut self) -> Option<&mut String> {
        match &mut self.popup {
            Some(Popup::Comment(text)) => Some(text),
            _ => None,
        }
    }
}

/// The answers on the scale in order, then "don't know" and "not applicable".
fn options(questionnaire: &Questionnaire) -> Vec<Answer> {
    let scale = &questionnaire.answer_scale;
    (scale.min..=scale.max)
        .map(Answer::Value)
        .chain([Answer::DontKnow, Answer::NotApplicable])
        .collect()
}

/// The option highlighted for an item: its answer, or none.
fn choice_for(app: &App, assessment: &Assessment, cursor: usize) -> Option<usize> {
    let options = options(&app.data.questionnaire);
    app.item_order
        .get(cursor)
        .and_then(|id| assessment.answers.get(id))
        .and_then(|answer| options.iter().position(|o| o == answer))
}

/// Opens a respondent's questionnaire at the first item not yet answered. When another
/// window or computer has it open, says so and offers to view it only.
pub fn open(app: &mut App, assessment: Assessment) {
    let cursor = app
        .item_order
        .iter()
        .position(|id| !assessment.answers.contains_key(id))
        .unwrap_or(0);
    let choice = choice_for(app, &assessment, cursor);
    let held = app.hold_open(&assessment);
    app.questionnaire = Some(QuestionnaireState {
        assessment,
        cursor,
        choice,
        pending: None,
        read_only: !held,
        popup: (!held).then_some(Popup::OpenElsewhere),
    });
    app.screen = Screen::Questionnaire;
}

/// Saves the comment being typed, if any (before quitting with Ctrl-C).
pub fn save_open_comment(app: &mut App) {
    let Some(state) = app.questionnaire.as_ref() else {
        return;
    };
    if let Some(Popup::Comment(text)) = &state.popup
        && !state.read_only
    {
        let text = text.clone();
        save_comment(app, &text);
    }
}

/// Sets (or, when empty, removes) the comment on the current item and writes it.
fn save_comment(app: &mut App, text: &str) {
    let Some(state) = app.questionnaire.as_mut() else {
        return;
    };
    let Some(id) = app.item_order.get(state.cursor).cloned() else {
        return;
    };
    let text = text.trim().to_string();
    if state.assessment.comments.get(&id) == Some(&text)
        || (text.is_empty() && !state.assessment.comments.contains_key(&id))
    {
        state.popup = None;
        return;
    }
    if text.is_empty() {
        state.assessment.comments.remove(&id);
    } else {
        state.assessment.comments.insert(id, text);
    }
    state.popup = None;
    let assessment = state.assessment.clone();
    app.store_assessment(&assessment);
}

/// True (and says why) when the questionnaire is open elsewhere and may not be changed here.
fn refuse_read_only(app: &mut App) -> bool {
    let read_only = app.questionnaire.as_ref().is_some_and(|q| q.read_only);
    if read_only {
        app.status = Some(Status::Error(
            app.texts().meeting.read_only_refused.to_string(),
        ));
    }
    read_only
}

pub fn on_action(app: &mut App, action: Action, key: &KeyEvent) {
    let Some(state) = app.questionnaire.as_mut() else {
        app.screen = Screen::Home;
        return;
    };
    match state.popup.clone() {
        Some(Popup::OpenElsewhere) => match action {
            Action::ReadOnly => state.popup = None,
            Action::Back => app.close_session(),
            _ => {}
        },
        Some(Popup::Comment(text)) => match action {
            Action::Confirm => save_comment(app, &text),
            Action::DeleteChar => {
                if let Some(text) = state.comment_text() {
                    text.pop();
                }
            }
            Action::Back => state.popup = None,
            _ => {}
        },
        Some(Popup::Sections(selected)) => {
            let scales = app.data.questionnaire.scales().count();
            match action {
                Action::Up => state.popup = Some(Popup::Sections(selected.saturating_sub(1))),
                Action::Down => {
                    state.popup = Some(Popup::Sections(
                        (selected + 1).min(scales.saturating_sub(1)),
                    ));
                }
                Action::Confirm => {
                    let target = app
                        .data
                        .questionnaire
                        .scales()
                        .nth(selected)
                        .and_then(|scale| {
                            let first_open = scale
                                .items
                                .iter()
                                .find(|item| !state.assessment.answers.contains_key(&item.id))
                                .or(scale.items.first())?;
                            app.item_order.iter().position(|id| *id == first_open.id)
                        });
                    if let Some(target) = target {
                        go_to(app, target);
                    }
                    if let Some(state) = app.questionnaire.as_mut() {
                        state.popup = None;
                    }
                }
                Action::Back => state.popup = None,
                _ => {}
            }
        }
        Some(Popup::Finish) => match action {
            Action::Confirm if state.read_only => {
                state.popup = None;
                refuse_read_only(app);
            }
            Action::Confirm => finish(app),
            Action::Back => state.popup = None,
            Action::NextUnanswered => {
                let first_open = app
                    .item_order
                    .iter()
                    .position(|id| !state.assessment.answers.contains_key(id));
                state.popup = None;
                if let Some(target) = first_open {
                    go_to(app, target);
                }
            }
            _ => {}
        },
        None => on_item_action(app, action, key),
    }
}

/// Keys on the item itself, no popup open.
fn on_item_action(app: &mut App, action: Action, key: &KeyEvent) {
    let Some(state) = app.questionnaire.as_mut() else {
        return;
    };
    let count = app.item_order.len();
    let pending = state.pending.take();
    match action {
        Action::Answer => {
            let scale = &app.data.questionnaire.answer_scale;
            if let KeyCode::Char(digit) = key.code
                && let Some(digit) = digit.to_digit(10).and_then(|d| u8::try_from(d).ok())
            {
                match keymap::read_digit(scale, pending, digit) {
                    DigitInput::Answer(chosen) => answer(app, chosen),
                    DigitInput::Pending(first) => state.pending = Some(first),
                    DigitInput::Ignored => {}
                }
            }
        }
        Action::DontKnow => answer(app, Answer::DontKnow),
        Action::NotApplicable => answer(app, Answer::NotApplicable),
        Action::Up => {
            let target = state.cursor.saturating_sub(1);
            go_to(app, target);
        }
        Action::Down => {
            if state.cursor + 1 < count {
                let target = state.cursor + 1;
                go_to(app, target);
            } else {
                state.popup = Some(Popup::Finish);
            }
        }
        // From no choice, the arrows start in the middle of the scale.
        Action::Left | Action::Right => {
            let scale = &app.data.questionnaire.answer_scale;
            let middle = usize::from(scale.max - scale.min) / 2;
            let last = options(&app.data.questionnaire).len() - 1;
            state.choice = Some(match (state.choice, action) {
                (None, _) => middle,
                (Some(at), Action::Left) => at.saturating_sub(1),
                (Some(at), _) => (at + 1).min(last),
            });
        }
        Action::Confirm => {
            let chosen = match (pending, state.choice) {
                (Some(first), _) => Some(Answer::Value(first)),
                (None, Some(at)) => options(&app.data.questionnaire).get(at).copied(),
                (None, None) => None,
            };
            match chosen {
                Some(chosen) => answer(app, chosen),
                None => {
                    app.status = Some(Status::Info(app.texts().meeting.choose_first.to_string()));
                }
            }
        }
        Action::Comment if state.read_only => {
            refuse_read_only(app);
        }
        Action::Comment => {
            let id = &app.item_order[state.cursor];
            let existing = state
                .assessment
                .comments
                .get(id)
                .cloned()
                .unwrap_or_default();
            state.popup = Some(Popup::Comment(existing));
        }
        Action::Sections => {
            let id = &app.item_order[state.cursor];
            let at = app
                .data
                .questionnaire
                .scales()
                .position(|scale| scale.items.iter().any(|item| &item.id == id))
                .unwrap_or(0);
            state.popup = Some(Popup::Sections(at));
        }
        Action::NextUnanswered => {
            let open = (1..=count)
                .map(|step| (state.cursor + step) % count)
                .find(|&at| !state.assessment.answers.contains_key(&app.item_order[at]));
            match open {
                Some(target) => go_to(app, target),
                None => app.status = Some(Status::Info(app.texts().no_open_items.to_string())),
            }
        }
        Action::Finish => state.popup = Some(Popup::Finish),
        Action::Back => app.close_session(),
        _ => {}
    }
}

fn go_to(app: &mut App, target: usize) {
    let Some(state) = app.questionnaire.as_ref() else {
        return;
    };
    let choice = choice_for(app, &state.assessment, target);
    if let Some(state) = app.questionnaire.as_mut() {
        state.cursor = target;
        state.choice = choice;
    }
}

/// Records and writes an answer, then moves on; after the last item, offers to finish.
fn answer(app: &mut App, answer: Answer) {
    if refuse_read_only(app) {
        return;
    }
    let Some(state) = app.questionnaire.as_mut() else {
        return;
    };
    let id = app.item_order[state.cursor].clone();
    state.assessment.answers.insert(id, answer);
    let assessment = state.assessment.clone();
    let cursor = state.cursor;
    if !app.store_assessment(&assessment) {
        return;
    }
    if cursor + 1 < app.item_order.len() {
        go_to(app, cursor + 1);
    } else if let Some(state) = app.questionnaire.as_mut() {
        state.popup = Some(Popup::Finish);
    }
}

fn finish(app: &mut App) {
    let Some(state) = app.questionnaire.as_mut() else {
        return;
    };
    state.popup = None;
    state.assessment.complete = true;
    let assessment = state.assessment.clone();
    if app.store_assessment(&assessment) {
        app.status = Some(Status::Info(app.texts().finished.to_string()));
        app.close_session();
    }
}

/// Answered (or "don't know") and total items per pillar, in questionnaire order.
fn progress(app: &App, assessment: &Assessment) -> Vec<(String, usize, usize)> {
    app.data
        .questionnaire
        .pillars
        .iter()
        .map(|pillar| {
            let items = pillar.scales.iter().flat_map(|scale| scale.items.iter());
            let (given, total) = items.fold((0, 0), |(given, total), item| {
                (
                    given + usize::from(assessment.answers.contains_key(&item.id)),
                    total + 1,
                )
            });
            (pillar.name.get(app.lang).to_string(), given, total)
        })
        .collect()
}

fn ratio(given: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        given as f64 / total as f64
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(state) = &app.questionnaire else {
        return;
    };
    let texts = app.texts();
    let questionnaire = &app.data.questionnaire;
    let assessment = &state.assessment;
    let organisation = app
        .data
        .organisation(&assessment.organisation)
        .map_or(assessment.organisation.as_str(), |o| o.name.as_str());
    let round = app
        .data
        .round(&assessment.round)
        .map_or(assessment.round.as_str(), |r| r.label());
    let mut title = format!(" {} · {} · {} ", assessment.respondent, organisation, round);
    if state.read_only {
        title.push_str(&format!("· {} ", texts.meeting.read_only));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(title, theme().title));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let pillars = progress(app, assessment);
    let (given, total) = pillars.iter().fold((0, 0), |(g, t), p| (g + p.1, t + p.2));
    let wide = inner.width >= 100;
    let main = if wide {
        let [side, main] =
            Layout::horizontal([Constraint::Length(32), Constraint::Min(40)]).areas(inner);
        render_progress_column(app, frame, side, &pillars, (given, total));
        main
    } else {
        let [top, main] =
            Layout::vertical([Constraint::Length(2), Constraint::Min(8)]).areas(inner);
        let [overall, per_pillar] =
            Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(top);
        frame.render_widget(
            LineGauge::default()
                .ratio(ratio(given, total))
                .label(format!("{} {given}/{total}", texts.overall))
                .filled_style(theme().gauge),
            overall,
        );
        // Narrow: the overall gauge and the current pillar's.
        let current = app
            .item_order
            .get(state.cursor)
            .and_then(|id| questionnaire.item_ref(id))
            .map_or(0, |place| place.pillar);
        if let Some((name, given, total)) = pillars.get(current) {
            frame.render_widget(
                LineGauge::default()
                    .ratio(ratio(*given, *total))
                    .label(format!("{name} {given}/{total}"))
                    .filled_style(theme().gauge),
                per_pillar,
            );
        }
        main
    };

    let Some(id) = app.item_order.get(state.cursor) else {
        return;
    };
    let (Some(item), Some(place)) = (questionnaire.item(id), questionnaire.item_ref(id)) else {
        return;
    };
    let pillar = &questionnaire.pillars[place.pillar];
    let scale = &pillar.scales[place.scale];
    let current = assessment.answers.get(id);
    let mut lines = vec![
        Line::from(vec![
            Span::styled(pillar.name.get(app.lang).to_string(), theme().dim),
            Span::styled(" › ", theme().dim),
            Span::styled(scale.name.get(app.lang).to_string(), theme().header),
            Span::styled(
                format!("  {}/{}", place.item + 1, scale.items.len()),
                theme().dim,
            ),
        ]),
        Line::styled(
            format!(
                "{} {} {} {}",
                texts.item,
                state.cursor + 1,
                texts.of,
                app.item_order.len()
            ),
            theme().dim,
        ),
        Line::default(),
        Line::styled(item.text.get(app.lang).to_string(), theme().title),
        Line::default(),
    ];
    let dont_know_keys = if questionnaire.answer_scale.min > 0 {
        "?/0".to_string()
    } else {
        "?".to_string()
    };
    for (index, option) in options(questionnaire).iter().enumerate() {
        let (key, label) = match option {
            Answer::Value(value) => (
                value.to_string(),
                questionnaire
                    .answer_scale
                    .label(*value)
                    .map_or("", |t| t.get(app.lang)),
            ),
            Answer::DontKnow => (
                dont_know_keys.clone(),
                questionnaire.answer_scale.dont_know.get(app.lang),
            ),
            Answer::NotApplicable => ("n".to_string(), texts.meeting.not_applicable_option),
        };
        let chosen = current == Some(option);
        let marker = if chosen { "●" } else { "○" };
        let pointer = if Some(index) == state.choice {
            "▶"
        } else {
            " "
        };
        let style = if chosen {
            theme().highlight
        } else {
            ratatui::style::Style::default()
        };
        let mut spans = vec![
            Span::styled(format!(" {pointer} "), theme().key),
            Span::styled(format!("[{key}] "), theme().key),
            Span::styled(format!("{marker} {label}"), style),
        ];
        if chosen {
            spans.push(Span::styled(
                format!("  ← {}", texts.your_answer),
                theme().highlight,
            ));
        }
        lines.push(Line::from(spans));
    }
    if let Some(first) = state.pending {
        lines.push(Line::styled(
            format!(" {first}_  {} {first}", texts.meeting.pending_digit),
            theme().highlight,
        ));
    }
    if let Some(comment) = assessment.comments.get(id) {
        lines.push(Line::default());
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", texts.comment), theme().dim),
            Span::raw(comment.clone()),
        ]));
    }
    // What the characteristic covers helps to judge an item, where there is room for it.
    let description = scale.description.get(app.lang);
    if !description.is_empty() && usize::from(main.height) >= lines.len() + 6 {
        lines.push(Line::default());
        lines.push(Line::styled(
            format!("{}: {description}", scale.name.get(app.lang)),
            theme().dim,
        ));
    }
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }),
        main.inner(ratatui::layout::Margin::new(1, 0)),
    );

    match &state.popup {
        Some(Popup::Comment(text)) => render_comment(app, frame, area, text),
        Some(Popup::Sections(selected)) => render_sections(app, frame, area, *selected),
        Some(Popup::Finish) => render_finish(app, frame, area, total - given),
        Some(Popup::OpenElsewhere) => render_open_elsewhere(app, frame, area),
        None => {}
    }
}

fn render_progress_column(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    pillars: &[(String, usize, usize)],
    (given, total): (usize, usize),
) {
    let texts = app.texts();
    let mut constraints = vec![Constraint::Length(1), Constraint::Length(3)];
    constraints.extend(pillars.iter().map(|_| Constraint::Length(3)));
    constraints.push(Constraint::Min(0));
    let rows = Layout::vertical(constraints).split(area);
    frame.render_widget(
        Paragraph::new(Line::styled(texts.progress, theme().header)),
        rows[0],
    );
    let gauge = |title: String, given: usize, total: usize| {
        Gauge::default()
            .block(Block::default().title(title))
            .gauge_style(theme().gauge)
            .ratio(ratio(given, total))
            .label(format!("{given}/{total}"))
    };
    frame.render_widget(gauge(texts.overall.to_string(), given, total), rows[1]);
    for (index, (name, given, total)) in pillars.iter().enumerate() {
        frame.render_widget(gauge(name.clone(), *given, *total), rows[index + 2]);
    }
}

fn render_comment(app: &App, frame: &mut Frame, area: Rect, text: &str) {
    let texts = app.texts();
    let popup = centered(area, 70, 7);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(format!("{text}▏"))
            .wrap(Wrap { trim: false })
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(Span::styled(
                        format!(" {} ", texts.comment_title),
                        theme().title,
                    ))
                    .title_bottom(format!(" {} ", texts.comment_hint)),
            ),
        popup,
    );
}

fn render_sections(app: &App, frame: &mut Frame, area: Rect, selected: usize) {
    let texts = app.texts();
    let Some(state) = &app.questionnaire else {
        return;
    };
    let questionnaire = &app.data.questionnaire;
    let items: Vec<ListItem> = questionnaire
        .pillars
        .iter()
        .flat_map(|pillar| pillar.scales.iter().map(move |scale| (pillar, scale)))
        .map(|(pillar, scale)| {
            let open = scale
                .items
                .iter()
                .filter(|item| !state.assessment.answers.contains_key(&item.id))
                .count();
            let mark = if open == 0 {
                "✓".to_string()
            } else {
                format!("{open} {}", texts.open_items)
            };
            ListItem::new(Line::from(vec![
                Span::styled(
                    format!("{:<12} ", truncate(pillar.name.get(app.lang), 12)),
                    theme().dim,
                ),
                Span::raw(format!("{:<40} ", truncate(scale.name.get(app.lang), 40))),
                Span::styled(mark, if open == 0 { theme().dim } else { theme().key }),
            ]))
        })
        .collect();
    let height = (items.len() as u16 + 2).min(area.height);
    let popup = centered(area, 72, height);
    frame.render_widget(Clear, popup);
    let list = List::new(items)
        .highlight_style(theme().selected)
        .highlight_symbol("▶ ")
        .block(Block::default().borders(Borders::ALL).title(Span::styled(
            format!(" {} ", texts.sections_title),
            theme().title,
        )));
    let mut list_state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(list, popup, &mut list_state);
}

fn render_open_elsewhere(app: &App, frame: &mut Frame, area: Rect) {
    let texts = app.texts();
    let popup = centered(area, 64, 9);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(texts.meeting.open_elsewhere_text)
            .wrap(Wrap { trim: true })
            .block(Block::default().borders(Borders::ALL).title(Span::styled(
                format!(" {} ", texts.meeting.open_elsewhere_title),
                theme().title,
            ))),
        popup,
    );
}

/// The "finish now?" popup, shared with the group session.
pub(super) fn render_finish(app: &App, frame: &mut Frame, area: Rect, open: usize) {
    let texts = app.texts();
    let text = if open == 0 {
        texts.finish_all_answered.to_string()
    } else {
        format!("{open} {}", texts.finish_some_open)
    };
    let popup = centered(area, 64, 8);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(vec![
            Line::raw(text),
            Line::default(),
            Line::styled(texts.finish_hint, theme().key),
        ])
        .wrap(Wrap { trim: true })
        .block(Block::default().borders(Borders::ALL).title(Span::styled(
            format!(" {} ", texts.finish_title),
            theme().title,
        ))),
        popup,
    );
}

/// Cuts text to at most `width` characters, marking the cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}
