//! Drawing the questionnaire: progress per pillar, the statement with its scale, and the
//! popups (comment, sections, finishing, open elsewhere).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Clear, Gauge, LineGauge, List, ListItem, ListState, Paragraph, Wrap,
};

use super::{Popup, QuestionnaireState, options};
use crate::model::assessment::{Answer, Assessment};
use crate::tui::app::App;
use crate::tui::chrome::centered;
use crate::tui::text::truncate;
use crate::tui::theme::theme;

/// Answered (or "don't know") and total items per pillar, in questionnaire order.
fn progress(app: &App, assessment: &Assessment) -> Vec<(String, usize, usize)> {
    app.data
        .questionnaire
        .pillars
        .iter()
        .map(|pillar| {
            let items = pillar.scales.iter().flat_map(|scale| scale.items.iter());
            let (given, total) = items.fold((0, 0), |(given, total), item| {
                (
                    given + usize::from(assessment.answers.contains_key(&item.id)),
                    total + 1,
                )
            });
            (pillar.name.get(app.lang).to_string(), given, total)
        })
        .collect()
}

fn ratio(given: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        given as f64 / total as f64
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(state) = &app.questionnaire else {
        return;
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(title(app, state), theme().title));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let pillars = progress(app, &state.assessment);
    let (given, total) = pillars.iter().fold((0, 0), |(g, t), p| (g + p.1, t + p.2));
    let wide = inner.width >= 100;
    let main = if wide {
        let [side, main] =
            Layout::horizontal([Constraint::Length(32), Constraint::Min(40)]).areas(inner);
        render_progress_column(app, frame, side, &pillars, (given, total));
        main
    } else {
        let [top, main] =
            Layout::vertical([Constraint::Length(2), Constraint::Min(8)]).areas(inner);
        render_progress_lines(app, frame, top, &pillars, (given, total), state.cursor);
        main
    };

    let Some(id) = app.item_order.get(state.cursor) else {
        return;
    };
    let Some(lines) = item_lines(app, state, id, main.height) else {
        return;
    };
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }),
        main.inner(ratatui::layout::Margin::new(1, 0)),
    );

    match &state.popup {
        Some(Popup::Comment(text)) => render_comment(app, frame, area, text),
        Some(Popup::Sections(selected)) => render_sections(app, frame, area, *selected),
        Some(Popup::Finish) => render_finish(app, frame, area, total - given),
        Some(Popup::OpenElsewhere) => render_open_elsewhere(app, frame, area),
        None => {}
    }
}

/// The frame's title: respondent, organisation, round and whether the answers are only shown.
fn title(app: &App, state: &QuestionnaireState) -> String {
    let assessment = &state.assessment;
    let organisation = app
        .data
        .organisation(&assessment.organisation)
        .map_or(assessment.organisation.as_str(), |o| o.name.as_str());
    let round = app
        .data
        .round(&assessment.round)
        .map_or(assessment.round.as_str(), |r| r.label());
    let mut title = format!(" {} · {} · {} ", assessment.respondent, organisation, round);
    if state.read_only {
        title.push_str(&format!("· {} ", app.texts().meeting.read_only));
    }
    title
}

/// Narrow: the overall gauge and the gauge of the pillar at `cursor`, one line each.
fn render_progress_lines(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    pillars: &[(String, usize, usize)],
    (given, total): (usize, usize),
    cursor: usize,
) {
    let [overall, per_pillar] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    frame.render_widget(
        LineGauge::default()
            .ratio(ratio(given, total))
            .label(format!("{} {given}/{total}", app.texts().overall))
            .filled_style(theme().gauge),
        overall,
    );
    let current = app
        .item_order
        .get(cursor)
        .and_then(|id| app.data.questionnaire.item_ref(id))
        .map_or(0, |place| place.pillar);
    if let Some((name, given, total)) = pillars.get(current) {
        frame.render_widget(
            LineGauge::default()
                .ratio(ratio(*given, *total))
                .label(format!("{name} {given}/{total}"))
                .filled_style(theme().gauge),
            per_pillar,
        );
    }
}

/// Everything about item `id` in an area `height` rows high: where it stands, the statement
/// and its explanation, the options, a first digit waiting, the comment and, where there is
/// room, what the characteristic covers. `None` for an item the questionnaire lacks.
fn item_lines<'a>(
    app: &'a App,
    state: &'a QuestionnaireState,
    id: &str,
    height: u16,
) -> Option<Vec<Line<'a>>> {
    let texts = app.texts();
    let questionnaire = &app.data.questionnaire;
    let (Some(item), Some(place)) = (questionnaire.item(id), questionnaire.item_ref(id)) else {
        return None;
    };
    let pillar = &questionnaire.pillars[place.pillar];
    let scale = &pillar.scales[place.scale];
    let mut lines = vec![
        Line::from(vec![
            Span::styled(pillar.name.get(app.lang).to_string(), theme().dim),
            Span::styled(" › ", theme().dim),
            Span::styled(scale.name.get(app.lang).to_string(), theme().header),
            Span::styled(
                format!("  {}/{}", place.item + 1, scale.items.len()),
                theme().dim,
            ),
        ]),
        Line::styled(
            format!(
                "{} {} {} {}",
                texts.item,
                state.cursor + 1,
                texts.of,
                app.item_order.len()
            ),
            theme().dim,
        ),
        Line::default(),
        Line::styled(item.text.get(app.lang).to_string(), theme().title),
    ];
    // A term that needs it is explained right under the statement.
    if let Some(help) = &item.help {
        lines.push(Line::styled(help.get(app.lang).to_string(), theme().dim));
    }
    lines.push(Line::default());
    lines.extend(option_lines(app, state, id));
    if let Some(first) = state.pending {
        lines.push(Line::styled(
            format!(" {first}_  {} {first}", texts.meeting.pending_digit),
            theme().highlight,
        ));
    }
    if let Some(comment) = state.assessment.comments.get(id) {
        lines.push(Line::default());
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", texts.comment), theme().dim),
            Span::raw(comment.clone()),
        ]));
    }
    // What the characteristic covers helps to judge an item, where there is room for it.
    let description = scale.description.get(app.lang);
    if !description.is_empty() && usize::from(height) >= lines.len() + 6 {
        lines.push(Line::default());
        lines.push(Line::styled(
            format!("{}: {description}", scale.name.get(app.lang)),
            theme().dim,
        ));
    }
    Some(lines)
}

/// A line per option with its key: the highlighted one pointed at, the answer given marked.
fn option_lines<'a>(app: &'a App, state: &QuestionnaireState, id: &str) -> Vec<Line<'a>> {
    let texts = app.texts();
    let questionnaire = &app.data.questionnaire;
    let current = state.assessment.answers.get(id);
    let dont_know_keys = if questionnaire.answer_scale.min > 0 {
        "?/0".to_string()
    } else {
        "?".to_string()
    };
    let mut lines = Vec::new();
    for (index, option) in options(questionnaire, id).iter().enumerate() {
        let (key, label) = match option {
            Answer::Value(value) => (
                value.to_string(),
                questionnaire
                    .answer_scale
                    .label(*value)
                    .map_or("", |t| t.get(app.lang)),
            ),
            Answer::DontKnow => (
                dont_know_keys.clone(),
                questionnaire.answer_scale.dont_know.get(app.lang),
            ),
            Answer::NotApplicable => ("n".to_string(), texts.meeting.not_applicable_option),
        };
        let chosen = current == Some(option);
        let marker = if chosen { "●" } else { "○" };
        let pointer = if Some(index) == state.choice {
            "▶"
        } else {
            " "
        };
        let style = if chosen {
            theme().highlight
        } else {
            ratatui::style::Style::default()
        };
        let mut spans = vec![
            Span::styled(format!(" {pointer} "), theme().key),
            Span::styled(format!("[{key}] "), theme().key),
            Span::styled(format!("{marker} {label}"), style),
        ];
        if chosen {
            spans.push(Span::styled(
                format!("  ← {}", texts.your_answer),
                theme().highlight,
            ));
        }
        lines.push(Line::from(spans));
    }
    lines
}

fn render_progress_column(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    pillars: &[(String, usize, usize)],
    (given, total): (usize, usize),
) {
    let texts = app.texts();
    let mut constraints = vec![Constraint::Length(1), Constraint::Length(3)];
    constraints.extend(pillars.iter().map(|_| Constraint::Length(3)));
    constraints.push(Constraint::Min(0));
    let rows = Layout::vertical(constraints).split(area);
    frame.render_widget(
        Paragraph::new(Line::styled(texts.progress, theme().header)),
        rows[0],
    );
    let gauge = |title: String, given: usize, total: usize| {
        Gauge::default()
            .block(Block::default().title(title))
            .gauge_style(theme().gauge)
            .ratio(ratio(given, total))
            .label(format!("{given}/{total}"))
    };
    frame.render_widget(gauge(texts.overall.to_string(), given, total), rows[1]);
    for (index, (name, given, total)) in pillars.iter().enumerate() {
        frame.render_widget(gauge(name.clone(), *given, *total), rows[index + 2]);
    }
}

fn render_comment(app: &App, frame: &mut Frame, area: Rect, text: &str) {
    let texts = app.texts();
    let popup = centered(area, 70, 7);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(format!("{text}▏"))
            .wrap(Wrap { trim: false })
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(Span::styled(
                        format!(" {} ", texts.comment_title),
                        theme().title,
                    ))
                    .title_bottom(format!(" {} ", texts.comment_hint)),
            ),
        popup,
    );
}

fn render_sections(app: &App, frame: &mut Frame, area: Rect, selected: usize) {
    let texts = app.texts();
    let Some(state) = &app.questionnaire else {
        return;
    };
    let questionnaire = &app.data.questionnaire;
    let items: Vec<ListItem> = questionnaire
        .pillars
        .iter()
        .flat_map(|pillar| pillar.scales.iter().map(move |scale| (pillar, scale)))
        .map(|(pillar, scale)| {
            let open = scale
                .items
                .iter()
                .filter(|item| !state.assessment.answers.contains_key(&item.id))
                .count();
            let mark = if open == 0 {
                "✓".to_string()
            } else {
                format!("{open} {}", texts.open_items)
            };
            ListItem::new(Line::from(vec![
                Span::styled(
                    format!("{:<12} ", truncate(pillar.name.get(app.lang), 12)),
                    theme().dim,
                ),
                Span::raw(format!("{:<40} ", truncate(scale.name.get(app.lang), 40))),
                Span::styled(mark, if open == 0 { theme().dim } else { theme().key }),
            ]))
        })
        .collect();
    let height = (items.len() as u16 + 2).min(area.height);
    let popup = centered(area, 72, height);
    frame.render_widget(Clear, popup);
    let list = List::new(items)
        .highlight_style(theme().selected)
        .highlight_symbol("▶ ")
        .block(Block::default().borders(Borders::ALL).title(Span::styled(
            format!(" {} ", texts.sections_title),
            theme().title,
        )));
    let mut list_state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(list, popup, &mut list_state);
}

fn render_open_elsewhere(app: &App, frame: &mut Frame, area: Rect) {
    let texts = app.texts();
    let popup = centered(area, 64, 9);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(texts.meeting.open_elsewhere_text)
            .wrap(Wrap { trim: true })
            .block(Block::default().borders(Borders::ALL).title(Span::styled(
                format!(" {} ", texts.meeting.open_elsewhere_title),
                theme().title,
            ))),
        popup,
    );
}

/// The "finish now?" popup, shared with the group session.
pub(in crate::tui) fn render_finish(app: &App, frame: &mut Frame, area: Rect, open: usize) {
    let texts = app.texts();
    let text = if open == 0 {
        texts.finish_all_answered.to_string()
    } else {
        format!("{open} {}", texts.finish_some_open)
    };
    let popup = centered(area, 64, 8);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(vec![
            Line::raw(text),
            Line::default(),
            // With nothing open, there is no open item to go to.
            Line::styled(
                if open == 0 {
                    texts.finish_hint_all_answered
                } else {
                    texts.finish_hint
                },
                theme().key,
            ),
        ])
        .wrap(Wrap { trim: true })
        .block(Block::default().borders(Borders::ALL).title(Span::styled(
            format!(" {} ", texts.finish_title),
            theme().title,
        ))),
        popup,
    );
}
