#![allow(clippy::unwrap_used)]
//! The exported charts: every chart renders for the demo and for edge cases, the SVG is valid
//! XML with the expected texts, the PNG has the requested size, and output is deterministic.

use std::path::Path;

use rijp::charts::{self, Chart, ChartFormat, ChartOptions, ChartSize, ExportOptions};
use rijp::comparison::{BenchmarkChoice, ComparisonRequest};
use rijp::demo;
use rijp::i18n::Lang;
use rijp::questionnaire::Questionnaire;
use rijp::workspace::{Workspace, WorkspaceData};

fn demo_workspace(dir: &Path) -> WorkspaceData {
    let workspace = Workspace::at(dir);
    demo::write_demo(&workspace, &Questionnaire::bundled().unwrap()).unwrap();
    workspace.load().unwrap()
}

fn synthetic_workspace(dir: &Path, municipalities: usize) -> WorkspaceData {
    let workspace = Workspace::at(dir);
    demo::write_synthetic(
        &workspace,
        &Questionnaire::bundled().unwrap(),
        municipalities,
        3,
        7,
    )
    .unwrap();
    workspace.load().unwrap()
}

fn draw(data: &WorkspaceData, request: &ComparisonRequest, lang: Lang) -> Vec<Chart> {
    charts::charts(
        data,
        request,
        &ChartOptions {
            lang,
            size: ChartSize::default(),
        },
    )
    .unwrap()
}

/// Every text node of an SVG, which must parse as XML.
fn svg_texts(chart: &Chart) -> String {
    let document = roxmltree::Document::parse(&chart.svg)
        .unwrap_or_else(|e| panic!("{} is not valid XML: {e}", chart.file_stem));
    document
        .descendants()
        .filter(|node| node.is_text())
        .filter_map(|node| node.text())
        .collect::<Vec<_>>()
        .join("\n")
}

fn chart<'a>(charts: &'a [Chart], id: &str) -> &'a Chart {
    charts
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no chart {id}"))
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder.read_info().unwrap();
    let info = reader.info();
    (info.width, info.height)
}

#[test]
fn demo_quadrant_shows_partners_benchmark_quadrants_and_illustrative_notice() {
    let dir = tempfile::tempdir().unwrap();
    let data = demo_workspace(dir.path());
    let charts = draw(&data, &ComparisonRequest::default(), Lang::Nl);
    let quadrant = chart(&charts, "quadrant");
    assert_eq!(quadrant.file_stem, "01-kwadrant");
    let texts = svg_texts(quadrant);
    for expected in [
        "Aldersum",
        "Eemstein",
        "Gemeente Crommenhoorn (fictief)",
        "Traditioneel",
        "Geïndustrialiseerd",
        "Geïntegreerde klantervaring",
        "Toekomstvoorbereid",
        "Illustratieve benchmark gemeenten",
        "illustratief",
        "Meting 2025",
        "schaalmidden",
        "Nulmeting 2024",
        "Respondenten",
    ] {
        assert!(texts.contains(expected), "quadrant lacks {expected:?}");
    }
    // Eemstein joined in the last round: no arrow, and the legend says it is new.
    assert!(texts.contains("nieuw in deze ronde"));
}

#[test]
fn english_charts_use_english_names_and_decimal_points() {
    let dir = tempfile::tempdir().unwrap();
    let data = demo_workspace(dir.path());
    let charts = draw(&data, &ComparisonRequest::default(), Lang::En);
    let quadrant = chart(&charts, "quadrant");
    assert_eq!(quadrant.file_stem, "01-quadrant");
    let texts = svg_texts(quadrant);
    assert!(texts.contains("Silos and spaghetti"));
    assert!(texts.contains("Future ready"));
    assert!(texts.contains("39.7"), "scores use a decimal point");
    assert!(texts.contains("illustrative"));
}

#[test]
fn export_writes_png_of_the_requested_size_and_identical_bytes_twice() {
    let dir = tempfile::tempdir().unwrap();
    let data = demo_workspace(&dir.path().join("ws"));
    let options = |out: &str| ExportOptions {
        out_dir: dir.path().join(out),
        formats: vec![ChartFormat::Png, ChartFormat::Svg],
        chart: ChartOptions {
            lang: Lang::Nl,
            size: ChartSize {
                width: 1800,
                height: 1200,
            },
        },
    };
    let first = charts::export_all(&data, &ComparisonRequest::default(), &options("a")).unwrap();
    let second = charts::export_all(&data, &ComparisonRequest::default(), &options("b")).unwrap();
    assert_eq!(first.len(), second.len());
    assert!(first.iter().any(|p| p.ends_with("01-kwadrant.png")));
    assert!(first.iter().any(|p| p.ends_with("01-kwadrant.svg")));
    for (a, b) in first.iter().zip(&second) {
        let (a_bytes, b_bytes) = (std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
        assert!(
            a_bytes == b_bytes,
            "{} differs between exports",
            a.display()
        );
        if a.extension().is_some_and(|e| e == "png") {
            assert_eq!(png_size(&a_bytes), (1800, 1200), "{}", a.display());
        }
    }
}

#[test]
fn one_partner_and_no_benchmark_still_render() {
    let dir = tempfile::tempdir().unwrap();
    let data = synthetic_workspace(dir.path(), 2);
    let request = ComparisonRequest {
        benchmark: BenchmarkChoice::Peers,
        organisations: Some(vec!["gemeente-001".to_string()]),
        ..ComparisonRequest::default()
    };
    let charts = draw(&data, &request, Lang::Nl);
    let texts = svg_texts(chart(&charts, "quadrant"));
    assert!(texts.contains("Gemeente 001 (synthetisch)"));
    assert!(texts.contains("geen benchmark"));
    assert!(!texts.contains("Gemeente 002"));
}

#[test]
fn twelve_partners_all_appear() {
    let dir = tempfile::tempdir().unwrap();
    let data = synthetic_workspace(dir.path(), 12);
    let charts = draw(&data, &ComparisonRequest::default(), Lang::Nl);
    let texts = svg_texts(chart(&charts, "quadrant"));
    for index in 1..=12 {
        assert!(
            texts.contains(&format!("Gemeente {index:03} (synthetisch)")),
            "partner {index} missing from the legend"
        );
    }
}
