//! The one theme. Colours only reinforce what signs and markers already say, and `NO_COLOR`
//! turns them off; the chosen colours read on dark and light backgrounds alike.

use std::sync::OnceLock;

use ratatui::style::{Color, Modifier, Style};

/// Every style the interface uses.
pub struct Theme {
    pub title: Style,
    pub header: Style,
    pub selected: Style,
    pub dim: Style,
    pub key: Style,
    pub above: Style,
    pub below: Style,
    pub at: Style,
    pub error: Style,
    pub info: Style,
    pub highlight: Style,
    pub benchmark: Style,
    pub gauge: Style,
}

const COLOURED: Theme = Theme {
    title: Style::new().add_modifier(Modifier::BOLD),
    header: Style::new()
        .add_modifier(Modifier::BOLD)
        .add_modifier(Modifier::UNDERLINED),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    dim: Style::new().fg(Color::DarkGray),
    key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    above: Style::new().fg(Color::Green),
    below: Style::new().fg(Color::Red),
    at: Style::new(),
    error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
    info: Style::new().fg(Color::Blue),
    highlight: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
    benchmark: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
    gauge: Style::new().fg(Color::Cyan),
};

const PLAIN: Theme = Theme {
    title: Style::new().add_modifier(Modifier::BOLD),
    header: Style::new()
        .add_modifier(Modifier::BOLD)
        .add_modifier(Modifier::UNDERLINED),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    dim: Style::new(),
    key: Style::new().add_modifier(Modifier::BOLD),
    above: Style::new(),
    below: Style::new(),
    at: Style::new(),
    error: Style::new().add_modifier(Modifier::BOLD),
    info: Style::new(),
    highlight: Style::new().add_modifier(Modifier::BOLD),
    benchmark: Style::new().add_modifier(Modifier::BOLD),
    gauge: Style::new(),
};

/// The theme in force: plain when `NO_COLOR` is set to anything non-empty.
pub fn theme() -> &'static Theme {
    static CHOSEN: OnceLock<&'static Theme> = OnceLock::new();
    CHOSEN.get_or_init(|| {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        if no_color { &PLAIN } else { &COLOURED }
    })
}

/// The background of a heat-table cell for a score (0–100): five bands from low to high. The
/// number is always printed in the cell, so the colour only helps the eye.
pub fn heat(score: f64) -> Style {
    if std::ptr::eq(theme(), &PLAIN) {
        return Style::new();
    }
    let background = match score {
        s if s < 35.0 => Color::Red,
        s if s < 45.0 => Color::LightRed,
        s if s < 55.0 => Color::Yellow,
        s if s < 65.0 => Color::LightGreen,
        _ => Color::Green,
    };
    Style::new().bg(background).fg(Color::Black)
}
