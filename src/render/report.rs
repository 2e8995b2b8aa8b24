//! The report for a steering group, board or council: a self-contained HTML file (charts
//! inlined as SVG, no external assets, A4 print styles) or Markdown with the charts written
//! beside it.
//!
//! The report is first built as a [`Document`] from one [`Comparison`] and what derives from
//! it (change, respondents, gaps, findings); the writers only render it. Output is
//! deterministic: the same workspace gives byte-identical files.

mod appendix;
mod document;
mod html;
mod markdown;
mod partner;
mod summary;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::analysis::benchmark::{Benchmark, BenchmarkOrigin};
use crate::analysis::change::{self, RoundChange};
use crate::analysis::comparison::{Comparison, OrganisationResult};
use crate::analysis::cooperation;
use crate::model::questionnaire::{QuadrantId, Questionnaire};
use crate::store::atomic_file::write_atomic;
use crate::store::workspace::WorkspaceData;
use crate::words::findings::{self, FindingContext};
use crate::words::i18n::{self, Lang, format_deviation, format_score};

pub use document::{Block, Document, Figure, Section, Table};

/// What a report is made from.
pub struct ReportInput<'a> {
    pub data: &'a WorkspaceData,
    pub comparison: &'a Comparison,
    /// Further benchmarks listed beside the comparison's own (e.g. national and own
    /// cooperation).
    pub extra_benchmarks: Vec<Benchmark>,
    /// Charts to inline, by id; sections leave out figures that are not here.
    pub figures: Vec<Figure>,
    /// The earlier round to show change against; the previous round when `None`.
    pub since: Option<String>,
    pub lang: Lang,
}

/// The report's file format, from the output file's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Html,
    Markdown,
}

impl ReportFormat {
    pub fn from_path(path: &Path) -> Result<ReportFormat> {
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match extension.as_str() {
            "html" | "htm" => Ok(ReportFormat::Html),
            "md" | "markdown" => Ok(ReportFormat::Markdown),
            _ => bail!(
                "{}: the report is written as .html or .md; use one of those extensions",
                path.display()
            ),
        }
    }
}

/// Marks a score resting on a thin basis.
pub const BASIS_MARKER: &str = "°";

/// Everything the section builders share.
pub(crate) struct ReportContext<'a> {
    pub data: &'a WorkspaceData,
    pub questionnaire: &'a Questionnaire,
    /// The comparison as asked for.
    pub comparison: &'a Comparison,
    pub partners: Vec<&'a OrganisationResult>,
    /// The cooperation as a whole (mean of partner means), when there are partners.
    pub cooperation: Option<OrganisationResult>,
    pub change: Option<RoundChange>,
    /// The comparison's benchmark first, then the extra ones.
    pub benchmarks: Vec<Benchmark>,
    pub findings: FindingContext<'a>,
    /// Every organisation of the round, scored once, for segment benchmarks.
    pub round_scores: Vec<OrganisationResult>,
    pub lang: Lang,
    pub t: &'static i18n::report::ReportTexts,
}

impl ReportContext<'_> {
    pub fn score(&self, value: Option<f64>) -> String {
        value
            .map(|v| format_score(self.lang, v))
            .unwrap_or_else(|| "–".to_string())
    }

    pub fn deviation(&self, value: Option<f64>) -> String {
        value
            .map(|v| format_deviation(self.lang, v))
            .unwrap_or_else(|| "–".to_string())
    }

    pub fn share(&self, value: Option<f64>) -> String {
        value
            .map(|v| format!("{}%", (v * 100.0).round()))
            .unwrap_or_else(|| "–".to_string())
    }

    /// A partner's score with a marker when its basis is thin (few respondents, many "don't
    /// know", incomplete): the number stays, the reader is warned. The cooperation's scores
    /// rest on its partners and are not marked.
    pub fn based_score(&self, org: &OrganisationResult, scale_id: &str) -> String {
        let stats = org.scores.scales.get(scale_id).copied().unwrap_or_default();
        let text = self.score(stats.mean);
        let thin = !crate::analysis::respondents::BasisNotes::of(&stats).is_sound();
        if stats.mean.is_some() && thin && !cooperation::is_cooperation(org) {
            format!("{text} {BASIS_MARKER}")
        } else {
            text
        }
    }

    pub fn scale_name(&self, id: &str) -> String {
        self.questionnaire.scale_name(id, self.lang)
    }

    pub fn quadrant_name(&self, quadrant: Option<QuadrantId>) -> String {
        quadrant
            .and_then(|q| self.questionnaire.quadrant(q))
            .map(|def| def.name.get(self.lang).to_string())
            .unwrap_or_else(|| i18n::domain::texts(self.lang).insufficient.to_string())
    }

    /// Partners, then the cooperation as a whole.
    pub fn entries(&self) -> Vec<&OrganisationResult> {
        let mut entries = self.partners.clone();
        entries.extend(self.cooperation.as_ref());
        entries
    }
}

/// A benchmark as it is named wherever it appears: name, year, n and the illustrative flag.
pub fn benchmark_label(benchmark: &Benchmark, lang: Lang) -> String {
    let t = i18n::report::texts(lang);
    let mut details = Vec::new();
    if let Some(year) = benchmark.year {
        details.push(year.to_string());
    }
    match benchmark.origin {
        BenchmarkOrigin::Peers { organisations, .. } => {
            details.push(format!("n = {organisations}"));
        }
        BenchmarkOrigin::File { .. } => {
            let sizes: std::collections::BTreeSet<usize> =
                benchmark.scores.values().filter_map(|s| s.n).collect();
            match (sizes.first(), sizes.last()) {
                (Some(low), Some(high)) if low == high => details.push(format!("n = {low}")),
                (Some(low), Some(high)) => details.push(format!("n = {low}–{high}")),
                _ => {}
            }
        }
    }
    let mut label = benchmark.name.clone();
    if !details.is_empty() {
        label = format!("{label} ({})", details.join(", "));
    }
    if benchmark.illustrative {
        label = format!("{label} — {}", t.illustrative_flag);
    }
    label
}

/// Builds the report document.
pub fn build(input: ReportInput) -> Result<Document> {
    let ReportInput {
        data,
        comparison,
        extra_benchmarks,
        figures,
        since,
        lang,
    } = input;
    let t = i18n::report::texts(lang);
    let cooperation_name = findings::cooperation_name(data, lang);
    let change = match since {
        Some(round) => {
            let known = data
                .round(&round)
                .or_else(|| {
                    data.rounds
                        .iter()
                        .find(|r| r.name.as_deref() == Some(&round))
                })
                .with_context(|| format!("unknown round '{round}' for --since"))?;
            Some(change::since(
                data,
                comparison,
                &known.id,
                &cooperation_name,
            )?)
        }
        None => change::since_previous(data, comparison, &cooperation_name)?,
    };
    let mut benchmarks: Vec<Benchmark> = comparison
        .benchmark
        .iter()
        .map(|b| b.benchmark.clone())
        .collect();
    benchmarks.extend(extra_benchmarks);
    let ctx = ReportContext {
        data,
        questionnaire: &data.questionnaire,
        comparison,
        partners: comparison.organisations.iter().collect(),
        cooperation: cooperation::for_comparison(
            comparison,
            &data.questionnaire,
            &cooperation_name,
        ),
        change: change.clone(),
        benchmarks,
        findings: FindingContext::with_change(comparison, data, change, lang),
        round_scores: crate::analysis::comparison::score_round(data, &comparison.round),
        lang,
        t,
    };

    let mut subtitle = vec![format!("{}: {}", t.round, comparison.round_label)];
    if let Some(name) = &data.settings.name {
        subtitle.insert(0, name.clone());
    }
    for benchmark in &ctx.benchmarks {
        subtitle.push(format!(
            "{}: {}",
            t.benchmark,
            benchmark_label(benchmark, lang)
        ));
    }
    if ctx.benchmarks.is_empty() {
        subtitle.push(format!(
            "{}: {}",
            t.benchmark,
            crate::words::format::benchmark_line(comparison, lang)
        ));
    }
    subtitle.push(format!(
        "{}: {} {} {}",
        t.questionnaire,
        data.questionnaire.title.get(lang),
        data.questionnaire.id,
        data.questionnaire.version
    ));

    let mut sections = vec![
        summary::summary(&ctx),
        summary::quadrant(&ctx),
        summary::comparisons(&ctx),
    ];
    let mut partners = Section::new("partners", "", t.partners);
    for organisation in &ctx.partners {
        partners.section(partner::section(&ctx, organisation));
    }
    sections.push(partners);
    sections.push(appendix::programme(&ctx));
    sections.push(appendix::appendix(&ctx));

    Ok(Document {
        lang,
        title: format!("{} — {}", t.title, comparison.round_label),
        subtitle,
        contents_heading: t.contents.to_string(),
        figure_word: t.figure.to_string(),
        sections,
        figures,
    })
}

/// The document as one self-contained HTML page.
pub fn to_html(document: &Document) -> String {
    html::render(document)
}

/// The document as Markdown, with the charts it refers to as `(file name, svg)` pairs to
/// write into `chart_folder` beside it.
pub fn to_markdown(document: &Document, chart_folder: &str) -> (String, Vec<(String, String)>) {
    markdown::render(document, chart_folder)
}

/// Writes the report in the format its extension names; returns the files written.
pub fn write(document: &Document, path: &Path) -> Result<Vec<PathBuf>> {
    match ReportFormat::from_path(path)? {
        ReportFormat::Html => {
            write_atomic(path, to_html(document).as_bytes())?;
            Ok(vec![path.to_path_buf()])
        }
        ReportFormat::Markdown => {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "rapport".to_string());
            let folder_name = format!("{stem}-charts");
            let (text, charts) = to_markdown(document, &folder_name);
            let folder = path.parent().unwrap_or(Path::new(".")).join(&folder_name);
            let mut written = vec![path.to_path_buf()];
            for (name, svg) in charts {
                let file = folder.join(name);
                write_atomic(&file, svg.as_bytes())
                    .with_context(|| format!("cannot write chart {}", file.display()))?;
                written.push(file);
            }
            write_atomic(path, text.as_bytes())?;
            Ok(written)
        }
    }
}

/// What the `report` command asks for.
#[derive(Clone, Debug, Default)]
pub struct ReportRequest {
    pub comparison: crate::analysis::comparison::ComparisonRequest,
    /// Benchmarks listed beside the comparison's own.
    pub extra_benchmarks: Vec<crate::analysis::comparison::BenchmarkChoice>,
    /// The earlier round to show change against; the previous round when `None`.
    pub since: Option<String>,
    pub lang: Lang,
}

/// Builds the report a request asks for and writes it to `path` (`.html` or `.md`); returns
/// the files written.
pub fn write_report(
    data: &WorkspaceData,
    request: &ReportRequest,
    path: &Path,
) -> Result<Vec<PathBuf>> {
    ReportFormat::from_path(path)?;
    let (comparison, previous) =
        crate::render::charts::compare_with_previous(data, &request.comparison)?;
    let options = crate::render::charts::ChartOptions {
        lang: request.lang,
        size: crate::render::charts::ChartSize::default(),
    };
    let figures =
        crate::render::charts::draw_charts(data, &comparison, previous.as_ref(), &options)?
            .into_iter()
            .map(|chart| Figure {
                id: chart.id,
                file_stem: chart.file_stem,
                title: chart.title,
                svg: chart.svg,
            })
            .collect();
    let mut extra_benchmarks = Vec::new();
    for choice in &request.extra_benchmarks {
        let other = crate::analysis::comparison::compare(
            data,
            &crate::analysis::comparison::ComparisonRequest {
                benchmark: choice.clone(),
                ..request.comparison.clone()
            },
        )?;
        extra_benchmarks.extend(other.benchmark.map(|b| b.benchmark));
    }
    let document = build(ReportInput {
        data,
        comparison: &comparison,
        extra_benchmarks,
        figures,
        since: request.since.clone(),
        lang: request.lang,
    })?;
    write(&document, path)
}
