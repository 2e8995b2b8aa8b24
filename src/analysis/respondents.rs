//! The respondents behind an organisation's scores: how many, how far they agree, how the
//! roles see the organisation, and whether each score has enough basis.
//!
//! Agreement is read from the standard deviation between respondents on the 0–100 scale:
//! up to [`AGREEMENT_HIGH_SD`] points is high agreement, above [`AGREEMENT_LOW_SD`] is low.
//! Role groups are aggregated with [`scoring::aggregate`], the same rule as the organisation.

use serde::Serialize;

use crate::analysis::comparison::OrganisationResult;
use crate::analysis::scoring::{self, RespondentScores, ScaleStats};
use crate::model::assessment::Role;
use crate::model::questionnaire::Questionnaire;

/// At or below this sd (points on 0–100) respondents agree well.
pub const AGREEMENT_HIGH_SD: f64 = 10.0;
/// Above this sd respondents disagree enough to be worth discussing.
pub const AGREEMENT_LOW_SD: f64 = 20.0;
/// A score resting on fewer respondents than this is marked as having a thin basis.
pub const MIN_RESPONDENTS: usize = 3;
/// A "don't know" share above this is marked.
pub const MAX_DONT_KNOW_SHARE: f64 = 0.25;
/// A completeness (answered or "don't know" of all possible items) below this is marked.
pub const MIN_COMPLETENESS: f64 = 0.8;
/// Role groups whose means differ at least this much on a scale are worth discussing.
pub const ROLE_GAP_POINTS: f64 = 15.0;
/// No role group of fewer respondents is shown anywhere: a group of one or two is a person.
pub const MIN_ROLE_GROUP: usize = crate::analysis::privacy::ROLE_GROUP_FROM;

/// How far respondents agree on a scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    High,
    Moderate,
    Low,
}

impl Agreement {
    pub fn from_sd(sd: f64) -> Agreement {
        if sd <= AGREEMENT_HIGH_SD {
            Agreement::High
        } else if sd <= AGREEMENT_LOW_SD {
            Agreement::Moderate
        } else {
            Agreement::Low
        }
    }
}

/// What is thin about a score's basis; all false means the basis is sound.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct BasisNotes {
    /// No respondent answered at least half of the items: no score.
    pub insufficient: bool,
    pub few_respondents: bool,
    pub many_dont_know: bool,
    pub incomplete: bool,
}

impl BasisNotes {
    pub fn of(stats: &ScaleStats) -> BasisNotes {
        BasisNotes {
            insufficient: stats.mean.is_none(),
            few_respondents: stats.n < MIN_RESPONDENTS,
            many_dont_know: stats
                .dont_know_share()
                .is_some_and(|share| share > MAX_DONT_KNOW_SHARE),
            incomplete: stats
                .completeness()
                .is_some_and(|share| share < MIN_COMPLETENESS),
        }
    }

    pub fn is_sound(&self) -> bool {
        *self == BasisNotes::default()
    }
}

/// Spread and basis of one scale.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScaleSpread {
    pub scale: String,
    pub stats: ScaleStats,
    /// `None` below two respondents.
    pub agreement: Option<Agreement>,
    pub basis: BasisNotes,
}

/// The respondents of one role. Roles with fewer than [`MIN_ROLE_GROUP`] respondents are
/// merged into one group of "other" respondents (`merged`), which is itself shown only from
/// that size on.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoleGroup {
    pub role: Role,
    /// True for the group of small roles merged together.
    pub merged: bool,
    pub respondents: usize,
    pub scores: scoring::OrganisationScores,
}

/// Two role groups that see a scale differently.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoleGap {
    pub scale: String,
    /// The role that scores highest, and its mean.
    pub higher: (Role, f64),
    pub lower: (Role, f64),
}

impl RoleGap {
    pub fn size(&self) -> f64 {
        self.higher.1 - self.lower.1
    }
}

/// The respondents of an organisation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RespondentProfile {
    pub organisation: String,
    pub respondents: usize,
    pub scales: Vec<ScaleSpread>,
    /// In role order (board, management, i-adviser, staff, other); roles without respondents
    /// are left out.
    pub roles: Vec<RoleGroup>,
}

impl RespondentProfile {
    pub fn scale(&self, id: &str) -> Option<&ScaleSpread> {
        self.scales.iter().find(|spread| spread.scale == id)
    }

    /// Scales on which respondents disagree (low agreement), largest sd first.
    pub fn disagreements(&self) -> Vec<&ScaleSpread> {
        let mut low: Vec<&ScaleSpread> = self
            .scales
            .iter()
            .filter(|s| s.agreement == Some(Agreement::Low))
            .collect();
        low.sort_by(|a, b| {
            b.stats
                .sd
                .unwrap_or_default()
                .total_cmp(&a.stats.sd.unwrap_or_default())
        });
        low
    }

    /// Per scale, the highest- and lowest-scoring role groups when they differ by at least
    /// [`ROLE_GAP_POINTS`]; largest gap first.
    pub fn role_gaps(&self) -> Vec<RoleGap> {
        let mut gaps = Vec::new();
        for spread in &self.scales {
            let means: Vec<(Role, f64)> = self
                .roles
                .iter()
                .filter_map(|group| group.scores.mean(&spread.scale).map(|m| (group.role, m)))
                .collect();
            let highest = means
                .iter()
                .copied()
                .reduce(|a, b| if b.1 > a.1 { b } else { a });
            let lowest = means
                .iter()
                .copied()
                .reduce(|a, b| if b.1 < a.1 { b } else { a });
            if let (Some(higher), Some(lower)) = (highest, lowest)
                && higher.1 - lower.1 >= ROLE_GAP_POINTS
            {
                gaps.push(RoleGap {
                    scale: spread.scale.clone(),
                    higher,
                    lower,
                });
            }
        }
        gaps.sort_by(|a, b| b.size().total_cmp(&a.size()));
        gaps
    }
}

/// Describes an organisation's respondents from its comparison result.
pub fn profile(
    questionnaire: &Questionnaire,
    organisation: &OrganisationResult,
) -> RespondentProfile {
    let scales = questionnaire
        .scales()
        .map(|scale| {
            let stats = organisation
                .scores
                .scales
                .get(&scale.id)
                .copied()
                .unwrap_or_default();
            ScaleSpread {
                scale: scale.id.clone(),
                agreement: stats.sd.map(Agreement::from_sd),
                basis: BasisNotes::of(&stats),
                stats,
            }
        })
        .collect();
    let roles = role_groups(questionnaire, organisation);
    RespondentProfile {
        organisation: organisation.id.clone(),
        respondents: organisation.scores.respondents,
        scales,
        roles,
    }
}

/// The role groups that may be shown: every role with at least [`MIN_ROLE_GROUP`]
/// respondents, and the smaller roles merged into one "other" group. When fewer than that
/// would be merged, the smallest shown group joins them, so no one can be singled out by
/// subtracting the groups shown from the organisation; when that leaves a single group, no
/// breakdown is shown at all.
fn role_groups(questionnaire: &Questionnaire, organisation: &OrganisationResult) -> Vec<RoleGroup> {
    let members = |roles: &[Role]| -> Vec<RespondentScores> {
        organisation
            .respondents
            .iter()
            .filter(|r| roles.contains(&r.role))
            .map(|r| r.scores.clone())
            .collect()
    };
    let mut shown: Vec<(Role, usize)> = Role::ALL
        .iter()
        .filter(|role| **role != Role::Other)
        .map(|role| (*role, members(&[*role]).len()))
        .filter(|(_, count)| *count >= MIN_ROLE_GROUP)
        .collect();
    let merged_roles = |shown: &[(Role, usize)]| -> Vec<Role> {
        Role::ALL
            .iter()
            .copied()
            .filter(|role| !shown.iter().any(|(kept, _)| kept == role))
            .collect()
    };
    while !shown.is_empty() {
        let rest = members(&merged_roles(&shown)).len();
        if rest == 0 || rest >= MIN_ROLE_GROUP {
            break;
        }
        let smallest = shown
            .iter()
            .enumerate()
            .min_by_key(|(_, (_, count))| *count)
            .map(|(index, _)| index)
            .unwrap_or_default();
        shown.remove(smallest);
    }
    let rest = merged_roles(&shown);
    let rest_members = members(&rest);
    let mut groups: Vec<RoleGroup> = shown
        .iter()
        .map(|(role, _)| {
            let scores = members(&[*role]);
            RoleGroup {
                role: *role,
                merged: false,
                respondents: scores.len(),
                scores: scoring::aggregate(questionnaire, &scores),
            }
        })
        .collect();
    if rest_members.len() >= MIN_ROLE_GROUP {
        groups.push(RoleGroup {
            role: Role::Other,
            merged: rest
                .iter()
                .any(|role| *role != Role::Other && !members(&[*role]).is_empty()),
            respondents: rest_members.len(),
            scores: scoring::aggregate(questionnaire, &rest_members),
        });
    }
    if groups.len() < 2 {
        groups.clear();
    }
    groups
}
