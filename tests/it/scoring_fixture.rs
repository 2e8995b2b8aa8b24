//! Scores, placements and verdicts on a small workspace, checked against values worked out
//! by hand.
//!
//! Points per answer: (answer − 1) / 4 × 100; reverse items (cx4, ca4) flipped first.
//! Organisation A:
//!   r1: cx 4,5,3,2(rev→4) = 75,100,50,75 → 75; oe 75; ca 75,75,75,25 → 62.5; cb 100;
//!       la 50; lb 25
//!   r2: cx 2,2,?,– → 2 of 4 answered (half: sufficient) → 25; oe 0; ca 25,25,25,75 → 37.5;
//!       cb 50; la 0; lb 75
//!   r3: only cx1 → 1 of 4: insufficient everywhere
//!   means: cx 50 (sd 35.36, not shown for two), oe 37.5, ca 50, cb 75, la 25, lb 50
//! B (all 2): 25 everywhere, reverse 2→4 = 75 → cx 37.5, oe 25, ca 37.5, cb 25, la 25, lb 25
//! C (all 5): 100, but the reverse items flip 5 → 1 = 0, so cx = (100+100+100+0)/4 = 75 and
//!   ca = 75; oe, cb, la, lb 100
//! Peer benchmark (mean of the three organisation means):
//!   cx (50+37.5+75)/3 = 54.17, oe (37.5+25+100)/3 = 54.17, ca (50+37.5+75)/3 = 54.17,
//!   cb (75+25+100)/3 = 66.67, la (25+25+100)/3 = 50, lb (50+25+100)/3 = 58.33

use crate::support::mini;

use rijp::analysis::comparison::{self, BenchmarkChoice, ComparisonRequest};
use rijp::analysis::scoring::Verdict;
use rijp::model::questionnaire::{CutoffRule, QuadrantId};
use rijp::store::workspace::Workspace;

/// Every figure is rounded once, in the analysis, to one decimal: the hand-computed value,
/// rounded so, is what every output shows.
fn close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a score");
    let shown = (expected * 10.0).round() / 10.0;
    assert!(
        (actual - shown).abs() < 1e-9,
        "expected {expected} shown as {shown}, got {actual}"
    );
}

fn load() -> (tempfile::TempDir, rijp::store::workspace::WorkspaceData) {
    let dir = tempfile::tempdir().unwrap();
    mini::write_workspace(dir.path());
    let data = Workspace::at(dir.path()).load().unwrap();
    assert!(data.problems.is_empty(), "{:?}", data.problems);
    (dir, data)
}

#[test]
fn organisation_scores_match_hand_computation() {
    let (_dir, data) = load();
    let comparison = comparison::compare(&data, &ComparisonRequest::default()).unwrap();
    let a = comparison.organisation("a").unwrap();
    assert_eq!(a.scores.respondents, 3);
    close(a.mean("customer_experience"), 50.0);
    close(a.mean("operational_efficiency"), 37.5);
    close(a.mean("ca"), 50.0);
    close(a.mean("cb"), 75.0);
    close(a.mean("la"), 25.0);
    close(a.mean("lb"), 50.0);
    let cx = a.scores.scales["customer_experience"];
    assert_eq!(cx.n, 2, "r3 answered too few items to count");
    // Two respondents: the sd (35.36) and the range would each give both answers away
    // beside the mean, so neither is given (the sd from three, the range from five).
    assert_eq!((cx.sd, cx.min, cx.max), (None, None, None));
    assert_eq!(cx.answered, 7);
    assert_eq!(cx.dont_know, 1);
    assert_eq!(cx.possible, 12);
    // Pillar: r1 culture (62.5 + 100) / 2 = 81.25, r2 (37.5 + 50) / 2 = 43.75 → 62.5.
    close(a.scores.pillars["culture"].mean, 62.5);

    let b = comparison.organisation("b").unwrap();
    close(b.mean("customer_experience"), 37.5);
    close(b.mean("operational_efficiency"), 25.0);
    let c = comparison.organisation("c").unwrap();
    close(c.mean("customer_experience"), 75.0);
    close(c.mean("cb"), 100.0);
}

#[test]
fn peer_benchmark_and_quadrants_at_the_midpoint() {
    let (_dir, data) = load();
    let comparison = comparison::compare(&data, &ComparisonRequest::default()).unwrap();
    let benchmark = comparison.benchmark.as_ref().unwrap();
    close(benchmark.benchmark.mean("customer_experience"), 54.1667);
    close(benchmark.benchmark.mean("operational_efficiency"), 54.1667);
    close(benchmark.benchmark.mean("cb"), 66.6667);
    close(benchmark.benchmark.median("la"), 25.0);
    assert_eq!(benchmark.quadrant, Some(QuadrantId::FutureReady));
    let quadrant = |id: &str| comparison.organisation(id).unwrap().quadrant;
    // A: x 37.5 < 50, y 50 ≥ 50 (a score equal to the cut-off counts as high).
    assert_eq!(quadrant("a"), Some(QuadrantId::IntegratedExperience));
    assert_eq!(quadrant("b"), Some(QuadrantId::Traditional));
    assert_eq!(quadrant("c"), Some(QuadrantId::FutureReady));
}

#[test]
fn benchmark_mean_cutoff_moves_the_lines() {
    let (_dir, data) = load();
    let request = ComparisonRequest {
        cutoff_rule: Some(CutoffRule::BenchmarkMean),
        ..ComparisonRequest::default()
    };
    let comparison = comparison::compare(&data, &request).unwrap();
    close(Some(comparison.cutoff.x), 54.1667);
    close(Some(comparison.cutoff.y), 54.1667);
    assert_eq!(
        comparison.organisation("a").unwrap().quadrant,
        Some(QuadrantId::Traditional)
    );
}

#[test]
fn verdicts_and_standouts_per_pillar() {
    let (_dir, data) = load();
    let comparison = comparison::compare(&data, &ComparisonRequest::default()).unwrap();
    // A culture: ca 50 − 54.17 = −4.17, cb 75 − 66.67 = +8.33 → mean +2.08: within 3 → at.
    let a = comparison.organisation("a").unwrap();
    let culture = a.verdict("culture").unwrap();
    assert_eq!(culture.overall, Some(Verdict::At));
    assert_eq!(culture.furthest_above, ["cb"]);
    assert_eq!(culture.furthest_below, ["ca"]);
    // A leadership: la 25 − 50 = −25, lb 50 − 58.33 = −8.33 → below; only la stands out.
    let leadership = a.verdict("leadership").unwrap();
    assert_eq!(leadership.overall, Some(Verdict::Below));
    assert_eq!(leadership.furthest_below, ["la"]);
    assert!(leadership.furthest_above.is_empty());
    // C culture: ca +20.83, cb +33.33 → above; ca is more than 5 points behind cb.
    let c = comparison.organisation("c").unwrap();
    assert_eq!(c.verdict("culture").unwrap().overall, Some(Verdict::Above));
    assert_eq!(c.verdict("culture").unwrap().furthest_above, ["cb"]);
    // C leadership: la +50, lb +41.67: both within 5? 50 − 41.67 = 8.33 → only la.
    assert_eq!(c.verdict("leadership").unwrap().furthest_above, ["la"]);
}

#[test]
fn peer_benchmark_is_withheld_below_three_organisations() {
    let (_dir, data) = load();
    let request = ComparisonRequest {
        benchmark: BenchmarkChoice::Peers,
        organisations: Some(vec!["a".into()]),
        ..ComparisonRequest::default()
    };
    // Selecting organisations does not shrink the peer group: still three.
    let comparison = comparison::compare(&data, &request).unwrap();
    assert_eq!(comparison.organisations.len(), 1);
    assert!(comparison.benchmark.is_some());

    let mut two = data.clone();
    two.assessments.retain(|s| s.assessment.organisation != "c");
    let comparison = comparison::compare(&two, &request).unwrap();
    assert!(comparison.benchmark.is_none());
    assert!(
        rijp::words::format::benchmark_missing(
            comparison.benchmark_missing.as_ref().unwrap(),
            rijp::words::i18n::Lang::En
        )
        .contains("at least 3 organisations"),
        "{:?}",
        comparison.benchmark_missing
    );
}

#[test]
fn a_withheld_benchmark_is_explained_in_the_reader_s_language() {
    let (_dir, mut data) = load();
    data.assessments
        .retain(|s| s.assessment.organisation != "c");
    let comparison = comparison::compare(&data, &ComparisonRequest::default()).unwrap();
    let missing = comparison.benchmark_missing.unwrap();
    assert_eq!(
        rijp::words::format::benchmark_missing(&missing, rijp::words::i18n::Lang::Nl),
        "een benchmark uit de werkmap vraagt om ten minste 3 organisaties met scores, ter bescherming van hun anonimiteit; er zijn er 2"
    );
}
