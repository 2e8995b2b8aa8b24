//! Agreeing an action in a meeting: from a partner's results, one key opens a form for an
//! action on the characteristic furthest below the benchmark, the finding filled in; the
//! characteristic can be changed, and the action, owner and due date typed. Enter checks it
//! as `rijp actions add` does and saves it at once; a refusal says why and keeps the form.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::app::{App, Screen, Status};
use super::keymap::Action;
use super::theme::theme;
use crate::model::action::{Action as ImprovementAction, ActionError, ActionStatus, parse_date};
use crate::words::i18n::actions::{action_error, form_texts, texts};
use crate::words::i18n::format_deviation;

/// The fields, in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FormField {
    #[default]
    Scale,
    Finding,
    Action,
    Owner,
    Due,
}

impl FormField {
    const ALL: [FormField; 5] = [
        FormField::Scale,
        FormField::Finding,
        FormField::Action,
        FormField::Owner,
        FormField::Due,
    ];

    fn step(self, forward: bool) -> FormField {
        let at = FormField::ALL.iter().position(|f| *f == self).unwrap_or(0);
        let count = FormField::ALL.len();
        FormField::ALL[if forward {
            (at + 1) % count
        } else {
            (at + count - 1) % count
        }]
    }
}

/// The action being agreed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActionForm {
    /// The partner's id.
    pub organisation: String,
    pub round: String,
    /// Every dimension and characteristic, in questionnaire order, and the one chosen.
    pub scales: Vec<String>,
    pub scale: usize,
    pub finding: String,
    pub action: String,
    pub owner: String,
    pub due: String,
    pub field: FormField,
}

impl ActionForm {
    /// The text field with the focus, if the focus is on one.
    pub fn focused_text(&mut self) -> Option<&mut String> {
        match self.field {
            FormField::Scale => None,
            FormField::Finding => Some(&mut self.finding),
            FormField::Action => Some(&mut self.action),
            FormField::Owner => Some(&mut self.owner),
            FormField::Due => Some(&mut self.due),
        }
    }
}

/// Opens the form for the partner shown in the results, on its characteristic furthest below
/// the benchmark (the first one when none is below).
pub fn open_from_results(app: &mut App) {
    let (Some(round), Some(organisation)) = (app.round.clone(), app.results.organisation.clone())
    else {
        return;
    };
    let Some(result) = app
        .view()
        .and_then(|view| view.comparison())
        .and_then(|comparison| {
            comparison
                .organisations
                .iter()
                .find(|o| o.id == organisation)
        })
        .cloned()
    else {
        return;
    };
    let questionnaire = app.data.questionnaire_of_round(&round);
    let scales: Vec<String> = questionnaire.scales().map(|s| s.id.clone()).collect();
    let lowest = result
        .deviations
        .iter()
        .filter(|(_, deviation)| **deviation < 0.0)
        .min_by(|a, b| a.1.total_cmp(b.1));
    let (scale, finding) = match lowest {
        Some((id, deviation)) => (
            scales.iter().position(|s| s == id).unwrap_or(0),
            (form_texts(app.lang).finding_below)(
                &questionnaire.scale_name(id, app.lang),
                &format_deviation(app.lang, *deviation),
            ),
        ),
        None => (0, String::new()),
    };
    app.action_form = Some(ActionForm {
        organisation,
        round,
        scales,
        scale,
        finding,
        ..ActionForm::default()
    });
    app.screen = Screen::ActionForm;
}

pub fn on_action(app: &mut App, action: Action) {
    let Some(form) = app.action_form.as_mut() else {
        app.screen = Screen::Results;
        return;
    };
    match action {
        Action::NextField => form.field = form.field.step(true),
        Action::PrevField => form.field = form.field.step(false),
        Action::Left | Action::Right if form.field == FormField::Scale => {
            let count = form.scales.len().max(1);
            form.scale = if action == Action::Right {
                (form.scale + 1) % count
            } else {
                (form.scale + count - 1) % count
            };
        }
        Action::DeleteChar => {
            if let Some(text) = form.focused_text() {
                text.pop();
            }
        }
        Action::Confirm => save(app),
        Action::Back => {
            app.action_form = None;
            app.screen = Screen::Results;
        }
        _ => {}
    }
}

/// Checks the action as the command line does and writes it; then shows the agenda.
fn save(app: &mut App) {
    let Some(form) = app.action_form.as_ref() else {
        return;
    };
    let built = build(app, form);
    let saved = built.and_then(|action| {
        app.workspace.save_action(&action)?;
        Ok(action)
    });
    match saved {
        Ok(action) => {
            let path = app.workspace.action_path(&action.id);
            app.status = Some(Status::Info((texts(app.lang).added)(
                action.id.as_str(),
                &app.relative(&path),
            )));
            app.data.put_action(action);
            app.action_form = None;
            super::agenda::open(app);
        }
        Err(error) => {
            let why = match error.downcast_ref::<ActionError>() {
                Some(refused) => action_error(app.lang, refused),
                None => crate::words::i18n::errors::describe(app.lang, &error),
            };
            app.status = Some(Status::Error(why));
        }
    }
}

fn build(app: &App, form: &ActionForm) -> anyhow::Result<ImprovementAction> {
    let due = parse_date(&form.due).ok_or_else(|| ActionError::BadDate(form.due.clone()))?;
    let action = ImprovementAction {
        id: app.workspace.next_action_id()?,
        organisation: Some(form.organisation.clone()),
        scale: form.scales.get(form.scale).cloned().unwrap_or_default(),
        finding: Some(form.finding.trim().to_string()).filter(|f| !f.is_empty()),
        action: form.action.trim().to_string(),
        owner: form.owner.trim().to_string(),
        due,
        status: ActionStatus::Proposed,
        theme: None,
        round: form.round.clone(),
        notes: Vec::new(),
    };
    app.data.check_action(&action)?;
    Ok(action)
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(form) = app.action_form.as_ref() else {
        return;
    };
    let (t, f) = (texts(app.lang), form_texts(app.lang));
    let th = theme();
    let questionnaire = app.data.questionnaire_of_round(&form.round);
    let scale = form
        .scales
        .get(form.scale)
        .map(|id| questionnaire.scale_name(id, app.lang))
        .unwrap_or_default();
    let organisation = app
        .data
        .organisation(&form.organisation)
        .map_or(form.organisation.as_str(), |org| org.name.as_str());
    let fields = [
        (FormField::Scale, t.scale, format!("◀ {scale} ▶")),
        (FormField::Finding, t.finding, form.finding.clone()),
        (FormField::Action, t.action, form.action.clone()),
        (FormField::Owner, t.owner, form.owner.clone()),
        (FormField::Due, t.due, form.due.clone()),
    ];
    let mut lines = vec![Line::from(Span::styled(f.intro, th.dim)), Line::default()];
    for (field, label, value) in fields {
        let focused = field == form.field;
        let cursor = if focused && field != FormField::Scale {
            "▏"
        } else {
            ""
        };
        let style = if focused { th.selected } else { th.at };
        lines.push(Line::from(vec![
            Span::styled(format!("{label:<14}"), th.header),
            Span::styled(format!("{value}{cursor}"), style),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(f.due_hint, th.dim)));
    let title = format!(" {} · {organisation} ", f.title);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::default().borders(Borders::ALL).title(title)),
        area,
    );
}
