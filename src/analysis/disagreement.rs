//! Where an organisation's respondents disagree: per statement the spread of the answers
//! given, a histogram over the answer scale, and "don't know" and "not applicable" counted
//! apart, so a meeting can discuss the answers rather than the average.
//!
//! Outside the group session every output shows a statement through the privacy rule
//! ([`crate::analysis::privacy::statement`]): its figures only from five respondents, below
//! that a word for the agreement.

use crate::analysis::scoring::round1;
use crate::model::assessment::{Answer, Assessment};
use crate::model::questionnaire::Questionnaire;
use crate::store::workspace::WorkspaceData;

/// How the answers to one statement are spread.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemSpread {
    pub item: String,
    pub scale: String,
    /// Respondents who gave a value on the scale.
    pub answered: usize,
    /// Answers per value of the scale, from its lowest value up.
    pub histogram: Vec<usize>,
    pub dont_know: usize,
    pub not_applicable: usize,
    /// Mean of the values given, on the answer scale, rounded once to one decimal.
    pub mean: Option<f64>,
    /// Sample standard deviation of the values given (n − 1), rounded once to one decimal;
    /// `None` below two values.
    pub sd: Option<f64>,
}

/// The spread of one statement's answers among `assessments`.
pub fn spread<'a>(
    questionnaire: &Questionnaire,
    item: &str,
    scale: &str,
    assessments: impl IntoIterator<Item = &'a Assessment>,
) -> ItemSpread {
    let answer_scale = &questionnaire.answer_scale;
    let mut histogram = vec![0; usize::from(answer_scale.max - answer_scale.min) + 1];
    let (mut dont_know, mut not_applicable) = (0, 0);
    let mut values = Vec::new();
    for assessment in assessments {
        match assessment.answers.get(item) {
            Some(Answer::Value(value)) if (answer_scale.min..=answer_scale.max).contains(value) => {
                histogram[usize::from(value - answer_scale.min)] += 1;
                values.push(f64::from(*value));
            }
            Some(Answer::DontKnow) => dont_know += 1,
            Some(Answer::NotApplicable) => not_applicable += 1,
            _ => {}
        }
    }
    let n = values.len() as f64;
    let mean = (!values.is_empty()).then(|| values.iter().sum::<f64>() / n);
    let sd = mean.filter(|_| values.len() >= 2).map(|mean| {
        let squares: f64 = values.iter().map(|v| (v - mean).powi(2)).sum();
        (squares / (n - 1.0)).sqrt()
    });
    ItemSpread {
        item: item.to_string(),
        scale: scale.to_string(),
        answered: values.len(),
        histogram,
        dont_know,
        not_applicable,
        mean: mean.map(round1),
        sd: sd.map(round1),
    }
}

/// Every statement of an organisation in a round, most disagreement first (largest standard
/// deviation; ties in questionnaire order). Only respondents who answered something count, so
/// the empty files a group session creates at its start change nothing; statements with fewer
/// than two values are left out.
pub fn disagreement(data: &WorkspaceData, organisation: &str, round: &str) -> Vec<ItemSpread> {
    let questionnaire = &data.questionnaire;
    let respondents: Vec<&Assessment> = data
        .assessments_for(organisation, round)
        .map(|stored| &stored.assessment)
        .filter(|assessment| !assessment.answers.is_empty())
        .collect();
    let mut spreads: Vec<ItemSpread> = questionnaire
        .scales()
        .flat_map(|scale| scale.items.iter().map(move |item| (scale, item)))
        .map(|(scale, item)| {
            spread(
                questionnaire,
                &item.id,
                &scale.id,
                respondents.iter().copied(),
            )
        })
        .filter(|spread| spread.sd.is_some())
        .collect();
    // A stable sort keeps questionnaire order among equal spreads.
    spreads.sort_by(|a, b| b.sd.unwrap_or(0.0).total_cmp(&a.sd.unwrap_or(0.0)));
    spreads
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::{QuestionnaireRef, Role};

    fn person(name: &str, answers: &[(&str, Answer)]) -> Assessment {
        let mut assessment = Assessment::new(
            "a",
            name,
            Role::Staff,
            "2025",
            QuestionnaireRef {
                id: "q".into(),
                version: 1,
            },
        );
        for (item, answer) in answers {
            assessment.answers.insert(item.to_string(), *answer);
        }
        assessment
    }

    #[test]
    fn the_spread_counts_values_and_keeps_dont_know_apart() {
        let questionnaire = Questionnaire::bundled().unwrap();
        let people = [
            person("a", &[("cx01", Answer::Value(1))]),
            person("b", &[("cx01", Answer::Value(5))]),
            person("c", &[("cx01", Answer::Value(5))]),
            person("d", &[("cx01", Answer::DontKnow)]),
            person("e", &[("cx01", Answer::NotApplicable)]),
            person("f", &[]),
        ];
        let spread = spread(&questionnaire, "cx01", "customer_experience", &people);
        assert_eq!(spread.histogram, vec![1, 0, 0, 0, 2]);
        assert_eq!(
            (spread.answered, spread.dont_know, spread.not_applicable),
            (3, 1, 1)
        );
        // Mean 11/3; squares 7,111 + 1,778 + 1,778 = 10,667; / 2 = 5,333; root 2,309.
        assert_eq!(spread.mean, Some(3.7));
        assert_eq!(spread.sd, Some(2.3));
        // Three respondents: outside the group session only a word for the agreement.
        assert_eq!(
            crate::analysis::privacy::statement(&spread),
            crate::analysis::privacy::StatementView::Word {
                answered: 3,
                agreement: crate::analysis::privacy::StatementAgreement::StronglyDivided
            }
        );
    }
}
