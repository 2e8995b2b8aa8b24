//! Which chart is meant: the one name the chart set draws under and the report refers to, so
//! a figure the report asks for is always one the set knows how to draw.

use std::fmt;

/// A chart of the set, the same in every language.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChartId {
    /// Partners, the cooperation as a whole and the benchmark in the quadrant model.
    Quadrant,
    /// One scale compared across the partners.
    Compared(String),
    /// The statements of one scale across the partners.
    Items(String),
    /// One partner's profile on a pillar (culture, leadership) against the benchmark.
    Profile {
        pillar: String,
        organisation: String,
    },
    /// A pillar's characteristics across all partners as a heat table.
    PillarCompared(String),
    /// One partner's scores against its minimum and desired levels.
    Targets { organisation: String },
    /// The partners as points in the benchmark's distribution.
    Distribution,
}

impl ChartId {
    pub fn compared(scale: impl Into<String>) -> ChartId {
        ChartId::Compared(scale.into())
    }

    pub fn items(scale: impl Into<String>) -> ChartId {
        ChartId::Items(scale.into())
    }

    pub fn profile(pillar: impl Into<String>, organisation: impl Into<String>) -> ChartId {
        ChartId::Profile {
            pillar: pillar.into(),
            organisation: organisation.into(),
        }
    }

    pub fn pillar(pillar: impl Into<String>) -> ChartId {
        ChartId::PillarCompared(pillar.into())
    }

    pub fn targets(organisation: impl Into<String>) -> ChartId {
        ChartId::Targets {
            organisation: organisation.into(),
        }
    }
}

impl fmt::Display for ChartId {
    /// `quadrant`, `compared:SCALE`, `items:SCALE`, `profile:PILLAR:ORG`, `pillar:PILLAR`,
    /// `targets:ORG`: usable as an anchor or element id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartId::Quadrant => write!(f, "quadrant"),
            ChartId::Compared(scale) => write!(f, "compared:{scale}"),
            ChartId::Items(scale) => write!(f, "items:{scale}"),
            ChartId::Profile {
                pillar,
                organisation,
            } => write!(f, "profile:{pillar}:{organisation}"),
            ChartId::PillarCompared(pillar) => write!(f, "pillar:{pillar}"),
            ChartId::Targets { organisation } => write!(f, "targets:{organisation}"),
            ChartId::Distribution => write!(f, "distribution"),
        }
    }
}
