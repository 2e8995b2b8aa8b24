//! Scale reliability: Cronbach's alpha per dimension and characteristic over all respondents
//! of a round.
//!
//! Missing answers are handled listwise: only respondents who gave a point on the agreement
//! scale to every item of the scale count ("don't know" or no answer leaves the respondent
//! out of that scale's alpha). Item points are those of scoring, reverse-worded items
//! flipped, so alpha describes the scale as it is scored.
//!
//! α = k / (k − 1) × (1 − Σ var(itemᵢ) / var(total)), with sample variances (n − 1).

use serde::Serialize;

use crate::analysis::scoring;
use crate::model::assessment::Answer;
use crate::model::questionnaire::Scale;
use crate::store::workspace::WorkspaceData;

/// Below this, a scale's items do not hang together well enough to read its score as one
/// thing.
pub const ALPHA_THRESHOLD: f64 = 0.7;

/// The reliability of one scale in one round.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScaleReliability {
    pub scale: String,
    /// Rounded to two decimals; `None` with fewer than two complete respondents, fewer than
    /// two items, or no variance.
    pub alpha: Option<f64>,
    /// Respondents who answered every item of the scale.
    pub respondents: usize,
    pub items: usize,
}

impl ScaleReliability {
    /// True when alpha is known and below [`ALPHA_THRESHOLD`].
    pub fn is_low(&self) -> bool {
        self.alpha.is_some_and(|alpha| alpha < ALPHA_THRESHOLD)
    }
}

/// Cronbach's alpha of a matrix of item points: one row per respondent, one column per item.
pub fn cronbach_alpha(rows: &[Vec<f64>]) -> Option<f64> {
    let k = rows.first()?.len();
    if rows.len() < 2 || k < 2 || rows.iter().any(|row| row.len() != k) {
        return None;
    }
    let variance = |values: &[f64]| -> f64 {
        let mean = scoring::mean(values);
        values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (values.len() - 1) as f64
    };
    let item_variances: f64 = (0..k)
        .map(|i| variance(&rows.iter().map(|row| row[i]).collect::<Vec<_>>()))
        .sum();
    let totals: Vec<f64> = rows.iter().map(|row| row.iter().sum()).collect();
    let total_variance = variance(&totals);
    if total_variance <= 0.0 {
        return None;
    }
    let k = k as f64;
    Some(k / (k - 1.0) * (1.0 - item_variances / total_variance))
}

/// The reliability of one scale over the round's respondents of the given organisations
/// (all organisations when `organisations` is empty).
pub fn scale_reliability(
    data: &WorkspaceData,
    round: &str,
    organisations: &[String],
    scale: &Scale,
) -> ScaleReliability {
    let answer_scale = &data.questionnaire.answer_scale;
    let rows: Vec<Vec<f64>> = data
        .assessments
        .iter()
        .map(|stored| &stored.assessment)
        .filter(|a| a.round == round)
        .filter(|a| organisations.is_empty() || organisations.contains(&a.organisation))
        .filter_map(|assessment| {
            scale
                .items
                .iter()
                .map(|item| match assessment.answers.get(&item.id) {
                    Some(Answer::Value(value)) => {
                        Some(scoring::item_points(answer_scale, *value, item.reverse))
                    }
                    _ => None,
                })
                .collect::<Option<Vec<f64>>>()
        })
        .collect();
    ScaleReliability {
        scale: scale.id.clone(),
        // Rounded once, here, to the two decimals every output shows: the figure a reader
        // sees is the one held against the threshold ("0,70, onder 0,7" cannot happen).
        alpha: cronbach_alpha(&rows).map(|alpha| (alpha * 100.0).round() / 100.0),
        respondents: rows.len(),
        items: scale.items.len(),
    }
}

/// Every scale's reliability in a round, in questionnaire order.
pub fn for_round(
    data: &WorkspaceData,
    round: &str,
    organisations: &[String],
) -> Vec<ScaleReliability> {
    data.questionnaire_of_round(round)
        .scales()
        .map(|scale| scale_reliability(data, round, organisations, scale))
        .collect()
}
