//! Saving one process's changes to an assessment that another process (an import, a
//! colleague's window) may have saved meanwhile: only what changed here is applied to what is
//! on disk now, so nobody's answers are lost.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Result;

use super::Workspace;
use crate::model::assessment::Assessment;

impl Workspace {
    /// Saves `edited` under its lock. `known` is the assessment as this process last read it:
    /// when given and a file exists, only the changes from `known` to `edited` are applied to
    /// the file as it is now. Returns the file written and what it now holds.
    pub fn save_changes(
        &self,
        known: Option<&Assessment>,
        edited: &Assessment,
    ) -> Result<(PathBuf, Assessment)> {
        let mut stored = edited.clone();
        let path = self.update_assessment(&edited.key(), |on_disk| {
            if let (Some(on_disk), Some(known)) = (on_disk, known) {
                stored = merge_changes(on_disk, known, edited);
            }
            stored.clone()
        })?;
        Ok((path, stored))
    }
}

/// Applies to `on_disk` the changes that turned `known` into `edited`: answers and comments
/// set or cleared, and the respondent's role, date and completion.
pub fn merge_changes(
    mut on_disk: Assessment,
    known: &Assessment,
    edited: &Assessment,
) -> Assessment {
    fn apply<V: Clone + PartialEq>(
        target: &mut BTreeMap<String, V>,
        known: &BTreeMap<String, V>,
        edited: &BTreeMap<String, V>,
    ) {
        for (item, value) in edited {
            if known.get(item) != Some(value) {
                target.insert(item.clone(), value.clone());
            }
        }
        for item in known.keys() {
            if !edited.contains_key(item) {
                target.remove(item);
            }
        }
    }
    for (item, answer) in &edited.answers {
        if known.answers.get(item) != Some(answer) {
            on_disk.answers.insert(item, *answer);
        }
    }
    for item in known.answers.keys() {
        if !edited.answers.contains_key(item) {
            on_disk.answers.remove(item);
        }
    }
    apply(&mut on_disk.comments, &known.comments, &edited.comments);
    on_disk.role = edited.role;
    on_disk.date = edited.date.clone();
    on_disk.complete = edited.complete;
    on_disk
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::{Answer, QuestionnaireRef, Role};

    fn base() -> Assessment {
        Assessment::new(
            "a",
            "r",
            Role::Staff,
            "2025",
            QuestionnaireRef {
                id: "q".into(),
                version: 1,
            },
        )
    }

    #[test]
    fn answers_saved_elsewhere_survive_a_change_made_here() {
        let mut known = base();
        known.answers.insert("cx01", Answer::Value(3));
        let mut on_disk = known.clone();
        on_disk.answers.insert("cx05", Answer::Value(5));
        let mut edited = known.clone();
        edited.answers.insert("cx01", Answer::Value(4));
        edited.answers.insert("cx02", Answer::DontKnow);
        let merged = merge_changes(on_disk, &known, &edited);
        assert_eq!(merged.answers.get("cx01"), Some(&Answer::Value(4)));
        assert_eq!(merged.answers.get("cx02"), Some(&Answer::DontKnow));
        assert_eq!(merged.answers.get("cx05"), Some(&Answer::Value(5)));
    }

    #[test]
    fn saving_changes_keeps_the_file_written_meanwhile() {
        let folder = tempfile::tempdir().unwrap();
        let workspace = Workspace::at(folder.path());
        let mut known = base();
        known.answers.insert("cx01", Answer::Value(3));
        workspace.save_assessment(&known).unwrap();
        let mut elsewhere = known.clone();
        elsewhere.answers.insert("cx09", Answer::NotApplicable);
        workspace.save_assessment(&elsewhere).unwrap();
        let mut edited = known.clone();
        edited.answers.remove("cx01");
        let (path, stored) = workspace.save_changes(Some(&known), &edited).unwrap();
        let on_disk: Assessment = crate::model::yaml::read(&path).unwrap();
        assert_eq!(on_disk, stored);
        assert_eq!(on_disk.answers.get("cx01"), None);
        assert_eq!(on_disk.answers.get("cx09"), Some(&Answer::NotApplicable));
    }
}
