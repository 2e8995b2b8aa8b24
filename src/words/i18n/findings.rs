//! Findings in words: the sentences of a consultant's report. Each function takes the parts
//! already formatted (names, numbers) and returns a full sentence; `count` is how many names a
//! list holds, so verbs agree with it.
//!
//! The sentences are grouped as the findings are: one set per kind of finding, one for the
//! summary, and here the few that more than one of them says.

use crate::words::i18n::Lang;

mod change;
mod pillars;
mod quadrant;
mod respondents;
mod summary;
mod targets;

pub use change::ChangeTexts;
pub use pillars::PillarTexts;
pub use quadrant::QuadrantTexts;
pub use respondents::RespondentTexts;
pub use summary::SummaryTexts;
pub use targets::TargetTexts;

pub struct FindingTexts {
    pub quadrant: QuadrantTexts,
    pub pillars: PillarTexts,
    pub change: ChangeTexts,
    pub targets: TargetTexts,
    pub respondents: RespondentTexts,
    pub summary: SummaryTexts,
    /// The placement is a self-score against a cut-off, not a verdict.
    pub self_score_caveat: &'static str,
    /// (respondents): scores on fewer than three respondents are indicative
    pub indicative: fn(usize) -> String,
    /// "punten"/"points" after a number
    pub points: &'static str,
}

pub const NL: FindingTexts = FindingTexts {
    quadrant: quadrant::NL,
    pillars: pillars::NL,
    change: change::NL,
    targets: targets::NL,
    respondents: respondents::NL,
    summary: summary::NL,
    self_score_caveat: "Een plaats in een kwadrant is een zelfbeoordeling ten opzichte van een grenswaarde, geen eindoordeel: ‘toekomstvoorbereid’ betekent niet dat een organisatie ‘klaar’ is.",
    indicative: |n| {
        if n == 1 {
            "Deze scores zijn indicatief: ze rusten op één respondent.".to_string()
        } else {
            format!("Deze scores zijn indicatief: ze rusten op {n} respondenten, minder dan drie.")
        }
    },
    points: "punten",
};

pub const EN: FindingTexts = FindingTexts {
    quadrant: quadrant::EN,
    pillars: pillars::EN,
    change: change::EN,
    targets: targets::EN,
    respondents: respondents::EN,
    summary: summary::EN,
    self_score_caveat: "A place in a quadrant is a self-assessment relative to a cut-off, not a verdict: ‘future ready’ does not mean an organisation is ‘done’.",
    indicative: |n| {
        if n == 1 {
            "These scores are indicative: they rest on one respondent.".to_string()
        } else {
            format!("These scores are indicative: they rest on {n} respondents, fewer than three.")
        }
    },
    points: "points",
};

pub fn texts(lang: Lang) -> &'static FindingTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}
