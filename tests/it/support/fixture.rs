//! A small workspace built in code, with answers chosen so that scores are easy to compute by
//! hand: a respondent gives one value on every item of a scale (reverse-worded items get the
//! mirrored value), so the scale score is (value − 1) / 4 × 100.
#![allow(dead_code)]

use std::collections::BTreeMap;

use rijp::analysis::benchmark::{BenchmarkFile, BenchmarkStat};
use rijp::model::assessment::{Answer, Assessment, QuestionnaireRef, Role};
use rijp::model::questionnaire::Questionnaire;
use rijp::store::workspace::{
    Organisation, Profile, Round, Settings, Target, Workspace, WorkspaceData,
};

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub workspace: Workspace,
    pub questionnaire: Questionnaire,
}

impl Fixture {
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let workspace = Workspace::at(dir.path());
        Fixture {
            dir,
            workspace,
            questionnaire: Questionnaire::bundled().unwrap(),
        }
    }

    pub fn settings(&self, settings: Settings) -> &Self {
        self.workspace.save_settings(&settings).unwrap();
        self
    }

    pub fn organisation(
        &self,
        id: &str,
        name: &str,
        inhabitants: Option<u64>,
        cooperations: &[&str],
        targets: &[(&str, Option<f64>, Option<f64>)],
    ) -> &Self {
        self.workspace
            .save_organisation(&Organisation {
                id: id.to_string(),
                name: name.to_string(),
                short_name: None,
                cooperations: cooperations.iter().map(|c| c.to_string()).collect(),
                profile: Profile {
                    inhabitants,
                    ..Profile::default()
                },
                targets: targets
                    .iter()
                    .map(|(scale, minimum, desired)| {
                        (
                            scale.to_string(),
                            Target {
                                minimum: *minimum,
                                desired: *desired,
                            },
                        )
                    })
                    .collect(),
            })
            .unwrap();
        self
    }

    pub fn round(&self, id: &str, date: &str) -> &Self {
        self.workspace
            .save_round(&Round {
                id: id.to_string(),
                name: Some(format!("Meting {id}")),
                date: Some(date.to_string()),
                closed: None,
            })
            .unwrap();
        self
    }

    /// A benchmark file with the same mean on every scale.
    pub fn flat_benchmark(&self, id: &str, mean: f64) -> &Self {
        let scores = self
            .questionnaire
            .scales()
            .map(|s| {
                (
                    s.id.clone(),
                    BenchmarkStat {
                        mean,
                        n: Some(40),
                        sd: None,
                        median: None,
                        ..Default::default()
                    },
                )
            })
            .collect();
        self.workspace
            .save_benchmark(
                id,
                &BenchmarkFile {
                    name: format!("Benchmark {id}"),
                    year: Some(2025),
                    source: Some("fixture".to_string()),
                    illustrative: true,
                    scores,
                    ..Default::default()
                },
            )
            .unwrap();
        self
    }

    /// Answers for one respondent: `levels` gives the value on every item of a scale;
    /// `default` (if any) is given on every other scale.
    pub fn respondent(
        &self,
        round: &str,
        organisation: &str,
        respondent: &str,
        role: Role,
        default: Option<u8>,
        levels: &[(&str, Answer)],
    ) -> &Self {
        let q = &self.questionnaire;
        let mut assessment = Assessment::new(
            organisation,
            respondent,
            role,
            round,
            QuestionnaireRef {
                id: q.id.clone(),
                version: q.version,
            },
        );
        let levels: BTreeMap<&str, Answer> = levels.iter().copied().collect();
        for scale in q.scales() {
            let answer = match (levels.get(scale.id.as_str()), default) {
                (Some(answer), _) => *answer,
                (None, Some(value)) => Answer::Value(value),
                (None, None) => continue,
            };
            for item in &scale.items {
                let given = match answer {
                    Answer::Value(v) if item.reverse => Answer::Value(6 - v),
                    other => other,
                };
                assessment.answers.insert(item.id.clone(), given);
            }
        }
        self.workspace.save_assessment(&assessment).unwrap();
        self
    }

    pub fn load(&self) -> WorkspaceData {
        let data = self.workspace.load().unwrap();
        assert!(data.problems.is_empty(), "{:?}", data.problems);
        data
    }
}

pub fn v(value: u8) -> Answer {
    Answer::Value(value)
}
