//! Keeping the workspace on disk and in memory in step: every answer written at once, merged
//! with what another process saved meanwhile.

use std::path::{Path, PathBuf};

use super::{App, Status};
use crate::model::assessment::Assessment;

impl App {
    /// Writes an assessment at once (atomically, under its lock) and updates the in-memory
    /// data. On failure the message says so and quitting will ask first.
    pub fn store_assessment(&mut self, assessment: &Assessment) -> bool {
        let mut assessment = assessment.clone();
        assessment.date = Some(crate::store::clock::today().to_string());
        let path = self.workspace.assessment_path(&assessment.key());
        let known = self
            .data
            .assessments
            .iter()
            .find(|stored| stored.path == path)
            .map(|stored| stored.assessment.clone());
        // Another process (an import, a colleague's session) may have saved answers since this
        // one last looked: only what changed here is applied to what is on disk now.
        match self.workspace.save_changes(known.as_ref(), &assessment) {
            Ok((path, stored)) => {
                self.remember_assessment(path, stored);
                true
            }
            Err(error) => {
                self.unsaved = true;
                self.status = Some(Status::Error(format!(
                    "{}: {}",
                    self.texts().not_saved,
                    crate::words::i18n::errors::describe(self.lang, &error)
                )));
                false
            }
        }
    }

    fn remember_assessment(&mut self, path: PathBuf, assessment: Assessment) {
        self.views.remove(&assessment.round);
        let relative = self.relative(&path);
        self.data.put_assessment(path, assessment);
        self.after_data_change();
        self.status = Some(Status::Info(format!(
            "{}: {relative}",
            self.texts().saved_to
        )));
    }

    /// Adds a newly saved organisation to the in-memory data.
    pub fn add_organisation(&mut self, organisation: crate::store::workspace::Organisation) {
        self.data.put_organisation(organisation);
        // Every round's overview lists every organisation.
        self.views.clear();
    }

    /// Adds a newly saved round to the in-memory data.
    pub fn add_round(&mut self, round: crate::store::workspace::Round) {
        self.data.put_round(round);
    }

    /// A path as shown to people: relative to the workspace.
    pub fn relative(&self, path: &Path) -> String {
        path.strip_prefix(self.workspace.root())
            .unwrap_or(path)
            .display()
            .to_string()
    }

    /// The stored assessment at a path, if any.
    pub fn stored(&self, path: &Path) -> Option<&Assessment> {
        self.data
            .assessments
            .binary_search_by(|stored| stored.path.as_path().cmp(path))
            .ok()
            .map(|at| &self.data.assessments[at].assessment)
    }
}
