//! Drawing the whole screen: the title bar, the screen showing, the status line, the key hints
//! and any popup; or only the request to enlarge a window that is too small.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::{App, Screen};
use crate::tui::{MIN_HEIGHT, MIN_WIDTH};
use crate::tui::{
    action_form, agenda, chrome, compare, footer, group, help, home, new_assessment, questionnaire,
    results,
};

impl App {
    /// Draws the whole screen.
    pub fn render(&self, frame: &mut Frame) {
        let area = frame.area();
        if self.too_small() || area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            chrome::render_too_small(self, frame, area);
            return;
        }
        let [header, body, status, keys] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(10),
            Constraint::Length(1),
            Constraint::Length(2),
        ])
        .areas(area);
        chrome::render_header(self, frame, header);
        match self.screen {
            Screen::Home => home::render(self, frame, body),
            Screen::NewAssessment => new_assessment::render(self, frame, body),
            Screen::Questionnaire => questionnaire::render(self, frame, body),
            Screen::Results => results::render(self, frame, body),
            Screen::Compare => compare::render(self, frame, body),
            Screen::Group => group::render(self, frame, body),
            Screen::Agenda => agenda::render(self, frame, body),
            Screen::ActionForm => action_form::render(self, frame, body),
        }
        chrome::render_status(self, frame, status);
        footer::render(self, frame, keys);
        if let Some(scroll) = self.help {
            // Over the screen's body only: the footer stays readable under the help.
            help::render(self, frame, body, scroll);
        }
        if self.confirm_quit {
            let popup = chrome::centered(area, 60, 5);
            frame.render_widget(Clear, popup);
            frame.render_widget(
                Paragraph::new(self.texts().quit_unsaved)
                    .wrap(Wrap { trim: true })
                    .block(Block::default().borders(Borders::ALL)),
                popup,
            );
        }
    }
}
