//! Results for one organisation: the quadrant with the benchmark and the other partners, the
//! culture and leadership profiles against the benchmark with signed deviations, the findings
//! in words, and the base of every number.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Tabs, Wrap};

use super::app::{App, Screen};
use super::keymap::Action;
use super::quadrant;
use super::scroll::{self, ScrollLimit};
use super::theme::theme;
use crate::analysis::comparison::{Comparison, OrganisationResult};
use crate::analysis::scoring::{Margins, ScaleStats};
use crate::model::questionnaire::{
    AMBITION, CULTURE, CUSTOMER_EXPERIENCE, LEADERSHIP, OPERATIONAL_EFFICIENCY,
};
use crate::words::format;
use crate::words::i18n::{self, Lang, format_deviation, format_score};

pub(super) mod disagreement;
mod profile;

use profile::render_profile;

/// The views of the results.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ResultsTab {
    #[default]
    Overview,
    Culture,
    Leadership,
    /// The statements on which the respondents disagree most.
    Disagreement,
}

impl ResultsTab {
    const ALL: [ResultsTab; 4] = [
        ResultsTab::Overview,
        ResultsTab::Culture,
        ResultsTab::Leadership,
        ResultsTab::Disagreement,
    ];

    fn next(self) -> ResultsTab {
        let at = ResultsTab::ALL.iter().position(|t| *t == self).unwrap_or(0);
        ResultsTab::ALL[(at + 1) % ResultsTab::ALL.len()]
    }

    fn previous(self) -> ResultsTab {
        let at = ResultsTab::ALL.iter().position(|t| *t == self).unwrap_or(0);
        ResultsTab::ALL[(at + ResultsTab::ALL.len() - 1) % ResultsTab::ALL.len()]
    }
}

/// Which organisation and which view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResultsState {
    /// The organisation's id.
    pub organisation: Option<String>,
    pub tab: ResultsTab,
    pub scroll: u16,
    /// How far the text may scroll, as last drawn.
    pub limit: ScrollLimit,
}

pub fn on_action(app: &mut App, action: Action) {
    match action {
        Action::Left | Action::Right => {
            let Some(comparison) = app.view().and_then(|view| view.comparison()) else {
                return;
            };
            let ids: Vec<&str> = comparison
                .organisations
                .iter()
                .map(|o| o.id.as_str())
                .collect();
            if ids.is_empty() {
                return;
            }
            let at = app
                .results
                .organisation
                .as_deref()
                .and_then(|id| ids.iter().position(|i| *i == id));
            let next = match (at, action) {
                (None, _) => 0,
                (Some(at), Action::Left) => at.checked_sub(1).unwrap_or(ids.len() - 1),
                (Some(at), _) => (at + 1) % ids.len(),
            };
            app.results.organisation = Some(ids[next].to_string());
            app.results.scroll = 0;
        }
        Action::NextView => {
            app.results.tab = app.results.tab.next();
            app.results.scroll = 0;
        }
        Action::PrevView => {
            app.results.tab = app.results.tab.previous();
            app.results.scroll = 0;
        }
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom => {
            let page = app.area.height.saturating_sub(10).max(1);
            app.results.scroll =
                scroll::step(app.results.scroll, action, page, app.results.limit.get());
        }
        Action::NextRound | Action::PrevRound => app.step_round(action == Action::PrevRound),
        Action::Compare => super::compare::open(app),
        Action::AddAction => super::action_form::open_from_results(app),
        Action::Back => app.screen = Screen::Home,
        _ => {}
    }
}

/// A deviation with its sign and a marker, so it never relies on colour alone.
pub fn deviation_span(lang: Lang, deviation: Option<f64>, margins: Margins) -> Span<'static> {
    match deviation {
        None => Span::raw("–"),
        Some(value) if margins.is_at(value) => {
            Span::styled(format!("= {}", format_deviation(lang, value)), theme().at)
        }
        Some(value) if value > 0.0 => Span::styled(
            format!("▲ {}", format_deviation(lang, value)),
            theme().above,
        ),
        Some(value) => Span::styled(
            format!("▼ {}", format_deviation(lang, value)),
            theme().below,
        ),
    }
}

fn score(lang: Lang, value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), |value| format_score(lang, value))
}

/// "n = 4 · 60/64 beantwoord · weet niet 3% · n.v.t. 2%": the base of a number.
pub fn base_text(app: &App, stats: &ScaleStats) -> String {
    let texts = app.texts();
    let share = |share: Option<f64>| {
        share.map_or_else(|| "–".to_string(), |share| format!("{:.0}%", share * 100.0))
    };
    format!(
        "n = {} · {}/{} {} · {} {} · {} {}",
        stats.n,
        stats.answered,
        stats.possible,
        texts.answered,
        texts.dont_know_share,
        share(stats.dont_know_share()),
        crate::words::i18n::domain::texts(app.lang).not_applicable,
        share(stats.not_applicable_share())
    )
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let texts = app.texts();
    let questionnaire = &app.data.questionnaire;
    let pillar_name = |id: &str| {
        questionnaire
            .pillar(id)
            .map_or(id.to_string(), |p| p.name.get(app.lang).to_string())
    };
    let [tabs_area, body] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(5)]).areas(area);
    let comparison = app.view().and_then(|view| view.comparison());
    let organisation = comparison.and_then(|c| {
        app.results
            .organisation
            .as_deref()
            .and_then(|id| c.organisation(id))
    });
    let name = app
        .results
        .organisation
        .as_deref()
        .and_then(|id| app.data.organisation(id))
        .map_or(String::new(), |o| o.name.clone());
    frame.render_widget(
        Tabs::new(tab_names(
            area.width,
            [
                texts.tab_overview.to_string(),
                pillar_name(CULTURE),
                pillar_name(LEADERSHIP),
                texts.meeting.tab_disagreement.to_string(),
            ],
            [
                texts.tab_overview.to_string(),
                texts.meeting.tab_culture.to_string(),
                texts.meeting.tab_leadership.to_string(),
                texts.meeting.tab_disagreement_short.to_string(),
            ],
        ))
        .select(ResultsTab::ALL.iter().position(|t| *t == app.results.tab))
        .highlight_style(theme().selected)
        .divider("│"),
        tabs_area,
    );
    let (Some(comparison), Some(organisation)) = (comparison, organisation) else {
        let message = match app.view().map(|view| &view.comparison) {
            Some(Err(error)) => crate::words::i18n::errors::describe(app.lang, error),
            _ => texts.no_results.to_string(),
        };
        frame.render_widget(
            Paragraph::new(message).wrap(Wrap { trim: true }).block(
                Block::default().borders(Borders::ALL).title(Span::styled(
                    format!(" {} · {name} ", texts.results_title),
                    theme().title,
                )),
            ),
            body,
        );
        return;
    };
    match app.results.tab {
        ResultsTab::Overview => render_overview(app, frame, body, comparison, organisation),
        ResultsTab::Culture => render_profile(app, frame, body, comparison, organisation, CULTURE),
        ResultsTab::Leadership => {
            render_profile(app, frame, body, comparison, organisation, LEADERSHIP);
        }
        ResultsTab::Disagreement => disagreement::render(app, frame, body, organisation),
    }
}

fn render_overview(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    comparison: &Comparison,
    organisation: &OrganisationResult,
) {
    let texts = app.texts();
    let chart_width = if area.width >= 120 {
        area.width / 2
    } else {
        area.width * 11 / 20
    };
    let [chart, summary] =
        Layout::horizontal([Constraint::Length(chart_width), Constraint::Min(20)]).areas(area);
    let empty = std::collections::BTreeMap::new();
    let shorts = app.view().map_or(&empty, |view| &view.short_names);
    let mut points = quadrant::points(
        comparison,
        Some(&organisation.id),
        None,
        texts.legend_benchmark,
        shorts,
        app.lang,
    );
    let from = previous_position(app, &organisation.id);
    for point in &mut points {
        if point.kind == quadrant::PointKind::Focus {
            point.from = from;
        }
    }
    let drawn = quadrant::render(
        frame,
        chart,
        comparison,
        &app.data.questionnaire,
        app.lang,
        &points,
        &format!(
            "{} · {}",
            texts.quadrant,
            shorts
                .get(&organisation.id)
                .cloned()
                .unwrap_or_else(|| quadrant::short_name(&organisation.name))
        ),
        quadrant::LegendPlace::Inside,
    );
    // A legend with no room beside the chart opens the summary next to it.
    let mut lines = drawn.legend;
    if !lines.is_empty() {
        lines.push(Line::default());
    }
    lines.extend(summary_lines(app, comparison, organisation, drawn.lettered));
    scroll::render(
        frame,
        summary,
        lines,
        Block::default().borders(Borders::ALL).title(Span::styled(
            format!(" {} ", organisation.name),
            theme().title,
        )),
        app.results.scroll,
        &app.results.limit,
        app.texts().meeting.more_below,
    );
}

/// Where an organisation stood in the previous round, when both rounds place it.
fn previous_position(app: &App, organisation: &str) -> Option<(f64, f64)> {
    let earlier = app.view()?.previous()?.organisation(organisation)?;
    Some((
        earlier.mean(OPERATIONAL_EFFICIENCY)?,
        earlier.mean(CUSTOMER_EXPERIENCE)?,
    ))
}

/// The summary beside the chart; `lettered` when the chart's markers are letters, whose
/// legend already says what each is.
fn summary_lines(
    app: &App,
    comparison: &Comparison,
    organisation: &OrganisationResult,
    lettered: bool,
) -> Vec<Line<'static>> {
    let texts = app.texts();
    let lang = app.lang;
    let questionnaire = &app.data.questionnaire;
    let mut lines = Vec::new();
    let mut quadrant = organisation
        .quadrant
        .and_then(|q| questionnaire.quadrant(q))
        .map_or_else(
            || i18n::domain::texts(lang).insufficient.to_string(),
            |q| q.name.get(lang).to_string(),
        );
    // As every other output says it: a place within the margin of a cut line is on the border.
    if !organisation.border.is_empty() {
        quadrant = format!("{quadrant} {}", i18n::domain::texts(lang).on_border_mark);
    }
    lines.push(Line::from(vec![
        Span::styled(format!("{}: ", texts.quadrant), theme().dim),
        Span::styled(quadrant, theme().highlight),
    ]));
    // With letters, the chart's legend names every marker; the trail is still explained.
    let mut legend: Vec<String> = if lettered {
        Vec::new()
    } else {
        vec![
            format!("● {}", texts.legend_organisation),
            format!("◆ {}", texts.legend_benchmark),
            format!("○ {}", texts.legend_others),
        ]
    };
    if previous_position(app, &organisation.id).is_some()
        && let Some(previous) = app.data.previous_round(&comparison.round)
    {
        legend.push(format!("∘ {}", previous.label()));
    }
    if !legend.is_empty() {
        lines.push(Line::styled(legend.join(" · "), theme().dim));
    }
    lines.push(Line::default());
    if let Some(pillar) = questionnaire.pillar(AMBITION) {
        for scale in &pillar.scales {
            let (stats, reference) = stats_and_benchmark(comparison, organisation, &scale.id);
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", scale.name.get(lang)), theme().title),
                Span::raw(score(lang, stats.mean)),
                Span::raw(format!(
                    " ({} {}) ",
                    texts.benchmark.to_lowercase(),
                    score(lang, reference)
                )),
                deviation_span(
                    lang,
                    organisation.deviations.get(&scale.id).copied(),
                    comparison.margins,
                ),
                Span::styled(weak_mark(app, &stats), theme().dim),
            ]));
            lines.push(Line::styled(
                format!("  {}", base_text(app, &stats)),
                theme().dim,
            ));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(texts.findings, theme().header));
    match app
        .view()
        .and_then(|view| view.findings_for(&organisation.id, lang))
    {
        Some(findings) if !findings.is_empty() => {
            for (index, finding) in findings.iter().enumerate() {
                if index > 0 {
                    lines.push(Line::default());
                }
                lines.push(Line::styled(finding.heading.clone(), theme().title));
                lines.push(Line::raw(finding.text.clone()));
            }
        }
        _ => {
            for pillar in [CULTURE, LEADERSHIP] {
                lines.extend(findings_lines(app, organisation, pillar));
            }
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(
            "{}: {}",
            texts.benchmark,
            format::benchmark_line(comparison, lang)
        ),
        theme().dim,
    ));
    lines.push(Line::styled(
        format!(
            "{}: {}",
            texts.cutoff,
            format::cutoff_line(comparison, lang)
        ),
        theme().dim,
    ));
    lines
}

/// The findings of a pillar in words: the verdict as a whole and the characteristics that
/// stand out above and below the benchmark.
fn findings_lines(
    app: &App,
    organisation: &OrganisationResult,
    pillar_id: &str,
) -> Vec<Line<'static>> {
    let texts = app.texts();
    let lang = app.lang;
    let words = i18n::domain::texts(lang);
    let questionnaire = &app.data.questionnaire;
    let pillar = questionnaire
        .pillar(pillar_id)
        .map_or(pillar_id.to_string(), |p| p.name.get(lang).to_string());
    let names = |ids: &[String]| -> String {
        let names: Vec<String> = ids
            .iter()
            .map(|id| questionnaire.scale_name(id, lang))
            .collect();
        i18n::join_names(lang, &names)
    };
    let mut lines = Vec::new();
    match organisation.verdict(pillar_id) {
        Some(verdict) => {
            let overall = verdict
                .overall
                .map_or(words.no_benchmark, |v| words.verdict(v));
            let mean = verdict.mean_deviation.map_or(String::new(), |d| {
                format!(" ({})", format_deviation(lang, d))
            });
            lines.push(Line::from(vec![
                Span::styled(format!("{pillar}: "), theme().title),
                Span::raw(format!("{overall}{mean}")),
            ]));
            if !verdict.furthest_above.is_empty() {
                lines.push(Line::from(vec![
                    Span::styled(format!("  ▲ {}: ", texts.furthest_above), theme().above),
                    Span::raw(names(&verdict.furthest_above)),
                ]));
            }
            if !verdict.furthest_below.is_empty() {
                lines.push(Line::from(vec![
                    Span::styled(format!("  ▼ {}: ", texts.furthest_below), theme().below),
                    Span::raw(names(&verdict.furthest_below)),
                ]));
            }
        }
        None => lines.push(Line::raw(format!("{pillar}: {}", words.no_benchmark))),
    }
    lines
}

/// The tab names in full where they fit, else the short ones.
fn tab_names(width: u16, full: [String; 4], short: [String; 4]) -> Vec<String> {
    let needed: usize = full
        .iter()
        .map(|name| crate::tui::text::width(name) + 3)
        .sum();
    if needed <= usize::from(width) {
        full.into()
    } else {
        short.into()
    }
}

/// " indicatief" after a score that rests on fewer than 3 respondents who answered (a group
/// session creates everyone's file at the start: an empty file is no respondent).
fn weak_mark(app: &App, stats: &ScaleStats) -> String {
    if (1..3).contains(&stats.n) {
        format!(" {}", app.texts().meeting.indicative)
    } else {
        String::new()
    }
}

/// An organisation's statistics on a scale, and the benchmark's mean for it.
fn stats_and_benchmark(
    comparison: &crate::analysis::comparison::Comparison,
    organisation: &crate::analysis::comparison::OrganisationResult,
    scale_id: &str,
) -> (crate::analysis::scoring::ScaleStats, Option<f64>) {
    let stats = organisation
        .scores
        .scales
        .get(scale_id)
        .copied()
        .unwrap_or_default();
    let reference = comparison
        .benchmark
        .as_ref()
        .and_then(|b| b.benchmark.mean(scale_id));
    (stats, reference)
}
