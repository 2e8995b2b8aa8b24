//! The help popup: every key of the current screen and the global ones, from the key table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};

use super::App;
use super::chrome::centered;
use super::footer::shown_keys;
use super::keymap::{self, Context};
use super::theme::theme;

pub fn render(app: &App, frame: &mut Frame, area: Rect, scroll: u16) {
    let texts = app.texts();
    // The help describes the screen underneath, not itself.
    let under = app.screen_contexts();
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{}: ", texts.workspace), theme().dim),
            Span::raw(app.workspace_label.clone()),
        ]),
        Line::default(),
        Line::styled(texts.help_this_screen, theme().header),
    ];
    let describe = |context: Context, lines: &mut Vec<Line<'_>>| {
        for binding in keymap::bindings_for(context).filter(|b| app.offers(b.action)) {
            if let Some(keys) =
                shown_keys(binding, &under, &app.data.questionnaire.answer_scale, false)
            {
                lines.push(Line::from(vec![
                    Span::styled(format!("  {keys:<10}"), theme().key),
                    Span::raw((binding.label)(texts)),
                ]));
            }
        }
    };
    for context in &under {
        describe(*context, &mut lines);
    }
    lines.push(Line::default());
    lines.push(Line::styled(texts.help_everywhere, theme().header));
    describe(Context::Global, &mut lines);
    lines.push(Line::from(vec![
        Span::styled(format!("  {:<10}", "Ctrl-C"), theme().key),
        Span::raw(texts.key_quit),
    ]));
    let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
    let popup = centered(area, 64, height);
    frame.render_widget(Clear, popup);
    super::scroll::render(
        frame,
        popup,
        lines,
        Block::default().borders(Borders::ALL).title(Span::styled(
            format!(" {} ", texts.help_title),
            theme().title,
        )),
        scroll,
        &app.help_limit,
        texts.meeting.more_below,
    );
}
