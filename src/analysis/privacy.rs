//! The privacy rule (model.md, "Respondents' privacy"): a steering group and a council see
//! aggregates, never a person. Every output that shows respondents' answers in aggregate
//! (screens, charts, reports, `scores`, `export-data` scores) takes its figures through
//! the functions here, so the floors are set once:
//!
//! - a scale score's standard deviation only from [`SD_FROM`] respondents, its min–max range
//!   only from [`RANGE_FROM`] ([`crate::analysis::scoring::ScaleStats::of_respondents`]);
//! - a single statement's mean, standard deviation and answers per value only from
//!   [`STATEMENT_DETAIL_FROM`] respondents; below that only a word for the agreement, with
//!   n ([`statement`]);
//! - no role group under [`ROLE_GROUP_FROM`] respondents
//!   ([`crate::analysis::respondents`]);
//! - an organisation under [`FIRM_FROM`] respondents is shown, but marked indicative
//!   ([`indicative`]).
//!
//! The group session is the exception: its attendees see each other's answers by design.

use serde::Serialize;

use crate::analysis::disagreement::ItemSpread;
use crate::analysis::scoring::ItemMean;

/// A scale score's standard deviation is shown from this many respondents.
pub const SD_FROM: usize = 3;
/// A scale score's min–max range is shown from this many respondents.
pub const RANGE_FROM: usize = 5;
/// A single statement's mean, standard deviation and answers per value from this many.
pub const STATEMENT_DETAIL_FROM: usize = 5;
/// No role group of fewer respondents is shown: a group of one or two is a person.
pub const ROLE_GROUP_FROM: usize = 3;
/// An organisation with fewer respondents is marked indicative wherever it is shown.
pub const FIRM_FROM: usize = 3;

/// Whether an organisation's scores rest on so few respondents that they are indicative.
pub fn indicative(respondents: usize) -> bool {
    respondents < FIRM_FROM
}

/// How far the answers to one statement lie apart, in a word: all that may be said of a
/// statement below [`STATEMENT_DETAIL_FROM`] respondents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementAgreement {
    /// Every answer within one point of the others.
    Unanimous,
    /// Answers up to two points apart.
    Divided,
    /// Answers more than two points apart.
    StronglyDivided,
}

/// What an output may show of one statement's answers.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "shown")]
pub enum StatementView {
    /// From [`STATEMENT_DETAIL_FROM`] respondents: everything.
    Detail {
        answered: usize,
        mean: Option<f64>,
        sd: Option<f64>,
        histogram: Vec<usize>,
    },
    /// Below it: a word with n.
    Word {
        answered: usize,
        agreement: StatementAgreement,
    },
    /// Fewer than two values: nothing to say about agreement.
    Nothing { answered: usize },
}

impl StatementView {
    pub fn answered(&self) -> usize {
        match self {
            StatementView::Detail { answered, .. }
            | StatementView::Word { answered, .. }
            | StatementView::Nothing { answered } => *answered,
        }
    }
}

/// Per-statement means as an output may show them: a mean only where at least
/// [`STATEMENT_DETAIL_FROM`] respondents gave a value on the statement.
pub fn statement_means(means: Vec<ItemMean>) -> Vec<ItemMean> {
    means
        .into_iter()
        .map(|mean| ItemMean {
            mean: mean.mean.filter(|_| mean.answered >= STATEMENT_DETAIL_FROM),
            ..mean
        })
        .collect()
}

/// What may be shown of a statement's answers outside the group session.
pub fn statement(spread: &ItemSpread) -> StatementView {
    if spread.answered >= STATEMENT_DETAIL_FROM {
        return StatementView::Detail {
            answered: spread.answered,
            mean: spread.mean,
            sd: spread.sd,
            histogram: spread.histogram.clone(),
        };
    }
    let given: Vec<usize> = spread
        .histogram
        .iter()
        .enumerate()
        .filter(|(_, count)| **count > 0)
        .map(|(value, _)| value)
        .collect();
    match (given.first(), given.last()) {
        (Some(low), Some(high)) if spread.answered >= 2 => StatementView::Word {
            answered: spread.answered,
            agreement: match high - low {
                0 | 1 => StatementAgreement::Unanimous,
                2 => StatementAgreement::Divided,
                _ => StatementAgreement::StronglyDivided,
            },
        },
        _ => StatementView::Nothing {
            answered: spread.answered,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spread(histogram: &[usize]) -> ItemSpread {
        let answered = histogram.iter().sum();
        ItemSpread {
            item: "x".into(),
            scale: "s".into(),
            answered,
            histogram: histogram.to_vec(),
            dont_know: 0,
            not_applicable: 0,
            mean: Some(3.0),
            sd: Some(1.0),
        }
    }

    #[test]
    fn a_statement_shows_its_figures_only_from_five_respondents() {
        match statement(&spread(&[1, 1, 1, 1, 1])) {
            StatementView::Detail { histogram, .. } => assert_eq!(histogram, [1, 1, 1, 1, 1]),
            other => panic!("{other:?}"),
        }
        // Three i-advisers: a word with n, nothing anyone could read an answer from.
        let three = statement(&spread(&[0, 1, 0, 2, 0]));
        assert_eq!(
            three,
            StatementView::Word {
                answered: 3,
                agreement: StatementAgreement::Divided
            }
        );
        let agree = statement(&spread(&[0, 0, 1, 1, 0]));
        assert!(matches!(
            agree,
            StatementView::Word {
                agreement: StatementAgreement::Unanimous,
                ..
            }
        ));
        let apart = statement(&spread(&[1, 0, 0, 0, 1]));
        assert!(matches!(
            apart,
            StatementView::Word {
                agreement: StatementAgreement::StronglyDivided,
                ..
            }
        ));
        assert_eq!(
            statement(&spread(&[0, 0, 1, 0, 0])),
            StatementView::Nothing { answered: 1 }
        );
    }
}
