//! Drawing the form, and the question asked when a name is already in use.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::Field;
use crate::model::assessment::Role;
use crate::model::ids::AssessmentKey;
use crate::tui::app::App;
use crate::tui::theme::theme;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let texts = app.texts();
    let form = &app.form;
    let data = &app.data;
    let words = crate::words::i18n::domain::texts(app.lang);
    let title = if form.group {
        texts.form_group_title
    } else {
        texts.form_title
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), theme().title));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    // Labels take a third of the width at most, so a long value stays on its line.
    let label_width = 34.min(usize::from(inner.width) / 3).max(12);
    let mut lines = Vec::new();
    for field in form.fields(data) {
        let focused = field == form.field;
        let (label, value, choice) = match field {
            Field::Organisation => (
                texts.field_organisation,
                data.organisations
                    .get(form.organisation)
                    .map_or(texts.new_organisation_choice.to_string(), |o| {
                        o.name.clone()
                    }),
                true,
            ),
            Field::NewOrganisation => (
                texts.field_new_organisation,
                form.new_organisation.clone(),
                false,
            ),
            Field::Respondent => (
                if form.group {
                    texts.field_respondents
                } else {
                    texts.field_respondent
                },
                form.respondent.clone(),
                false,
            ),
            Field::Role => (
                texts.field_role,
                words
                    .role(Role::ALL.get(form.role).copied().unwrap_or_default())
                    .to_string(),
                true,
            ),
            Field::Round => (
                texts.field_round,
                data.rounds
                    .get(form.round)
                    .map_or(texts.new_round_choice.to_string(), |r| {
                        r.label().to_string()
                    }),
                true,
            ),
            Field::NewRound => (texts.field_new_round, form.new_round.clone(), false),
        };
        let marker = if focused { "▶ " } else { "  " };
        let value = match (choice, focused) {
            (true, _) => format!("◀ {value} ▶"),
            (false, true) => format!("{value}▏"),
            (false, false) => value,
        };
        let value_style = if focused {
            theme().selected
        } else {
            theme().title
        };
        lines.push(Line::from(vec![
            Span::styled(marker, theme().key),
            // Cut to leave at least one space: a label never runs into the value typed.
            Span::raw(format!(
                "{} ",
                crate::tui::text::fit(label, label_width.saturating_sub(1))
            )),
            Span::styled(value, value_style),
        ]));
        lines.push(Line::default());
    }
    if let Some(error) = &form.error {
        lines.push(Line::styled(format!("⚠ {error}"), theme().error));
        lines.push(Line::default());
    }
    lines.push(Line::styled(texts.form_hint, theme().dim));
    // Spare lines: the hint wraps on a narrow terminal.
    let height = lines.len() as u16 + 2;
    let [fields, description] =
        Layout::vertical([Constraint::Length(height), Constraint::Min(0)]).areas(inner);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), fields);
    let about = if form.group {
        texts.form_group_hint
    } else {
        data.questionnaire.description.get(app.lang)
    };
    // Cut on a small terminal, the introduction says so and where to read all of it.
    crate::tui::scroll::render(
        frame,
        description.inner(ratatui::layout::Margin::new(0, 1)),
        vec![Line::styled(about.to_string(), theme().dim)],
        ratatui::widgets::Block::default(),
        0,
        &crate::tui::scroll::ScrollLimit::default(),
        texts.more_in_help,
    );
    if let Some(names) = &form.duplicate {
        render_duplicate(app, frame, area, names);
    }
}

/// Asks whether a name already in use is the same person or another one.
fn render_duplicate(app: &App, frame: &mut Frame, area: Rect, names: &[String]) {
    let texts = app.texts();
    let words = crate::words::i18n::domain::texts(app.lang);
    let (organisation, round) = app.form.target_ids(&app.data);
    let total = app.item_order.len();
    let mut lines = vec![Line::raw(texts.meeting.duplicate_intro), Line::default()];
    for name in names {
        let path =
            app.workspace
                .assessment_path(&AssessmentKey::new(&*round, &*organisation, name));
        let state = app.stored(&path).map(|existing| {
            let progress = if existing.complete {
                texts.meeting.completed.to_string()
            } else {
                format!(
                    "{} {} {total}",
                    existing.answers.len(),
                    texts.meeting.answered_of
                )
            };
            format!(" ({}, {progress})", words.role(existing.role))
        });
        lines.push(Line::from(vec![
            Span::styled(format!("  {name}"), theme().title),
            Span::raw(state.unwrap_or_default()),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::raw(texts.meeting.duplicate_question));
    let height = (lines.len() as u16 + 4).min(area.height);
    let popup = crate::tui::chrome::centered(area, 72, height);
    frame.render_widget(ratatui::widgets::Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(
            Block::default().borders(Borders::ALL).title(Span::styled(
                format!(" {} ", texts.meeting.duplicate_title),
                theme().title,
            )),
        ),
        popup,
    );
}
