//! The questionnaire, one item at a time: the scale with its labels, progress per pillar,
//! comments, a jump list of sections and a review of open items. Every answer is written at
//! once, so quitting or a crash loses nothing.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::app::{App, Screen, Status};
use super::keymap::{self, Action, Context, DigitInput};
use crate::model::assessment::{Answer, Assessment};
use crate::model::questionnaire::Questionnaire;

mod view;

pub use view::render;
pub(super) use view::render_finish;

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

/// The answers on the scale in order, then "don't know" and, on an item that offers it,
/// "not applicable".
fn options(questionnaire: &Questionnaire, item_id: &str) -> Vec<Answer> {
    let scale = &questionnaire.answer_scale;
    let not_applicable = questionnaire
        .allows_not_applicable_id(item_id)
        .then_some(Answer::NotApplicable);
    (scale.min..=scale.max)
        .map(Answer::Value)
        .chain([Answer::DontKnow])
        .chain(not_applicable)
        .collect()
}

/// The option highlighted for an item: its answer, or none.
fn choice_for(app: &App, assessment: &Assessment, cursor: usize) -> Option<usize> {
    let id = app.item_order.get(cursor)?;
    let options = options(&app.data.questionnaire, id);
    assessment
        .answers
        .get(id)
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
    // A closed round's questionnaire is shown, never changed, and the footer says why.
    if let Err(closed) = app.data.refuse_closed(&assessment.round) {
        app.status = Some(Status::Info(crate::words::i18n::actions::closed_read_only(
            app.lang, &closed,
        )));
        app.questionnaire = Some(QuestionnaireState {
            assessment,
            cursor,
            choice,
            pending: None,
            read_only: true,
            popup: None,
        });
        app.screen = Screen::Questionnaire;
        return;
    }
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

/// True (and says why) when the questionnaire may not be changed here: its round is closed,
/// or it is open elsewhere.
fn refuse_read_only(app: &mut App) -> bool {
    let Some(state) = app.questionnaire.as_ref().filter(|q| q.read_only) else {
        return false;
    };
    let why = match app.data.refuse_closed(&state.assessment.round) {
        Err(closed) => crate::words::i18n::actions::closed_read_only(app.lang, &closed),
        Ok(()) => app.texts().meeting.read_only_refused.to_string(),
    };
    app.status = Some(Status::Error(why));
    true
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
        Action::NotApplicable => {
            if app.offers(Action::NotApplicable) {
                answer(app, Answer::NotApplicable);
            } else {
                let refused = app.texts().meeting.not_applicable_not_offered;
                app.status = Some(Status::Info(refused.to_string()));
            }
        }
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
            let current = app.item_order.get(state.cursor).map_or("", String::as_str);
            let last = options(&app.data.questionnaire, current).len() - 1;
            state.choice = Some(match (state.choice, action) {
                (None, _) => middle,
                (Some(at), Action::Left) => at.saturating_sub(1),
                (Some(at), _) => (at + 1).min(last),
            });
        }
        Action::Confirm => {
            let chosen = match (pending, state.choice) {
                (Some(first), _) => Some(Answer::Value(first)),
                (None, Some(at)) => {
                    let current = app.item_order.get(state.cursor).map_or("", String::as_str);
                    options(&app.data.questionnaire, current).get(at).copied()
                }
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
