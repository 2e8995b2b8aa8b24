//! Percentile ranks against a benchmark that knows its distribution: in `scores` (JSON, CSV,
//! table), in the report's sentences and in the distribution chart.

use std::path::{Path, PathBuf};

use rijp::analysis::comparison::{BenchmarkChoice, ComparisonRequest};
use rijp::render::charts::{self, SizeChoice};
use rijp::store::workspace::Workspace;
use rijp::words::i18n::Lang;

use crate::support::{generated, rijp_ok};

fn json(workspace: &Path, benchmark: &str) -> serde_json::Value {
    let text = rijp_ok(
        workspace,
        &["scores", "--format", "json", "--benchmark", benchmark],
    );
    serde_json::from_str(&text).unwrap()
}

/// A hand-made benchmark: customer experience spread 10–90 with a flat stretch at 50.
fn known_benchmark(dir: &Path) -> PathBuf {
    let file = dir.join("known.yaml");
    std::fs::write(
        &file,
        "name: Bekend\nyear: 2025\nscores:\n  customer_experience:\n    mean: 50.0\n    n: 200\n    \
         median: 50.0\n    quantiles: {p10: 10.0, p25: 30.0, p50: 50.0, p75: 50.0, p90: 90.0}\n",
    )
    .unwrap();
    file
}

#[test]
fn against_stored_quantiles_a_rank_is_interpolated_with_an_interval() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = generated(dir.path(), 8);
    let benchmark = known_benchmark(dir.path());
    let json = json(&workspace, benchmark.to_str().unwrap());
    let mut checked = 0;
    for org in json["organisations"].as_array().unwrap() {
        let score = org["scores"]["customer_experience"].as_f64().unwrap();
        let position = &org["percentiles"]["customer_experience"];
        // Beyond p10 and p90 the outermost stretches continue (15 % per 20 and per 40 points).
        let expected = if score < 10.0 {
            (10.0 - (10.0 - score) * 15.0 / 20.0).max(0.0)
        } else if score < 30.0 {
            10.0 + (score - 10.0) / 20.0 * 15.0
        } else if score < 50.0 {
            25.0 + (score - 30.0) / 20.0 * 25.0
        } else if score == 50.0 {
            62.5
        } else if score <= 90.0 {
            75.0 + (score - 50.0) / 40.0 * 15.0
        } else {
            (90.0 + (score - 90.0) * 15.0 / 40.0).min(100.0)
        };
        let rank = position["rank"].as_f64().unwrap();
        assert!(
            (rank - expected).abs() <= 1.0,
            "{score}: {rank} vs {expected}"
        );
        let (low, high) = (
            position["low"].as_f64().unwrap(),
            position["high"].as_f64().unwrap(),
        );
        assert!(low <= rank && rank <= high && low < high, "{position}");
        assert_eq!(position["n"], 200);
        // Only the scale the benchmark gives quantiles for.
        assert!(org["percentiles"].get("operational_efficiency").is_none());
        checked += 1;
    }
    assert_eq!(checked, 8);
}

#[test]
fn against_peers_a_rank_counts_the_organisations_below_and_half_the_equal() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = generated(dir.path(), 12);
    let json = json(&workspace, "peers");
    let organisations = json["organisations"].as_array().unwrap();
    let scores: Vec<f64> = organisations
        .iter()
        .map(|org| org["scores"]["operational_efficiency"].as_f64().unwrap())
        .collect();
    for (org, score) in organisations.iter().zip(&scores) {
        let below = scores.iter().filter(|s| *s < score).count() as f64;
        let equal = scores.iter().filter(|s| *s == score).count() as f64;
        let expected = (100.0 * (below + 0.5 * equal) / 12.0).round();
        let position = &org["percentiles"]["operational_efficiency"];
        assert_eq!(position["rank"].as_f64().unwrap(), expected, "{org}");
        assert_eq!(position["n"], 12);
    }
}

#[test]
fn the_table_and_csv_show_the_ranks_with_n() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = generated(dir.path(), 6);
    let benchmark = known_benchmark(dir.path());
    let table = rijp_ok(
        &workspace,
        &[
            "--lang",
            "en",
            "scores",
            "--benchmark",
            benchmark.to_str().unwrap(),
        ],
    );
    assert!(table.contains("PR customer"), "{table}");
    assert!(
        table.contains("the benchmark's 200 organisations"),
        "{table}"
    );
    assert!(table.contains("not a ranking"), "{table}");
    let csv = rijp_ok(
        &workspace,
        &[
            "scores",
            "--format",
            "csv",
            "--benchmark",
            benchmark.to_str().unwrap(),
        ],
    );
    let header = csv.lines().next().unwrap();
    assert!(header.contains("pr_customer_experience,pr_customer_experience_low,pr_customer_experience_high,pr_customer_experience_n"), "{header}");
    // Without a distribution, no rank columns.
    let old = dir.path().join("old.yaml");
    std::fs::write(
        &old,
        "name: Oud\nscores:\n  customer_experience: {mean: 50.0, n: 40}\n",
    )
    .unwrap();
    let csv = rijp_ok(
        &workspace,
        &[
            "scores",
            "--format",
            "csv",
            "--benchmark",
            old.to_str().unwrap(),
        ],
    );
    assert!(!csv.contains("pr_"), "{csv}");
}

#[test]
fn the_report_says_each_position_with_n_and_interval() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = generated(dir.path(), 30);
    let built = dir.path().join("national.yaml");
    rijp_ok(
        &workspace,
        &["benchmark", "build", "--out", built.to_str().unwrap()],
    );
    let out = dir.path().join("rapport.md");
    rijp_ok(
        &workspace,
        &[
            "report",
            "--out",
            out.to_str().unwrap(),
            "--orgs",
            "gemeente-001,gemeente-002",
            "--benchmark",
            built.to_str().unwrap(),
        ],
    );
    let report = std::fs::read_to_string(&out).unwrap();
    assert!(report.contains("Positie in de benchmark"), "{report}");
    assert!(
        report.contains("van de 30 organisaties in de benchmark (interval "),
        "{report}"
    );
    assert!(
        report.contains("scoort op klantervaring hoger dan"),
        "{report}"
    );
    assert!(report.contains("verdeling"), "{report}");
}

#[test]
fn in_the_chart_every_point_is_on_its_side_of_the_median() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = generated(dir.path(), 40);
    let built = dir.path().join("national.yaml");
    rijp_ok(
        &workspace,
        &["benchmark", "build", "--out", built.to_str().unwrap()],
    );
    let data = Workspace::at(&workspace).load().unwrap();
    let partners: Vec<String> = (1..=12).map(|i| format!("gemeente-{i:03}")).collect();
    let request = ComparisonRequest {
        benchmark: BenchmarkChoice::File(built.clone()),
        organisations: Some(partners),
        ..ComparisonRequest::default()
    };
    let options = SizeChoice::default().options(Lang::Nl);
    let rows = charts::distribution_layout(&data, &request, &options).unwrap();
    assert!(rows.len() >= 15, "{}", rows.len());
    let mut above = 0;
    let mut below = 0;
    for row in &rows {
        assert_eq!(row.points.len(), 12, "{}", row.scale);
        for (id, score, x) in &row.points {
            if *score > row.median {
                assert!(*x > row.median_x, "{} {id}", row.scale);
                above += 1;
            } else if *score < row.median {
                assert!(*x < row.median_x, "{} {id}", row.scale);
                below += 1;
            }
        }
    }
    assert!(above > 0 && below > 0);
    let set = charts::charts(&data, &request, &options).unwrap();
    assert!(set.iter().any(|chart| chart.file_stem == "09-verdeling"));
}
