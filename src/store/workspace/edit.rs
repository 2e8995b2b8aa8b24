//! Writing assessments: one at a time under its lock, or many at once in parallel. Every
//! write tells the workspace's cache what it wrote, so the next load needs not parse it.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use super::cache::{self, Entry};
use super::{CACHE_FROM_FILES, Workspace, refuse_damaged};
use crate::model::assessment::Assessment;
use crate::model::ids::AssessmentKey;
use crate::model::yaml;
use crate::store::atomic_file::{
    FileLock, FoldersToSync, write_all_parallel, write_atomic_batched, write_atomic_metadata,
};

impl Workspace {
    /// Takes an assessment for editing, waiting while another process holds it. Until the
    /// returned guard is dropped, other writers of the same assessment wait or are refused.
    pub fn edit_assessment(&self, key: &AssessmentKey) -> Result<AssessmentEdit> {
        let path = self.assessment_path(key);
        let lock = FileLock::acquire(&self.lock_target(&path))?;
        Ok(AssessmentEdit {
            workspace: self.clone(),
            path,
            _lock: lock,
        })
    }

    /// Takes an assessment for editing, or returns `None` at once when another process is
    /// writing it.
    pub fn try_edit_assessment(&self, key: &AssessmentKey) -> Result<Option<AssessmentEdit>> {
        let path = self.assessment_path(key);
        Ok(
            FileLock::try_acquire(&self.lock_target(&path))?.map(|lock| AssessmentEdit {
                workspace: self.clone(),
                path,
                _lock: lock,
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

    /// [`Workspace::update_assessment`] for many assessments, written in parallel (each under
    /// its lock, atomically). `who` names an item's assessment;
    /// `change` makes its assessment from the one on disk, if any. The cache learns every
    /// file written — and a large enough batch starts one — so the next load parses none of
    /// them. Returns the files written, in item order, or the first error.
    pub fn update_assessments<T: Sync>(
        &self,
        items: &[T],
        who: impl Fn(&T) -> AssessmentKey + Sync + Send,
        change: impl Fn(&T, Option<Assessment>) -> Assessment + Sync + Send,
    ) -> Result<Vec<PathBuf>> {
        let folders = FoldersToSync::default();
        let written = write_all_parallel(items, |item| {
            let edit = self.edit_assessment(&who(item))?;
            // Read under the lock: a file that does not parse stops here, before any write.
            let updated = change(item, edit.read()?);
            edit.check_target(&updated)?;
            let entry = self.write_read_assessment(&edit.path, &updated, &folders)?;
            Ok((edit.path, entry))
        });
        // Also after a failure: the files written before it are kept, and their folders too.
        folders.sync();
        let written = written?;
        self.remember(written.iter().filter_map(|(_, entry)| entry.clone()));
        Ok(written.into_iter().map(|(path, _)| path).collect())
    }

    /// Writes an assessment under its lock, atomically. Returns the file written.
    pub fn save_assessment(&self, assessment: &Assessment) -> Result<PathBuf> {
        let path = self.assessment_path(&assessment.key());
        let _lock = FileLock::acquire(&self.lock_target(&path))?;
        let entry = self.write_assessment(&path, assessment)?;
        cache::journal(&self.root, &Vec::from_iter(entry), false);
        Ok(path)
    }

    /// [`Workspace::save_assessment`] for many assessments, written in parallel; the cache
    /// learns every file, as with [`Workspace::update_assessments`].
    pub fn save_assessments(&self, assessments: &[Assessment]) -> Result<Vec<PathBuf>> {
        self.update_assessments(assessments, Assessment::key, |assessment, _| {
            assessment.clone()
        })
    }

    /// Tells the cache about assessment files just written, starting a cache when the
    /// workspace has none and this many files make one worth keeping.
    fn remember<'a>(&self, entries: impl Iterator<Item = Entry<'a>>) {
        let entries: Vec<Entry> = entries.collect();
        cache::journal(&self.root, &entries, entries.len() >= CACHE_FROM_FILES);
    }

    /// Writes an assessment file that the caller holds the lock of and has just read (so it is
    /// known not to be damaged), within a bulk write; returns its cache entry.
    fn write_read_assessment(
        &self,
        path: &Path,
        assessment: &Assessment,
        folders: &FoldersToSync,
    ) -> Result<Option<Entry<'static>>> {
        let text = yaml::to_string(assessment)?;
        let observed = cache::now();
        let metadata = write_atomic_batched(path, text.as_bytes(), folders)?;
        Ok(cache::saved_entry(
            &self.root,
            path,
            &metadata,
            observed,
            text.as_bytes(),
            assessment,
        ))
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
            &metadata,
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
        self.check_target(assessment)?;
        self.workspace.write_assessment(&self.path, assessment)
    }

    /// Refuses an assessment that is not the one this edit holds.
    fn check_target(&self, assessment: &Assessment) -> Result<()> {
        let target = self.workspace.assessment_path(&assessment.key());
        if target != self.path {
            bail!(
                "the answers of {} ({}, round {}) do not belong in {}",
                assessment.respondent,
                assessment.organisation,
                assessment.round,
                self.path.display()
            );
        }
        Ok(())
    }
}
