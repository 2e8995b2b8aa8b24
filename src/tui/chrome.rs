//! What surrounds every screen: the title bar, the status line, the message on a terminal
//! that is too small, and the placement of popups.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{App, Status};
use super::theme::theme;
use super::{MIN_HEIGHT, MIN_WIDTH};

pub fn render_header(app: &App, frame: &mut Frame, area: Rect) {
    let texts = app.texts();
    let name = app
        .data
        .settings
        .name
        .clone()
        .unwrap_or_else(|| app.workspace_label.clone());
    let round = app
        .round
        .as_ref()
        .and_then(|id| app.data.round(id))
        .map(|round| round.label().to_string())
        .unwrap_or_else(|| texts.no_rounds.to_string());
    let mut spans = Vec::new();
    // The product name only where there is room; the workspace and round matter more.
    if area.width >= 100 {
        spans.extend([
            Span::styled(texts.app_title, theme().title),
            Span::raw("  │  "),
        ]);
    }
    spans.extend([
        Span::styled(name, theme().title),
        Span::raw("  │  "),
        Span::raw(format!("{}: {round}", texts.round)),
        Span::raw("  │  "),
        Span::raw(app.lang.code().to_uppercase()),
    ]);
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

pub fn render_status(app: &App, frame: &mut Frame, area: Rect) {
    let line = match &app.status {
        Some(Status::Info(text)) => Line::styled(text.as_str(), theme().info),
        Some(Status::Error(text)) => Line::styled(format!("⚠ {text}"), theme().error),
        None => Line::default(),
    };
    frame.render_widget(Paragraph::new(line), area);
}

pub fn render_too_small(app: &App, frame: &mut Frame, area: Rect) {
    let text = format!(
        "{} {MIN_WIDTH}×{MIN_HEIGHT} ({}×{})",
        app.texts().too_small,
        area.width,
        area.height
    );
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

/// A rectangle of at most `width`×`height` in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}
