//! Reading a whole workspace: settings, questionnaires, organisations, rounds, benchmarks and
//! assessments. A damaged data file is listed in `problems` and skipped.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::Result;
use rayon::prelude::*;
use serde::de::DeserializeOwned;

use super::cache::{self, LoadStats, LoadedFiles};
use super::listing::list_yaml_files;
use super::{
    ACTIONS, ASSESSMENTS, BENCHMARKS, CACHE_FROM_FILES, ORGANISATIONS, Organisation, ROUNDS, Round,
    SETTINGS_FILE, Settings, StoredAssessment, Workspace, WorkspaceData, WorkspaceError,
};
use crate::model::action::{Action, ActionId};
use crate::model::benchmark_file::BenchmarkFile;
use crate::model::questionnaire::Questionnaire;
use crate::model::yaml::{self, YamlError, YamlProblem};
use crate::store::slug::slugify;

/// What the workspace's folders hold, as read.
struct Folders {
    organisations: Vec<Organisation>,
    rounds: Vec<Round>,
    benchmarks: Vec<(String, BenchmarkFile)>,
    actions: Vec<(PathBuf, Action)>,
    assessments: LoadedFiles,
    stats: LoadStats,
    problems: Vec<YamlError>,
}

impl Workspace {
    /// Loads the whole workspace. Only a missing or unreadable folder, or an unusable
    /// questionnaire file named in the settings, is an error; a damaged data file is listed in
    /// `problems` and skipped.
    pub fn load(&self) -> Result<WorkspaceData> {
        self.load_counted().map(|(data, _)| data)
    }

    /// [`Workspace::load`], also telling how many assessment files came from the cache.
    pub fn load_counted(&self) -> Result<(WorkspaceData, LoadStats)> {
        if !self.root.is_dir() {
            return Err(WorkspaceError::Missing(self.root.clone()).into());
        }
        let (settings, settings_problem) = self.read_settings();
        // The questionnaires are parsed while the folders are read: neither needs the other.
        let (questionnaires, folders) = rayon::join(
            || self.read_questionnaires(&settings),
            || self.read_folders(),
        );
        let (questionnaire, earlier_questionnaires) = questionnaires?;
        let Folders {
            organisations,
            mut rounds,
            benchmarks,
            actions,
            assessments: loaded,
            stats,
            mut problems,
        } = folders?;
        problems.extend(settings_problem);
        let mut assessments = Vec::with_capacity(loaded.len());
        let organisation_ids: HashSet<&str> = organisations.iter().map(|o| o.id.as_str()).collect();
        for (path, result) in loaded {
            match result {
                Ok(assessment) => {
                    if !organisation_ids.contains(assessment.organisation.as_str()) {
                        let expected =
                            format!("organisations/{}.yaml", slugify(&assessment.organisation));
                        problems.push(YamlError::new(
                            &path,
                            1,
                            1,
                            YamlProblem::UnknownOrganisation {
                                id: assessment.organisation.clone(),
                                expected,
                            },
                        ));
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
        rounds.sort_by(super::order::round_order);
        rounds.dedup_by(|a, b| a.id == b.id);
        let closed_round_changes = self.closed_round_changes(&rounds)?;

        let mut data = WorkspaceData {
            root: self.root.clone(),
            settings,
            questionnaire,
            earlier_questionnaires,
            organisations,
            rounds,
            assessments,
            benchmarks,
            actions: Vec::new(),
            problems,
            closed_round_changes,
        };
        data.admit_actions(actions);
        data.problems.sort_by(|a, b| a.file.cmp(&b.file));
        Ok((data, stats))
    }

    /// The settings, or the defaults when there is no settings file or it is damaged.
    fn read_settings(&self) -> (Settings, Option<YamlError>) {
        let path = self.root.join(SETTINGS_FILE);
        if !path.exists() {
            return (Settings::default(), None);
        }
        match yaml::read::<Settings>(&path) {
            Ok(settings) => (settings, None),
            Err(error) => (Settings::default(), Some(error)),
        }
    }

    /// The questionnaire the settings name (the bundled one by default) and its earlier
    /// versions.
    fn read_questionnaires(
        &self,
        settings: &Settings,
    ) -> Result<(Questionnaire, Vec<Questionnaire>)> {
        let questionnaire = match &settings.questionnaire {
            Some(file) => Questionnaire::load(&self.root.join(file))?,
            None => Questionnaire::bundled()?,
        };
        let earlier = Questionnaire::bundled_versions()?
            .into_iter()
            .filter(|earlier| {
                earlier.id == questionnaire.id && earlier.version < questionnaire.version
            })
            .collect();
        Ok((questionnaire, earlier))
    }

    fn read_folders(&self) -> Result<Folders> {
        let mut problems = Vec::new();
        let mut organisations: Vec<Organisation> =
            load_folder(&self.root, ORGANISATIONS, &mut problems)?
                .into_iter()
                .map(|(id, organisation)| Organisation { id, ..organisation })
                .collect();
        organisations.sort_by(super::order::organisation_order);
        let rounds: Vec<Round> = load_folder(&self.root, ROUNDS, &mut problems)?
            .into_iter()
            .map(|(id, round)| Round { id, ..round })
            .collect();
        let benchmarks = load_folder::<BenchmarkFile>(&self.root, BENCHMARKS, &mut problems)?;
        let actions = load_folder::<Action>(&self.root, ACTIONS, &mut problems)?
            .into_iter()
            .map(|(id, action)| {
                let path = self.root.join(ACTIONS).join(format!("{id}.yaml"));
                let id = ActionId::from_file_stem(&id);
                (path, Action { id, ..action })
            })
            .collect();

        let assessment_files = list_yaml_files(&self.root, ASSESSMENTS, 3, true)?;
        let use_cache = assessment_files.len() >= CACHE_FROM_FILES;
        let (assessments, stats) = cache::load(&self.root, assessment_files, use_cache);
        Ok(Folders {
            organisations,
            rounds,
            benchmarks,
            actions,
            assessments,
            stats,
            problems,
        })
    }
}

/// The files of a folder that parse, each with its id (the file name without `.yaml`), in
/// file order; those that do not are added to `problems`.
fn load_folder<T: DeserializeOwned + Send>(
    root: &Path,
    folder: &str,
    problems: &mut Vec<YamlError>,
) -> Result<Vec<(String, T)>> {
    let read: Vec<(PathBuf, Result<T, YamlError>)> = list_yaml_files(root, folder, 1, false)?
        .into_par_iter()
        .map(|listed| {
            let result = yaml::read::<T>(&listed.path);
            (listed.path, result)
        })
        .collect();
    let mut found = Vec::with_capacity(read.len());
    for (path, result) in read {
        match result {
            Ok(value) => found.push((file_stem(&path), value)),
            Err(error) => problems.push(error),
        }
    }
    Ok(found)
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}
