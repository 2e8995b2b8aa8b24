//! Speed of the chart export: the full set for the five-partner demo (every chart as PNG and
//! SVG, written to disk), and drawing the SVGs alone.

use rijp::analysis::comparison::ComparisonRequest;
use rijp::ingest::demo;
use rijp::model::questionnaire::Questionnaire;
use rijp::render::charts::{self, ChartFormat, ChartOptions, ExportOptions};
use rijp::store::workspace::{Workspace, WorkspaceData};

fn main() {
    divan::main();
}

fn demo_data(dir: &std::path::Path) -> WorkspaceData {
    let workspace = Workspace::at(dir.join("ws"));
    let questionnaire = Questionnaire::bundled().expect("the bundled questionnaire is valid");
    demo::write_demo(&workspace, &questionnaire).expect("the demo can be written");
    workspace.load().expect("the demo loads")
}

#[divan::bench(sample_count = 20)]
fn export_demo_png_and_svg(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let data = demo_data(dir.path());
    let options = ExportOptions {
        out_dir: dir.path().join("out"),
        formats: vec![ChartFormat::Png, ChartFormat::Svg],
        chart: ChartOptions::default(),
    };
    bencher.bench_local(|| {
        charts::export_all(&data, &ComparisonRequest::default(), &options)
            .expect("the demo exports")
    });
}

#[divan::bench(sample_count = 20)]
fn draw_demo_svgs(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let data = demo_data(dir.path());
    bencher.bench_local(|| {
        charts::charts(
            &data,
            &ComparisonRequest::default(),
            &ChartOptions::default(),
        )
        .expect("the demo draws")
    });
}

#[divan::bench(sample_count = 10)]
fn render_demo_pngs(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let data = demo_data(dir.path());
    let charts = charts::charts(
        &data,
        &ComparisonRequest::default(),
        &ChartOptions::default(),
    )
    .expect("the demo draws");
    bencher.bench_local(|| {
        use rayon::prelude::*;
        charts
            .par_iter()
            .map(|chart| charts::svg_to_png(&chart.svg, chart.width, chart.height))
            .collect::<Result<Vec<_>, _>>()
            .expect("every chart renders")
    });
}
