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

mod axes;
mod bars;
mod canvas;
mod gaps;
mod glyphs;
mod heatmap;
mod items;
mod layout;
mod page;
mod profile;
mod quadrant;
mod render;
mod style;
mod text;

use std::path::PathBuf;
use std::str::FromStr;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context as _, Result};
use rayon::prelude::*;

use crate::analysis::comparison::{self, Comparison, ComparisonRequest, OrganisationResult};
use crate::analysis::cooperation;
use crate::model::questionnaire::{
    CULTURE, CUSTOMER_EXPERIENCE, LEADERSHIP, OPERATIONAL_EFFICIENCY,
};
use crate::store::atomic_file::write_atomic_all;
use crate::store::slug::slugify;
use crate::store::workspace::WorkspaceData;
use crate::words::findings;
use crate::words::i18n::{self, Lang};

pub use render::svg_to_png;

/// The size of exported images in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartSize {
    pub width: u32,
    pub height: u32,
}

impl ChartSize {
    pub const MIN_WIDTH: u32 = 800;
    pub const MIN_HEIGHT: u32 = 500;
    pub const MAX_SIDE: u32 = 8000;
}

impl Default for ChartSize {
    /// Wide enough for print at 150 dpi over an A4 text width.
    fn default() -> Self {
        ChartSize {
            width: 1600,
            height: 1000,
        }
    }
}

/// A size given as `WIDTHxHEIGHT` that cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid size '{0}': use WIDTHxHEIGHT in pixels, for example 1600x1000 (width {min_w}–{max}, height {min_h}–{max})",
    min_w = ChartSize::MIN_WIDTH,
    min_h = ChartSize::MIN_HEIGHT,
    max = ChartSize::MAX_SIDE
)]
pub struct InvalidSize(pub String);

impl FromStr for ChartSize {
    type Err = InvalidSize;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = || InvalidSize(text.to_string());
        let (w, h) = text
            .trim()
            .split_once(['x', 'X', '×'])
            .ok_or_else(invalid)?;
        let width: u32 = w.trim().parse().map_err(|_| invalid())?;
        let height: u32 = h.trim().parse().map_err(|_| invalid())?;
        if !(Self::MIN_WIDTH..=Self::MAX_SIDE).contains(&width)
            || !(Self::MIN_HEIGHT..=Self::MAX_SIDE).contains(&height)
        {
            return Err(invalid());
        }
        Ok(ChartSize { width, height })
    }
}

/// A file format charts are exported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChartFormat {
    Png,
    Svg,
}

impl ChartFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ChartFormat::Png => "png",
            ChartFormat::Svg => "svg",
        }
    }
}

/// A format name that is not `png` or `svg`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown format '{0}': use png, svg or png,svg")]
pub struct UnknownFormat(pub String);

impl FromStr for ChartFormat {
    type Err = UnknownFormat;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_ascii_lowercase().as_str() {
            "png" => Ok(ChartFormat::Png),
            "svg" => Ok(ChartFormat::Svg),
            _ => Err(UnknownFormat(text.to_string())),
        }
    }
}

/// How charts are drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChartOptions {
    pub lang: Lang,
    pub size: ChartSize,
}

/// What to export and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    pub out_dir: PathBuf,
    /// Formats to write; both when empty.
    pub formats: Vec<ChartFormat>,
    pub chart: ChartOptions,
}

/// One drawn chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    /// A stable id, the same in every language: `quadrant`, `compared:operational_efficiency`,
    /// `items:customer_experience`, `profile:culture:ORG`, `pillar:leadership`, `targets:ORG`.
    pub id: String,
    /// The file name without extension, in the chart's language (`01-kwadrant`).
    pub file_stem: String,
    pub title: String,
    pub width: u32,
    pub height: u32,
    pub svg: String,
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
}

/// A partner as drawn: its result, a short name for labels and its look.
pub(crate) struct Partner<'a> {
    pub result: &'a OrganisationResult,
    pub short: String,
    pub look: style::Look,
}

/// Everything a chart is drawn from.
pub(crate) struct Context<'a> {
    pub data: &'a WorkspaceData,
    pub comparison: &'a Comparison,
    pub previous: Option<&'a Comparison>,
    pub lang: Lang,
    pub size: ChartSize,
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
fn describe(ctx: &Context, kind: &ChartKind) -> (String, String, String) {
    let texts = ctx.texts();
    let org_id = |index: usize| ctx.partners[index].result.id.clone();
    let org_name = |index: usize| ctx.partners[index].result.name.clone();
    match kind {
        ChartKind::Quadrant => (
            "quadrant".to_string(),
            format!("01-{}", texts.file_quadrant),
            texts.quadrant_title.to_string(),
        ),
        ChartKind::Compared(scale) => (
            format!("compared:{scale}"),
            format!("{}-{}", number_of(scale), slugify(&ctx.scale_name(scale))),
            (texts.compared_title)(&ctx.scale_name(scale)),
        ),
        ChartKind::Items(scale) => (
            format!("items:{scale}"),
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
                format!("profile:{pillar}:{}", org_id(*organisation)),
                format!("{number}-{stem}-{}", slugify(&org_id(*organisation))),
                (texts.profile_title)(&ctx.pillar_name(pillar), &org_name(*organisation)),
            )
        }
        ChartKind::PillarCompared(pillar) => {
            let (number, stem) = if *pillar == CULTURE {
                ("05", texts.file_culture_compared)
            } else {
                ("06", texts.file_leadership_compared)
            };
            (
                format!("pillar:{pillar}"),
                format!("{number}-{stem}"),
                (texts.pillar_compared_title)(&ctx.pillar_name(pillar)),
            )
        }
        ChartKind::Targets { organisation } => (
            format!("targets:{}", org_id(*organisation)),
            format!(
                "07-{}-{}",
                texts.file_targets,
                slugify(&org_id(*organisation))
            ),
            (texts.targets_title)(&org_name(*organisation)),
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
    }
    .with_context(|| format!("cannot draw chart {file_stem}"))?;
    Ok(Chart {
        id,
        file_stem,
        title,
        width: ctx.size.width,
        height: ctx.size.height,
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
        .with_context(|| format!("cannot create folder {}", options.out_dir.display()))?;
    let done = AtomicUsize::new(0);
    let total = kinds.len();
    let rendered: Vec<Vec<(PathBuf, Vec<u8>)>> = kinds
        .par_iter()
        .map(|kind| -> Result<Vec<(PathBuf, Vec<u8>)>> {
            let chart = draw(&ctx, kind)?;
            let mut files = Vec::new();
            for format in &formats {
                let path =
                    options
                        .out_dir
                        .join(format!("{}.{}", chart.file_stem, format.extension()));
                let bytes = match format {
                    ChartFormat::Svg => chart.svg.clone().into_bytes(),
                    ChartFormat::Png => svg_to_png(&chart.svg, chart.width, chart.height)
                        .with_context(|| format!("cannot render {}", path.display()))?,
                };
                files.push((path, bytes));
            }
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
            Ok(files)
        })
        .collect::<Result<_>>()?;
    let files: Vec<(PathBuf, Vec<u8>)> = rendered.into_iter().flatten().collect();
    write_atomic_all(&files)?;
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_bad_sizes_are_refused_with_the_value() {
        assert_eq!(
            "1920x1080".parse::<ChartSize>(),
            Ok(ChartSize {
                width: 1920,
                height: 1080
            })
        );
        let error = "1600by900".parse::<ChartSize>().unwrap_err();
        assert!(error.to_string().contains("'1600by900'"), "{error}");
        assert!("10x10".parse::<ChartSize>().is_err());
        assert!("99999x1000".parse::<ChartSize>().is_err());
    }
}
