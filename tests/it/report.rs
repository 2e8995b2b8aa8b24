//! The report: well-formed, self-contained HTML with every section, escaped names,
//! deterministic output, and Markdown beside it.

use crate::support::fixture;

use fixture::{Fixture, v};
use rijp::analysis::comparison::{BenchmarkChoice, ComparisonRequest};
use rijp::model::assessment::Role;
use rijp::model::questionnaire::Questionnaire;
use rijp::render::report::{self, ReportError, ReportErrorKind, ReportRequest};
use rijp::store::workspace::{Settings, Workspace};
use rijp::words::i18n::Lang;

fn demo() -> (tempfile::TempDir, rijp::store::workspace::WorkspaceData) {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path().join("ws"));
    rijp::ingest::demo::write_demo(&workspace, &Questionnaire::bundled().unwrap()).unwrap();
    let data = workspace.load().unwrap();
    (dir, data)
}

fn parse(html: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(html, options)
        .unwrap_or_else(|e| panic!("the report is not well-formed: {e}"))
}

fn section_ids(document: &roxmltree::Document) -> Vec<String> {
    document
        .descendants()
        .filter(|n| n.has_tag_name("section"))
        .filter_map(|n| n.attribute("id").map(str::to_string))
        .collect()
}

#[test]
fn html_report_is_well_formed_and_has_every_section() {
    let (dir, data) = demo();
    let out = dir.path().join("rapport.html");
    let request = ReportRequest {
        comparison: ComparisonRequest::default(),
        extra_benchmarks: vec![BenchmarkChoice::Peers],
        since: None,
        lang: Lang::Nl,
    };
    let written = report::write_report(&data, &request, &out).unwrap();
    assert_eq!(written, std::slice::from_ref(&out));
    let html = std::fs::read_to_string(&out).unwrap();
    let document = parse(&html);
    let ids = section_ids(&document);
    for expected in [
        "summary",
        "quadrant",
        "comparisons",
        "compare-ambition",
        "compare-culture",
        "compare-leadership",
        "partners",
        "programme",
        "appendix",
        "appendix-benchmarks",
        "appendix-basis",
        "appendix-reliability",
    ] {
        assert!(
            ids.iter().any(|id| id == expected),
            "missing section {expected}"
        );
    }
    for organisation in &data.organisations {
        for part in ["", "-profile", "-findings", "-scores", "-change", "-gaps"] {
            let id = format!("partner-{}{part}", organisation.id);
            assert!(ids.contains(&id), "missing section {id}");
        }
    }
    // The quadrant chart is inlined as SVG in its section, with a numbered caption.
    let quadrant = document
        .descendants()
        .find(|n| n.attribute("id") == Some("quadrant"))
        .unwrap();
    assert!(quadrant.descendants().any(|n| n.tag_name().name() == "svg"));
    assert!(html.contains("<figcaption>Figuur 1. "));
    // No external assets: nothing is loaded from elsewhere.
    assert!(!html.contains("src=\"http"));
    assert!(!html.contains("<link"));
    assert!(!html.contains("<script"));
    assert!(html.contains("@media print"));
    // Both benchmarks are named with year, n and the illustrative flag.
    assert!(html.contains(
        "Illustratieve benchmark gemeenten (2025, n = 128) — illustratief, geen echte meting"
    ));
    assert!(
        html.contains("gemiddelde van de deelnemers van GR ICT Noorderwaard (fictief) (n = 5)")
    );
    // The cooperation as a whole is an entry of its own.
    assert!(html.contains("GR ICT Noorderwaard (fictief; samenwerking als geheel)"));
    // Findings in words for a partner that joined later.
    assert!(html.contains("Gemeente Eemstein (fictief) deed in Nulmeting 2024 nog niet mee"));
}

#[test]
fn report_is_deterministic_and_english_when_asked() {
    let (dir, data) = demo();
    let request = ReportRequest {
        lang: Lang::En,
        ..ReportRequest::default()
    };
    let first = dir.path().join("a.html");
    let second = dir.path().join("b.html");
    report::write_report(&data, &request, &first).unwrap();
    report::write_report(&data, &request, &second).unwrap();
    let a = std::fs::read(&first).unwrap();
    assert_eq!(a, std::fs::read(&second).unwrap());
    let html = String::from_utf8(a).unwrap();
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("Summary of the cooperation"));
    assert!(html.contains("Reliability of the scales"));
}

#[test]
fn names_are_escaped() {
    let f = Fixture::new();
    f.settings(Settings {
        name: Some("GR <Oost> & \"West\"".to_string()),
        ..Settings::default()
    })
    .organisation(
        "a",
        "Gemeente <script>alert(1)</script> & Co",
        Some(10_000),
        &[],
        &[],
    )
    .organisation("b", "B's gemeente", None, &[], &[])
    .round("2025", "2025-03-01");
    f.respondent("2025", "a", "r", Role::Staff, Some(3), &[("vision", v(5))])
        .respondent("2025", "b", "r", Role::Board, Some(4), &[]);
    let data = f.load();
    let out = f.dir.path().join("r.html");
    report::write_report(&data, &ReportRequest::default(), &out).unwrap();
    let html = std::fs::read_to_string(&out).unwrap();
    let document = parse(&html);
    assert!(!html.contains("<script>"));
    assert!(html.contains("Gemeente &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
    let text: String = document
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    assert!(text.contains("GR <Oost> & \"West\""));
    assert!(text.contains("B's gemeente"));
}

#[test]
fn markdown_report_has_every_section() {
    let (dir, data) = demo();
    let out = dir.path().join("report.md");
    let request = ReportRequest {
        lang: Lang::En,
        ..ReportRequest::default()
    };
    report::write_report(&data, &request, &out).unwrap();
    let text = std::fs::read_to_string(&out).unwrap();
    for heading in [
        "## Summary of the cooperation\n",
        "## Quadrant model\n",
        "## Comparison of the partners\n",
        "## Partners\n",
        "### Gemeente Aldersum (fictief)\n",
        "#### Findings\n",
        "## Programme: gaps per theme\n",
        "## Appendix\n",
        "1. [Summary of the cooperation](#summary-of-the-cooperation)\n",
        "5. [Programme: gaps per theme](#programme-gaps-per-theme)\n",
    ] {
        assert!(text.contains(heading), "missing {heading}");
    }
    assert!(text.contains("| Organisation | Respondents |"));
    // Charts are written beside the Markdown and referenced from it.
    let chart = dir.path().join("report-charts").join("01-quadrant.svg");
    assert!(chart.exists(), "missing {}", chart.display());
    assert!(text.contains("](report-charts/01-quadrant.svg)"));
    // A PNG beside each SVG, shown in the text with the chart's finding as its description.
    let png = chart.with_extension("png");
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
    assert!(text.contains("![5 partners placed in the quadrant model."));
    assert!(text.contains("](report-charts/01-quadrant.png)"));
}

#[test]
fn an_unknown_report_extension_is_refused_before_anything_is_written() {
    let (dir, data) = demo();
    let out = dir.path().join("report.odt");
    let error = report::write_report(&data, &ReportRequest::default(), &out).unwrap_err();
    assert!(
        error.to_string().contains(".pdf, .docx, .html of .md"),
        "{error}"
    );
    assert_eq!(
        error.downcast_ref::<ReportError>().map(|e| &e.kind),
        Some(&ReportErrorKind::UnknownFormat { file: out.clone() })
    );
    assert!(!out.exists());
    let request = ReportRequest {
        lang: Lang::En,
        ..ReportRequest::default()
    };
    let error = report::write_report(&data, &request, &out).unwrap_err();
    assert!(
        error.to_string().contains(".pdf, .docx, .html or .md"),
        "{error}"
    );
}

#[test]
fn change_against_a_named_round_and_roles_per_partner() {
    let (dir, data) = demo();
    let out = dir.path().join("r.html");
    let request = ReportRequest {
        since: Some("Nulmeting 2024".to_string()),
        lang: Lang::En,
        ..ReportRequest::default()
    };
    report::write_report(&data, &request, &out).unwrap();
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.replace('\u{ad}', "")
            .contains("Previous (Nulmeting 2024)")
    );
    // No role group of fewer than three respondents is shown: each demo partner has one
    // board member, whose own scores must not appear as a group.
    assert!(!html.contains("<th scope=\"row\">Board</th>"));
    assert!(!html.contains("<td>Board</td>"));
    let request = ReportRequest {
        since: Some("1999".to_string()),
        lang: Lang::En,
        ..ReportRequest::default()
    };
    let error = report::write_report(&data, &request, &out).unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown round '1999' for --since; the workspace has: 2024, 2025"
    );
    assert_eq!(
        error.downcast_ref::<ReportError>().map(|e| &e.kind),
        Some(&ReportErrorKind::UnknownSinceRound {
            round: "1999".to_string(),
            known: vec!["2024".to_string(), "2025".to_string()],
        })
    );
}

#[test]
fn scores_on_a_thin_basis_are_marked_not_hidden() {
    let f = Fixture::new();
    f.organisation("a", "Aldersum", None, &[], &[])
        .organisation("b", "Brakeveen", None, &[], &[])
        .round("2025", "2025-03-01");
    // Aldersum: one respondent (a thin basis). Brakeveen: three, all items answered.
    f.respondent("2025", "a", "r1", Role::Staff, Some(4), &[]);
    for name in ["r1", "r2", "r3"] {
        f.respondent("2025", "b", name, Role::Staff, Some(3), &[]);
    }
    let data = f.load();
    let out = f.dir.path().join("r.md");
    let request = ReportRequest {
        lang: Lang::En,
        ..ReportRequest::default()
    };
    report::write_report(&data, &request, &out).unwrap();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("| Aldersum (indicative, n = 1) | 1 | 75.0 ° | 75.0 ° |"),
        "{}",
        text.lines()
            .find(|l| l.starts_with("| Aldersum"))
            .unwrap_or_default()
    );
    assert!(text.contains("| Brakeveen | 3 | 50.0 | 50.0 |"));
    assert!(text.contains("° narrow basis"));
}
