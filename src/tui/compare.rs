//! Compare partners.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::app::{App, Screen};
use super::keymap::Action;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompareState {
    pub cursor: usize,
}

pub fn on_action(app: &mut App, action: Action, key: &KeyEvent) {
    match action {
        Action::NextRound => app.step_round(key),
        Action::Back => app.screen = Screen::Home,
        _ => {}
    }
}

pub fn render(_app: &App, _frame: &mut Frame, _area: Rect) {}
