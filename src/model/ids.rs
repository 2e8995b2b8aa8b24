//! Typed identifiers that travel between layers, so that a round id can never be passed
//! where an organisation id is expected.

use std::fmt;

/// Which assessment file: one respondent of one organisation in one round.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AssessmentKey {
    pub round: String,
    pub organisation: String,
    pub respondent: String,
}

impl AssessmentKey {
    pub fn new(
        round: impl Into<String>,
        organisation: impl Into<String>,
        respondent: impl Into<String>,
    ) -> AssessmentKey {
        AssessmentKey {
            round: round.into(),
            organisation: organisation.into(),
            respondent: respondent.into(),
        }
    }
}

impl fmt::Display for AssessmentKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{}/{}",
            self.round, self.organisation, self.respondent
        )
    }
}
