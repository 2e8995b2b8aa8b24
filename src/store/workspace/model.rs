//! The workspace's own files: settings, organisations and rounds.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::Lang;
use crate::model::margins::Margins;
use crate::model::questionnaire::CutoffRule;

/// `rijp.yaml`: settings of the workspace.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// The name of the cooperation or collection, shown in titles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The benchmark compared against unless another is asked for: a file id in
    /// `benchmarks/`, or `peers`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_benchmark: Option<String>,
    /// Overrides the questionnaire's cut-off rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cutoff: Option<CutoffRule>,
    pub margins: Margins,
    /// Fewest organisations a peer benchmark may be computed from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_benchmark_organisations: Option<usize>,
    /// A questionnaire file (relative to the workspace) replacing the bundled one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<String>,
    /// The language of reports when none is asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
}

/// Context indicators that make partners comparable and define segments.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inhabitants: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staff_fte: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workstations: Option<u64>,
    /// ICT operating budget in euros per year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ict_budget_eur: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ict_staff_fte: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_applications: Option<u64>,
    /// Satisfaction of residents with digital services (report mark, 1–10).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digital_satisfaction: Option<f64>,
}

/// The levels an organisation aims for on one dimension or characteristic (0–100).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Target {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desired: Option<f64>,
}

/// `organisations/ID.yaml`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The file name without `.yaml`; not stored in the file.
    #[serde(skip)]
    pub id: String,
    pub name: String,
    /// What charts, tables and the terminal call it where space is short; derived from the
    /// name when absent (see [`crate::model::names`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// Cooperations this organisation is a member of.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cooperations: Vec<String>,
    #[serde(default)]
    pub profile: Profile,
    /// Target levels by dimension or characteristic id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub targets: BTreeMap<String, Target>,
}

/// `rounds/ID.yaml`: a measurement round (the first is the baseline, the nulmeting).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    #[serde(skip)]
    pub id: String,
    /// What people call the round ("Nulmeting 2024").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The reference date, `YYYY-MM-DD`; rounds are ordered by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Set when the round is closed: it takes no answers (see [`super::closing`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<super::Closing>,
}

impl Round {
    pub fn named(id: &str) -> Round {
        Round {
            id: id.to_string(),
            name: None,
            date: None,
            closed: None,
        }
    }

    /// The name to show: the round's name, or its id.
    pub fn label(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.id)
    }
}
