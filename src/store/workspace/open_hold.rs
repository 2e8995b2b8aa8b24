//! Knowing that a respondent's questionnaire is open in another window or on another
//! computer sharing the folder: whoever opens it holds an operating-system lock until it is
//! closed. The system releases the lock when the holder dies, so a killed window never blocks
//! anyone.

use anyhow::Result;

use super::Workspace;
use crate::model::ids::AssessmentKey;
use crate::store::atomic_file::FileLock;

/// A respondent's questionnaire held open by this process; released when dropped.
#[derive(Debug)]
pub struct OpenHold {
    _lock: FileLock,
}

impl Workspace {
    /// Holds a respondent's questionnaire open, or returns `None` when another process has it
    /// open. Separate from the short write lock, so saving while holding it never waits.
    pub fn hold_open(&self, key: &AssessmentKey) -> Result<Option<OpenHold>> {
        let path = self.assessment_path(key);
        let mut target = self.lock_target(&path).into_os_string();
        target.push(".open");
        Ok(FileLock::try_acquire(std::path::Path::new(&target))?
            .map(|lock| OpenHold { _lock: lock }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::AssessmentKey;

    #[test]
    fn a_questionnaire_held_open_is_refused_to_a_second_holder_until_released() {
        let folder = tempfile::tempdir().unwrap();
        let workspace = Workspace::at(folder.path());
        let first = workspace
            .hold_open(&AssessmentKey::new("2025", "aldersum", "Jan"))
            .unwrap();
        assert!(first.is_some());
        assert!(
            workspace
                .hold_open(&AssessmentKey::new("2025", "aldersum", "Jan"))
                .unwrap()
                .is_none()
        );
        assert!(
            workspace
                .hold_open(&AssessmentKey::new("2025", "aldersum", "Piet"))
                .unwrap()
                .is_some()
        );
        drop(first);
        assert!(
            workspace
                .hold_open(&AssessmentKey::new("2025", "aldersum", "Jan"))
                .unwrap()
                .is_some()
        );
    }
}
