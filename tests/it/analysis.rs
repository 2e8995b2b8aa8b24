//! Change, spread, reliability, segment benchmarks and gaps on small fixtures with
//! hand-computed expectations.

use crate::support::fixture;

use fixture::{Fixture, v};
use rijp::analysis::benchmark::SizeClass;
use rijp::analysis::change;
use rijp::analysis::comparison::{self, BenchmarkChoice, ComparisonRequest};
use rijp::analysis::cooperation;
use rijp::analysis::programme;
use rijp::analysis::reliability;
use rijp::analysis::respondents::{self, Agreement};
use rijp::analysis::segments::{self, Segment};
use rijp::model::assessment::{Answer, Role};
use rijp::model::ids::AssessmentKey;
use rijp::model::questionnaire::QuadrantId;
use rijp::words::i18n::Lang;

const CX: &str = "customer_experience";
const OE: &str = "operational_efficiency";

/// Every figure is rounded once, in the analysis, to one decimal: the value computed by
/// hand, rounded so, is what every output shows.
fn close(actual: f64, expected: f64) {
    let shown = (expected * 10.0).round() / 10.0;
    assert!(
        (actual - shown).abs() < 1e-9,
        "expected {expected} shown as {shown}, got {actual}"
    );
}

/// Two rounds. Aldersum has two respondents in both; Bremerdam one in both; Corlo joined in
/// the second round.
fn two_rounds() -> Fixture {
    let f = Fixture::new();
    f.organisation("aldersum", "Aldersum", Some(40_000), &["GR West"], &[])
        .organisation("bremerdam", "Bremerdam", Some(80_000), &["GR West"], &[])
        .organisation("corlo", "Corlo", Some(120_000), &["GR West"], &[])
        .round("2024", "2024-03-01")
        .round("2025", "2025-03-01");
    // Aldersum 2024: CX 25 and 50 (mean 37.5, sd 17.68); OE 50 and 50 (sd 0).
    f.respondent(
        "2024",
        "aldersum",
        "a1",
        Role::Board,
        Some(3),
        &[(CX, v(2)), (OE, v(3))],
    )
    .respondent(
        "2024",
        "aldersum",
        "a2",
        Role::Staff,
        Some(3),
        &[(CX, v(3)), (OE, v(3))],
    );
    // Aldersum 2025: CX 75 and 100 (mean 87.5, sd 17.68); OE 50 and 75 (mean 62.5, sd 17.68).
    f.respondent(
        "2025",
        "aldersum",
        "a1",
        Role::Board,
        Some(3),
        &[(CX, v(4)), (OE, v(3))],
    )
    .respondent(
        "2025",
        "aldersum",
        "a2",
        Role::Staff,
        Some(3),
        &[(CX, v(5)), (OE, v(4))],
    );
    f.respondent("2024", "bremerdam", "b1", Role::IAdviser, Some(2), &[])
        .respondent("2025", "bremerdam", "b1", Role::IAdviser, Some(4), &[]);
    f.respondent("2025", "corlo", "c1", Role::Management, Some(3), &[]);
    f
}

fn compare(data: &rijp::store::workspace::WorkspaceData, round: &str) -> comparison::Comparison {
    comparison::compare(
        data,
        &ComparisonRequest {
            round: Some(round.to_string()),
            benchmark: BenchmarkChoice::Peers,
            ..ComparisonRequest::default()
        },
    )
    .unwrap()
}

#[test]
fn change_is_judged_against_the_spread_between_respondents() {
    let f = two_rounds();
    let data = f.load();
    let later = compare(&data, "2025");
    let change = change::since_previous(&data, &later, "GR West")
        .unwrap()
        .unwrap();
    assert_eq!(change.previous_round, "2024");
    assert_eq!(change.new_organisations, ["corlo"]);

    let aldersum = change.organisation("aldersum").unwrap();
    let cx = aldersum.scale(CX).unwrap();
    close(cx.before, 37.5);
    close(cx.after, 87.5);
    close(cx.delta, 50.0);
    // sd 17.678: 1.96 × √(17.678²/2 + 17.678²/2) = 34.65; with two respondents per round
    // the margin is judged against but not shown (it holds the sd).
    assert_eq!(cx.noise, None);
    assert_eq!(cx.exceeds_spread, Some(true));
    let oe = aldersum.scale(OE).unwrap();
    close(oe.delta, 12.5);
    // 1.96 × √(0²/2 + 17.678²/2) = 24.5: a change of half the 95 % margin is not clear.
    assert_eq!(oe.exceeds_spread, Some(false));
    // Before: x 50 (on the line, so on the border), y 37.5 (low); after: x 62.5, y 87.5.
    // A position on the border is no quadrant it could have left: no move is narrated.
    assert_eq!(aldersum.quadrant_before, Some(QuadrantId::Industrialised));
    assert!(!aldersum.border_before.is_empty());
    assert_eq!(aldersum.quadrant_after, Some(QuadrantId::FutureReady));
    assert!(!aldersum.moved());
    assert!(!aldersum.versions_differ());

    // One respondent per round: no spread, so no judgement.
    let bremerdam = change.organisation("bremerdam").unwrap();
    let cx = bremerdam.scale(CX).unwrap();
    close(cx.delta, 50.0);
    assert_eq!(cx.noise, None);
    assert_eq!(cx.exceeds_spread, None);

    // The cooperation like for like: Aldersum and Bremerdam, mean of their means.
    // CX before (37.5 + 25) / 2 = 31.25, after (87.5 + 75) / 2 = 81.25.
    let together = change.cooperation.as_ref().unwrap();
    let cx = together.scale(CX).unwrap();
    close(cx.before, 31.25);
    close(cx.after, 81.25);
}

#[test]
fn the_first_round_has_no_change() {
    let f = two_rounds();
    let data = f.load();
    let first = compare(&data, "2024");
    assert!(
        change::since_previous(&data, &first, "x")
            .unwrap()
            .is_none()
    );
}

#[test]
fn cooperation_entry_is_the_mean_of_partner_means() {
    let f = two_rounds();
    let data = f.load();
    let later = compare(&data, "2025");
    let extended = cooperation::with_cooperation(&later, &data.questionnaire, "GR West");
    let entry = extended.organisations.last().unwrap();
    assert!(cooperation::is_cooperation(entry));
    // CX: Aldersum 87.5, Bremerdam 75, Corlo 50 → 70.83; each partner counts once.
    close(entry.mean(CX).unwrap(), (87.5 + 75.0 + 50.0) / 3.0);
    assert_eq!(entry.scores.scales[CX].n, 3);
    assert_eq!(entry.scores.respondents, 4);
    // Corlo (CX 50) lies on a line: not every partner stands firmly in one quadrant, so the
    // cooperation's mean gets no quadrant of its own.
    assert!(!cooperation::partners_share_one_quadrant(&later));
    assert_eq!(entry.quadrant, None);
}

#[test]
fn respondent_spread_roles_and_basis() {
    let f = Fixture::new();
    f.organisation("aldersum", "Aldersum", None, &[], &[])
        .round("2025", "2025-03-01");
    // vision: 100 (board), 25 and 50 (staff). Digital talent: all "don't know" from staff.
    f.respondent(
        "2025",
        "aldersum",
        "a1",
        Role::Board,
        Some(3),
        &[("vision", v(5))],
    )
    .respondent(
        "2025",
        "aldersum",
        "a2",
        Role::Staff,
        Some(3),
        &[("vision", v(2)), ("digital_talent", Answer::DontKnow)],
    )
    .respondent(
        "2025",
        "aldersum",
        "a3",
        Role::Staff,
        Some(3),
        &[("vision", v(3)), ("digital_talent", Answer::DontKnow)],
    );
    let data = f.load();
    let comparison = compare(&data, "2025");
    let org = comparison.organisation("aldersum").unwrap();
    let profile = respondents::profile(&data.questionnaire, org);
    assert_eq!(profile.respondents, 3);

    let vision = profile.scale("vision").unwrap();
    close(vision.stats.mean.unwrap(), 175.0 / 3.0);
    // Deviations 41.67, −33.33, −8.33; squares sum to 2916.67; /2 → √1458.33 = 38.19.
    close(vision.stats.sd.unwrap(), 38.188);
    // Three respondents: no range is shown, so no one's own extreme can be read off.
    assert_eq!((vision.stats.min, vision.stats.max), (None, None));
    assert_eq!(vision.agreement, Some(Agreement::Low));
    assert!(vision.basis.is_sound());

    // One board member and two staff: no role group reaches three respondents, so no
    // breakdown by role is shown and no role gap is named (the board member's own scores
    // would be on show).
    assert!(profile.roles.is_empty());
    assert!(profile.role_gaps().is_empty());

    let talent = profile.scale("digital_talent").unwrap();
    assert_eq!(talent.stats.n, 1);
    let items = data
        .questionnaire
        .scale("digital_talent")
        .unwrap()
        .items
        .len();
    assert_eq!(talent.stats.dont_know, 2 * items);
    let share = talent.stats.dont_know_share().unwrap();
    assert!((share - 2.0 / 3.0).abs() < 1e-9, "{share}");
    assert!(talent.basis.many_dont_know);
    assert!(talent.basis.few_respondents);
    assert_eq!(talent.agreement, None);
}

#[test]
fn cronbach_alpha_by_hand() {
    // Four respondents, three items (answers 1–5; alpha does not depend on the unit):
    //   r1: 1 2 2 (total 5)   r2: 3 3 4 (10)   r3: 4 5 4 (13)   r4: 5 4 5 (14)
    // Item variances: 8.75/3, 5/3, 4.75/3 → sum 18.5/3. Total variance: 49/3.
    // α = 3/2 × (1 − 18.5/49) = 45.75/49 = 0.93367.
    let rows = vec![
        vec![1.0, 2.0, 2.0],
        vec![3.0, 3.0, 4.0],
        vec![4.0, 5.0, 4.0],
        vec![5.0, 4.0, 5.0],
    ];
    let alpha = reliability::cronbach_alpha(&rows).unwrap();
    assert!((alpha - 45.75 / 49.0).abs() < 1e-9, "{alpha}");
    assert_eq!(reliability::cronbach_alpha(&rows[..1]), None);
    // No variance in totals: undefined, not a number.
    assert_eq!(
        reliability::cronbach_alpha(&[vec![3.0, 3.0], vec![3.0, 3.0]]),
        None
    );
}

#[test]
fn scale_reliability_uses_complete_respondents_and_flips_reverse_items() {
    let f = Fixture::new();
    f.organisation("a", "A", None, &[], &[])
        .round("2025", "2025-03-01");
    // Every respondent gives one level on all items (reverse items mirrored): the items agree
    // perfectly, so alpha is 1 — unless reverse items were not flipped.
    f.respondent("2025", "a", "r1", Role::Staff, Some(2), &[])
        .respondent("2025", "a", "r2", Role::Staff, Some(4), &[])
        .respondent("2025", "a", "r3", Role::Staff, Some(5), &[])
        .respondent(
            "2025",
            "a",
            "r4",
            Role::Staff,
            Some(3),
            &[(OE, Answer::DontKnow)],
        );
    let data = f.load();
    let all = reliability::for_round(&data, "2025", &[]);
    let oe = all.iter().find(|r| r.scale == OE).unwrap();
    assert_eq!(oe.respondents, 3, "the don't-know respondent is left out");
    close(oe.alpha.unwrap(), 1.0);
    assert!(!oe.is_low());
    let cx = all.iter().find(|r| r.scale == CX).unwrap();
    assert_eq!(cx.respondents, 4);
}

#[test]
fn segment_benchmarks_respect_the_anonymity_floor() {
    let f = Fixture::new();
    f.round("2025", "2025-03-01");
    // Three small municipalities (CX 25, 50, 75), two medium ones, one without inhabitants.
    for (id, inhabitants, value) in [
        ("s1", Some(20_000), 2),
        ("s2", Some(45_000), 3),
        ("s3", Some(59_999), 4),
        ("m1", Some(60_000), 5),
        ("m2", Some(100_000), 5),
        ("x", None, 1),
    ] {
        let cooperation: &[&str] = if id.starts_with('s') || id == "m1" {
            &["GR West"]
        } else {
            &[]
        };
        f.organisation(id, id, inhabitants, cooperation, &[]);
        f.respondent("2025", id, "r", Role::Staff, Some(value), &[]);
    }
    let data = f.load();

    let small = segments::benchmark(&data, "2025", &Segment::Size(SizeClass::Small));
    let small = small.benchmark.unwrap();
    close(small.mean(CX).unwrap(), 50.0);
    assert_eq!(small.scores[CX].n, Some(3));
    assert_eq!(
        rijp::words::format::benchmark_name(&small, Lang::Nl),
        "Gemeenten tot 60.000 inwoners"
    );

    let medium = segments::benchmark(&data, "2025", &Segment::Size(SizeClass::Medium));
    let too_few = medium.benchmark.unwrap_err();
    assert_eq!((too_few.available, too_few.required), (2, 3));

    // GR West: s1, s2, s3 and m1 → (25 + 50 + 75 + 100) / 4.
    let west = segments::benchmark(&data, "2025", &Segment::Cooperation("GR West".into()));
    close(west.benchmark.unwrap().mean(CX).unwrap(), 62.5);

    let all = segments::benchmark(&data, "2025", &Segment::All);
    close(
        all.benchmark.unwrap().mean(CX).unwrap(),
        (25.0 + 50.0 + 75.0 + 200.0) / 6.0,
    );

    let for_m1 = segments::for_organisation(&data, "2025", "m1");
    let kinds: Vec<&Segment> = for_m1.iter().map(|s| &s.segment).collect();
    assert_eq!(
        kinds,
        [
            &Segment::All,
            &Segment::Size(SizeClass::Medium),
            &Segment::Cooperation("GR West".into())
        ]
    );
    assert!(for_m1[1].benchmark.is_err());

    // A segment as the benchmark of a comparison.
    let choice = BenchmarkChoice::parse("size:small");
    assert_eq!(
        choice,
        BenchmarkChoice::Segment(Segment::Size(SizeClass::Small))
    );
    let compared = comparison::compare(
        &data,
        &ComparisonRequest {
            benchmark: choice,
            ..ComparisonRequest::default()
        },
    )
    .unwrap();
    let benchmark = &compared.benchmark.as_ref().unwrap().benchmark;
    close(benchmark.mean(CX).unwrap(), 50.0);
    // m1 (CX 100) against the small municipalities' 50.
    close(compared.organisation("m1").unwrap().deviations[CX], 50.0);
    let too_few = comparison::compare(
        &data,
        &ComparisonRequest {
            benchmark: BenchmarkChoice::parse("size:medium"),
            ..ComparisonRequest::default()
        },
    )
    .unwrap();
    assert!(too_few.benchmark.is_none());
    assert!(
        rijp::words::format::benchmark_missing(
            too_few.benchmark_missing.as_ref().unwrap(),
            rijp::words::i18n::Lang::En
        )
        .contains("at least 3 organisations"),
        "{:?}",
        too_few.benchmark_missing
    );
    assert_eq!(
        BenchmarkChoice::parse("cooperation:GR West"),
        BenchmarkChoice::Segment(Segment::Cooperation("GR West".into()))
    );
    assert_eq!(
        BenchmarkChoice::parse("size:huge"),
        BenchmarkChoice::Named("size:huge".into())
    );
}

#[test]
fn gaps_to_targets_roll_up_to_themes_in_priority_order() {
    let f = Fixture::new();
    f.organisation(
        "a",
        "A",
        None,
        &[],
        &[
            (CX, Some(60.0), Some(80.0)),
            (OE, Some(40.0), Some(70.0)),
            ("vision", Some(10.0), Some(20.0)),
        ],
    )
    .round("2025", "2025-03-01");
    // CX 37.5 (values 2 and 3), OE 50, vision 50.
    f.respondent("2025", "a", "r1", Role::Staff, Some(3), &[(CX, v(2))])
        .respondent("2025", "a", "r2", Role::Staff, Some(3), &[]);
    let data = f.load();
    let comparison = compare(&data, "2025");
    let gaps = programme::gaps(&comparison, &data, "a");
    assert_eq!(gaps.len(), 3);
    let cx = &gaps[0];
    close(cx.score, 37.5);
    close(cx.to_minimum.unwrap(), 22.5);
    close(cx.to_desired.unwrap(), 42.5);
    let oe = &gaps[1];
    close(oe.to_minimum.unwrap(), 0.0);
    close(oe.to_desired.unwrap(), 20.0);
    assert!(!gaps[2].below_desired(), "vision meets both levels");

    let open: Vec<&str> = programme::prioritised(&gaps)
        .iter()
        .map(|g| g.scale.as_str())
        .collect();
    assert_eq!(open, [CX, OE]);

    let themes = programme::by_theme(&data.questionnaire, &gaps);
    let theme = |id: &str| themes.iter().find(|t| t.theme == id).unwrap();
    // CX belongs to transformation_leadership and organisation_positioning; OE to
    // organisation_positioning and embedding_ownership.
    let positioning = theme("organisation_positioning");
    let order: Vec<&str> = positioning.gaps.iter().map(|g| g.scale.as_str()).collect();
    assert_eq!(order, [CX, OE]);
    assert_eq!(positioning.below_minimum, 1);
    close(positioning.total_to_desired, 62.5);
    assert_eq!(theme("embedding_ownership").gaps.len(), 1);
    assert_eq!(theme("transformation_leadership").gaps[0].scale, CX);
    assert!(theme("skills_behaviour").gaps.is_empty());
}

#[test]
fn targets_are_checked_and_saved() {
    let f = Fixture::new();
    f.organisation("a", "A", None, &[], &[]);
    let data = f.load();
    let target = |minimum, desired| rijp::store::workspace::Target { minimum, desired };
    let error = programme::set_target(&f.workspace, &data, "a", CX, target(Some(80.0), Some(60.0)))
        .unwrap_err();
    assert!(
        error.to_string().contains("above the desired level"),
        "{error}"
    );
    let error = programme::set_target(&f.workspace, &data, "a", "nope", target(None, Some(60.0)))
        .unwrap_err();
    assert!(error.to_string().contains("unknown dimension"), "{error}");
    programme::set_target(&f.workspace, &data, "a", CX, target(Some(55.0), Some(70.0))).unwrap();
    let data = f.load();
    assert_eq!(
        data.organisation("a").unwrap().targets[CX],
        target(Some(55.0), Some(70.0))
    );
}

#[test]
fn a_change_across_questionnaire_versions_compares_what_both_rounds_scored_and_says_so() {
    let f = two_rounds();
    // Bremerdam answered the earlier round against version 0, with one item that version
    // had and the current one does not.
    let path = f
        .workspace
        .assessment_path(&AssessmentKey::new("2024", "bremerdam", "b1"));
    let mut old: rijp::model::assessment::Assessment = rijp::model::yaml::read(&path).unwrap();
    old.questionnaire.version = 0;
    old.answers.insert("xx99", v(5));
    for item in &f.questionnaire.scale("vision").unwrap().items {
        old.answers.remove(&item.id);
    }
    f.workspace.save_assessment(&old).unwrap();
    let data = f.load();
    let later = compare(&data, "2025");
    let change = change::since_previous(&data, &later, "GR West")
        .unwrap()
        .unwrap();
    let bremerdam = change.organisation("bremerdam").unwrap();
    assert!(bremerdam.versions_differ());
    assert!(bremerdam.scale("vision").is_none());
    assert_eq!(bremerdam.not_compared, ["vision"]);
    close(bremerdam.scale(CX).unwrap().delta, 50.0);
    let found = rijp::words::findings::for_organisation(
        &later,
        &data,
        rijp::words::findings::Subject::Organisation("bremerdam"),
        Lang::En,
    );
    let text = &found
        .iter()
        .find(|f| f.kind == rijp::words::findings::FindingKind::Change)
        .unwrap()
        .text;
    assert!(
        text.contains("different versions of the questionnaire"),
        "{text}"
    );
}
