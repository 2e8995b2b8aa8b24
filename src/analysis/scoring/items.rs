//! The item-level view behind a scale score: each item's mean over respondents.

use serde::Serialize;

use super::{item_points, mean};
use crate::model::assessment::{Answer, Assessment};
use crate::model::questionnaire::{AnswerScale, Scale};

/// One item's mean over a set of respondents.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemMean {
    pub item: String,
    /// 0–100 (reverse-worded items flipped), or `None` when nobody gave a value.
    pub mean: Option<f64>,
    /// Respondents who gave a value.
    pub answered: usize,
    /// Respondents who answered "don't know".
    pub dont_know: usize,
    /// Respondents who answered "not applicable".
    pub not_applicable: usize,
}

/// The mean of every item of a scale over respondents' assessments, scored as the scale
/// scores them: the item-level view behind a scale score.
pub fn item_means(
    scale: &Scale,
    answer_scale: &AnswerScale,
    assessments: &[&Assessment],
) -> Vec<ItemMean> {
    scale
        .items
        .iter()
        .map(|item| {
            let mut points = Vec::new();
            let mut dont_know = 0;
            let mut not_applicable = 0;
            for assessment in assessments {
                match assessment.answers.get(&item.id) {
                    Some(Answer::Value(value)) => {
                        points.push(item_points(answer_scale, *value, item.reverse));
                    }
                    Some(Answer::DontKnow) => dont_know += 1,
                    Some(Answer::NotApplicable) => not_applicable += 1,
                    None => {}
                }
            }
            ItemMean {
                item: item.id.clone(),
                mean: (!points.is_empty()).then(|| mean(&points)),
                answered: points.len(),
                dont_know,
                not_applicable,
            }
        })
        .collect()
}
