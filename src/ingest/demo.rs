//! The demo cooperation: five fictitious municipalities of a fictitious ICT joint arrangement,
//! with respondents in several roles, two rounds (one partner joined in the second), profiles,
//! targets and an illustrative benchmark. Deterministic: the same seed gives the same files.
//!
//! [`synthetic`] builds large workspaces of the same kind for benchmarks.

pub mod synthetic;

pub use synthetic::{write_synthetic, write_synthetic_csv};

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Result;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::analysis::benchmark::{BenchmarkFile, BenchmarkStat};
use crate::model::assessment::{Answer, Answers, Assessment, QuestionnaireRef, Role};
use crate::model::questionnaire::{
    COOPERATION as COOPERATION_PILLAR, CUSTOMER_EXPERIENCE, LEADERSHIP, OPERATIONAL_EFFICIENCY,
    Questionnaire,
};
use crate::store::workspace::{Organisation, Profile, Round, Settings, Target, Workspace};

pub const COOPERATION: &str = "GR ICT Noorderwaard (fictief)";
pub const BENCHMARK_ID: &str = "illustratief-2025";
const SEED: u64 = 2025;

/// Why the demo or the synthetic data was not written. The words layer says it in the
/// reader's language.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The folder holds files; the demo goes only into an empty or new folder.
    #[error("{} is not empty; the demo is only written into an empty or new folder", .0.display())]
    NotEmpty(PathBuf),
    /// The same for the synthetic workspace.
    #[error("{} is not empty; synthetic data is only written into an empty or new folder", .0.display())]
    SyntheticNotEmpty(PathBuf),
    #[error("cannot build the CSV text: {0}")]
    CsvText(#[source] csv::Error),
}

struct Partner {
    name: &'static str,
    inhabitants: u64,
    /// Maturity on customer experience and operational efficiency in the latest round.
    experience: f64,
    efficiency: f64,
    /// Culture and leadership level, before per-characteristic variation.
    culture: f64,
    leadership: f64,
    /// How the partner experiences the cooperation's governance and its shared ICT
    /// organisation.
    cooperation: f64,
    respondents: &'static [(&'static str, Role)],
    /// False for a partner that joined after the baseline.
    in_baseline: bool,
    /// How often its respondents choose "not applicable" where a statement offers it: one
    /// partner does, so that the report's flag for it shows.
    not_applicable: f64,
}

const PARTNERS: [Partner; 5] = [
    Partner {
        name: "Gemeente Aldersum (fictief)",
        inhabitants: 38_400,
        experience: 61.0,
        efficiency: 41.0,
        culture: 56.0,
        leadership: 52.0,
        cooperation: 56.0,
        respondents: &[
            ("Anouk de Vries", Role::IAdviser),
            ("Bram Kuipers", Role::Management),
            ("Carla Smit", Role::Staff),
            ("Dirk Mulder", Role::Board),
            ("Wendy Claassen", Role::Management),
            ("Yusuf Aydın", Role::Staff),
        ],
        in_baseline: true,
        not_applicable: 0.0,
    },
    Partner {
        name: "Gemeente Brakeveen (fictief)",
        inhabitants: 71_900,
        experience: 43.0,
        efficiency: 64.0,
        culture: 47.0,
        leadership: 55.0,
        cooperation: 61.0,
        respondents: &[
            ("Esther Bakker", Role::IAdviser),
            ("Frank Visser", Role::Management),
            ("Gerda Jansen", Role::Staff),
            ("Hans Postma", Role::Staff),
            ("Ilse Bosman", Role::Board),
            ("Xander Wolters", Role::Management),
        ],
        in_baseline: true,
        not_applicable: 0.0,
    },
    Partner {
        name: "Gemeente Crommenhoorn (fictief)",
        inhabitants: 124_300,
        experience: 69.0,
        efficiency: 67.0,
        culture: 64.0,
        leadership: 66.0,
        cooperation: 58.0,
        respondents: &[
            ("Jeroen van Dam", Role::IAdviser),
            ("Karin Hoekstra", Role::IAdviser),
            ("Lars Meijer", Role::Management),
            ("Marieke de Boer", Role::Management),
            ("Niels Vos", Role::Staff),
            ("Olga Peters", Role::Board),
            ("Zeynep Kaya", Role::Staff),
        ],
        in_baseline: true,
        not_applicable: 0.0,
    },
    Partner {
        name: "Gemeente Dijkwaarde (fictief)",
        inhabitants: 21_700,
        experience: 34.0,
        efficiency: 31.0,
        culture: 38.0,
        leadership: 41.0,
        cooperation: 44.0,
        respondents: &[
            ("Pieter Dekker", Role::IAdviser),
            ("Quinten Brouwer", Role::Management),
            ("Rianne Schouten", Role::Staff),
        ],
        in_baseline: true,
        not_applicable: 0.2,
    },
    Partner {
        name: "Gemeente Eemstein (fictief)",
        inhabitants: 52_600,
        experience: 48.0,
        efficiency: 53.0,
        culture: 50.0,
        leadership: 46.0,
        cooperation: 52.0,
        respondents: &[
            ("Sanne Willems", Role::IAdviser),
            ("Tom Verhoeven", Role::Management),
            ("Ursula Koster", Role::Staff),
            ("Victor Hendriks", Role::Board),
        ],
        in_baseline: false,
        not_applicable: 0.0,
    },
];

/// The two rounds: id, name, date, and how far behind the latest round partners stood.
pub(crate) const ROUNDS: [(&str, &str, &str, f64); 2] = [
    ("2024", "Nulmeting 2024", "2024-03-01", 7.0),
    ("2025", "Meting 2025", "2025-03-01", 0.0),
];

/// A standard-normal sample (Box–Muller); rand's own normal lives in another crate.
pub(crate) fn normal(rng: &mut ChaCha8Rng) -> f64 {
    let u1: f64 = rng.random_range(f64::EPSILON..1.0);
    let u2: f64 = rng.random();
    (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
}

/// Answers of one respondent whose true level on each scale is given (0–100).
fn answers_for(
    questionnaire: &Questionnaire,
    rng: &mut ChaCha8Rng,
    level_of: &dyn Fn(&str, &str) -> f64,
    dont_know_share: f64,
    not_applicable_share: f64,
) -> Answers {
    let scale = &questionnaire.answer_scale;
    let (min, max) = (f64::from(scale.min), f64::from(scale.max));
    let mut answers = Answers::new();
    for pillar in &questionnaire.pillars {
        for characteristic in &pillar.scales {
            let level = level_of(&pillar.id, &characteristic.id).clamp(0.0, 100.0);
            for item in &characteristic.items {
                if rng.random_bool(dont_know_share.clamp(0.0, 1.0)) {
                    answers.insert(item.id.clone(), Answer::DontKnow);
                    continue;
                }
                if questionnaire.allows_not_applicable(item)
                    && rng.random_bool(not_applicable_share.clamp(0.0, 1.0))
                {
                    answers.insert(item.id.clone(), Answer::NotApplicable);
                    continue;
                }
                let agreement = (min + level / 100.0 * (max - min) + normal(rng) * 0.65)
                    .round()
                    .clamp(min, max);
                let value = if item.reverse {
                    min + max - agreement
                } else {
                    agreement
                };
                answers.insert(item.id.clone(), Answer::Value(value as u8));
            }
        }
    }
    answers
}

/// A stable offset per scale and organisation, so profiles have peaks and dips.
pub(crate) fn profile_offset(rng_seed: u64, scale_id: &str) -> f64 {
    let mut hash = rng_seed ^ 0x9e37_79b9_7f4a_7c15;
    for byte in scale_id.bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    ((hash % 2001) as f64 / 1000.0 - 1.0) * 9.0
}

/// How a role tends to see the organisation: the board is kinder on leadership than staff.
pub(crate) fn role_bias(role: Role, pillar: &str) -> f64 {
    match (role, pillar == LEADERSHIP) {
        (Role::Board, true) => 8.0,
        (Role::Management, true) => 4.0,
        (Role::Staff, true) => -6.0,
        (Role::Board, false) => 3.0,
        (Role::Staff, false) => -2.0,
        _ => 0.0,
    }
}

fn targets(questionnaire: &Questionnaire, ambition: f64) -> BTreeMap<String, Target> {
    questionnaire
        .scales()
        .map(|scale| {
            let desired = (ambition + profile_offset(7, &scale.id) / 3.0).round();
            (
                scale.id.clone(),
                Target {
                    minimum: Some((desired - 15.0).round()),
                    desired: Some(desired),
                },
            )
        })
        .collect()
}

fn illustrative_benchmark(questionnaire: &Questionnaire) -> BenchmarkFile {
    let scores = questionnaire
        .scales()
        .map(|scale| {
            let mean = (52.0 + profile_offset(11, &scale.id) * 0.7) * 10.0;
            let mean = mean.round() / 10.0;
            let stat = BenchmarkStat {
                mean,
                n: Some(128),
                sd: Some(
                    ((13.0 + profile_offset(13, &scale.id).abs() / 3.0) * 10.0).round() / 10.0,
                ),
                median: Some(((mean + 0.8) * 10.0).round() / 10.0),
                ..BenchmarkStat::default()
            };
            (scale.id.clone(), stat)
        })
        .collect();
    BenchmarkFile {
        name: "Illustratieve benchmark gemeenten".to_string(),
        year: Some(2025),
        source: Some(
            "Fictieve cijfers voor demonstratie en training; de landelijke benchmark is niet openbaar"
                .to_string(),
        ),
        illustrative: true,
        scores,
        ..BenchmarkFile::default()
    }
}

/// Writes the demo cooperation into an empty (or not yet existing) folder. Returns the files
/// written.
pub fn write_demo(workspace: &Workspace, questionnaire: &Questionnaire) -> Result<Vec<PathBuf>> {
    if !workspace.is_empty() {
        return Err(DemoError::NotEmpty(workspace.root().to_path_buf()).into());
    }
    let mut files = Vec::new();
    files.push(workspace.save_settings(&Settings {
        name: Some(COOPERATION.to_string()),
        default_benchmark: Some(BENCHMARK_ID.to_string()),
        ..Settings::default()
    })?);
    files.push(workspace.save_benchmark(BENCHMARK_ID, &illustrative_benchmark(questionnaire))?);
    for (id, name, date, _) in ROUNDS {
        files.push(workspace.save_round(&Round {
            id: id.to_string(),
            name: Some(name.to_string()),
            date: Some(date.to_string()),
            closed: None,
        })?);
    }
    // Both rounds were fielded with the same version of the questionnaire, so that the
    // changes between them are real findings.
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    for (index, partner) in PARTNERS.iter().enumerate() {
        let organisation = Organisation {
            id: crate::store::slug::slugify(partner.name),
            name: partner.name.to_string(),
            short_name: None,
            cooperations: vec![COOPERATION.to_string()],
            profile: profile_for(partner.inhabitants),
            targets: targets(questionnaire, 60.0 + index as f64 * 2.0),
        };
        files.push(workspace.save_organisation(&organisation)?);
        for (round_index, (round, _, date, behind)) in ROUNDS.iter().enumerate() {
            if round_index == 0 && !partner.in_baseline {
                continue;
            }
            for (respondent_index, (respondent, role)) in partner.respondents.iter().enumerate() {
                // The baseline had fewer respondents: not everyone took part the first time.
                if round_index == 0 && respondent_index >= 3 {
                    continue;
                }
                let personal = normal(&mut rng) * 5.0;
                let seed = index as u64 * 31;
                let level_of = |pillar: &str, scale: &str| -> f64 {
                    let base = match scale {
                        CUSTOMER_EXPERIENCE => partner.experience,
                        OPERATIONAL_EFFICIENCY => partner.efficiency,
                        _ if pillar == LEADERSHIP => partner.leadership,
                        _ if pillar == COOPERATION_PILLAR => partner.cooperation,
                        _ => partner.culture,
                    };
                    base + profile_offset(seed, scale) + role_bias(*role, pillar) + personal
                        - behind
                };
                let dont_know = if *role == Role::Staff { 0.07 } else { 0.03 };
                let version = QuestionnaireRef {
                    id: questionnaire.id.clone(),
                    version: questionnaire.version,
                };
                let mut assessment =
                    Assessment::new(&organisation.id, respondent, *role, round, version);
                assessment.date =
                    Some(date.replace("-01", &format!("-{:02}", 3 + respondent_index)));
                assessment.answers = answers_for(
                    questionnaire,
                    &mut rng,
                    &level_of,
                    dont_know,
                    partner.not_applicable,
                );
                assessment.complete = true;
                if respondent_index == 0
                    && let Some(item) = questionnaire
                        .scale(OPERATIONAL_EFFICIENCY)
                        .and_then(|s| s.items.first())
                {
                    assessment.comments.insert(
                        item.id.clone(),
                        "Zaaksysteem is per 1 januari vervangen; nog niet alle processen zijn overgezet."
                            .to_string(),
                    );
                }
                files.push(workspace.save_assessment(&assessment)?);
            }
        }
    }
    Ok(files)
}

pub(crate) fn profile_for(inhabitants: u64) -> Profile {
    let scale = inhabitants as f64 / 1000.0;
    Profile {
        inhabitants: Some(inhabitants),
        staff_fte: Some((scale * 7.2).round()),
        workstations: Some((scale * 8.1).round() as u64),
        ict_budget_eur: Some((scale * 61_000.0 / 1000.0).round() * 1000.0),
        ict_staff_fte: Some((scale * 0.42 * 10.0).round() / 10.0),
        business_applications: Some(120 + (scale * 1.4) as u64),
        digital_satisfaction: Some(((6.4 + scale / 80.0) * 10.0).round() / 10.0),
    }
}
