//! `rijp benchmark build`: a benchmark file to publish, checked against figures computed here.

use std::path::Path;
use std::process::Command;

use rijp::analysis::round::score_round;
use rijp::model::benchmark_file::BenchmarkFile;
use rijp::store::workspace::Workspace;

use crate::support::{generated, rijp_ok};

fn rijp(workspace: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_rijp"))
        .args(args)
        .arg("--workspace")
        .arg(workspace)
        .output()
        .unwrap()
}

/// Quantile type 7, written out here on its own: h = (n − 1)·p, between x⌊h⌋ and x⌊h⌋₊₁.
fn type7(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let low = h.floor() as usize;
    let high = h.ceil() as usize;
    sorted[low] + (h - low as f64) * (sorted[high] - sorted[low])
}

fn one_decimal(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[test]
fn the_file_holds_the_quantiles_of_the_organisations_scores() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = generated(dir.path(), 24);
    let out = dir.path().join("benchmark.yaml");
    let said = rijp_ok(
        &workspace,
        &[
            "--lang",
            "en",
            "benchmark",
            "build",
            "--out",
            out.to_str().unwrap(),
            "--name",
            "Synthetic 2025",
        ],
    );
    assert!(
        said.contains("Benchmark of 24 organisations written to"),
        "{said}"
    );
    let file: BenchmarkFile = rijp::model::yaml::read(&out).unwrap();
    assert_eq!(file.name, "Synthetic 2025");
    assert_eq!(file.organisations, Some(24));
    assert!(file.quantile_method.as_deref().unwrap().contains("type 7"));
    let questionnaire = file.questionnaire.as_ref().unwrap();
    assert_eq!(questionnaire.id, "digitale-volwassenheid");

    let data = Workspace::at(&workspace).load().unwrap();
    let round = data.latest_round().unwrap();
    assert_eq!(file.date, round.date);
    let scored = score_round(&data, &round.id);
    let mut checked = 0;
    for scale in data.questionnaire.scales() {
        let mut values: Vec<f64> = scored
            .iter()
            .filter_map(|org| org.scores.scales.get(&scale.id))
            .filter_map(|stats| stats.exact_mean)
            .collect();
        values.sort_by(f64::total_cmp);
        let stat = &file.scores[&scale.id];
        assert_eq!(stat.n, Some(values.len()), "{}", scale.id);
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        assert_eq!(stat.mean, one_decimal(mean), "{}", scale.id);
        assert_eq!(stat.median, Some(one_decimal(type7(&values, 0.5))));
        for level in [10u8, 25, 75, 90] {
            assert_eq!(
                stat.quantiles.at(level),
                Some(one_decimal(type7(&values, f64::from(level) / 100.0))),
                "{} p{level}",
                scale.id
            );
        }
        checked += 1;
    }
    // Every characteristic of the file was checked, and there are many.
    assert_eq!(checked, file.scores.len());
    assert!(checked >= 15, "{checked}");
}

#[test]
fn no_organisation_is_named_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = generated(dir.path(), 24);
    let out = dir.path().join("benchmark.yaml");
    rijp_ok(
        &workspace,
        &[
            "benchmark",
            "build",
            "--out",
            out.to_str().unwrap(),
            "--segment",
            "size",
        ],
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let data = Workspace::at(&workspace).load().unwrap();
    for organisation in &data.organisations {
        assert!(!text.contains(&organisation.id), "{}", organisation.id);
        assert!(!text.contains(&organisation.name), "{}", organisation.name);
    }
    assert!(!text.contains("synthetisch"));
    assert!(text.contains("segment: size:small"), "{text}");
}

#[test]
fn fewer_than_five_organisations_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = generated(dir.path(), 4);
    let out = dir.path().join("benchmark.yaml");
    let output = rijp(
        &workspace,
        &[
            "--lang",
            "en",
            "benchmark",
            "build",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("needs at least 5 organisations with scores; this round has 4"),
        "{said}"
    );
    assert!(!out.exists());
}

#[test]
fn a_segment_below_five_is_left_out_and_said() {
    let dir = tempfile::tempdir().unwrap();
    // Twelve municipalities in twelve different cooperations: every cooperation has one.
    let workspace = generated(dir.path(), 12);
    let out = dir.path().join("benchmark.yaml");
    let output = rijp(
        &workspace,
        &[
            "--lang",
            "en",
            "benchmark",
            "build",
            "--out",
            out.to_str().unwrap(),
            "--segment",
            "cooperation",
        ],
    );
    assert!(output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains(
            "Segment cooperation:Samenwerking 01 left out: 1 organisation, fewer than the minimum of 5"
        ),
        "{said}"
    );
    let file: BenchmarkFile = rijp::model::yaml::read(&out).unwrap();
    assert!(file.segments.is_empty());
    assert_eq!(file.segments_left_out.len(), 12);
    assert_eq!(file.minimum_organisations, Some(5));
}

#[test]
fn an_existing_file_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = generated(dir.path(), 6);
    let out = dir.path().join("benchmark.yaml");
    std::fs::write(&out, "mine\n").unwrap();
    let output = rijp(
        &workspace,
        &[
            "--lang",
            "en",
            "benchmark",
            "build",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("exists already"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine\n");
}

#[test]
fn a_built_file_is_read_as_a_benchmark_and_an_old_one_still_is() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = generated(dir.path(), 8);
    let out = dir.path().join("built.yaml");
    rijp_ok(
        &workspace,
        &["benchmark", "build", "--out", out.to_str().unwrap()],
    );
    let json = rijp_ok(
        &workspace,
        &[
            "scores",
            "--format",
            "json",
            "--benchmark",
            out.to_str().unwrap(),
        ],
    );
    assert!(json.contains("\"kind\": \"file\""), "{json}");
    let old = dir.path().join("old.yaml");
    std::fs::write(
        &old,
        "name: Oud\nyear: 2023\nscores:\n  customer_experience: {mean: 50.0, n: 40, sd: 10.0, median: 51.0}\n",
    )
    .unwrap();
    let json = rijp_ok(
        &workspace,
        &[
            "scores",
            "--format",
            "json",
            "--benchmark",
            old.to_str().unwrap(),
        ],
    );
    assert!(json.contains("\"name\": \"Oud\""), "{json}");
}
