//! A pillar's profile: every characteristic's score against the benchmark, with a bar where
//! there is room, and the pillar's finding in words below.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Row, Table};

use super::{base_text, deviation_span, findings_lines, score, stats_and_benchmark, weak_mark};
use crate::analysis::comparison::{Comparison, OrganisationResult};
use crate::model::questionnaire::{Pillar, Scale};
use crate::tui::app::App;
use crate::tui::scroll;
use crate::tui::theme::theme;
use crate::words::findings::FindingKind;
use crate::words::format;

/// A score as a bar on 0–100 with the benchmark as a tick, so the profile can be read at a
/// glance; the numbers stay in their own columns.
fn profile_bar(score: Option<f64>, benchmark: Option<f64>, width: usize) -> Line<'static> {
    let cells = |value: f64| ((value.clamp(0.0, 100.0) / 100.0) * width as f64).round() as usize;
    let filled = score.map_or(0, cells);
    let tick = benchmark.map(|value| cells(value).min(width.saturating_sub(1)));
    let bar: String = (0..width)
        .map(|at| match (Some(at) == tick, at < filled) {
            (true, _) => '┃',
            (false, true) => '█',
            (false, false) => '·',
        })
        .collect();
    Line::styled(bar, theme().gauge)
}

pub(super) fn render_profile(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    comparison: &Comparison,
    organisation: &OrganisationResult,
    pillar_id: &str,
) {
    let Some(pillar) = app.data.questionnaire.pillar(pillar_id) else {
        return;
    };
    let table_height = pillar.scales.len() as u16 + 3;
    let [table_area, words_area] =
        Layout::vertical([Constraint::Length(table_height), Constraint::Min(3)]).areas(area);
    render_table(app, frame, table_area, comparison, organisation, pillar);
    render_findings(app, frame, words_area, comparison, organisation, pillar);
}

/// The table's columns: the bar and the answer shares only where the area is wide enough.
#[derive(Clone, Copy)]
struct Columns {
    wide: bool,
    bar_width: usize,
}

impl Columns {
    fn for_width(width: u16) -> Columns {
        Columns {
            wide: width >= 110,
            bar_width: usize::from(width.saturating_sub(100)).clamp(20, 50),
        }
    }
}

/// A row per characteristic with its score, the benchmark, the deviation and n.
fn render_table(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    comparison: &Comparison,
    organisation: &OrganisationResult,
    pillar: &Pillar,
) {
    let texts = app.texts();
    let columns = Columns::for_width(area.width);
    let mut header = vec![
        texts.characteristic,
        texts.score,
        texts.benchmark,
        texts.deviation,
        "n",
    ];
    if columns.wide {
        header.extend([texts.bar_header, texts.answered, texts.dont_know_share]);
    }
    let rows: Vec<Row> = pillar
        .scales
        .iter()
        .map(|scale| scale_row(app, comparison, organisation, scale, columns))
        .collect();
    let widths = widths(app, comparison, organisation, pillar, columns);
    frame.render_widget(
        Table::new(rows, widths)
            .header(Row::new(header).style(theme().header))
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(Span::styled(
                        format!(" {} · {} ", pillar.name.get(app.lang), organisation.name),
                        theme().title,
                    ))
                    .title_bottom(Line::styled(
                        format!(" {} ", texts.marker_note),
                        theme().dim,
                    )),
            ),
        area,
    );
}

/// A characteristic's row: score, benchmark, deviation, n and, where wide, bar and shares.
fn scale_row<'a>(
    app: &App,
    comparison: &Comparison,
    organisation: &OrganisationResult,
    scale: &'a Scale,
    columns: Columns,
) -> Row<'a> {
    let lang = app.lang;
    let (stats, reference) = stats_and_benchmark(comparison, organisation, &scale.id);
    let mut cells = vec![
        Line::raw(scale.name.get(lang).to_string()),
        Line::raw(score(lang, stats.mean)),
        Line::raw(score(lang, reference)),
        Line::from(deviation_span(
            lang,
            organisation.deviations.get(&scale.id).copied(),
            comparison.margins,
        )),
        Line::from(vec![
            Span::raw(stats.n.to_string()),
            Span::styled(weak_mark(app, &stats), theme().dim),
        ]),
    ];
    if columns.wide {
        cells.push(profile_bar(stats.mean, reference, columns.bar_width));
        cells.push(Line::raw(format!("{}/{}", stats.answered, stats.possible)));
        cells.push(Line::raw(
            stats
                .dont_know_share()
                .map_or_else(|| "–".to_string(), |s| format!("{:.0}%", s * 100.0)),
        ));
    }
    Row::new(cells)
}

/// The columns' widths; n is wider when some score is marked as indicative.
fn widths(
    app: &App,
    comparison: &Comparison,
    organisation: &OrganisationResult,
    pillar: &Pillar,
    columns: Columns,
) -> Vec<Constraint> {
    let weak = pillar.scales.iter().any(|scale| {
        let (stats, _) = stats_and_benchmark(comparison, organisation, &scale.id);
        !weak_mark(app, &stats).is_empty()
    });
    let n_width = if weak {
        4 + crate::tui::text::width(app.texts().meeting.indicative) as u16
    } else {
        3
    };
    let mut widths = vec![
        Constraint::Fill(1),
        Constraint::Length(6),
        Constraint::Length(9),
        Constraint::Length(9),
        Constraint::Length(n_width),
    ];
    if columns.wide {
        widths.extend([
            Constraint::Length(columns.bar_width as u16),
            Constraint::Length(11),
            Constraint::Length(10),
        ]);
    }
    widths
}

/// The pillar's finding in words, its base and the benchmark, scrolling where long.
fn render_findings(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    comparison: &Comparison,
    organisation: &OrganisationResult,
    pillar: &Pillar,
) {
    let texts = app.texts();
    let lang = app.lang;
    let pillar_stats = organisation
        .scores
        .pillars
        .get(&pillar.id)
        .copied()
        .unwrap_or_default();
    // The pillar's finding in words when written, else the verdict and the lists.
    let heading = pillar.name.get(lang);
    let written = app
        .view()
        .and_then(|view| view.findings_for(&organisation.id, lang))
        .and_then(|findings| {
            findings
                .iter()
                .find(|f| f.kind == FindingKind::Pillar && f.heading == heading)
        });
    let mut lines = match written {
        Some(finding) => vec![Line::raw(finding.text.clone())],
        None => findings_lines(app, organisation, &pillar.id),
    };
    lines.push(Line::styled(
        format!("{}: {}", texts.base, base_text(app, &pillar_stats)),
        theme().dim,
    ));
    lines.push(Line::styled(
        format!(
            "{}: {}",
            texts.benchmark,
            format::benchmark_line(comparison, lang)
        ),
        theme().dim,
    ));
    scroll::render(
        frame,
        area,
        lines,
        Block::default()
            .borders(Borders::ALL)
            .title(Span::styled(format!(" {} ", texts.findings), theme().title)),
        app.results.scroll,
        &app.results.limit,
        texts.meeting.more_below,
    );
}
