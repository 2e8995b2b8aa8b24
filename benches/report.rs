//! How long the analysis behind the report takes on a workspace of 50 municipalities with
//! about ten respondents each in two rounds: findings for one partner, the change between the
//! rounds, and the whole report document rendered as HTML (without charts).
#![allow(clippy::unwrap_used)]

use rijp::analysis::change;
use rijp::analysis::comparison::{self, Comparison, ComparisonRequest};
use rijp::model::questionnaire::Questionnaire;
use rijp::render::report::{self, ReportInput};
use rijp::store::workspace::{Workspace, WorkspaceData};
use rijp::words::findings;
use rijp::words::i18n::Lang;

fn main() {
    divan::main();
}

struct Setup {
    _folder: tempfile::TempDir,
    data: WorkspaceData,
    comparison: Comparison,
}

fn setup() -> Setup {
    let folder = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(folder.path().join("ws"));
    rijp::ingest::demo::write_synthetic(&workspace, &Questionnaire::bundled().unwrap(), 50, 10, 7)
        .unwrap();
    let data = workspace.load().unwrap();
    let comparison = comparison::compare(&data, &ComparisonRequest::default()).unwrap();
    Setup {
        _folder: folder,
        data,
        comparison,
    }
}

#[divan::bench(sample_count = 20)]
fn findings_for_one_partner(bencher: divan::Bencher) {
    let setup = setup();
    let id = setup.comparison.organisations[0].id.clone();
    bencher.bench_local(|| {
        findings::for_organisation(
            &setup.comparison,
            &setup.data,
            findings::Subject::Organisation(&id),
            Lang::Nl,
        )
    });
}

#[divan::bench(sample_count = 20)]
fn change_since_previous_round(bencher: divan::Bencher) {
    let setup = setup();
    bencher.bench_local(|| change::since_previous(&setup.data, &setup.comparison, "x").unwrap());
}

#[divan::bench(sample_count = 10)]
fn report_document_as_html(bencher: divan::Bencher) {
    let setup = setup();
    bencher.bench_local(|| {
        let document = report::build(ReportInput {
            data: &setup.data,
            comparison: &setup.comparison,
            extra_benchmarks: Vec::new(),
            figures: Vec::new(),
            since: None,
            lang: Lang::Nl,
        })
        .unwrap();
        report::to_html(&document)
    });
}
