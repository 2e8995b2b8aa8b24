//! Benchmarks computed from the workspace's own organisations by segment: all of them, a
//! size class by inhabitants, or the members of a cooperation. Below the anonymity floor no
//! segment benchmark is given.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::analysis::benchmark::{self, Benchmark, SizeClass, TooFewPeers};
use crate::analysis::comparison::{self, OrganisationResult};
use crate::analysis::scoring::OrganisationScores;
use crate::store::workspace::{Organisation, WorkspaceData};
use crate::words::i18n::{self, Lang};

/// A group of organisations to benchmark against.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Segment {
    All,
    Size(SizeClass),
    Cooperation(String),
}

impl Segment {
    /// Reads `size:small|medium|large` or `cooperation:NAME`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Segment> {
        let (kind, value) = text.trim().split_once(':')?;
        let value = value.trim();
        match kind.trim().to_ascii_lowercase().as_str() {
            "size" => match value.to_ascii_lowercase().as_str() {
                "small" => Some(Segment::Size(SizeClass::Small)),
                "medium" => Some(Segment::Size(SizeClass::Medium)),
                "large" => Some(Segment::Size(SizeClass::Large)),
                _ => None,
            },
            "cooperation" if !value.is_empty() => Some(Segment::Cooperation(value.to_string())),
            _ => None,
        }
    }

    /// Whether an organisation belongs to the segment.
    pub fn contains(&self, organisation: &Organisation) -> bool {
        match self {
            Segment::All => true,
            Segment::Size(class) => organisation
                .profile
                .inhabitants
                .is_some_and(|n| SizeClass::of(n) == *class),
            Segment::Cooperation(name) => organisation
                .cooperations
                .iter()
                .any(|c| c.eq_ignore_ascii_case(name)),
        }
    }

    /// The segment's name for people.
    pub fn label(&self, lang: Lang) -> String {
        let texts = i18n::report::texts(lang);
        match self {
            Segment::All => texts.segment_all.to_string(),
            Segment::Size(class) => texts.size_class(*class).to_string(),
            Segment::Cooperation(name) => format!("{} {name}", texts.segment_cooperation),
        }
    }
}

/// The segments an organisation belongs to: all, its size class (when its inhabitants are
/// known) and each of its cooperations.
pub fn segments_of(organisation: &Organisation) -> Vec<Segment> {
    let mut segments = vec![Segment::All];
    if let Some(inhabitants) = organisation.profile.inhabitants {
        segments.push(Segment::Size(SizeClass::of(inhabitants)));
    }
    let cooperations: BTreeSet<&String> = organisation.cooperations.iter().collect();
    segments.extend(
        cooperations
            .into_iter()
            .map(|c| Segment::Cooperation(c.clone())),
    );
    segments
}

/// A segment's benchmark, or why there is none.
#[derive(Clone, Debug, PartialEq)]
pub struct SegmentBenchmark {
    pub segment: Segment,
    pub benchmark: Result<Benchmark, TooFewPeers>,
}

/// The floor the workspace uses (its setting, or the default of three organisations).
pub fn min_organisations(data: &WorkspaceData) -> usize {
    data.settings
        .min_benchmark_organisations
        .unwrap_or(benchmark::DEFAULT_MIN_ORGANISATIONS)
}

/// The benchmark of one segment from already scored organisations of a round.
pub fn benchmark_from(
    data: &WorkspaceData,
    scored: &[OrganisationResult],
    segment: &Segment,
    min_organisations: usize,
    lang: Lang,
) -> SegmentBenchmark {
    let members: Vec<&OrganisationScores> = scored
        .iter()
        .filter(|result| {
            data.organisation(&result.id)
                .is_some_and(|org| segment.contains(org))
        })
        .map(|result| &result.scores)
        .collect();
    SegmentBenchmark {
        segment: segment.clone(),
        benchmark: benchmark::peers(
            &data.questionnaire,
            &segment.label(lang),
            &members,
            min_organisations,
        ),
    }
}

/// The benchmark of one segment in a round, over every organisation of the workspace with
/// answers in that round.
pub fn benchmark(
    data: &WorkspaceData,
    round: &str,
    segment: &Segment,
    lang: Lang,
) -> SegmentBenchmark {
    let scored = comparison::score_round(data, round);
    benchmark_from(data, &scored, segment, min_organisations(data), lang)
}

/// Every segment benchmark relevant to one organisation in a round.
pub fn for_organisation(
    data: &WorkspaceData,
    round: &str,
    organisation_id: &str,
    lang: Lang,
) -> Vec<SegmentBenchmark> {
    let scored = comparison::score_round(data, round);
    for_organisation_from(data, &scored, organisation_id, lang)
}

/// As [`for_organisation`], from organisations already scored (every organisation of the
/// round, as [`comparison::score_round`] gives them), so a report scores the round once.
pub fn for_organisation_from(
    data: &WorkspaceData,
    scored: &[OrganisationResult],
    organisation_id: &str,
    lang: Lang,
) -> Vec<SegmentBenchmark> {
    let Some(organisation) = data.organisation(organisation_id) else {
        return Vec::new();
    };
    let floor = min_organisations(data);
    segments_of(organisation)
        .iter()
        .map(|segment| benchmark_from(data, scored, segment, floor, lang))
        .collect()
}
