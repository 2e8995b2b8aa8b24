//! A round scored: every organisation's respondents scored and aggregated, before any
//! benchmark or selection. Comparisons, segment benchmarks and change all start here.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;

use crate::analysis::scoring::{self, OrganisationScores, PillarVerdict, RespondentScores};
use crate::model::assessment::{Assessment, Role};
use crate::model::questionnaire::QuadrantId;
use crate::store::workspace::{Organisation, WorkspaceData};

/// One respondent's scores, kept for spread and role comparisons.
#[derive(Clone, Debug, PartialEq)]
pub struct RespondentResult {
    pub respondent: String,
    pub role: Role,
    pub complete: bool,
    pub scores: RespondentScores,
}

/// One organisation in the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct OrganisationResult {
    /// The organisation's id; empty for the cooperation as a whole.
    pub id: String,
    pub kind: EntryKind,
    pub name: String,
    pub scores: OrganisationScores,
    pub quadrant: Option<QuadrantId>,
    /// The quadrants the organisation is on the border of (within the `at` margin of a cut-off
    /// line); empty when it is clearly inside its quadrant.
    pub border: Vec<QuadrantId>,
    /// Organisation mean − benchmark mean, per scale where both exist.
    pub deviations: BTreeMap<String, f64>,
    /// Verdicts for the culture and leadership pillars (and ambition), by pillar id.
    pub verdicts: BTreeMap<String, PillarVerdict>,
    /// Percentile rank in the benchmark's distribution, per scale, where the benchmark has
    /// one (see [`crate::analysis::distribution`]).
    pub percentiles: BTreeMap<String, crate::analysis::distribution::Position>,
    pub respondents: Vec<RespondentResult>,
    /// Answers to items the current questionnaire does not have (given against another
    /// version); kept on disk, reported, not scored.
    pub unknown_answers: usize,
    /// Questionnaire versions the answers were given against.
    pub versions: BTreeSet<u32>,
}

/// What an entry of a comparison stands for: one partner, or the cooperation as a whole
/// (see [`crate::analysis::cooperation`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EntryKind {
    #[default]
    Organisation,
    Cooperation,
}

impl OrganisationResult {
    pub fn mean(&self, scale_id: &str) -> Option<f64> {
        self.scores.mean(scale_id)
    }

    pub fn verdict(&self, pillar_id: &str) -> Option<&PillarVerdict> {
        self.verdicts.get(pillar_id)
    }
}

/// Scores every organisation of a round (all of them, ignoring any selection), in the
/// workspace's organisation order.
pub fn score_round(data: &WorkspaceData, round: &str) -> Vec<OrganisationResult> {
    // One pass to group the round's assessments, instead of one pass per organisation: a
    // national workspace has hundreds of organisations and ten thousand assessments.
    let mut by_organisation: HashMap<&str, Vec<&Assessment>> = HashMap::new();
    for stored in &data.assessments {
        // A respondent counts once they answered something: a group session creates a
        // file for everyone at the start.
        if stored.assessment.round == round && !stored.assessment.answers.is_empty() {
            by_organisation
                .entry(stored.assessment.organisation.as_str())
                .or_default()
                .push(&stored.assessment);
        }
    }
    data.organisations
        .par_iter()
        .filter_map(|organisation| {
            let assessments = by_organisation.get(organisation.id.as_str())?;
            if assessments.is_empty() {
                return None;
            }
            Some(score_organisation(data, organisation, assessments))
        })
        .collect()
}

fn score_organisation(
    data: &WorkspaceData,
    organisation: &Organisation,
    assessments: &[&Assessment],
) -> OrganisationResult {
    let mut respondents = Vec::with_capacity(assessments.len());
    let mut unknown_answers = 0;
    let mut versions = BTreeSet::new();
    for assessment in assessments {
        // Each answer counts against the version it was given to, so a baseline keeps its
        // scores when a later version of the questionnaire arrives.
        let questionnaire = data.questionnaire_for(&assessment.questionnaire);
        let scores = scoring::score_respondent(questionnaire, assessment);
        // Every item belongs to one scale, so the answers the scales did not count are
        // answers to items this version does not have.
        let counted: usize = scores
            .scales
            .values()
            .map(|s| {
                usize::from(s.answered) + usize::from(s.dont_know) + usize::from(s.not_applicable)
            })
            .sum();
        unknown_answers += assessment.answers.len().saturating_sub(counted);
        versions.insert(assessment.questionnaire.version);
        respondents.push(RespondentResult {
            respondent: assessment.respondent.clone(),
            role: assessment.role,
            complete: assessment.complete,
            scores,
        });
    }
    let scores = scoring::aggregate(&data.questionnaire, respondents.iter().map(|r| &r.scores));
    OrganisationResult {
        id: organisation.id.clone(),
        kind: EntryKind::Organisation,
        name: organisation.name.clone(),
        scores,
        quadrant: None,
        border: Vec::new(),
        deviations: BTreeMap::new(),
        verdicts: BTreeMap::new(),
        percentiles: BTreeMap::new(),
        respondents,
        unknown_answers,
        versions,
    }
}
