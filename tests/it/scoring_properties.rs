//! Properties the scoring must have for any answers at all, not only for the examples in the
//! unit tests.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use proptest::prelude::*;
use rijp::analysis::scoring::{self, OrganisationScores, RespondentScores, ScaleScore};
use rijp::model::assessment::{Answer, Assessment, QuestionnaireRef, Role};
use rijp::model::questionnaire::Questionnaire;

fn questionnaire() -> &'static Questionnaire {
    static QUESTIONNAIRE: OnceLock<Questionnaire> = OnceLock::new();
    QUESTIONNAIRE.get_or_init(|| Questionnaire::bundled().unwrap())
}

/// One respondent's answers: per item of the questionnaire no answer, "don't know" or a point
/// on the scale.
fn answers() -> impl Strategy<Value = Vec<Option<Answer>>> {
    let answer = prop_oneof![
        1 => Just(None),
        1 => Just(Some(Answer::DontKnow)),
        6 => (1u8..=5).prop_map(|value| Some(Answer::Value(value))),
    ];
    prop::collection::vec(answer, questionnaire().item_count())
}

fn assessment(answers: &[Option<Answer>]) -> Assessment {
    let questionnaire = questionnaire();
    let mut assessment = Assessment::new(
        "gemeente-x",
        "respondent",
        Role::Staff,
        "2025",
        QuestionnaireRef {
            id: questionnaire.id.clone(),
            version: questionnaire.version,
        },
    );
    for (item, answer) in questionnaire.items().zip(answers) {
        if let Some(answer) = answer {
            assessment.answers.insert(item.id.clone(), *answer);
        }
    }
    assessment
}

fn score(answers: &[Option<Answer>]) -> RespondentScores {
    scoring::score_respondent(questionnaire(), &assessment(answers))
}

fn in_range(value: f64) -> bool {
    (0.0..=100.0).contains(&value)
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

fn means(scores: &OrganisationScores) -> BTreeMap<String, Option<f64>> {
    scores
        .scales
        .iter()
        .chain(&scores.pillars)
        .map(|(id, stats)| (id.clone(), stats.mean))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_score_stays_within_0_and_100(
        respondents in prop::collection::vec(answers(), 1..6),
        wild in prop::collection::vec(any::<u8>(), 1..20),
    ) {
        let mut scores: Vec<RespondentScores> = respondents.iter().map(|a| score(a)).collect();
        // Values outside the scale (a hand-edited file) are clamped, never scored beyond it.
        let wild: Vec<Option<Answer>> = wild.into_iter().map(|v| Some(Answer::Value(v))).collect();
        scores.push(score(&wild));
        for respondent in &scores {
            for scale in respondent.scales.values() {
                prop_assert!(scale.score.is_none_or(in_range), "{scale:?}");
            }
            for pillar in respondent.pillars.values() {
                prop_assert!(pillar.is_none_or(in_range), "{pillar:?}");
            }
        }
        let organisation = scoring::aggregate(questionnaire(), &scores);
        for stats in organisation.scales.values().chain(organisation.pillars.values()) {
            for value in [stats.mean, stats.min, stats.max].into_iter().flatten() {
                prop_assert!(in_range(value), "{stats:?}");
            }
        }
    }

    #[test]
    fn reverse_items_are_scored_as_the_mirror_of_normal_ones(answers in answers()) {
        let scale = &questionnaire().answer_scale;
        for value in scale.min..=scale.max {
            let mirrored = scale.min + scale.max - value;
            prop_assert_eq!(
                scoring::item_points(scale, value, true),
                scoring::item_points(scale, mirrored, false)
            );
        }
        // Mirroring every answer mirrors every scale score around the middle of 0–100.
        let mirrored: Vec<Option<Answer>> = answers
            .iter()
            .map(|answer| match answer {
                Some(Answer::Value(value)) => Some(Answer::Value(scale.min + scale.max - value)),
                other => *other,
            })
            .collect();
        let (original, mirror) = (score(&answers), score(&mirrored));
        for (id, own) in &original.scales {
            let other = mirror.scales[id];
            prop_assert!(close(own.score.map(|s| 100.0 - s), other.score), "{id}: {own:?} {other:?}");
            prop_assert_eq!((own.answered, own.dont_know), (other.answered, other.dont_know));
        }
    }

    #[test]
    fn aggregation_does_not_depend_on_the_order_of_respondents(
        respondents in prop::collection::vec(answers(), 1..7),
        rotation in 0usize..7,
    ) {
        let scores: Vec<RespondentScores> = respondents.iter().map(|a| score(a)).collect();
        let mut reordered = scores.clone();
        reordered.reverse();
        let shift = rotation % reordered.len();
        reordered.rotate_left(shift);
        let (a, b) = (
            scoring::aggregate(questionnaire(), &scores),
            scoring::aggregate(questionnaire(), &reordered),
        );
        prop_assert_eq!(a.respondents, b.respondents);
        let pairs = a.scales.iter().zip(&b.scales).chain(a.pillars.iter().zip(&b.pillars));
        for ((id, first), (other_id, second)) in pairs {
            prop_assert_eq!(id, other_id);
            prop_assert!(close(first.mean, second.mean), "{id}");
            prop_assert!(close(first.sd, second.sd), "{id}");
            prop_assert_eq!(
                (first.n, first.min, first.max, first.answered, first.dont_know, first.possible),
                (second.n, second.min, second.max, second.answered, second.dont_know, second.possible)
            );
        }
    }

    #[test]
    fn a_respondent_at_the_mean_leaves_the_mean_unchanged(
        respondents in prop::collection::vec(answers(), 1..7),
    ) {
        let mut scores: Vec<RespondentScores> = respondents.iter().map(|a| score(a)).collect();
        let before = scoring::aggregate(questionnaire(), &scores);
        let at_mean = RespondentScores {
            scales: before
                .scales
                .iter()
                .map(|(id, stats)| {
                    let score = ScaleScore {
                        score: stats.mean,
                        answered: 0,
                        dont_know: 0,
                        not_applicable: 0,
                        items: 0,
                    };
                    (id.clone(), score)
                })
                .collect(),
            pillars: before
                .pillars
                .iter()
                .map(|(id, stats)| (id.clone(), stats.mean))
                .collect(),
        };
        scores.push(at_mean);
        let after = scoring::aggregate(questionnaire(), &scores);
        let (before, after) = (means(&before), means(&after));
        for (id, mean) in &before {
            prop_assert!(close(*mean, after[id]), "{id}: {mean:?} became {:?}", after[id]);
        }
    }
}
