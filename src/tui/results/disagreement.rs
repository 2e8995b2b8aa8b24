//! Where the organisation's respondents disagree: the statements with the largest spread
//! first, each with its answers as a small histogram, "don't know" and "not applicable" apart.
//! A projected screen is an aggregated output like any other: below five respondents a
//! statement shows only a word for the agreement, with n (the privacy rule). The group
//! session, whose attendees see each other's answers by design, shows everything.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use crate::analysis::comparison::OrganisationResult;
use crate::analysis::disagreement::ItemSpread;
use crate::analysis::privacy::{self, StatementAgreement, StatementView};
use crate::tui::app::App;
use crate::tui::scroll;
use crate::tui::theme::theme;
use crate::words::i18n::{domain, format_score};

/// "Don't know" and "not applicable" counted.
fn unscored_spans(app: &App, spread: &ItemSpread) -> Vec<Span<'static>> {
    let words = domain::texts(app.lang);
    vec![Span::styled(
        format!(
            "{} {}   {} {}",
            words.dont_know, spread.dont_know, words.not_applicable, spread.not_applicable
        ),
        theme().dim,
    )]
}

/// "6 antwoorden".
fn answered(app: &App, spread: &ItemSpread) -> String {
    let texts = &app.texts().meeting;
    let given = if spread.answered == 1 {
        texts.given_one
    } else {
        texts.given
    };
    format!("{} {given}", spread.answered)
}

/// Below five respondents: "verdeeld · 3 antwoorden".
fn word_summary(app: &App, spread: &ItemSpread, agreement: StatementAgreement) -> String {
    let words = domain::texts(app.lang);
    format!(
        "{} · {}",
        words.statement_agreement(agreement),
        answered(app, spread)
    )
}

/// The answers as bars, one per value of the scale: "1 ██ 2   2 ░ 0 …".
pub fn histogram_spans(app: &App, spread: &ItemSpread) -> Vec<Span<'static>> {
    let minimum = app.data.questionnaire.answer_scale.min;
    let mut spans = Vec::new();
    for (offset, count) in spread.histogram.iter().enumerate() {
        let value = usize::from(minimum) + offset;
        spans.push(Span::styled(format!("{value} "), theme().key));
        let bar = if *count == 0 {
            "·".to_string()
        } else {
            "█".repeat(*count)
        };
        spans.push(Span::styled(bar, theme().gauge));
        spans.push(Span::raw(format!(" {count}   ")));
    }
    spans.extend(unscored_spans(app, spread));
    spans
}

/// "sd 1,9 · gemiddeld 3,2 · 6 antwoorden".
pub fn summary(app: &App, spread: &ItemSpread) -> String {
    let texts = &app.texts().meeting;
    let figure =
        |value: Option<f64>| value.map_or("–".to_string(), |v| format_score(app.lang, v));
    format!(
        "{} {} · {} {} · {}",
        texts.sd,
        figure(spread.sd),
        texts.mean,
        figure(spread.mean),
        answered(app, spread)
    )
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, organisation: &OrganisationResult) {
    let texts = app.texts();
    let questionnaire = &app.data.questionnaire;
    let spreads = app
        .view()
        .and_then(|view| view.disagreement.get(&organisation.id))
        .map(Vec::as_slice)
        .unwrap_or_default();
    let mut lines = vec![
        Line::styled(texts.meeting.disagreement_intro, theme().dim),
        Line::default(),
    ];
    if spreads.is_empty() {
        lines.push(Line::raw(texts.meeting.disagreement_none));
    }
    for spread in spreads {
        let statement = questionnaire
            .item(&spread.item)
            .map_or(String::new(), |item| item.text.get(app.lang).to_string());
        let shown = privacy::statement(spread);
        let figures = match shown {
            StatementView::Detail { .. } => summary(app, spread),
            StatementView::Word { agreement, .. } => word_summary(app, spread, agreement),
            StatementView::Nothing { .. } => answered(app, spread),
        };
        lines.push(Line::from(vec![
            Span::styled(
                questionnaire.scale_name(&spread.scale, app.lang),
                theme().header,
            ),
            Span::styled(format!("  {figures}"), theme().dim),
        ]));
        lines.push(Line::styled(statement, theme().title));
        if matches!(shown, StatementView::Detail { .. }) {
            lines.push(Line::from(histogram_spans(app, spread)));
        } else {
            lines.push(Line::from(unscored_spans(app, spread)));
        }
        lines.push(Line::default());
    }
    scroll::render(
        frame,
        area,
        lines,
        Block::default().borders(Borders::ALL).title(Span::styled(
            format!(
                " {} · {} ",
                texts.meeting.tab_disagreement, organisation.name
            ),
            theme().title,
        )),
        app.results.scroll,
        &app.results.limit,
        texts.meeting.more_below,
    );
}
