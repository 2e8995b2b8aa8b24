//! The workspace: a folder of plain YAML files that advisers can read, diff, back up and
//! merge.
//!
//! ```text
//! rijp.yaml                                  settings (name, default benchmark, margins, …)
//! organisations/ORGANISATION.yaml           name, cooperations, profile, targets
//! rounds/ROUND.yaml                          measurement rounds
//! assessments/ROUND/ORGANISATION/RESPONDENT.yaml   one respondent's answers
//! benchmarks/BENCHMARK.yaml                  benchmark files
//! ```
//!
//! Loading never stops at a damaged file: it is reported with file, line and column and left
//! alone; the rest loads. Writes are atomic, refuse to replace a file that does not parse, and
//! take a lock per assessment.

mod cache;
mod merge;
mod model;
mod open_hold;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::analysis::benchmark::BenchmarkFile;
use crate::model::assessment::Assessment;
use crate::model::questionnaire::Questionnaire;
use crate::store::atomic_file::{FileLock, write_atomic};
use crate::store::slug::slugify;
use crate::store::yaml::{self, YamlError};

pub use cache::{CACHE, ContentKey};
pub use merge::merge_changes;
pub use model::{Organisation, Profile, Round, Settings, Target};
pub use open_hold::OpenHold;

use cache::AssessmentCache;

/// From this many assessment files on, parsed files are cached (see [`cache`]); a small
/// workspace parses in milliseconds and gets no hidden cache folder.
pub const CACHE_FROM_FILES: usize = 200;

/// An assessment file's content key and parsed content, or why it could not be used.
type LoadedAssessment = Result<(ContentKey, Assessment), YamlError>;

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

/// Everything in a workspace, loaded.
#[derive(Clone, Debug)]
pub struct WorkspaceData {
    pub root: PathBuf,
    pub settings: Settings,
    pub questionnaire: Questionnaire,
    /// Sorted by name.
    pub organisations: Vec<Organisation>,
    /// Sorted by date, then id: the last one is the latest round.
    pub rounds: Vec<Round>,
    /// Sorted by path.
    pub assessments: Vec<StoredAssessment>,
    /// Benchmark files by id (file name without `.yaml`), sorted by id.
    pub benchmarks: Vec<(String, BenchmarkFile)>,
    /// Files that could not be used, with the reason; they were left untouched.
    pub problems: Vec<YamlError>,
}

impl WorkspaceData {
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|org| org.id == id)
    }

    pub fn round(&self, id: &str) -> Option<&Round> {
        self.rounds.iter().find(|round| round.id == id)
    }

    pub fn latest_round(&self) -> Option<&Round> {
        self.rounds.last()
    }

    /// The round before `id`, if any.
    pub fn previous_round(&self, id: &str) -> Option<&Round> {
        let at = self.rounds.iter().position(|round| round.id == id)?;
        at.checked_sub(1).map(|before| &self.rounds[before])
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
            .context("cannot determine a data folder for this user; name one with --workspace")?;
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
    pub fn assessment_path(&self, round: &str, organisation: &str, respondent: &str) -> PathBuf {
        self.root
            .join(ASSESSMENTS)
            .join(slugify(round))
            .join(slugify(organisation))
            .join(format!("{}.yaml", slugify(respondent)))
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

    /// Loads the whole workspace. Only a missing or unreadable folder, or an unusable
    /// questionnaire file named in the settings, is an error; a damaged data file is listed in
    /// `problems` and skipped.
    pub fn load(&self) -> Result<WorkspaceData> {
        let mut problems = Vec::new();
        if !self.root.is_dir() {
            bail!(
                "the workspace {} does not exist; create one with `rijp demo --workspace {}` or `rijp import`",
                self.root.display(),
                self.root.display()
            );
        }
        let settings_path = self.root.join(SETTINGS_FILE);
        let settings = if settings_path.exists() {
            match yaml::read::<Settings>(&settings_path) {
                Ok(settings) => settings,
                Err(error) => {
                    problems.push(error);
                    Settings::default()
                }
            }
        } else {
            Settings::default()
        };
        let questionnaire = match &settings.questionnaire {
            Some(file) => {
                let path = self.root.join(file);
                Questionnaire::load(&path).map_err(|error| anyhow::anyhow!("{error}"))?
            }
            None => Questionnaire::bundled().map_err(|error| anyhow::anyhow!("{error}"))?,
        };

        let mut organisations: Vec<Organisation> = Vec::new();
        for (path, result) in load_folder::<Organisation>(&self.root.join(ORGANISATIONS))? {
            match result {
                Ok(mut org) => {
                    org.id = file_stem(&path);
                    organisations.push(org);
                }
                Err(error) => problems.push(error),
            }
        }
        organisations.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));

        let mut rounds: Vec<Round> = Vec::new();
        for (path, result) in load_folder::<Round>(&self.root.join(ROUNDS))? {
            match result {
                Ok(mut round) => {
                    round.id = file_stem(&path);
                    rounds.push(round);
                }
                Err(error) => problems.push(error),
            }
        }

        let mut benchmarks = Vec::new();
        for (path, result) in load_folder::<BenchmarkFile>(&self.root.join(BENCHMARKS))? {
            match result {
                Ok(file) => benchmarks.push((file_stem(&path), file)),
                Err(error) => problems.push(error),
            }
        }

        let mut assessment_files = Vec::new();
        collect_yaml_files(&self.root.join(ASSESSMENTS), 3, &mut assessment_files)?;
        assessment_files.sort();
        let loaded = self.load_assessments(assessment_files);
        let mut assessments = Vec::with_capacity(loaded.len());
        for (path, result) in loaded {
            match result {
                Ok((_, assessment)) => {
                    if organisations
                        .iter()
                        .all(|o| o.id != assessment.organisation)
                    {
                        problems.push(YamlError {
                            file: path.clone(),
                            line: 1,
                            column: 1,
                            message: format!(
                                "unknown organisation '{}': no file organisations/{}.yaml",
                                assessment.organisation,
                                slugify(&assessment.organisation)
                            ),
                        });
                        continue;
                    }
                    if rounds.iter().all(|r| r.id != assessment.round) {
                        // A round is implied by its assessments; its file is optional.
                        rounds.push(Round::named(&assessment.round));
                    }
                    assessments.push(StoredAssessment { path, assessment });
                }
                Err(error) => problems.push(error),
            }
        }
        rounds.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
        rounds.dedup_by(|a, b| a.id == b.id);
        problems.sort_by(|a, b| a.file.cmp(&b.file));

        Ok(WorkspaceData {
            root: self.root.clone(),
            settings,
            questionnaire,
            organisations,
            rounds,
            assessments,
            benchmarks,
            problems,
        })
    }

    /// Reads and parses assessment files in parallel. A large workspace keeps the parsed files
    /// in a cache keyed by each file's exact bytes, so only new and changed files are parsed.
    fn load_assessments(&self, files: Vec<PathBuf>) -> Vec<(PathBuf, LoadedAssessment)> {
        let use_cache = files.len() >= CACHE_FROM_FILES;
        let cache = use_cache.then(|| AssessmentCache::read(&self.root));
        let misses = AtomicUsize::new(0);
        let loaded: Vec<(PathBuf, LoadedAssessment)> = files
            .into_par_iter()
            .map(|path| {
                let result = yaml::read_bytes(&path).and_then(|bytes| {
                    let key = ContentKey::of(&bytes);
                    if let Some(assessment) = cache.as_ref().and_then(|cache| cache.take(key)) {
                        return Ok((key, assessment));
                    }
                    misses.fetch_add(1, Ordering::Relaxed);
                    yaml::parse_bytes::<Assessment>(&path, &bytes).map(|a| (key, a))
                });
                (path, result)
            })
            .collect();
        if let Some(cache) = cache
            && cache.is_stale(misses.into_inner())
        {
            cache::write(
                &self.root,
                loaded
                    .iter()
                    .filter_map(|(_, result)| result.as_ref().ok())
                    .map(|(key, assessment)| (*key, assessment)),
            );
        }
        loaded
    }

    /// Takes an assessment for editing, waiting while another process holds it. Until the
    /// returned guard is dropped, other writers of the same assessment wait or are refused.
    pub fn edit_assessment(
        &self,
        round: &str,
        organisation: &str,
        respondent: &str,
    ) -> Result<AssessmentEdit> {
        let path = self.assessment_path(round, organisation, respondent);
        let lock = FileLock::acquire(&self.lock_target(&path))?;
        Ok(AssessmentEdit { path, _lock: lock })
    }

    /// Takes an assessment for editing, or returns `None` at once when another process is
    /// writing it.
    pub fn try_edit_assessment(
        &self,
        round: &str,
        organisation: &str,
        respondent: &str,
    ) -> Result<Option<AssessmentEdit>> {
        let path = self.assessment_path(round, organisation, respondent);
        Ok(FileLock::try_acquire(&self.lock_target(&path))?
            .map(|lock| AssessmentEdit { path, _lock: lock }))
    }

    /// Reads the current assessment under its lock, lets `change` update it (it gets `None`
    /// when there is no file yet) and saves the result, so that changes made by another
    /// process since this one last looked are never overwritten. Returns the file written.
    pub fn update_assessment(
        &self,
        round: &str,
        organisation: &str,
        respondent: &str,
        change: impl FnOnce(Option<Assessment>) -> Assessment,
    ) -> Result<PathBuf> {
        let edit = self.edit_assessment(round, organisation, respondent)?;
        let updated = change(edit.read()?);
        edit.save(&updated)?;
        Ok(edit.path)
    }

    /// Writes an assessment under its lock, atomically. Returns the file written.
    pub fn save_assessment(&self, assessment: &Assessment) -> Result<PathBuf> {
        let path = self.assessment_path(
            &assessment.round,
            &assessment.organisation,
            &assessment.respondent,
        );
        let _lock = FileLock::acquire(&self.lock_target(&path))?;
        save_yaml(&path, assessment)?;
        Ok(path)
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

/// An assessment held for editing by this process (see [`Workspace::edit_assessment`]).
#[derive(Debug)]
pub struct AssessmentEdit {
    path: PathBuf,
    _lock: FileLock,
}

impl AssessmentEdit {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The assessment as it is on disk now, or `None` when it has no file yet.
    pub fn read(&self) -> Result<Option<Assessment>> {
        if !self.path.exists() {
            return Ok(None);
        }
        Ok(Some(yaml::read::<Assessment>(&self.path)?))
    }

    /// Saves the assessment atomically. It must be the one this edit holds.
    pub fn save(&self, assessment: &Assessment) -> Result<()> {
        let Some(folder) = self.path.parent() else {
            bail!("{} has no folder", self.path.display());
        };
        let target = folder
            .parent()
            .and_then(Path::parent)
            .and_then(Path::parent)
            .map(|root| {
                Workspace::at(root).assessment_path(
                    &assessment.round,
                    &assessment.organisation,
                    &assessment.respondent,
                )
            });
        if target.as_deref() != Some(self.path.as_path()) {
            bail!(
                "the answers of {} ({}, round {}) do not belong in {}",
                assessment.respondent,
                assessment.organisation,
                assessment.round,
                self.path.display()
            );
        }
        save_yaml(&self.path, assessment)
    }
}

/// Writes a value as YAML, atomically; refuses to replace an existing file that does not
/// parse, so a hand-edited file with a typo is never silently overwritten.
pub fn save_yaml<T: Serialize + DeserializeOwned>(path: &Path, value: &T) -> Result<()> {
    if path.exists()
        && let Err(error) = yaml::read::<T>(path)
    {
        bail!("{error}\n(the file was not overwritten: repair or remove it first)");
    }
    let text = yaml::to_string(value)?;
    write_atomic(path, text.as_bytes())
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn is_yaml(path: &Path) -> bool {
    let visible = path
        .file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| !name.starts_with('.'));
    visible
        && path
            .extension()
            .is_some_and(|ext| ext == "yaml" || ext == "yml")
}

/// Lists YAML files below `folder`, at most `depth` levels deep; a missing folder is empty.
fn collect_yaml_files(folder: &Path, depth: usize, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(error) => {
            return Err(error).with_context(|| format!("cannot read folder {}", folder.display()));
        }
    };
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot read folder {}", folder.display()))?;
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() && depth > 1 {
            collect_yaml_files(&path, depth - 1, out)?;
        } else if kind.is_file() && is_yaml(&path) {
            out.push(path);
        }
    }
    Ok(())
}

fn load_folder<T: DeserializeOwned>(folder: &Path) -> Result<Vec<(PathBuf, Result<T, YamlError>)>> {
    let mut files = Vec::new();
    collect_yaml_files(folder, 1, &mut files)?;
    files.sort();
    Ok(files
        .into_iter()
        .map(|path| {
            let result = yaml::read::<T>(&path);
            (path, result)
        })
        .collect())
}
