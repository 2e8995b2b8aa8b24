//! The workspace: a folder of plain YAML files that advisers can read, diff, back up and
//! merge.
//!
//! ```text
//! rijp.yaml                                  settings (name, default benchmark, margins, …)
//! organisations/ORGANISATION.yaml           name, cooperations, profile, targets
//! rounds/ROUND.yaml                          measurement rounds
//! assessments/ROUND/ORGANISATION/RESPONDENT.yaml   one respondent's answers
//! benchmarks/BENCHMARK.yaml                  benchmark files
//! actions/ID.yaml                            the improvement register, one action per file
//! ```
//!
//! Loading never stops at a damaged file: it is reported with file, line and column and left
//! alone; the rest loads. Writes are atomic, refuse to replace a file that does not parse, and
//! take a lock per assessment; a bulk write takes the workspace's write gate alone instead
//! (see [`bulk`]).

mod actions;
mod bulk;
mod cache;
mod closing;
mod edit;
mod listing;
mod load;
mod merge;
mod model;
mod naming;
mod open_hold;
mod order;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::model::action::Action;
use crate::model::assessment::{Assessment, QuestionnaireRef};
use crate::model::benchmark_file::BenchmarkFile;
use crate::model::ids::AssessmentKey;
use crate::model::questionnaire::Questionnaire;
use crate::model::yaml::{self, YamlError};
use crate::store::atomic_file::write_atomic;
use crate::store::slug::slugify;

pub use actions::ACTIONS;
pub use bulk::BulkWrite;
pub use cache::{CACHE, JOURNAL, LoadStats, SNAPSHOT};
pub use closing::{ClosedRoundChange, Closing, FileChange, RoundError};
pub use edit::AssessmentEdit;
pub use merge::merge_changes;
pub use model::{Organisation, Profile, Round, Settings, Target};
pub use naming::Named;
pub use open_hold::OpenHold;

/// From this many assessment files on, parsed files are cached (see [`cache`]); a small
/// workspace parses in milliseconds and gets no hidden cache folder.
pub const CACHE_FROM_FILES: usize = 200;

pub const SETTINGS_FILE: &str = "rijp.yaml";
pub const ORGANISATIONS: &str = "organisations";
pub const ROUNDS: &str = "rounds";
pub const ASSESSMENTS: &str = "assessments";
pub const BENCHMARKS: &str = "benchmarks";
/// Lock files, one per assessment being written; hidden, never data.
pub const LOCKS: &str = ".locks";
/// Overrides the default workspace location.
pub const WORKSPACE_ENV: &str = "RIJP_WORKSPACE";

/// A workspace folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workspace {
    root: PathBuf,
}

/// An assessment with the file it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredAssessment {
    pub path: PathBuf,
    pub assessment: Assessment,
}

/// Why a workspace cannot be used or a file in it not replaced; said in the reader's language
/// by the words layer.
#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    #[error(
        "the workspace {0} does not exist; create one with `rijp demo --workspace {0}` or `rijp import`"
    )]
    Missing(PathBuf),
    #[error("cannot determine a data folder for this user; name one with --workspace")]
    NoDataFolder,
    #[error("{0}\n(the file was not overwritten: repair or remove it first)")]
    Damaged(YamlError),
}

/// Everything in a workspace, loaded.
#[derive(Clone, Debug)]
pub struct WorkspaceData {
    pub root: PathBuf,
    pub settings: Settings,
    /// The questionnaire new answers are given against.
    pub questionnaire: Questionnaire,
    /// Earlier versions of the same questionnaire, oldest first: rounds answered against
    /// them are scored as they were answered.
    pub earlier_questionnaires: Vec<Questionnaire>,
    /// Sorted by name.
    pub organisations: Vec<Organisation>,
    /// Sorted by date, then id: the last one is the latest round.
    pub rounds: Vec<Round>,
    /// Sorted by path.
    pub assessments: Vec<StoredAssessment>,
    /// Benchmark files by id (file name without `.yaml`), sorted by id.
    pub benchmarks: Vec<(String, BenchmarkFile)>,
    /// The improvement register, sorted by id.
    pub actions: Vec<Action>,
    /// Files that could not be used, with the reason; they were left untouched.
    pub problems: Vec<YamlError>,
    /// Answer files of closed rounds that are not as they were when the round closed; they
    /// are used as they are now, and said.
    pub closed_round_changes: Vec<ClosedRoundChange>,
}

impl WorkspaceData {
    /// The questionnaire an assessment was answered against: the current one, or the earlier
    /// version it names; the current one when that version is not known.
    pub fn questionnaire_for(&self, reference: &QuestionnaireRef) -> &Questionnaire {
        self.earlier_questionnaires
            .iter()
            .find(|q| q.id == reference.id && q.version == reference.version)
            .unwrap_or(&self.questionnaire)
    }

    /// The questionnaire most of a round's assessments were answered against (the current
    /// one for a round without answers).
    pub fn questionnaire_of_round(&self, round: &str) -> &Questionnaire {
        let mut counts: BTreeMap<(&str, u32), usize> = BTreeMap::new();
        for stored in self
            .assessments
            .iter()
            .filter(|s| s.assessment.round == round)
        {
            let reference = &stored.assessment.questionnaire;
            *counts
                .entry((reference.id.as_str(), reference.version))
                .or_default() += 1;
        }
        counts
            .into_iter()
            .max_by_key(|(key, count)| (*count, key.1))
            .map_or(&self.questionnaire, |((id, version), _)| {
                self.questionnaire_for(&QuestionnaireRef {
                    id: id.to_string(),
                    version,
                })
            })
    }

    /// Whether two rounds were answered against the same version of the questionnaire.
    pub fn same_version(&self, round: &str, other: &str) -> bool {
        let (a, b) = (
            self.questionnaire_of_round(round),
            self.questionnaire_of_round(other),
        );
        a.id == b.id && a.version == b.version
    }

    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|org| org.id == id)
    }

    pub fn round(&self, id: &str) -> Option<&Round> {
        self.rounds.iter().find(|round| round.id == id)
    }

    pub fn latest_round(&self) -> Option<&Round> {
        self.rounds.last()
    }

    /// The round before `id` that has answers, if any: the one rule for "the previous round"
    /// that change, the charts' arrows and the terminal interface's trail all follow, so
    /// they always compare with the same round.
    pub fn previous_round(&self, id: &str) -> Option<&Round> {
        let at = self.rounds.iter().position(|round| round.id == id)?;
        self.rounds[..at].iter().rev().find(|round| {
            self.assessments.iter().any(|stored| {
                stored.assessment.round == round.id && !stored.assessment.answers.is_empty()
            })
        })
    }

    pub fn assessments_for<'a>(
        &'a self,
        organisation: &'a str,
        round: &'a str,
    ) -> impl Iterator<Item = &'a StoredAssessment> + 'a {
        self.assessments.iter().filter(move |stored| {
            stored.assessment.organisation == organisation && stored.assessment.round == round
        })
    }

    pub fn benchmark_file(&self, id: &str) -> Option<&BenchmarkFile> {
        self.benchmarks
            .iter()
            .find(|(name, _)| name == id)
            .map(|(_, file)| file)
    }
}

impl Workspace {
    pub fn at(root: impl Into<PathBuf>) -> Workspace {
        Workspace { root: root.into() }
    }

    /// The workspace to use when none is named: `RIJP_WORKSPACE`, or the platform's data folder.
    pub fn default_location() -> Result<PathBuf> {
        if let Some(path) = std::env::var_os(WORKSPACE_ENV).filter(|p| !p.is_empty()) {
            return Ok(PathBuf::from(path));
        }
        let dirs = directories::ProjectDirs::from("nl", "rijp", "rijp")
            .ok_or(WorkspaceError::NoDataFolder)?;
        Ok(dirs.data_dir().join("workspace"))
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// True when the folder does not exist or holds nothing.
    pub fn is_empty(&self) -> bool {
        match std::fs::read_dir(&self.root) {
            Ok(mut entries) => entries.next().is_none(),
            Err(_) => true,
        }
    }

    /// True when the folder holds at least one organisation or assessment.
    pub fn has_content(&self) -> bool {
        [ORGANISATIONS, ASSESSMENTS].iter().any(|folder| {
            std::fs::read_dir(self.root.join(folder))
                .map(|mut entries| entries.next().is_some())
                .unwrap_or(false)
        })
    }

    pub fn organisation_path(&self, id: &str) -> PathBuf {
        self.root
            .join(ORGANISATIONS)
            .join(format!("{}.yaml", slugify(id)))
    }

    pub fn round_path(&self, id: &str) -> PathBuf {
        self.root.join(ROUNDS).join(format!("{}.yaml", slugify(id)))
    }

    pub fn benchmark_path(&self, id: &str) -> PathBuf {
        self.root
            .join(BENCHMARKS)
            .join(format!("{}.yaml", slugify(id)))
    }

    /// Where a respondent's assessment for an organisation and round is stored. Every part is
    /// made a safe file name, so no name can lead outside the workspace.
    pub fn assessment_path(&self, key: &AssessmentKey) -> PathBuf {
        self.root
            .join(ASSESSMENTS)
            .join(slugify(&key.round))
            .join(slugify(&key.organisation))
            .join(format!("{}.yaml", slugify(&key.respondent)))
    }

    /// Where the lock for a file lives: a hidden folder, so the data folders stay clean.
    pub fn lock_target(&self, path: &Path) -> PathBuf {
        let relative = path.strip_prefix(&self.root).unwrap_or(path);
        let name: Vec<String> = relative
            .iter()
            .map(|part| part.to_string_lossy().into_owned())
            .collect();
        self.root.join(LOCKS).join(name.join("__"))
    }

    pub fn save_organisation(&self, organisation: &Organisation) -> Result<PathBuf> {
        let path = self.organisation_path(&organisation.id);
        save_yaml(&path, organisation)?;
        Ok(path)
    }

    pub fn save_round(&self, round: &Round) -> Result<PathBuf> {
        let path = self.round_path(&round.id);
        save_yaml(&path, round)?;
        Ok(path)
    }

    pub fn save_benchmark(&self, id: &str, benchmark: &BenchmarkFile) -> Result<PathBuf> {
        let path = self.benchmark_path(id);
        save_yaml(&path, benchmark)?;
        Ok(path)
    }

    pub fn save_settings(&self, settings: &Settings) -> Result<PathBuf> {
        let path = self.root.join(SETTINGS_FILE);
        save_yaml(&path, settings)?;
        Ok(path)
    }
}

/// Writes a value as YAML, atomically; refuses to replace an existing file that does not
/// parse, so a hand-edited file with a typo is never silently overwritten.
pub fn save_yaml<T: Serialize + DeserializeOwned>(path: &Path, value: &T) -> Result<()> {
    refuse_damaged::<T>(path)?;
    let text = yaml::to_string(value)?;
    write_atomic(path, text.as_bytes())
}

/// Refuses to replace an existing file that does not parse as `T`.
fn refuse_damaged<T: DeserializeOwned>(path: &Path) -> Result<()> {
    if path.exists()
        && let Err(error) = yaml::read::<T>(path)
    {
        return Err(WorkspaceError::Damaged(error).into());
    }
    Ok(())
}
