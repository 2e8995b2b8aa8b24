//! Targets and the maturity programme: each organisation's gaps to its minimum required and
//! desired levels, rolled up to the programme themes into a prioritised list per theme.
//!
//! Priority: a gap to the minimum comes before any gap to the desired level only (the
//! minimum is a requirement, the desired level an ambition); within each, the larger gap
//! first.

use std::path::PathBuf;

use anyhow::{Result, bail};
use serde::Serialize;

use crate::analysis::comparison::{Comparison, OrganisationResult};
use crate::analysis::scoring::round1;
use crate::model::questionnaire::Questionnaire;
use crate::store::workspace::{Target, Workspace, WorkspaceData};

/// How far one score is from its target levels.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gap {
    pub organisation: String,
    pub scale: String,
    pub score: f64,
    pub minimum: Option<f64>,
    pub desired: Option<f64>,
    /// Points short of the minimum (0 when met); `None` without a minimum.
    pub to_minimum: Option<f64>,
    /// Points short of the desired level (0 when met); `None` without one.
    pub to_desired: Option<f64>,
}

impl Gap {
    pub fn below_minimum(&self) -> bool {
        self.to_minimum.is_some_and(|gap| gap > 0.0)
    }

    pub fn below_desired(&self) -> bool {
        self.to_desired.is_some_and(|gap| gap > 0.0)
    }

    /// The order of priority: below the minimum first, then by size.
    fn priority(&self) -> (bool, f64) {
        if self.below_minimum() {
            (true, self.to_minimum.unwrap_or_default())
        } else {
            (false, self.to_desired.unwrap_or_default())
        }
    }
}

fn by_priority(a: &Gap, b: &Gap) -> std::cmp::Ordering {
    let (a_min, a_size) = a.priority();
    let (b_min, b_size) = b.priority();
    b_min.cmp(&a_min).then(b_size.total_cmp(&a_size))
}

/// The gaps of one organisation result (scales with a score and at least one target level),
/// in questionnaire order.
pub fn gaps_of(
    questionnaire: &Questionnaire,
    data: &WorkspaceData,
    result: &OrganisationResult,
) -> Vec<Gap> {
    let Some(organisation) = data.organisation(&result.id) else {
        return Vec::new();
    };
    questionnaire
        .scales()
        .filter_map(|scale| {
            let target = organisation.targets.get(&scale.id)?;
            let score = result.mean(&scale.id)?;
            if target.minimum.is_none() && target.desired.is_none() {
                return None;
            }
            // Of the figures as shown: both are rounded once, and so is their difference.
            let short = |level: f64| round1((round1(level) - score).max(0.0));
            Some(Gap {
                organisation: result.id.clone(),
                scale: scale.id.clone(),
                score,
                minimum: target.minimum,
                desired: target.desired,
                to_minimum: target.minimum.map(short),
                to_desired: target.desired.map(short),
            })
        })
        .collect()
}

/// The gaps of one organisation of a comparison.
pub fn gaps(comparison: &Comparison, data: &WorkspaceData, organisation_id: &str) -> Vec<Gap> {
    comparison
        .organisation(organisation_id)
        .map(|result| gaps_of(&data.questionnaire, data, result))
        .unwrap_or_default()
}

/// The open gaps (below minimum or desired), most urgent first.
pub fn prioritised(gaps: &[Gap]) -> Vec<&Gap> {
    let mut open: Vec<&Gap> = gaps
        .iter()
        .filter(|gap| gap.below_minimum() || gap.below_desired())
        .collect();
    open.sort_by(|a, b| by_priority(a, b));
    open
}

/// The open gaps that fall under one programme theme.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThemeGaps {
    pub theme: String,
    /// Most urgent first.
    pub gaps: Vec<Gap>,
    /// How many of them are below the minimum.
    pub below_minimum: usize,
    /// The sum of the gaps to the minimum.
    pub total_to_minimum: f64,
    /// The sum of the gaps to the desired level.
    pub total_to_desired: f64,
}

/// Rolls open gaps up to the programme themes (a scale under two themes counts in both), in
/// the questionnaire's theme order. Themes without open gaps are kept, empty, so the steering
/// group sees every theme.
pub fn by_theme(questionnaire: &Questionnaire, gaps: &[Gap]) -> Vec<ThemeGaps> {
    questionnaire
        .themes
        .iter()
        .map(|theme| {
            let mut members: Vec<Gap> = prioritised(gaps)
                .into_iter()
                .filter(|gap| {
                    questionnaire
                        .scale(&gap.scale)
                        .is_some_and(|scale| scale.themes.contains(&theme.id))
                })
                .cloned()
                .collect();
            members.sort_by(by_priority);
            ThemeGaps {
                theme: theme.id.clone(),
                below_minimum: members.iter().filter(|g| g.below_minimum()).count(),
                total_to_minimum: members.iter().filter_map(|g| g.to_minimum).sum(),
                total_to_desired: members.iter().filter_map(|g| g.to_desired).sum(),
                gaps: members,
            }
        })
        .collect()
}

/// The gaps of every organisation of a comparison, rolled up per theme.
pub fn programme(comparison: &Comparison, data: &WorkspaceData) -> Vec<ThemeGaps> {
    let all: Vec<Gap> = comparison
        .organisations
        .iter()
        .flat_map(|result| gaps_of(&data.questionnaire, data, result))
        .collect();
    by_theme(&data.questionnaire, &all)
}

/// Why a target cannot be recorded.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum TargetError {
    #[error("unknown dimension or characteristic '{0}'")]
    UnknownScale(String),
    #[error("a target level must lie between 0 and 100; got {0}")]
    OutOfRange(f64),
    #[error("the minimum level ({minimum}) is above the desired level ({desired})")]
    MinimumAboveDesired { minimum: f64, desired: f64 },
    #[error("unknown organisation '{0}'")]
    UnknownOrganisation(String),
}

/// Checks a target against the questionnaire.
pub fn check_target(
    questionnaire: &Questionnaire,
    scale_id: &str,
    target: &Target,
) -> Result<(), TargetError> {
    if questionnaire.scale(scale_id).is_none() {
        return Err(TargetError::UnknownScale(scale_id.to_string()));
    }
    for level in [target.minimum, target.desired].into_iter().flatten() {
        if !(0.0..=100.0).contains(&level) {
            return Err(TargetError::OutOfRange(level));
        }
    }
    if let (Some(minimum), Some(desired)) = (target.minimum, target.desired)
        && minimum > desired
    {
        return Err(TargetError::MinimumAboveDesired { minimum, desired });
    }
    Ok(())
}

/// Records (or, with both levels empty, removes) an organisation's target on one scale and
/// saves the organisation file. Returns the file written.
pub fn set_target(
    workspace: &Workspace,
    data: &WorkspaceData,
    organisation_id: &str,
    scale_id: &str,
    target: Target,
) -> Result<PathBuf> {
    check_target(&data.questionnaire, scale_id, &target)?;
    let Some(organisation) = data.organisation(organisation_id) else {
        bail!(TargetError::UnknownOrganisation(
            organisation_id.to_string()
        ));
    };
    let mut organisation = organisation.clone();
    if target.minimum.is_none() && target.desired.is_none() {
        organisation.targets.remove(scale_id);
    } else {
        organisation.targets.insert(scale_id.to_string(), target);
    }
    workspace.save_organisation(&organisation)
}
