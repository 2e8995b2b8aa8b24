//! National-scale synthetic data for benchmarks and load tests: hundreds of fictitious
//! municipalities, about ten thousand assessments over two rounds, with the answer patterns
//! real surveys show (role bias, "don't know", respondents who agree with everything or give
//! the same answer throughout, respondents who stop halfway, partners that joined after the
//! baseline). Deterministic: the same arguments give the same files, byte for byte.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{DemoError, ROUNDS, normal, profile_for, profile_offset, role_bias};
use crate::model::assessment::{Answer, Answers, Assessment, QuestionnaireRef, Role};
use crate::model::questionnaire::{
    CUSTOMER_EXPERIENCE, LEADERSHIP, OPERATIONAL_EFFICIENCY, Questionnaire,
};
use crate::store::atomic_file::write_atomic;
use crate::store::workspace::{Organisation, Round, Workspace};

/// A generated data set, before it is written anywhere.
#[derive(Clone, Debug, PartialEq)]
pub struct Synthetic {
    pub rounds: Vec<Round>,
    pub organisations: Vec<Organisation>,
    /// In generation order: by organisation, then round, then respondent.
    pub assessments: Vec<Assessment>,
}

/// How one respondent tends to answer, apart from what they think of the organisation.
#[derive(Clone, Copy, Debug, PartialEq)]
enum AnswerStyle {
    /// Answers what they see, with some noise.
    Considered,
    /// Leans towards agreeing with every statement, reverse-worded ones included.
    Acquiescent,
    /// Gives the same answer to every item.
    StraightLine(u8),
}

/// Shares of roles among respondents: most are staff, few are board members.
const ROLE_WEIGHTS: [(Role, u32); 5] = [
    (Role::Board, 10),
    (Role::Management, 20),
    (Role::IAdviser, 20),
    (Role::Staff, 45),
    (Role::Other, 5),
];

fn pick_role(rng: &mut ChaCha8Rng) -> Role {
    let total: u32 = ROLE_WEIGHTS.iter().map(|(_, weight)| weight).sum();
    let mut ticket = rng.random_range(0..total);
    for (role, weight) in ROLE_WEIGHTS {
        if ticket < weight {
            return role;
        }
        ticket -= weight;
    }
    Role::Other
}

/// Generates `municipalities` organisations with on average `respondents` assessments each,
/// spread over the two rounds (fewer in the baseline; about one in twelve organisations joined
/// after it). With the defaults (342, 30) that is about 10 000 assessments.
pub fn synthetic(
    questionnaire: &Questionnaire,
    municipalities: usize,
    respondents: usize,
    seed: u64,
) -> Synthetic {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let version = QuestionnaireRef {
        id: questionnaire.id.clone(),
        version: questionnaire.version,
    };
    let rounds: Vec<Round> = ROUNDS
        .iter()
        .map(|(id, name, date, _)| Round {
            id: id.to_string(),
            name: Some(name.to_string()),
            date: Some(date.to_string()),
            closed: None,
        })
        .collect();
    let mut organisations = Vec::with_capacity(municipalities);
    let mut assessments = Vec::new();
    for index in 0..municipalities {
        // Municipality sizes are skewed: many small ones, a few large cities.
        let size_draw: f64 = rng.random();
        let inhabitants = 5_000 + (size_draw.powi(3) * 800_000.0) as u64;
        let organisation = Organisation {
            id: format!("gemeente-{:03}", index + 1),
            name: format!("Gemeente {:03} (synthetisch)", index + 1),
            short_name: None,
            cooperations: vec![format!("Samenwerking {:02}", index % 40 + 1)],
            profile: profile_for(inhabitants),
            targets: BTreeMap::new(),
        };
        let experience = 25.0 + rng.random_range(0.0..50.0);
        let efficiency = 25.0 + rng.random_range(0.0..50.0);
        let culture = 30.0 + rng.random_range(0.0..40.0);
        let leadership = culture + normal(&mut rng) * 8.0;
        let progress = (5.0 + normal(&mut rng) * 4.0).max(-3.0);
        let in_baseline = rng.random_range(0..12) != 0;
        // Larger municipalities field more respondents.
        let spread = respondents / 2;
        let total = respondents.saturating_sub(spread)
            + ((size_draw * 2.0 * spread as f64).round() as usize).min(2 * spread);
        let baseline_count = if in_baseline { total * 2 / 5 } else { 0 };
        let latest_count = total.saturating_sub(baseline_count).max(1);
        for ((round, _, date, _), count) in ROUNDS.iter().zip([baseline_count, latest_count]) {
            let behind = if *round == ROUNDS[0].0 { progress } else { 0.0 };
            // Some people answer in both rounds, others are new: a third of the baseline
            // respondents' numbers are not used again.
            let first_number = if *round == ROUNDS[0].0 {
                1
            } else {
                baseline_count / 3 + 1
            };
            for number in first_number..first_number + count {
                let role = pick_role(&mut rng);
                let personal = normal(&mut rng) * 6.0;
                let style = match rng.random_range(0..100) {
                    0..8 => AnswerStyle::Acquiescent,
                    8..10 => AnswerStyle::StraightLine(rng.random_range(3..=4)),
                    _ => AnswerStyle::Considered,
                };
                // One in sixteen stops part-way through the questionnaire.
                let stops_after = (rng.random_range(0..16) == 0)
                    .then(|| rng.random_range(10..questionnaire.item_count().max(11)));
                let dont_know = match role {
                    Role::Staff => 0.08,
                    Role::Board => 0.05,
                    _ => 0.03,
                };
                let level_of = |pillar: &str, scale: &str| -> f64 {
                    let base = match scale {
                        CUSTOMER_EXPERIENCE => experience,
                        OPERATIONAL_EFFICIENCY => efficiency,
                        _ if pillar == LEADERSHIP => leadership,
                        _ => culture,
                    };
                    base + profile_offset(index as u64, scale) + role_bias(role, pillar) + personal
                        - behind
                };
                let mut assessment = Assessment::new(
                    &organisation.id,
                    &format!("Respondent {number:02}"),
                    role,
                    round,
                    version.clone(),
                );
                let day = 3 + (number % 25);
                assessment.date = Some(format!("{}-{day:02}", &date[..7]));
                assessment.answers = answers(
                    questionnaire,
                    &mut rng,
                    &level_of,
                    style,
                    dont_know,
                    stops_after,
                );
                assessment.complete = stops_after.is_none();
                if rng.random_range(0..20) == 0
                    && let Some(item) = questionnaire.items().nth(rng.random_range(0..10))
                {
                    assessment.comments.insert(
                        item.id.clone(),
                        "Hierover verschillen de afdelingen sterk van mening.".to_string(),
                    );
                }
                assessments.push(assessment);
            }
        }
        organisations.push(organisation);
    }
    Synthetic {
        rounds,
        organisations,
        assessments,
    }
}

/// One respondent's answers, in questionnaire order; `stops_after` leaves the rest unanswered.
fn answers(
    questionnaire: &Questionnaire,
    rng: &mut ChaCha8Rng,
    level_of: &dyn Fn(&str, &str) -> f64,
    style: AnswerStyle,
    dont_know_share: f64,
    stops_after: Option<usize>,
) -> Answers {
    let scale = &questionnaire.answer_scale;
    let (min, max) = (f64::from(scale.min), f64::from(scale.max));
    let mut answers = Answers::new();
    let mut position = 0;
    for pillar in &questionnaire.pillars {
        for characteristic in &pillar.scales {
            let level = level_of(&pillar.id, &characteristic.id).clamp(0.0, 100.0);
            for item in &characteristic.items {
                position += 1;
                if stops_after.is_some_and(|last| position > last) {
                    return answers;
                }
                if rng.random_bool(dont_know_share) {
                    answers.insert(item.id.clone(), Answer::DontKnow);
                    continue;
                }
                let seen = min + level / 100.0 * (max - min) + normal(rng) * 0.7;
                let value = match style {
                    AnswerStyle::StraightLine(value) => f64::from(value),
                    AnswerStyle::Considered if item.reverse => min + max - seen,
                    AnswerStyle::Considered => seen,
                    // Agreeing regardless: reverse-worded items get the same push upwards.
                    AnswerStyle::Acquiescent if item.reverse => min + max - seen + 1.2,
                    AnswerStyle::Acquiescent => seen + 1.2,
                };
                let value = value.round().clamp(min, max);
                answers.insert(item.id.clone(), Answer::Value(value as u8));
            }
        }
    }
    answers
}

/// Writes a synthetic workspace into an empty (or not yet existing) folder. Returns the
/// number of assessments written.
pub fn write_synthetic(
    workspace: &Workspace,
    questionnaire: &Questionnaire,
    municipalities: usize,
    respondents: usize,
    seed: u64,
) -> Result<usize> {
    if !workspace.is_empty() {
        return Err(DemoError::SyntheticNotEmpty(workspace.root().to_path_buf()).into());
    }
    let data = synthetic(questionnaire, municipalities, respondents, seed);
    workspace.save_rounds(&data.rounds)?;
    workspace.save_organisations(&data.organisations)?;
    workspace.save_assessments(&data.assessments)?;
    Ok(data.assessments.len())
}

/// Writes the same synthetic data as one long-format CSV file, the input `rijp import`
/// takes. Returns the number of assessments (respondent × round) in it.
pub fn write_synthetic_csv(
    file: &Path,
    questionnaire: &Questionnaire,
    municipalities: usize,
    respondents: usize,
    seed: u64,
) -> Result<usize> {
    let data = synthetic(questionnaire, municipalities, respondents, seed);
    let names: BTreeMap<&str, &str> = data
        .organisations
        .iter()
        .map(|org| (org.id.as_str(), org.name.as_str()))
        .collect();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record([
            "organisation",
            "respondent",
            "round",
            "item",
            "answer",
            "role",
            "date",
            "comment",
        ])
        .map_err(DemoError::CsvText)?;
    for assessment in &data.assessments {
        let organisation = names
            .get(assessment.organisation.as_str())
            .copied()
            .unwrap_or(&assessment.organisation);
        for (item, answer) in &assessment.answers {
            let comment = assessment.comments.get(item).map(String::as_str);
            writer
                .write_record([
                    organisation,
                    &assessment.respondent,
                    &assessment.round,
                    item,
                    &answer.to_string(),
                    assessment.role.id(),
                    assessment.date.as_deref().unwrap_or_default(),
                    comment.unwrap_or_default(),
                ])
                .map_err(DemoError::CsvText)?;
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| DemoError::CsvText(error.into_error().into()))?;
    write_atomic(file, &bytes)?;
    Ok(data.assessments.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_defaults_give_about_ten_thousand_assessments_in_two_rounds() {
        let questionnaire = Questionnaire::bundled().unwrap();
        let data = synthetic(&questionnaire, 342, 30, 1);
        let count = data.assessments.len();
        assert!((9_500..=10_800).contains(&count), "{count} assessments");
        let baseline = data
            .assessments
            .iter()
            .filter(|a| a.round == "2024")
            .count();
        assert!(
            baseline > 3_000 && baseline < count / 2,
            "{baseline} in the baseline"
        );
        let incomplete = data.assessments.iter().filter(|a| !a.complete).count();
        assert!(incomplete > 0 && incomplete < count / 10, "{incomplete}");
        let roles: std::collections::BTreeSet<Role> =
            data.assessments.iter().map(|a| a.role).collect();
        assert_eq!(roles.len(), Role::ALL.len());
    }

    #[test]
    fn the_same_seed_gives_the_same_data_and_another_seed_does_not() {
        let questionnaire = Questionnaire::bundled().unwrap();
        let one = synthetic(&questionnaire, 12, 10, 7);
        assert_eq!(one, synthetic(&questionnaire, 12, 10, 7));
        assert_ne!(one, synthetic(&questionnaire, 12, 10, 8));
    }
}
