//! Who answered, held against the respondent protocol: each organisation's mix of roles, whether
//! partners' mixes differ so much that their leadership scores partly reflect who answered,
//! and how often "not applicable" was chosen where it was offered.
//!
//! Role counts are not answers, so they may be shown at any size (model.md); scores are not
//! weighted by role (the protocol bundled with the questionnaire says why).

use serde::Serialize;

use crate::analysis::comparison::OrganisationResult;
use crate::model::assessment::Role;
use crate::model::questionnaire::{COOPERATION, Questionnaire, RoleQuota};

/// Partners whose shares of board and MT respondents lie further apart than this answer
/// leadership items with different eyes: self-ratings against other-ratings.
pub const SELF_RATER_SHARE_SPREAD: f64 = 0.25;
/// From this share of "not applicable" among the answers that could have been given on the
/// statements offering it, an organisation is flagged.
pub const HIGH_NOT_APPLICABLE_SHARE: f64 = 0.2;

/// How many respondents of one role answered, and what the protocol asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RoleCount {
    pub role: Role,
    pub count: usize,
    /// The protocol's range for the role; `None` for a role the protocol does not name.
    #[serde(skip)]
    pub quota: Option<RoleQuota>,
}

impl RoleCount {
    /// Outside the protocol's range (a role it does not name departs when present).
    pub fn departs(&self) -> bool {
        match self.quota {
            Some(quota) => !quota.admits(self.count),
            None => self.count > 0,
        }
    }
}

/// One organisation's respondents per role.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoleMix {
    /// The protocol's roles in its order, then any other role that answered.
    pub roles: Vec<RoleCount>,
    pub respondents: usize,
}

impl RoleMix {
    pub fn of(questionnaire: &Questionnaire, org: &OrganisationResult) -> RoleMix {
        let count = |role: Role| org.respondents.iter().filter(|r| r.role == role).count();
        let mut roles: Vec<RoleCount> = questionnaire
            .protocol
            .iter()
            .map(|quota| RoleCount {
                role: quota.role,
                count: count(quota.role),
                quota: Some(*quota),
            })
            .collect();
        for role in Role::ALL {
            if roles.iter().all(|known| known.role != role) && count(role) > 0 {
                roles.push(RoleCount {
                    role,
                    count: count(role),
                    quota: None,
                });
            }
        }
        RoleMix {
            roles,
            respondents: org.respondents.len(),
        }
    }

    /// Whether the questionnaire has a protocol to hold the mix against.
    pub fn has_protocol(&self) -> bool {
        self.roles.iter().any(|role| role.quota.is_some())
    }

    /// The roles whose count lies outside the protocol.
    pub fn departures(&self) -> Vec<&RoleCount> {
        if !self.has_protocol() {
            return Vec::new();
        }
        self.roles.iter().filter(|role| role.departs()).collect()
    }

    /// The share of respondents who rate their own leadership: board and MT members.
    pub fn self_rater_share(&self) -> Option<f64> {
        let own = self
            .roles
            .iter()
            .filter(|r| matches!(r.role, Role::Board | Role::Management))
            .map(|r| r.count)
            .sum::<usize>();
        (self.respondents > 0).then(|| own as f64 / self.respondents as f64)
    }
}

/// The lowest and highest share of self-raters among the partners, when they lie so far apart
/// that comparing the partners' leadership scores needs a caveat.
pub fn mixes_differ(mixes: &[RoleMix]) -> Option<(f64, f64)> {
    let shares: Vec<f64> = mixes.iter().filter_map(RoleMix::self_rater_share).collect();
    let low = shares.iter().copied().reduce(f64::min)?;
    let high = shares.iter().copied().reduce(f64::max)?;
    (shares.len() >= 2 && high - low > SELF_RATER_SHARE_SPREAD).then_some((low, high))
}

/// How often "not applicable" was chosen where it was offered.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct NotApplicableShare {
    pub chosen: usize,
    /// Respondents times the statements that offer it: the most it could have been chosen.
    pub possible: usize,
    /// Of `chosen`, on the statements of the cooperation block.
    pub on_cooperation: usize,
}

/// Why an organisation's "not applicable" answers are flagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotApplicableFlag {
    /// At or above [`HIGH_NOT_APPLICABLE_SHARE`].
    HighShare,
    /// A partner of a cooperation chose it on the cooperation block, which applies to it: a
    /// missing arrangement is "Helemaal oneens", not "not applicable".
    PartnerOnCooperation,
}

impl NotApplicableShare {
    pub fn of(questionnaire: &Questionnaire, org: &OrganisationResult) -> NotApplicableShare {
        let mut share = NotApplicableShare {
            chosen: 0,
            possible: 0,
            on_cooperation: 0,
        };
        for pillar in &questionnaire.pillars {
            for scale in &pillar.scales {
                let Some(stats) = org.scores.scales.get(&scale.id) else {
                    continue;
                };
                let offering = scale
                    .items
                    .iter()
                    .filter(|item| questionnaire.allows_not_applicable(item))
                    .count();
                if offering == 0 || scale.items.is_empty() {
                    continue;
                }
                let respondents = stats.possible / scale.items.len();
                share.chosen += stats.not_applicable;
                share.possible += respondents * offering;
                if pillar.id == COOPERATION {
                    share.on_cooperation += stats.not_applicable;
                }
            }
        }
        share
    }

    pub fn share(&self) -> Option<f64> {
        (self.possible > 0).then(|| self.chosen as f64 / self.possible as f64)
    }

    /// Why the answers are flagged, if they are; `partner` says whether the organisation is
    /// registered as a partner of a cooperation.
    pub fn flag(&self, partner: bool) -> Option<NotApplicableFlag> {
        if partner && self.on_cooperation > 0 {
            Some(NotApplicableFlag::PartnerOnCooperation)
        } else if self
            .share()
            .is_some_and(|share| share >= HIGH_NOT_APPLICABLE_SHARE)
        {
            Some(NotApplicableFlag::HighShare)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A role, its count and the protocol's range for it.
    type Counted = (Role, usize, Option<(u32, u32)>);

    fn mix(counts: &[Counted]) -> RoleMix {
        RoleMix {
            roles: counts
                .iter()
                .map(|&(role, count, quota)| RoleCount {
                    role,
                    count,
                    quota: quota.map(|(min, max)| RoleQuota { role, min, max }),
                })
                .collect(),
            respondents: counts.iter().map(|(_, count, _)| count).sum(),
        }
    }

    #[test]
    fn a_mix_departs_where_a_role_lies_outside_its_range_or_is_not_named() {
        let met = mix(&[
            (Role::Board, 1, Some((1, 1))),
            (Role::Management, 2, Some((2, 2))),
            (Role::Staff, 2, Some((2, 2))),
        ]);
        assert!(met.departures().is_empty());
        let short = mix(&[
            (Role::Board, 0, Some((1, 1))),
            (Role::Management, 2, Some((2, 2))),
            (Role::Other, 1, None),
        ]);
        let roles: Vec<Role> = short.departures().iter().map(|r| r.role).collect();
        assert_eq!(roles, [Role::Board, Role::Other]);
        // Without a protocol nothing departs.
        assert!(mix(&[(Role::Staff, 4, None)]).departures().is_empty());
    }

    #[test]
    fn mixes_differ_when_the_shares_of_self_raters_lie_far_apart() {
        let board_heavy = mix(&[(Role::Board, 2, None), (Role::Staff, 2, None)]);
        let staff_only = mix(&[(Role::Staff, 4, None)]);
        let alike = mix(&[(Role::Management, 1, None), (Role::Staff, 3, None)]);
        assert_eq!(
            mixes_differ(&[board_heavy.clone(), staff_only]),
            Some((0.0, 0.5))
        );
        assert_eq!(mixes_differ(&[board_heavy, alike]), None);
    }
}
