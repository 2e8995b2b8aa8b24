//! Findings in words, in both languages: snapshots of what a reader gets, including lists of
//! one, two and four named characteristics.

use crate::support::fixture;

use fixture::{Fixture, v};
use rijp::analysis::comparison::{self, BenchmarkChoice, Comparison, ComparisonRequest};
use rijp::model::assessment::Role;
use rijp::store::workspace::Settings;
use rijp::words::findings::{self, Finding, FindingContext};
use rijp::words::i18n::Lang;

const CULTURE_SCALES: [&str; 4] = [
    "customer_centric",
    "innovate_experiment",
    "agility_flexibility",
    "learning_organisation",
];

fn workspace() -> Fixture {
    let f = Fixture::new();
    f.settings(Settings {
        name: Some("GR West".to_string()),
        default_benchmark: Some("landelijk".to_string()),
        ..Settings::default()
    })
    .flat_benchmark("landelijk", 50.0)
    .organisation(
        "aldersum",
        "Gemeente Aldersum",
        Some(40_000),
        &["GR West"],
        &[
            ("customer_experience", Some(90.0), Some(95.0)),
            ("vision", Some(60.0), Some(80.0)),
            ("digital_talent", Some(40.0), Some(70.0)),
        ],
    )
    .organisation("corlo", "Gemeente Corlo", Some(120_000), &["GR West"], &[])
    .round("2024", "2024-03-01")
    .round("2025", "2025-03-01");
    f.respondent(
        "2024",
        "aldersum",
        "a1",
        Role::Board,
        Some(3),
        &[("customer_experience", v(2))],
    )
    .respondent(
        "2024",
        "aldersum",
        "a2",
        Role::Staff,
        Some(3),
        &[("customer_experience", v(3))],
    );
    f.respondent(
        "2025",
        "aldersum",
        "a1",
        Role::Board,
        Some(3),
        &[
            ("customer_experience", v(4)),
            ("vision", v(5)),
            ("customer_centric", v(5)),
        ],
    )
    .respondent(
        "2025",
        "aldersum",
        "a2",
        Role::Staff,
        Some(3),
        &[
            ("customer_experience", v(5)),
            ("vision", v(1)),
            ("digital_talent", v(1)),
        ],
    );
    f.respondent("2025", "corlo", "c1", Role::Management, Some(4), &[]);
    f
}

fn comparison(data: &rijp::store::workspace::WorkspaceData) -> Comparison {
    comparison::compare(data, &ComparisonRequest::default()).unwrap()
}

fn render(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| format!("## {}\n{}\n", f.heading, f.text))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn findings_for_a_partner_read_as_a_report() {
    let f = workspace();
    let data = f.load();
    let comparison = comparison(&data);
    for lang in Lang::ALL {
        let found = findings::for_organisation(
            &comparison,
            &data,
            rijp::words::findings::Subject::Organisation("aldersum"),
            lang,
        );
        insta::assert_snapshot!(format!("partner_{lang}"), render(&found));
    }
}

#[test]
fn a_partner_that_joined_later_gets_a_first_measurement_finding() {
    let f = workspace();
    let data = f.load();
    let comparison = comparison(&data);
    let found = findings::for_organisation(
        &comparison,
        &data,
        rijp::words::findings::Subject::Organisation("corlo"),
        Lang::Nl,
    );
    let change = found
        .iter()
        .find(|f| f.kind == findings::FindingKind::Change)
        .unwrap();
    assert_eq!(
        change.text,
        "Gemeente Corlo deed in Meting 2024 nog niet mee: dit is de eerste meting, een ontwikkeling is er nog niet."
    );
    assert!(
        found
            .iter()
            .all(|f| f.kind != findings::FindingKind::Targets)
    );
}

#[test]
fn findings_for_the_cooperation_as_a_whole() {
    let f = workspace();
    let data = f.load();
    let comparison = comparison(&data);
    for lang in Lang::ALL {
        let found = findings::for_organisation(
            &comparison,
            &data,
            rijp::words::findings::Subject::Cooperation,
            lang,
        );
        insta::assert_snapshot!(format!("cooperation_{lang}"), render(&found));
    }
}

/// The culture finding with `count` characteristics named above and below the benchmark.
fn culture_with(count: usize, lang: Lang) -> String {
    let f = workspace();
    let data = f.load();
    let mut comparison = comparison(&data);
    let org = comparison
        .organisations
        .iter_mut()
        .find(|o| o.id == "aldersum")
        .unwrap();
    let verdict = org.verdicts.get_mut("culture").unwrap();
    verdict.furthest_above = CULTURE_SCALES[..count]
        .iter()
        .map(|s| s.to_string())
        .collect();
    verdict.furthest_below.clear();
    for (index, scale) in CULTURE_SCALES.iter().enumerate() {
        org.deviations
            .insert(scale.to_string(), 12.0 - index as f64 * 1.5);
    }
    let context = FindingContext::with_change(&comparison, &data, None, lang);
    findings::write(
        &context,
        rijp::words::findings::Subject::Organisation("aldersum"),
    )
    .into_iter()
    .find(|f| f.heading.to_lowercase().starts_with("cult"))
    .unwrap()
    .text
}

#[test]
fn named_characteristics_read_naturally_for_one_two_and_four() {
    for lang in Lang::ALL {
        let text = [1, 2, 4]
            .iter()
            .map(|n| format!("{n}: {}", culture_with(*n, lang)))
            .collect::<Vec<_>>()
            .join("\n");
        insta::assert_snapshot!(format!("named_{lang}"), text);
    }
}

#[test]
fn without_benchmark_no_verdict_is_given() {
    let f = workspace();
    let data = f.load();
    let comparison = comparison::compare(
        &data,
        &ComparisonRequest {
            benchmark: BenchmarkChoice::Peers,
            ..ComparisonRequest::default()
        },
    )
    .unwrap();
    assert!(
        comparison.benchmark.is_none(),
        "two partners are below the floor"
    );
    let found = findings::for_organisation(
        &comparison,
        &data,
        rijp::words::findings::Subject::Organisation("aldersum"),
        Lang::En,
    );
    let culture = found
        .iter()
        .find(|f| f.heading.starts_with("Culture"))
        .unwrap();
    assert_eq!(
        culture.text,
        "Without a benchmark, no judgement above or below can be given on culture and organisation characteristics."
    );
}
