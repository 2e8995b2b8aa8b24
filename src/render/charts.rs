//! Report-quality charts of a comparison, as SVG and PNG.
//!
//! Every chart is drawn with plotters into an SVG string (the `.svg` file) and that SVG is
//! rasterised with resvg into the `.png`, with the bundled DejaVu Sans only (its horizontal
//! texts set from glyphs rasterised once, see `glyphs`). Charts are built
//! from a [`Comparison`] alone (plus names and item-level answers from the workspace), so they
//! show the same scores as `rijp scores`.
//!
//! - `quadrant`: partners, the cooperation as a whole and benchmark in the quadrant model,
//!   with shifts since the previous round.
//! - `bars`: one dimension compared across partners and the cooperation; `items`: the same per statement.
//! - `profile`: one partner's culture or leadership profile against the benchmark.
//! - `heatmap`: the characteristics of a pillar across all partners.
//! - `gaps`: one partner's scores against its minimum and desired levels.
//! - `distribution`: the partners as points in the benchmark's distribution (with quantiles).

mod axes;
mod bars;
mod canvas;
mod column;
mod describe;
mod distribution;
mod gaps;
mod glyphs;
mod heatmap;
mod id;
mod item_heat;
mod items;
mod layout;
mod options;
mod page;
mod profile;
mod quadrant;
mod render;
mod style;
mod text;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context as _, Result};
use rayon::prelude::*;

use crate::analysis::comparison::{self, Comparison, ComparisonRequest, OrganisationResult};
use crate::analysis::cooperation;
use crate::analysis::privacy;
use crate::model::questionnaire::{
    COOPERATION, CULTURE, CUSTOMER_EXPERIENCE, LEADERSHIP, OPERATIONAL_EFFICIENCY,
};
use crate::store::atomic_file::{FileAction, failed};
use crate::store::slug::slugify;
use crate::store::staged::{self, Staged};
use crate::store::workspace::WorkspaceData;
use crate::words::i18n::{self, Lang};
use crate::words::{findings, format};

pub use distribution::Row as DistributionRow;
pub use id::ChartId;
pub use layout::Rect;
pub use quadrant::Layout as QuadrantLayout;
pub use render::{svg_to_compact_png, svg_to_png, svg_to_png_at};
pub use style::{FONT_BOLD, FONT_REGULAR, Medium};
pub use text::printable as in_bundled_font;

pub use options::{
    ChartFormat, ChartOptions, ChartSize, ExportOptions, InvalidSize, SizeChoice, UnknownFormat,
};

/// One drawn chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    /// Which chart this is, the same in every language.
    pub id: ChartId,
    /// The file name without extension, in the chart's language (`01-kwadrant`).
    pub file_stem: String,
    pub title: String,
    /// What the chart shows, in words (also the SVG's `<desc>`).
    pub description: String,
    pub width: u32,
    pub height: u32,
    /// The medium it was drawn for (its type sizes and print resolution).
    pub medium: Medium,
    pub svg: String,
}

impl Chart {
    /// The chart as a PNG at its own size, marked with its medium's resolution.
    pub fn png(&self) -> Result<Vec<u8>> {
        render::svg_to_png_at(
            &self.svg,
            (self.width, self.height),
            self.medium.dpi(self.width),
        )
    }
}

/// What a chart shows.
#[derive(Clone, Debug, PartialEq, Eq)]
enum ChartKind {
    Quadrant,
    Compared(&'static str),
    Items(&'static str),
    Profile {
        pillar: &'static str,
        organisation: usize,
    },
    PillarCompared(&'static str),
    Targets {
        organisation: usize,
    },
    Distribution,
}

/// A partner as drawn: its result, a short name for labels and its look.
pub(crate) struct Partner<'a> {
    pub result: &'a OrganisationResult,
    pub short: String,
    pub look: style::Look,
}

impl Partner<'_> {
    /// Fewer than three respondents: marked wherever the partner is named or plotted.
    pub fn indicative(&self) -> bool {
        privacy::indicative(self.result.scores.respondents)
    }

    /// The short name as a label, with its mark when the partner is indicative.
    pub fn label(&self, lang: Lang) -> String {
        format::indicative_name(&self.short, self.result.scores.respondents, lang)
    }

    /// The full name in a legend, with its mark when the partner is indicative.
    pub fn display_name(&self, lang: Lang) -> String {
        format::indicative_name(&self.result.name, self.result.scores.respondents, lang)
    }
}

/// Everything a chart is drawn from.
pub(crate) struct Context<'a> {
    pub data: &'a WorkspaceData,
    pub comparison: &'a Comparison,
    pub previous: Option<&'a Comparison>,
    pub lang: Lang,
    pub size: ChartSize,
    pub medium: Medium,
    pub titled: bool,
    pub partners: Vec<Partner<'a>>,
    /// The cooperation as a whole (mean of the partner means), drawn as one more entry when
    /// there are at least two partners; with one it would repeat that partner.
    pub cooperation: Option<OrganisationResult>,
}

impl<'a> Context<'a> {
    fn new(
        data: &'a WorkspaceData,
        comparison: &'a Comparison,
        previous: Option<&'a Comparison>,
        options: &ChartOptions,
    ) -> Context<'a> {
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
        let shorts = crate::model::names::short_names(&names);
        let partners = comparison
            .organisations
            .iter()
            .zip(shorts)
            .enumerate()
            .map(|(index, (result, short))| Partner {
                result,
                short,
                look: style::partner_look(index),
            })
            .collect();
        let cooperation = if comparison.organisations.len() >= 2 {
            cooperation::for_comparison(
                comparison,
                &data.questionnaire,
                &findings::cooperation_name(data, options.lang),
            )
        } else {
            None
        };
        Context {
            data,
            comparison,
            previous,
            lang: options.lang,
            size: options.size,
            medium: options.medium,
            titled: options.titled,
            partners,
            cooperation,
        }
    }

    pub fn texts(&self) -> &'static i18n::charts::ChartTexts {
        i18n::charts::texts(self.lang)
    }

    pub fn scale_name(&self, id: &str) -> String {
        self.data.questionnaire.scale_name(id, self.lang)
    }

    pub fn pillar_name(&self, id: &str) -> String {
        self.data
            .questionnaire
            .pillar(id)
            .map(|pillar| pillar.name.get(self.lang).to_string())
            .unwrap_or_else(|| id.to_string())
    }

    pub fn benchmark_mean(&self, scale: &str) -> Option<f64> {
        self.comparison
            .benchmark
            .as_ref()
            .and_then(|b| b.benchmark.mean(scale))
    }

    /// True when some partner's names were shortened for labels.
    pub fn names_shortened(&self) -> bool {
        self.partners.iter().any(|p| p.short != p.result.name)
    }
}

/// The comparison a request asks for and, when the workspace has a round with answers before
/// it, the same comparison for that round (restricted to the organisations in the current
/// one), for arrows.
pub fn compare_with_previous(
    data: &WorkspaceData,
    request: &ComparisonRequest,
) -> Result<(Comparison, Option<Comparison>)> {
    let current = comparison::compare(data, request)?;
    let Some(previous_round) = data.previous_round(&current.round) else {
        return Ok((current, None));
    };
    // An arrow says how far a partner moved; across questionnaire versions that is not known.
    if !data.same_version(&previous_round.id, &current.round) {
        return Ok((current, None));
    }
    let previous_request = ComparisonRequest {
        round: Some(previous_round.id.clone()),
        organisations: None,
        ..request.clone()
    };
    let mut previous = comparison::compare(data, &previous_request)?;
    previous
        .organisations
        .retain(|org| current.organisation(&org.id).is_some());
    Ok((current, Some(previous)))
}

fn plan(ctx: &Context) -> Vec<ChartKind> {
    let mut kinds = vec![
        ChartKind::Quadrant,
        ChartKind::Compared(OPERATIONAL_EFFICIENCY),
        ChartKind::Items(OPERATIONAL_EFFICIENCY),
        ChartKind::Compared(CUSTOMER_EXPERIENCE),
        ChartKind::Items(CUSTOMER_EXPERIENCE),
    ];
    for pillar in [CULTURE, LEADERSHIP] {
        for organisation in 0..ctx.partners.len() {
            kinds.push(ChartKind::Profile {
                pillar,
                organisation,
            });
        }
        kinds.push(ChartKind::PillarCompared(pillar));
    }
    // The cooperation block, when the round asked it: per partner and for the cooperation.
    let asked = ctx.data.questionnaire_of_round(&ctx.comparison.round);
    if asked.pillar(COOPERATION).is_some() {
        kinds.push(ChartKind::PillarCompared(COOPERATION));
    }
    // Positions only against a benchmark that publishes its distribution.
    if distribution::applies(ctx) {
        kinds.push(ChartKind::Distribution);
    }
    for (index, partner) in ctx.partners.iter().enumerate() {
        if gaps::has_targets(ctx, partner) {
            kinds.push(ChartKind::Targets {
                organisation: index,
            });
        }
    }
    kinds
}

/// Stable id, file stem and title of a chart.
fn describe(ctx: &Context, kind: &ChartKind) -> (ChartId, String, String) {
    let texts = ctx.texts();
    let org_id = |index: usize| ctx.partners[index].result.id.clone();
    // A partner under three respondents is marked in the title that names it, too.
    let org_name = |index: usize| {
        let result = ctx.partners[index].result;
        crate::words::format::indicative_name(&result.name, result.scores.respondents, ctx.lang)
    };
    match kind {
        ChartKind::Quadrant => (
            ChartId::Quadrant,
            format!("01-{}", texts.file_quadrant),
            texts.quadrant_title.to_string(),
        ),
        ChartKind::Compared(scale) => (
            ChartId::compared(*scale),
            format!("{}-{}", number_of(scale), slugify(&ctx.scale_name(scale))),
            (texts.compared_title)(&ctx.scale_name(scale)),
        ),
        ChartKind::Items(scale) => (
            ChartId::items(*scale),
            format!(
                "{}-{}-{}",
                number_of(scale),
                slugify(&ctx.scale_name(scale)),
                texts.file_items
            ),
            (texts.items_title)(&ctx.scale_name(scale)),
        ),
        ChartKind::Profile {
            pillar,
            organisation,
        } => {
            let (number, stem) = if *pillar == CULTURE {
                ("04", texts.file_culture_profile)
            } else {
                ("06", texts.file_leadership_profile)
            };
            (
                ChartId::profile(*pillar, org_id(*organisation)),
                format!("{number}-{stem}-{}", slugify(&org_id(*organisation))),
                (texts.profile_title)(&ctx.pillar_name(pillar), &org_name(*organisation)),
            )
        }
        ChartKind::PillarCompared(pillar) => {
            let (number, stem) = match *pillar {
                CULTURE => ("05", texts.file_culture_compared),
                COOPERATION => ("07", texts.file_cooperation_compared),
                _ => ("06", texts.file_leadership_compared),
            };
            (
                ChartId::pillar(*pillar),
                format!("{number}-{stem}"),
                (texts.pillar_compared_title)(&ctx.pillar_name(pillar)),
            )
        }
        ChartKind::Targets { organisation } => (
            ChartId::targets(org_id(*organisation)),
            format!(
                "08-{}-{}",
                texts.file_targets,
                slugify(&org_id(*organisation))
            ),
            (texts.targets_title)(&org_name(*organisation)),
        ),
        ChartKind::Distribution => (
            ChartId::Distribution,
            format!("09-{}", texts.file_distribution),
            texts.distribution_title.to_string(),
        ),
    }
}

fn number_of(scale: &str) -> &'static str {
    if scale == OPERATIONAL_EFFICIENCY {
        "02"
    } else {
        "03"
    }
}

fn draw(ctx: &Context, kind: &ChartKind) -> Result<Chart> {
    let (id, file_stem, title) = describe(ctx, kind);
    let svg = match kind {
        ChartKind::Quadrant => quadrant::render(ctx, &title),
        ChartKind::Compared(scale) => bars::render(ctx, &title, scale),
        ChartKind::Items(scale) => items::render(ctx, &title, scale),
        ChartKind::Profile {
            pillar,
            organisation,
        } => profile::render(ctx, &title, pillar, &ctx.partners[*organisation]),
        ChartKind::PillarCompared(pillar) => heatmap::render(ctx, &title, pillar),
        ChartKind::Targets { organisation } => {
            gaps::render(ctx, &title, &ctx.partners[*organisation])
        }
        ChartKind::Distribution => distribution::render(ctx, &title),
    }
    .with_context(|| (ctx.texts().cannot_draw)(&file_stem))?;
    let description = describe::finding(ctx, &id);
    let svg = describe::label_svg(&svg, &title, &description);
    // A printed chart may have grown taller than its medium's size to give its rows room.
    let (width, height) = render::drawn_size(&svg).unwrap_or((ctx.size.width, ctx.size.height));
    Ok(Chart {
        id,
        file_stem,
        title,
        description,
        width,
        height,
        medium: ctx.medium,
        svg,
    })
}

/// Draws every chart of a comparison as SVG (no files are written), in the order of the set.
/// `previous` is the previous round's comparison, for arrows in the quadrant chart.
pub fn draw_charts(
    data: &WorkspaceData,
    comparison: &Comparison,
    previous: Option<&Comparison>,
    options: &ChartOptions,
) -> Result<Vec<Chart>> {
    let ctx = Context::new(data, comparison, previous, options);
    let kinds = plan(&ctx);
    kinds.par_iter().map(|kind| draw(&ctx, kind)).collect()
}

/// Where the quadrant chart's labels, markers and lines go, for checks that no label covers
/// another label or a marker.
pub fn quadrant_layout(
    data: &WorkspaceData,
    request: &ComparisonRequest,
    options: &ChartOptions,
) -> Result<quadrant::Layout> {
    let (current, previous) = compare_with_previous(data, request)?;
    let ctx = Context::new(data, &current, previous.as_ref(), options);
    quadrant::layout(&ctx)
}

/// Where the distribution chart's medians and partners' points stand, per characteristic.
pub fn distribution_layout(
    data: &WorkspaceData,
    request: &ComparisonRequest,
    options: &ChartOptions,
) -> Result<Vec<DistributionRow>> {
    let (current, previous) = compare_with_previous(data, request)?;
    let ctx = Context::new(data, &current, previous.as_ref(), options);
    distribution::layout(&ctx)
}

/// Draws every chart a request asks for as SVG (no files are written).
pub fn charts(
    data: &WorkspaceData,
    request: &ComparisonRequest,
    options: &ChartOptions,
) -> Result<Vec<Chart>> {
    let (current, previous) = compare_with_previous(data, request)?;
    draw_charts(data, &current, previous.as_ref(), options)
}

/// Writes every chart a request asks for into `options.out_dir`; returns the files written,
/// in the order of the chart set.
pub fn export_all(
    data: &WorkspaceData,
    request: &ComparisonRequest,
    options: &ExportOptions,
) -> Result<Vec<PathBuf>> {
    export_all_with_progress(data, request, options, &|_, _| {})
}

/// As [`export_all`], calling `progress(done, total)` after each chart.
pub fn export_all_with_progress(
    data: &WorkspaceData,
    request: &ComparisonRequest,
    options: &ExportOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Vec<PathBuf>> {
    let (current, previous) = compare_with_previous(data, request)?;
    let ctx = Context::new(data, &current, previous.as_ref(), &options.chart);
    let kinds = plan(&ctx);
    let mut formats = options.formats.clone();
    if formats.is_empty() {
        formats = vec![ChartFormat::Png, ChartFormat::Svg];
    }
    formats.sort();
    formats.dedup();
    std::fs::create_dir_all(&options.out_dir)
        .map_err(failed(FileAction::CreateFolder, &options.out_dir))?;
    let done = AtomicUsize::new(0);
    let total = kinds.len();
    // Each file is written under a temporary name as soon as it is made, so the set is never
    // held in memory whole; all are put in place together once every chart has been made.
    let staged: Vec<Vec<Staged>> = kinds
        .par_iter()
        .map(|kind| -> Result<Vec<Staged>> {
            let chart = draw(&ctx, kind)?;
            let mut files = Vec::new();
            for format in &formats {
                let path =
                    options
                        .out_dir
                        .join(format!("{}.{}", chart.file_stem, format.extension()));
                let staged = match format {
                    ChartFormat::Svg => staged::stage(&path, chart.svg.as_bytes())?,
                    ChartFormat::Png => {
                        let bytes = chart.png().with_context(|| {
                            (ctx.texts().cannot_render)(&path.display().to_string())
                        })?;
                        staged::stage(&path, &bytes)?
                    }
                };
                files.push(staged);
            }
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
            Ok(files)
        })
        .collect::<Result<_>>()?;
    let staged: Vec<Staged> = staged.into_iter().flatten().collect();
    staged::flush(&staged)?;
    staged::commit(staged)
}
