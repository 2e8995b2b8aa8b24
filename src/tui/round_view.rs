//! What the screens show of one round, computed once from the comparison and kept until an
//! answer in that round changes.

use std::collections::BTreeMap;

use crate::analysis::comparison::{self, Comparison, ComparisonRequest};
use crate::analysis::disagreement::{self, ItemSpread};
use crate::analysis::scoring::ScaleStats;
use crate::model::questionnaire::{CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY, QuadrantId};
use crate::store::workspace::WorkspaceData;
use crate::words::findings::{self, Finding, FindingContext, Subject};
use crate::words::i18n::Lang;

/// One organisation on the home screen.
#[derive(Clone, Debug, PartialEq)]
pub struct HomeRow {
    pub id: String,
    pub name: String,
    pub respondents: usize,
    /// Share of possible answers given (0–1), over all respondents and items.
    pub completeness: Option<f64>,
    pub customer_experience: Option<f64>,
    pub operational_efficiency: Option<f64>,
    pub quadrant: Option<QuadrantId>,
    /// The quadrants whose border it lies on (within the at margin of a cut-off line).
    pub border: Vec<QuadrantId>,
}

/// A round as the screens show it.
#[derive(Clone, Debug)]
pub struct RoundView {
    /// The comparison, or why there is none.
    /// The comparison, or why there is none (said in the reader's language when shown).
    pub comparison: Result<Comparison, std::sync::Arc<anyhow::Error>>,
    /// Every organisation of the workspace, those without answers in the round included.
    pub rows: Vec<HomeRow>,
    /// The findings in words per language code and organisation id, written when first
    /// needed (they compare with the previous round, which takes a moment).
    pub findings: BTreeMap<&'static str, BTreeMap<String, Vec<Finding>>>,
    /// The round before this one, compared the same way, for trails in the quadrant; `None`
    /// until first needed, `Some(None)` when there is no usable earlier round.
    pub previous: Option<Option<Box<Comparison>>>,
    /// Per organisation id, where its respondents disagree most; computed when first shown.
    pub disagreement: BTreeMap<String, Vec<ItemSpread>>,
    /// Every organisation's short name by id, by the one rule charts and report share.
    pub short_names: BTreeMap<String, String>,
    round: String,
}

impl RoundView {
    pub fn build(data: &WorkspaceData, round: &str) -> RoundView {
        let request = ComparisonRequest {
            round: Some(round.to_string()),
            ..ComparisonRequest::default()
        };
        let comparison = comparison::compare(data, &request).map_err(std::sync::Arc::new);
        let rows = data
            .organisations
            .iter()
            .map(|organisation| {
                let result = comparison
                    .as_ref()
                    .ok()
                    .and_then(|c| c.organisation(&organisation.id));
                let completeness = result.and_then(|result| {
                    ScaleStats::counts_of(result.scores.scales.values()).completeness()
                });
                HomeRow {
                    id: organisation.id.clone(),
                    name: organisation.name.clone(),
                    respondents: result.map_or(0, |r| r.scores.respondents),
                    completeness,
                    customer_experience: result.and_then(|r| r.mean(CUSTOMER_EXPERIENCE)),
                    operational_efficiency: result.and_then(|r| r.mean(OPERATIONAL_EFFICIENCY)),
                    quadrant: result.and_then(|r| r.quadrant),
                    border: result.map(|r| r.border.clone()).unwrap_or_default(),
                }
            })
            .collect();
        let names: Vec<(&str, Option<&str>)> = data
            .organisations
            .iter()
            .map(|o| (o.name.as_str(), o.short_name.as_deref()))
            .collect();
        let short_names = data
            .organisations
            .iter()
            .map(|o| o.id.clone())
            .zip(crate::model::names::short_names(&names))
            .collect();
        RoundView {
            comparison,
            rows,
            disagreement: BTreeMap::new(),
            short_names,
            findings: BTreeMap::new(),
            previous: None,
            round: round.to_string(),
        }
    }

    /// Compares the previous round, unless already done.
    pub fn prepare_previous(&mut self, data: &WorkspaceData) {
        if self.previous.is_some() {
            return;
        }
        // Across questionnaire versions there is no trail: how far a partner moved is unknown.
        let previous = data
            .previous_round(&self.round)
            .filter(|round| data.same_version(&round.id, &self.round))
            .and_then(|round| {
                let request = ComparisonRequest {
                    round: Some(round.id.clone()),
                    ..ComparisonRequest::default()
                };
                comparison::compare(data, &request).ok().map(Box::new)
            });
        self.previous = Some(previous);
    }

    /// The previous round's comparison, once prepared and when there is one.
    pub fn previous(&self) -> Option<&Comparison> {
        self.previous.as_ref().and_then(|p| p.as_deref())
    }

    /// Writes the findings of every organisation in a language, unless already written.
    pub fn prepare_findings(&mut self, data: &WorkspaceData, lang: Lang) {
        if self.findings.contains_key(lang.code()) {
            return;
        }
        let Ok(comparison) = &self.comparison else {
            return;
        };
        let written = match FindingContext::new(comparison, data, lang) {
            Ok(context) => comparison
                .organisations
                .iter()
                .map(|organisation| {
                    (
                        organisation.id.clone(),
                        findings::write(&context, Subject::Organisation(&organisation.id)),
                    )
                })
                .collect(),
            Err(_) => comparison
                .organisations
                .iter()
                .map(|organisation| {
                    let written = findings::for_organisation(
                        comparison,
                        data,
                        Subject::Organisation(&organisation.id),
                        lang,
                    );
                    (organisation.id.clone(), written)
                })
                .collect(),
        };
        self.findings.insert(lang.code(), written);
    }

    /// The findings of an organisation in a language, once written.
    pub fn findings_for(&self, organisation: &str, lang: Lang) -> Option<&[Finding]> {
        self.findings
            .get(lang.code())
            .and_then(|by_organisation| by_organisation.get(organisation))
            .map(Vec::as_slice)
    }

    /// Works out where an organisation's respondents disagree, unless already done.
    pub fn prepare_disagreement(&mut self, data: &WorkspaceData, organisation: &str) {
        if !self.disagreement.contains_key(organisation) {
            let spreads = disagreement::disagreement(data, organisation, &self.round);
            self.disagreement.insert(organisation.to_string(), spreads);
        }
    }

    /// An organisation's short name, or its id when it has no file.
    pub fn short_name(&self, id: &str) -> String {
        self.short_names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    pub fn comparison(&self) -> Option<&Comparison> {
        self.comparison.as_ref().ok()
    }
}
