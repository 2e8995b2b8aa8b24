//! The key hints under every screen, read from the key table.

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::App;
use super::keymap::{self, Action, Binding, Context};
use super::theme::theme;
use crate::model::questionnaire::AnswerScale;

/// How a binding's keys are shown in a context: its own text, or only the keys that a more
/// specific binding does not take over there (`?` is "don't know" in the questionnaire, so
/// help shows as `F1`). While typing in a text field, letters are text: a global binding
/// offers only its other keys.
pub fn shown_keys(
    binding: &Binding,
    contexts: &[Context],
    scale: &AnswerScale,
    typing: bool,
) -> Option<String> {
    if binding.context != Context::Global {
        return Some(keymap::shown(binding, scale));
    }
    let shadowed = |code: &KeyCode| {
        (typing && matches!(code, KeyCode::Char(_)))
            || keymap::KEYMAP
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

/// One hint: the keys, what they do, and whether it must stay visible (the way out, help).
struct Hint {
    keys: String,
    label: &'static str,
    essential: bool,
}

impl Hint {
    fn width(&self) -> usize {
        crate::tui::text::width(&self.keys) + 1 + crate::tui::text::width(self.label)
    }
}

/// Between hints; three columns wide.
const SEPARATOR: &str = " · ";

/// Which hints fit on `lines` lines of `width` columns, never breaking one: the essential ones
/// first, then the others in table order while they fit. Returns the hints per line.
fn fit(hints: &[Hint], width: usize, lines: usize) -> Vec<Vec<usize>> {
    let mut keep: Vec<bool> = hints.iter().map(|hint| hint.essential).collect();
    for index in 0..hints.len() {
        if keep[index] {
            continue;
        }
        keep[index] = true;
        if layout(hints, &keep, width).len() > lines {
            keep[index] = false;
        }
    }
    let mut rows = layout(hints, &keep, width);
    rows.truncate(lines);
    rows
}

fn layout(hints: &[Hint], keep: &[bool], width: usize) -> Vec<Vec<usize>> {
    let mut rows: Vec<Vec<usize>> = vec![Vec::new()];
    let mut used = 0;
    for (index, hint) in hints.iter().enumerate().filter(|(index, _)| keep[*index]) {
        let needed = hint.width();
        let row = rows.len() - 1;
        if !rows[row].is_empty() && used + 3 + needed > width {
            rows.push(vec![index]);
            used = needed;
        } else {
            used += needed + if rows[row].is_empty() { 0 } else { 3 };
            rows[row].push(index);
        }
    }
    rows
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let contexts = app.contexts();
    let texts = app.texts();
    let scale = &app.data.questionnaire.answer_scale;
    let typing = app.is_typing();
    let bindings = contexts
        .iter()
        .chain(std::iter::once(&Context::Global))
        .flat_map(|context| keymap::bindings_for(*context));
    let hints: Vec<Hint> = bindings
        .filter(|binding| binding.footer || binding.action == Action::LoadDemo)
        .filter(|binding| app.offers(binding.action))
        .filter_map(|binding| {
            let keys = shown_keys(binding, &contexts, scale, typing)?;
            Some(Hint {
                keys,
                label: (binding.label)(texts),
                essential: matches!(binding.action, Action::Back | Action::Quit | Action::Help),
            })
        })
        .collect();
    let rows = fit(&hints, usize::from(area.width), usize::from(area.height));
    let lines: Vec<Line> = rows
        .iter()
        .map(|row| {
            let mut spans = Vec::new();
            for index in row {
                if !spans.is_empty() {
                    spans.push(Span::styled(SEPARATOR, theme().dim));
                }
                spans.push(Span::styled(hints[*index].keys.clone(), theme().key));
                spans.push(Span::raw(" "));
                spans.push(Span::raw(hints[*index].label));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hint(keys: &str, label: &'static str, essential: bool) -> Hint {
        Hint {
            keys: keys.to_string(),
            label,
            essential,
        }
    }

    #[test]
    fn hints_are_never_broken_and_the_way_out_stays() {
        let hints = [
            hint("Tab/↓", "volgend veld", false),
            hint("→", "wijzigen", false),
            hint("Enter", "beginnen", false),
            hint("Esc", "terug", true),
            hint("F1", "help", true),
        ];
        assert_eq!(fit(&hints, 40, 1), vec![vec![0, 3, 4]]);
        assert_eq!(fit(&hints, 40, 2), vec![vec![0, 1], vec![2, 3, 4]]);
        // Narrow: what does not fit is left out, never the way out and help.
        assert_eq!(fit(&hints, 20, 2), vec![vec![0], vec![3, 4]]);
        assert_eq!(fit(&hints, 20, 1), vec![vec![3, 4]]);
    }
}
