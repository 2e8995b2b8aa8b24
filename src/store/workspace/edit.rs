//! Writing assessments: one at a time under its lock, or many at once in parallel. Every
//! write tells the workspace's cache what it wrote, so the next load needs not parse it.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use super::cache::{self, Entry, FileStamp};
use super::{Workspace, refuse_damaged};
use crate::model::assessment::Assessment;
use crate::model::ids::AssessmentKey;
use crate::model::yaml;
use crate::store::atomic_file::{FileLock, GateLock, write_atomic_metadata};

impl Workspace {
    /// Takes an assessment for editing, waiting while another process holds it. Until the
    /// returned guard is dropped, other writers of the same assessment wait or are refused.
    pub fn edit_assessment(&self, key: &AssessmentKey) -> Result<AssessmentEdit> {
        let gate = GateLock::shared(&self.write_gate())?;
        let path = self.assessment_path(key);
        let lock = FileLock::acquire(&self.lock_target(&path))?;
        Ok(AssessmentEdit {
            workspace: self.clone(),
            path,
            _lock: lock,
            _gate: gate,
        })
    }

    /// Takes an assessment for editing, or returns `None` at once when another process is
    /// writing it.
    pub fn try_edit_assessment(&self, key: &AssessmentKey) -> Result<Option<AssessmentEdit>> {
        let Some(gate) = GateLock::try_shared(&self.write_gate())? else {
            return Ok(None);
        };
        let path = self.assessment_path(key);
        Ok(
            FileLock::try_acquire(&self.lock_target(&path))?.map(|lock| AssessmentEdit {
                workspace: self.clone(),
                path,
                _lock: lock,
                _gate: gate,
            }),
        )
    }

    /// Reads the current assessment under its lock, lets `change` update it (it gets `None`
    /// when there is no file yet) and saves the result, so that changes made by another
    /// process since this one last looked are never overwritten. Returns the file written.
    pub fn update_assessment(
        &self,
        key: &AssessmentKey,
        change: impl FnOnce(Option<Assessment>) -> Assessment,
    ) -> Result<PathBuf> {
        let edit = self.edit_assessment(key)?;
        let updated = change(edit.read()?);
        edit.save(&updated)?;
        Ok(edit.path)
    }

    /// Writes an assessment under its lock, atomically. Returns the file written.
    pub fn save_assessment(&self, assessment: &Assessment) -> Result<PathBuf> {
        let _gate = GateLock::shared(&self.write_gate())?;
        let path = self.assessment_path(&assessment.key());
        let _lock = FileLock::acquire(&self.lock_target(&path))?;
        let entry = self.write_assessment(&path, assessment)?;
        cache::journal(&self.root, &Vec::from_iter(entry), false);
        Ok(path)
    }

    /// Writes an assessment file (the caller holds its lock); returns its cache entry.
    fn write_assessment(
        &self,
        path: &Path,
        assessment: &Assessment,
    ) -> Result<Option<Entry<'static>>> {
        refuse_damaged::<Assessment>(path)?;
        let text = yaml::to_string(assessment)?;
        let observed = cache::now();
        let metadata = write_atomic_metadata(path, text.as_bytes())?;
        Ok(cache::saved_entry(
            &self.root,
            path,
            FileStamp::of(&metadata),
            observed,
            text.as_bytes(),
            assessment,
        ))
    }
}

/// An assessment held for editing by this process (see [`Workspace::edit_assessment`]).
#[derive(Debug)]
pub struct AssessmentEdit {
    workspace: Workspace,
    path: PathBuf,
    _lock: FileLock,
    /// Shared with other single writes; a bulk write waits until it is let go.
    _gate: GateLock,
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

    /// Saves the assessment atomically and tells the cache. It must be the one this edit
    /// holds.
    pub fn save(&self, assessment: &Assessment) -> Result<()> {
        let entry = self.write(assessment)?;
        cache::journal(self.workspace.root(), &Vec::from_iter(entry), false);
        Ok(())
    }

    fn write(&self, assessment: &Assessment) -> Result<Option<Entry<'static>>> {
        check_target(&self.workspace, &self.path, assessment)?;
        self.workspace.write_assessment(&self.path, assessment)
    }
}

/// Refuses an assessment that does not belong in the file at `path`.
pub(super) fn check_target(
    workspace: &Workspace,
    path: &Path,
    assessment: &Assessment,
) -> Result<()> {
    let target = workspace.assessment_path(&assessment.key());
    if target != path {
        bail!(
            "the answers of {} ({}, round {}) do not belong in {}",
            assessment.respondent,
            assessment.organisation,
            assessment.round,
            path.display()
        );
    }
    Ok(())
}
