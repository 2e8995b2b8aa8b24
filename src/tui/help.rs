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
    // The introduction and the answer scale, to read again at any time.
    let questionnaire = &app.data.questionnaire;
    lines.push(Line::default());
    lines.push(Line::styled(texts.help_about, theme().header));
    lines.push(Line::styled(
        questionnaire.title.get(app.lang).to_string(),
        theme().title,
    ));
    lines.push(Line::raw(
        questionnaire.description.get(app.lang).to_string(),
    ));
    lines.push(Line::default());
    for (value, label) in &questionnaire.answer_scale.labels {
        lines.push(Line::from(vec![
            Span::styled(format!("  {value:<10}"), theme().key),
            Span::raw(label.get(app.lang).to_string()),
        ]));
    }
    lines.push(Line::from(vec![
        Span::styled(format!("  {:<10}", "?"), theme().key),
        Span::raw(
            questionnaire
                .answer_scale
                .dont_know
                .get(app.lang)
                .to_string(),
        ),
    ]));
    // Wider on a large screen, so the introduction reads in fewer lines.
    let width = (area.width.saturating_sub(4)).clamp(64, 96);
    let inner_width = width.saturating_sub(2);
    let height = (super::scroll::wrapped_height(&lines, inner_width) as u16 + 2).min(area.height);
    let popup = centered(area, width, height);
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
