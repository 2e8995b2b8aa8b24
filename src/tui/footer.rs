//! The key hints under every screen, read from the key table.

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::App;
use super::keymap::{self, Binding, Context};
use super::theme::theme;

/// How a binding's keys are shown in a context: its own text, or only the keys that a more
/// specific binding does not take over there (`?` is "don't know" in the questionnaire, so
/// help shows as `F1`).
pub fn shown_keys(binding: &Binding, contexts: &[Context]) -> Option<String> {
    if binding.context != Context::Global {
        return Some(binding.shown.to_string());
    }
    let shadowed = |code: &KeyCode| {
        keymap::KEYMAP
            .iter()
            .any(|other| contexts.contains(&other.context) && other.keys.contains(code))
    };
    let free: Vec<&KeyCode> = binding.keys.iter().filter(|code| !shadowed(code)).collect();
    if free.is_empty() {
        None
    } else if free.len() == binding.keys.len() {
        Some(binding.shown.to_string())
    } else {
        Some(
            free.iter()
                .map(|code| key_name(code))
                .collect::<Vec<_>>()
                .join("/"),
        )
    }
}

fn key_name(code: &KeyCode) -> String {
    match code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(character) => character.to_string(),
        KeyCode::F(number) => format!("F{number}"),
        KeyCode::Enter => "Enter".to_string(),
        KeyCode::Esc => "Esc".to_string(),
        KeyCode::Tab => "Tab".to_string(),
        KeyCode::Up => "↑".to_string(),
        KeyCode::Down => "↓".to_string(),
        KeyCode::Left => "←".to_string(),
        KeyCode::Right => "→".to_string(),
        other => format!("{other:?}"),
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let contexts = app.contexts();
    let texts = app.texts();
    let mut spans = Vec::new();
    let bindings = contexts
        .iter()
        .chain(std::iter::once(&Context::Global))
        .flat_map(|context| keymap::bindings_for(*context));
    for binding in
        bindings.filter(|binding| binding.footer || binding.action == keymap::Action::LoadDemo)
    {
        if !app.offers(binding.action) {
            continue;
        }
        let Some(keys) = shown_keys(binding, &contexts) else {
            continue;
        };
        if !spans.is_empty() {
            spans.push(Span::styled(" · ", theme().dim));
        }
        spans.push(Span::styled(keys, theme().key));
        spans.push(Span::raw(" "));
        spans.push(Span::raw((binding.label)(texts)));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).wrap(Wrap { trim: true }),
        area,
    );
}
