//! Pure scoring: answers → scale scores (0–100) → pillar scores; aggregation over the
//! respondents of an organisation; quadrant placement; deviations and verdicts against a
//! benchmark. No I/O.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::analysis::privacy;
use crate::model::assessment::{Answer, Answers, Assessment};
use crate::model::id_map::{Id, IdMap};
pub use crate::model::margins::Margins;

mod items;
mod verdict;
use crate::model::questionnaire::{AnswerScale, CutoffRule, QuadrantId, Questionnaire, Scale};
pub use items::{ItemMean, item_means};
pub use verdict::{PillarVerdict, Verdict, pillar_verdict};

/// One respondent's score on one scale.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ScaleScore {
    /// 0–100, or `None` when fewer than half of the scale's items were answered.
    pub score: Option<f64>,
    /// Items answered on the scale (not "don't know"). Counts are small: one is kept for every
    /// scale of every respondent, so they take two bytes, not eight.
    pub answered: u16,
    /// Items answered "don't know".
    pub dont_know: u16,
    /// Items answered "not applicable".
    pub not_applicable: u16,
    /// Items the scale has.
    pub items: u16,
}

/// Maps an answer to 0–100, flipping reverse-worded items.
pub fn item_points(scale: &AnswerScale, value: u8, reverse: bool) -> f64 {
    let (min, max) = (f64::from(scale.min), f64::from(scale.max));
    let value = f64::from(value).clamp(min, max);
    let value = if reverse { min + max - value } else { value };
    (value - min) / (max - min) * 100.0
}

/// Each questionnaire item's answer, in questionnaire order, found in one walk over the
/// answers and the items both sorted by id.
fn answers_in_item_order(
    items: &[(Id, usize)],
    answers: &Answers,
    count: usize,
) -> Vec<Option<Answer>> {
    let mut given = vec![None; count];
    let mut items = items.iter().peekable();
    for (id, answer) in answers.iter() {
        while items.next_if(|(item, _)| &**item < id).is_some() {}
        if let Some((_, at)) = items.next_if(|(item, _)| &**item == id) {
            given[*at] = Some(*answer);
        }
    }
    given
}

/// Scores one scale from the answers to its items, in item order.
fn score_given(scale: &Scale, answer_scale: &AnswerScale, given: &[Option<Answer>]) -> ScaleScore {
    let mut sum = 0.0;
    let mut answered: u16 = 0;
    let mut dont_know: u16 = 0;
    let mut not_applicable: u16 = 0;
    for (item, answer) in scale.items.iter().zip(given) {
        match answer {
            Some(Answer::Value(value)) => {
                sum += item_points(answer_scale, *value, item.reverse);
                answered += 1;
            }
            Some(Answer::DontKnow) => dont_know += 1,
            Some(Answer::NotApplicable) => not_applicable += 1,
            None => {}
        }
    }
    // A scale has a handful of items (validation allows at most a few dozen).
    let items = u16::try_from(scale.items.len()).unwrap_or(u16::MAX);
    let sufficient = answered > 0 && u32::from(answered) * 2 >= u32::from(items);
    ScaleScore {
        score: sufficient.then(|| sum / f64::from(answered)),
        answered,
        dont_know,
        not_applicable,
        items,
    }
}

/// Scores one scale from one respondent's answers.
pub fn score_scale(scale: &Scale, answer_scale: &AnswerScale, answers: &Answers) -> ScaleScore {
    let given: Vec<Option<Answer>> = scale
        .items
        .iter()
        .map(|item| answers.get(&item.id).copied())
        .collect();
    score_given(scale, answer_scale, &given)
}

/// One respondent's scores on every scale and pillar of a questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub struct RespondentScores {
    pub scales: IdMap<ScaleScore>,
    /// Pillar score: the mean of the pillar's sufficient scale scores, or `None` when fewer
    /// than half of its scales are sufficient.
    pub pillars: IdMap<Option<f64>>,
}

pub fn score_respondent(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
) -> RespondentScores {
    let ids = questionnaire.score_ids();
    let given = answers_in_item_order(&ids.items, &assessment.answers, questionnaire.item_count());
    // Scored in questionnaire order (so sums run as `score_scale` runs them), stored in id
    // order under the questionnaire's shared ids.
    let mut scale_scores = Vec::with_capacity(questionnaire.scale_count());
    let mut pillar_scores = Vec::with_capacity(questionnaire.pillars.len());
    let mut sufficient = Vec::new();
    let mut next_item = 0;
    for pillar in &questionnaire.pillars {
        sufficient.clear();
        for scale in &pillar.scales {
            let answers = &given[next_item..next_item + scale.items.len()];
            next_item += scale.items.len();
            let score = score_given(scale, &questionnaire.answer_scale, answers);
            sufficient.extend(score.score);
            scale_scores.push(score);
        }
        let enough = !sufficient.is_empty() && sufficient.len() * 2 >= pillar.scales.len();
        pillar_scores.push(enough.then(|| mean(&sufficient)));
    }
    RespondentScores {
        scales: IdMap::from_shared(
            ids.scales.clone(),
            ids.scale_positions
                .iter()
                .map(|at| scale_scores[*at])
                .collect(),
        ),
        pillars: IdMap::from_shared(
            ids.pillars.clone(),
            ids.pillar_positions
                .iter()
                .map(|at| pillar_scores[*at])
                .collect(),
        ),
    }
}

/// Descriptive statistics of one scale (or pillar) over an organisation's respondents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct ScaleStats {
    /// Mean of the respondents' sufficient scores; `None` when no respondent has one.
    pub mean: Option<f64>,
    /// The mean before it was rounded: a difference between two means (a change) is taken
    /// between these and rounded once, so it is never a difference of rounded figures.
    #[serde(skip)]
    pub exact_mean: Option<f64>,
    /// The standard deviation before rounding and before the privacy rule hides it: only for
    /// the margin of a change, which is judged but never shows it below three respondents.
    #[serde(skip)]
    pub exact_sd: Option<f64>,
    /// Respondents with a sufficient score.
    pub n: usize,
    /// Sample standard deviation (n − 1); `None` below two respondents.
    pub sd: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Items answered, summed over respondents.
    pub answered: usize,
    /// "Don't know" answers, summed over respondents.
    pub dont_know: usize,
    /// "Not applicable" answers, summed over respondents.
    pub not_applicable: usize,
    /// Items the scale has times the number of respondents: the most that could be answered.
    pub possible: usize,
}

impl ScaleStats {
    /// Describes a set of values (without item counts).
    pub fn describe(values: &[f64]) -> ScaleStats {
        let n = values.len();
        if n == 0 {
            return ScaleStats::default();
        }
        // Summed in one fixed order: a figure rounded to one decimal must not depend on the
        // order in which respondents were read.
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let values = sorted.as_slice();
        let mean_value = mean(values);
        ScaleStats {
            mean: Some(mean_value),
            exact_mean: Some(mean_value),
            n,
            sd: sample_sd(values, mean_value),
            exact_sd: sample_sd(values, mean_value),
            min: values.iter().copied().reduce(f64::min),
            max: values.iter().copied().reduce(f64::max),
            answered: 0,
            dont_know: 0,
            not_applicable: 0,
            possible: 0,
        }
    }

    /// Describes respondents' scores as every output shows them: each figure rounded once,
    /// here, to one decimal; the spread only as the privacy rule allows (the standard
    /// deviation from [`privacy::SD_FROM`] respondents, the range from
    /// [`privacy::RANGE_FROM`]), so no output shows what one person answered.
    pub fn of_respondents(values: &[f64]) -> ScaleStats {
        let stats = ScaleStats::describe(values);
        let shown_range = stats.n >= privacy::RANGE_FROM;
        let shown_sd = stats.n >= privacy::SD_FROM;
        ScaleStats {
            mean: stats.mean.map(round1),
            sd: stats.sd.filter(|_| shown_sd).map(round1),
            min: stats.min.filter(|_| shown_range).map(round1),
            max: stats.max.filter(|_| shown_range).map(round1),
            ..stats
        }
    }

    /// The answer counts of several scales together (no scores): the base of a set of
    /// scales, with the one definition of completeness and of the unscored shares.
    pub fn counts_of<'a>(stats: impl IntoIterator<Item = &'a ScaleStats>) -> ScaleStats {
        stats
            .into_iter()
            .fold(ScaleStats::default(), |total, stats| ScaleStats {
                answered: total.answered + stats.answered,
                dont_know: total.dont_know + stats.dont_know,
                not_applicable: total.not_applicable + stats.not_applicable,
                possible: total.possible + stats.possible,
                ..total
            })
    }

    /// Answers given: a value, "don't know" or "not applicable".
    pub fn given(&self) -> usize {
        self.answered + self.dont_know + self.not_applicable
    }

    /// Share of "don't know" among all given answers (0–1), `None` without answers.
    pub fn dont_know_share(&self) -> Option<f64> {
        let given = self.given();
        (given > 0).then(|| self.dont_know as f64 / given as f64)
    }

    /// Share of "not applicable" among all given answers (0–1), `None` without answers.
    pub fn not_applicable_share(&self) -> Option<f64> {
        let given = self.given();
        (given > 0).then(|| self.not_applicable as f64 / given as f64)
    }

    /// Share of possible items that were answered in any way (0–1).
    pub fn completeness(&self) -> Option<f64> {
        (self.possible > 0).then(|| self.given() as f64 / self.possible as f64)
    }
}

/// The scores of one organisation in one round: every scale and pillar aggregated over its
/// respondents.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct OrganisationScores {
    pub respondents: usize,
    pub scales: BTreeMap<String, ScaleStats>,
    pub pillars: BTreeMap<String, ScaleStats>,
}

impl OrganisationScores {
    pub fn mean(&self, scale_id: &str) -> Option<f64> {
        self.scales.get(scale_id).and_then(|stats| stats.mean)
    }
}

/// Aggregates respondents' scores to the organisation. Takes anything that yields
/// `&RespondentScores` (a slice, a `Vec`, or an iterator over results holding them), so callers
/// need not copy scores into a new list first.
pub fn aggregate<'a>(
    questionnaire: &Questionnaire,
    respondents: impl IntoIterator<Item = &'a RespondentScores>,
) -> OrganisationScores {
    let respondents: Vec<&RespondentScores> = respondents.into_iter().collect();
    let mut scales = BTreeMap::new();
    for scale in questionnaire.scales() {
        let mut values = Vec::with_capacity(respondents.len());
        let (mut answered, mut dont_know, mut not_applicable, mut possible) = (0, 0, 0, 0);
        for respondent in &respondents {
            // Each respondent's own item count: respondents of one round may have answered
            // different versions of the questionnaire.
            let score = respondent.scales.get(&scale.id);
            possible += score.map_or(scale.items.len(), |score| usize::from(score.items));
            if let Some(score) = score {
                values.extend(score.score);
                answered += usize::from(score.answered);
                dont_know += usize::from(score.dont_know);
                not_applicable += usize::from(score.not_applicable);
            }
        }
        let stats = ScaleStats {
            answered,
            dont_know,
            not_applicable,
            possible,
            ..ScaleStats::of_respondents(&values)
        };
        scales.insert(scale.id.clone(), stats);
    }
    let mut pillars = BTreeMap::new();
    for pillar in &questionnaire.pillars {
        let values: Vec<f64> = respondents
            .iter()
            .filter_map(|r| r.pillars.get(&pillar.id).copied().flatten())
            .collect();
        let mut stats = ScaleStats::of_respondents(&values);
        for scale in &pillar.scales {
            if let Some(scale_stats) = scales.get(&scale.id) {
                stats.answered += scale_stats.answered;
                stats.dont_know += scale_stats.dont_know;
                stats.not_applicable += scale_stats.not_applicable;
                stats.possible += scale_stats.possible;
            }
        }
        pillars.insert(pillar.id.clone(), stats);
    }
    OrganisationScores {
        respondents: respondents.len(),
        scales,
        pillars,
    }
}

/// The line between low and high on both axes of the quadrant model.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Cutoff {
    pub rule: CutoffRule,
    /// Cut-off on the x axis (operational efficiency).
    pub x: f64,
    /// Cut-off on the y axis (customer experience).
    pub y: f64,
}

impl Cutoff {
    pub fn midpoint(value: f64) -> Cutoff {
        Cutoff {
            rule: CutoffRule::Midpoint,
            x: value,
            y: value,
        }
    }

    /// Places a point: a score equal to the cut-off counts as high.
    pub fn quadrant(&self, operational_efficiency: f64, customer_experience: f64) -> QuadrantId {
        QuadrantId::from_levels(
            operational_efficiency >= self.x,
            customer_experience >= self.y,
        )
    }

    /// The quadrants a point is on the border of: every quadrant it could be in when each
    /// coordinate within `margin` of its cut-off line may fall on either side. Empty when the
    /// point is clearly inside one quadrant.
    pub fn border(
        &self,
        operational_efficiency: f64,
        customer_experience: f64,
        margin: f64,
    ) -> Vec<QuadrantId> {
        let sides = |value: f64, line: f64| -> Vec<bool> {
            if (value - line).abs() <= margin {
                vec![false, true]
            } else {
                vec![value >= line]
            }
        };
        let xs = sides(operational_efficiency, self.x);
        let ys = sides(customer_experience, self.y);
        if xs.len() == 1 && ys.len() == 1 {
            return Vec::new();
        }
        let mut quadrants: Vec<QuadrantId> = xs
            .iter()
            .flat_map(|x| ys.iter().map(move |y| QuadrantId::from_levels(*x, *y)))
            .collect();
        quadrants.sort_by_key(|q| QuadrantId::ALL.iter().position(|known| known == q));
        quadrants
    }
}

pub fn mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.iter().sum::<f64>() / values.len() as f64
}

pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    } else {
        sorted[middle]
    })
}

fn sample_sd(values: &[f64], mean_value: f64) -> Option<f64> {
    if values.len() < 2 {
        return None;
    }
    let squares: f64 = values.iter().map(|v| (v - mean_value).powi(2)).sum();
    Some((squares / (values.len() - 1) as f64).sqrt())
}

/// Rounds to one decimal, the precision of every exported score.
pub fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::{QuestionnaireRef, Role};

    #[test]
    fn item_means_flip_reverse_items_and_skip_dont_know() {
        let questionnaire = Questionnaire::bundled().unwrap();
        let scale = questionnaire.scale("customer_experience").unwrap();
        let version = QuestionnaireRef {
            id: questionnaire.id.clone(),
            version: questionnaire.version,
        };
        let plain: Vec<&str> = scale
            .items
            .iter()
            .filter(|i| !i.reverse)
            .map(|i| i.id.as_str())
            .collect();
        let reversed = scale.items.iter().find(|i| i.reverse).unwrap().id.as_str();
        let answers = [
            (plain[0], Answer::Value(5), Answer::Value(3)),
            (reversed, Answer::Value(5), Answer::Value(4)),
            (plain[1], Answer::DontKnow, Answer::Value(2)),
        ];
        let mut first = Assessment::new("a", "one", Role::Staff, "2025", version.clone());
        let mut second = Assessment::new("a", "two", Role::Staff, "2025", version);
        for (item, one, two) in answers {
            first.answers.insert(item.to_string(), one);
            second.answers.insert(item.to_string(), two);
        }
        let means = item_means(scale, &questionnaire.answer_scale, &[&first, &second]);
        let of = |id: &str| means.iter().find(|m| m.item == id).unwrap();
        assert_eq!(of(plain[0]).mean, Some(75.0));
        // A reverse-worded item: agreeing (5 and 4) means little maturity.
        assert_eq!(of(reversed).mean, Some(12.5));
        assert_eq!(
            (
                of(plain[1]).mean,
                of(plain[1]).answered,
                of(plain[1]).dont_know
            ),
            (Some(25.0), 1, 1)
        );
        assert_eq!(of(plain[2]).mean, None);
    }
}
