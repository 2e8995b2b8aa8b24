//! Keeping the workspace on disk and in memory in step: every answer written at once, merged
//! with what another process saved meanwhile.

use std::path::{Path, PathBuf};

use super::{App, Status};
use crate::model::assessment::Assessment;
use crate::store::workspace::StoredAssessment;

impl App {
    /// Writes an assessment at once (atomically, under its lock) and updates the in-memory
    /// data. On failure the message says so and quitting will ask first.
    pub fn store_assessment(&mut self, assessment: &Assessment) -> bool {
        let mut assessment = assessment.clone();
        assessment.date = Some(crate::tui::today::iso());
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
        if self.data.round(&assessment.round).is_none() {
            self.data
                .rounds
                .push(crate::store::workspace::Round::named(&assessment.round));
            self.data
                .rounds
                .sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
        }
        let relative = self.relative(&path);
        match self
            .data
            .assessments
            .binary_search_by(|stored| stored.path.cmp(&path))
        {
            Ok(at) => self.data.assessments[at].assessment = assessment,
            Err(at) => self
                .data
                .assessments
                .insert(at, StoredAssessment { path, assessment }),
        }
        self.after_data_change();
        self.status = Some(Status::Info(format!(
            "{}: {relative}",
            self.texts().saved_to
        )));
    }

    /// Adds a newly saved organisation to the in-memory data.
    pub fn add_organisation(&mut self, organisation: crate::store::workspace::Organisation) {
        self.data.organisations.push(organisation);
        self.data
            .organisations
            .sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        // Every round's overview lists every organisation.
        self.views.clear();
    }

    /// Adds a newly saved round to the in-memory data.
    pub fn add_round(&mut self, round: crate::store::workspace::Round) {
        self.data.rounds.push(round);
        self.data
            .rounds
            .sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
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
