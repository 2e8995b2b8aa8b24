//! The report for a steering group, board or council: a self-contained HTML file (charts
//! inlined as SVG, no external assets, A4 print styles) or Markdown with the charts written
//! beside it.
//!
//! The report is first built as a [`Document`] from one [`Comparison`] and what derives from
//! it (change, respondents, gaps, findings); the writers only render it. Output is
//! deterministic: the same workspace gives byte-identical files.

mod agenda;
mod appendix;
mod document;
mod docx;
mod error;
mod html;
mod markdown;
mod output;
mod partner;
mod pdf;
mod summary;

use anyhow::Result;

use crate::analysis::benchmark::{Benchmark, BenchmarkOrigin};
use crate::analysis::change::{self, RoundChange};
use crate::analysis::comparison::{Comparison, OrganisationResult};
use crate::analysis::cooperation;
use crate::model::questionnaire::{QuadrantId, Questionnaire};
use crate::store::workspace::WorkspaceData;
use crate::words::findings::{self, FindingContext};
use crate::words::i18n::{self, Lang, format_deviation, format_score};

pub use document::{Block, ColumnFit, Document, Figure, Section, Table};
pub use error::{ReportError, ReportErrorKind};
pub use output::{
    ReportFormat, ReportRequest, chart_options, to_docx, to_markdown, to_pdf, write, write_report,
};

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
    /// Short names of the partners by organisation id, for table rows and columns.
    pub shorts: std::collections::BTreeMap<String, String>,
    pub lang: Lang,
    pub t: &'static i18n::report::ReportTexts,
}

impl ReportContext<'_> {
    /// The name a table row or column gives an entry: the partner's short name, or "the
    /// cooperation as a whole".
    /// The short name as a table row names it: marked "indicatief, n = 1" when the
    /// organisation has fewer than three respondents (the privacy rule).
    pub fn row_name(&self, org: &OrganisationResult) -> String {
        let short = self.short(org);
        if cooperation::is_cooperation(org) {
            short
        } else {
            crate::words::format::indicative_name(&short, org.scores.respondents, self.lang)
        }
    }

    pub fn short(&self, org: &OrganisationResult) -> String {
        if cooperation::is_cooperation(org) {
            return self.t.cooperation_generic.to_string();
        }
        self.shorts
            .get(&org.id)
            .cloned()
            .unwrap_or_else(|| org.name.clone())
    }

    /// The benchmarks as a table names them (a short head) with the note that names them in
    /// full under the table.
    pub fn benchmark_heads(&self) -> Vec<(String, String)> {
        let numbered = self.benchmarks.len() > 1;
        self.benchmarks
            .iter()
            .enumerate()
            .map(|(index, benchmark)| {
                let head = if numbered {
                    format!("{} {}", self.t.benchmark, index + 1)
                } else {
                    self.t.benchmark.to_string()
                };
                let note = format!("{head}: {}.", benchmark_label(benchmark, self.lang));
                (head, note)
            })
            .collect()
    }

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

    /// Where an entry stands, as every table says it (see [`crate::words::format::placement`]).
    pub fn placement(&self, org: &OrganisationResult) -> String {
        crate::words::format::placement(self.questionnaire, org, self.lang)
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
    let mut label = crate::words::format::benchmark_name(benchmark, lang);
    if !details.is_empty() {
        label = format!("{label} ({})", details.join(", "));
    }
    if benchmark.illustrative {
        label = format!("{label} — {}", t.illustrative_flag);
    }
    label
}

/// The partners' short names by organisation id, by the one rule charts and screens use.
fn short_names(
    data: &WorkspaceData,
    comparison: &Comparison,
) -> std::collections::BTreeMap<String, String> {
    let names: Vec<(&str, Option<&str>)> = comparison
        .organisations
        .iter()
        .map(|o| {
            let own = data
                .organisation(&o.id)
                .and_then(|org| org.short_name.as_deref());
            (o.name.as_str(), own)
        })
        .collect();
    comparison
        .organisations
        .iter()
        .map(|o| o.id.clone())
        .zip(crate::model::names::short_names(&names))
        .collect()
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
    let change = change_since(data, comparison, since.as_deref(), &cooperation_name, lang)?;
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
        shorts: short_names(data, comparison),
        lang,
        t,
    };
    let print = i18n::report::print_texts(lang);
    Ok(Document {
        lang,
        title: format!("{} — {}", t.title, comparison.round_label),
        cooperation: data.settings.name.clone(),
        subtitle: subtitle(&ctx),
        round_label: comparison.round_label.clone(),
        status: i18n::actions::running_status(
            lang,
            data.round(&comparison.round)
                .and_then(|round| round.closed.as_ref())
                .map(|closed| closed.date),
        ),
        date: data
            .round(&comparison.round)
            .and_then(|round| round.date.clone()),
        subject: (t.questionnaire_version)(
            ctx.questionnaire.title.get(lang),
            ctx.questionnaire.version,
        ),
        author: data.settings.name.clone(),
        contents_heading: t.contents.to_string(),
        figure_word: t.figure.to_string(),
        page_words: (print.page.to_string(), print.of.to_string()),
        print_route: print.print_route.to_string(),
        contents_hint: print.contents_hint.to_string(),
        sections: sections(&ctx),
        figures,
    })
}

/// The change since the round `--since` names (by id or name), or else since the previous
/// round, when there is one.
fn change_since(
    data: &WorkspaceData,
    comparison: &Comparison,
    since: Option<&str>,
    cooperation_name: &str,
    lang: Lang,
) -> Result<Option<RoundChange>> {
    let Some(round) = since else {
        return change::since_previous(data, comparison, cooperation_name);
    };
    let known = data
        .round(round)
        .or_else(|| {
            data.rounds
                .iter()
                .find(|r| r.name.as_deref() == Some(round))
        })
        .ok_or_else(|| ReportError {
            lang,
            kind: ReportErrorKind::UnknownSinceRound {
                round: round.to_string(),
                known: data.rounds.iter().map(|r| r.id.clone()).collect(),
            },
        })?;
    Ok(Some(change::since(
        data,
        comparison,
        &known.id,
        cooperation_name,
    )?))
}

/// The lines under the title: round, reference date, benchmarks and questionnaire.
fn subtitle(ctx: &ReportContext) -> Vec<String> {
    let (data, comparison, lang, t) = (ctx.data, ctx.comparison, ctx.lang, ctx.t);
    let print = i18n::report::print_texts(lang);
    let mut subtitle = vec![format!("{}: {}", t.round, comparison.round_label)];
    let closed = data
        .round(&comparison.round)
        .and_then(|r| r.closed.as_ref());
    subtitle.push(i18n::actions::report_status(lang, closed.map(|c| c.date)));
    if let Some(date) = data
        .round(&comparison.round)
        .and_then(|round| round.date.as_deref())
    {
        subtitle.push(format!("{}: {}", print.reference_date, print.date(date)));
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
        "{}: {}",
        t.questionnaire,
        (t.questionnaire_version)(ctx.questionnaire.title.get(lang), ctx.questionnaire.version)
    ));
    subtitle
}

/// The summary, the quadrant and the comparisons, a section per partner, the improvement
/// agenda when there is one, the programme and the appendix.
fn sections(ctx: &ReportContext) -> Vec<Section> {
    let mut sections = vec![
        summary::summary(ctx),
        summary::quadrant(ctx),
        summary::comparisons(ctx),
    ];
    let mut partners = Section::new("partners", "", ctx.t.partners);
    for organisation in &ctx.partners {
        partners.section(partner::section(ctx, organisation));
    }
    sections.push(partners);
    sections.extend(agenda::agenda(ctx));
    sections.push(appendix::programme(ctx));
    sections.push(appendix::appendix(ctx));
    sections
}

/// The document as one self-contained HTML page.
pub fn to_html(document: &Document) -> String {
    html::render(document)
}
