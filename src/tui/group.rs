//! Group session.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::app::{App, Screen};
use super::keymap::Action;
use crate::assessment::Assessment;

#[derive(Clone, Debug, PartialEq)]
pub struct GroupState {
    pub assessments: Vec<Assessment>,
    pub cursor: usize,
    pub column: usize,
    pub confirm_finish: bool,
}

pub fn open(app: &mut App, assessments: Vec<Assessment>) {
    app.group = Some(GroupState { assessments, cursor: 0, column: 0, confirm_finish: false });
    app.screen = Screen::Group;
}

pub fn on_action(app: &mut App, action: Action, _key: &KeyEvent) {
    if action == Action::Back {
        app.screen = Screen::Home;
    }
}

pub fn render(_app: &App, _frame: &mut Frame, _area: Rect) {}
