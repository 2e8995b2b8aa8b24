//! The demo workspace and its report document, as `write_report` builds it, for tests that
//! read the printed outputs.

use rijp::analysis::comparison::ComparisonRequest;
use rijp::model::questionnaire::Questionnaire;
use rijp::render::charts;
use rijp::render::report::{self, Document, ReportInput};
use rijp::store::workspace::{Workspace, WorkspaceData};
use rijp::words::i18n::Lang;

pub fn demo() -> (tempfile::TempDir, WorkspaceData) {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path().join("ws"));
    rijp::ingest::demo::write_demo(&workspace, &Questionnaire::bundled().unwrap()).unwrap();
    let data = workspace.load().unwrap();
    (dir, data)
}

/// The report document as `write_report` builds it.
pub fn document(data: &WorkspaceData, lang: Lang) -> Document {
    let request = ComparisonRequest::default();
    let (comparison, previous) = charts::compare_with_previous(data, &request).unwrap();
    let figures = charts::draw_charts(
        data,
        &comparison,
        previous.as_ref(),
        &report::chart_options(lang),
    )
    .unwrap();
    report::build(ReportInput {
        data,
        comparison: &comparison,
        extra_benchmarks: Vec::new(),
        figures,
        since: None,
        lang,
    })
    .unwrap()
}
