//! The workspace's lists keep one order each, whoever adds to them: organisations by name,
//! rounds by date then id (the last is the latest), answer files by path. Everything that
//! adds to a loaded workspace goes through these methods, so the order is said once.

use std::cmp::Ordering;
use std::path::PathBuf;

use super::{Organisation, Round, StoredAssessment, WorkspaceData};
use crate::model::assessment::Assessment;

/// Rounds by date, then id; a round without a date sorts first, as an undated baseline.
pub fn round_order(a: &Round, b: &Round) -> Ordering {
    a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id))
}

/// Organisations by name, then id.
pub fn organisation_order(a: &Organisation, b: &Organisation) -> Ordering {
    a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id))
}

impl WorkspaceData {
    /// Adds a round, or replaces the one with its id, in round order.
    pub fn put_round(&mut self, round: Round) {
        self.rounds.retain(|known| known.id != round.id);
        let at = self
            .rounds
            .partition_point(|known| round_order(known, &round) == Ordering::Less);
        self.rounds.insert(at, round);
    }

    /// Adds an organisation, or replaces the one with its id, in name order.
    pub fn put_organisation(&mut self, organisation: Organisation) {
        self.organisations
            .retain(|known| known.id != organisation.id);
        let at = self
            .organisations
            .partition_point(|known| organisation_order(known, &organisation) == Ordering::Less);
        self.organisations.insert(at, organisation);
    }

    /// Adds the answers stored at `path`, or replaces them, in path order; a round that
    /// is not yet known is added under its id.
    pub fn put_assessment(&mut self, path: PathBuf, assessment: Assessment) {
        if self.round(&assessment.round).is_none() {
            self.put_round(Round::named(&assessment.round));
        }
        match self
            .assessments
            .binary_search_by(|stored| stored.path.cmp(&path))
        {
            Ok(at) => self.assessments[at].assessment = assessment,
            Err(at) => self
                .assessments
                .insert(at, StoredAssessment { path, assessment }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(id: &str, date: Option<&str>) -> Round {
        Round {
            id: id.into(),
            name: None,
            date: date.map(str::to_string),
            closed: None,
        }
    }

    #[test]
    fn rounds_added_in_any_order_stand_by_date_and_the_latest_last() {
        let folder = tempfile::tempdir().unwrap();
        let mut data = crate::store::workspace::Workspace::at(folder.path())
            .load()
            .unwrap();
        data.put_round(round("2025", Some("2025-03-01")));
        data.put_round(round("2024", Some("2024-03-01")));
        data.put_round(round("extra", Some("2025-03-01")));
        data.put_round(round("2024", Some("2024-04-01")));
        let ids: Vec<&str> = data.rounds.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["2024", "2025", "extra"]);
        assert_eq!(data.rounds[0].date.as_deref(), Some("2024-04-01"));
    }
}
