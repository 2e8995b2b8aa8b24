//! Writing many files of a workspace at once: an import, a generated or demo workspace.
//!
//! A bulk write holds the workspace's write gate alone, so no single save runs meanwhile and
//! no assessment needs a lock of its own; every file is staged, all are flushed to disk
//! together and then put in place (see [`crate::store::staged`]). A file that cannot be
//! written, or an existing assessment that does not parse, stops the write before any file
//! is replaced.

use std::path::PathBuf;

use anyhow::Result;
use rayon::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::cache::{self, Entry, FileStamp};
use super::edit::check_target;
use super::{CACHE_FROM_FILES, Organisation, Round, Workspace, refuse_damaged};
use crate::model::assessment::Assessment;
use crate::model::ids::AssessmentKey;
use crate::model::yaml;
use crate::store::atomic_file::GateLock;
use crate::store::staged::{self, Staged};

/// What a bulk write of assessments did.
#[derive(Debug)]
pub struct BulkWrite {
    /// The files written, in item order.
    pub written: Vec<PathBuf>,
    /// How many assessments were already as they would have been written, and were left
    /// alone.
    pub unchanged: usize,
}

impl Workspace {
    /// Makes many assessments from the ones on disk and writes them: `who` names an item's
    /// assessment; `change` makes it from the one on disk, if any. The cache learns every
    /// file written — and a large enough batch starts one — so the next load parses none of
    /// them. An assessment that `change` leaves as it is on disk is not written.
    pub fn update_assessments<T: Sync>(
        &self,
        items: &[T],
        who: impl Fn(&T) -> AssessmentKey + Sync + Send,
        change: impl Fn(&T, Option<Assessment>) -> Assessment + Sync + Send,
    ) -> Result<BulkWrite> {
        let _alone = GateLock::exclusive(&self.write_gate())?;
        let paths: Vec<PathBuf> = items
            .par_iter()
            .map(|item| self.assessment_path(&who(item)))
            .collect();
        // Read now that no one else writes: what was saved since the caller looked is kept.
        let existing = cache::current(&self.root, &paths);
        let prepared: Vec<Option<(Staged, Option<Entry<'static>>)>> = items
            .par_iter()
            .zip(paths.into_par_iter().zip(existing))
            .map(|(item, (path, existing))| {
                let existing = existing.transpose()?;
                let updated = change(item, existing.clone());
                check_target(self, &path, &updated)?;
                if existing.as_ref() == Some(&updated) {
                    // Nothing to change: the file, its layout and its times stay as they are.
                    return Ok(None);
                }
                let text = yaml::to_string(&updated)?;
                // Stamped once the file is in place.
                let entry = cache::saved_entry(
                    &self.root,
                    &path,
                    FileStamp::default(),
                    0,
                    text.as_bytes(),
                    &updated,
                );
                Ok(Some((staged::stage(&path, text.as_bytes())?, entry)))
            })
            .collect::<Result<_>>()?;
        let unchanged = prepared.iter().filter(|item| item.is_none()).count();
        let (files, mut entries): (Vec<Staged>, Vec<Option<Entry>>) =
            prepared.into_iter().flatten().unzip();
        staged::flush(&files)?;
        // Each file holds these bytes from the moment it is put in place, and anyone who
        // changes it later gives it a later modification time: entries are seen as of now,
        // so that the files written well before it (most of a large batch, while the rest
        // were written and all flushed) are trusted by their metadata at the next load.
        let observed = cache::now();
        let written = staged::commit(files)?;
        // The metadata as put in place: a rename changes a file's change time.
        written
            .par_iter()
            .zip(entries.par_iter_mut())
            .for_each(|(path, entry)| {
                *entry = match (entry.take(), std::fs::metadata(path)) {
                    (Some(entry), Ok(metadata)) => Some(Entry {
                        stamp: FileStamp::of(&metadata),
                        observed,
                        ..entry
                    }),
                    _ => None,
                };
            });
        let entries: Vec<Entry> = entries.into_iter().flatten().collect();
        cache::journal(&self.root, &entries, entries.len() >= CACHE_FROM_FILES);
        Ok(BulkWrite { written, unchanged })
    }

    /// Writes many assessments as they are (see [`Workspace::update_assessments`]); returns
    /// the files written.
    pub fn save_assessments(&self, assessments: &[Assessment]) -> Result<Vec<PathBuf>> {
        let done = self.update_assessments(assessments, Assessment::key, |assessment, _| {
            assessment.clone()
        })?;
        Ok(done.written)
    }

    /// Writes many organisations at once; refuses, before writing any, to replace a file that
    /// does not parse.
    pub fn save_organisations(&self, organisations: &[Organisation]) -> Result<Vec<PathBuf>> {
        let files = organisations
            .iter()
            .map(|organisation| (self.organisation_path(&organisation.id), organisation));
        save_all_yaml(files.collect())
    }

    /// Writes many rounds at once, as [`Workspace::save_organisations`] does.
    pub fn save_rounds(&self, rounds: &[Round]) -> Result<Vec<PathBuf>> {
        let files = rounds
            .iter()
            .map(|round| (self.round_path(&round.id), round));
        save_all_yaml(files.collect())
    }
}

fn save_all_yaml<T: Serialize + DeserializeOwned + Sync>(
    files: Vec<(PathBuf, &T)>,
) -> Result<Vec<PathBuf>> {
    let texts: Vec<(PathBuf, Vec<u8>)> = files
        .into_par_iter()
        .map(|(path, value)| {
            refuse_damaged::<T>(&path)?;
            Ok((path, yaml::to_string(value)?.into_bytes()))
        })
        .collect::<Result<_>>()?;
    staged::write_atomic_all(&texts)?;
    Ok(texts.into_iter().map(|(path, _)| path).collect())
}

impl Workspace {
    /// The lock every write of assessments passes: single saves share it, a bulk write holds
    /// it alone. It stays in place.
    pub(super) fn write_gate(&self) -> PathBuf {
        self.root.join(super::LOCKS).join("workspace.lock")
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;
    use std::time::Duration;

    use super::*;
    use crate::model::assessment::{Answer, QuestionnaireRef, Role};

    fn assessment(respondent: &str) -> Assessment {
        let mut assessment = Assessment::new(
            "aldersum",
            respondent,
            Role::Staff,
            "2025",
            QuestionnaireRef {
                id: "digitale-volwassenheid".to_string(),
                version: 2,
            },
        );
        assessment.answers.insert("cx01", Answer::Value(4));
        assessment
    }

    #[test]
    fn a_bulk_write_waits_until_single_saves_in_progress_are_done() {
        let folder = tempfile::tempdir().unwrap();
        let workspace = Workspace::at(folder.path());
        let editing = workspace.edit_assessment(&assessment("Jan").key()).unwrap();
        let (done, finished) = mpsc::channel();
        let bulk = std::thread::spawn({
            let workspace = workspace.clone();
            move || {
                let written = workspace.save_assessments(&[assessment("Piet")]).unwrap();
                done.send(written).unwrap();
            }
        });
        std::thread::sleep(Duration::from_millis(100));
        assert!(finished.try_recv().is_err(), "waits for the save");
        drop(editing);
        let written = finished.recv().unwrap();
        bulk.join().unwrap();
        let saved: Assessment = yaml::read(&written[0]).unwrap();
        assert_eq!(saved, assessment("Piet"));
    }

    #[test]
    fn single_saves_are_refused_or_wait_while_a_bulk_write_runs() {
        let folder = tempfile::tempdir().unwrap();
        let workspace = Workspace::at(folder.path());
        let bulk = GateLock::exclusive(&workspace.write_gate()).unwrap();
        let key = assessment("Jan").key();
        assert!(workspace.try_edit_assessment(&key).unwrap().is_none());
        let (done, finished) = mpsc::channel();
        let single = std::thread::spawn({
            let workspace = workspace.clone();
            move || {
                workspace.save_assessment(&assessment("Jan")).unwrap();
                done.send(()).unwrap();
            }
        });
        std::thread::sleep(Duration::from_millis(100));
        assert!(finished.try_recv().is_err(), "waits for the bulk write");
        drop(bulk);
        finished.recv().unwrap();
        single.join().unwrap();
        assert!(workspace.try_edit_assessment(&key).unwrap().is_some());
    }
}
