//! Benchmarks computed from the workspace's own organisations by segment: all of them, a
//! size class by inhabitants, or the members of a cooperation. Below the anonymity floor no
//! segment benchmark is given.

use std::collections::BTreeSet;

pub use crate::analysis::benchmark::Segment;
use crate::analysis::benchmark::{self, Benchmark, SizeClass, TooFewPeers};
use crate::analysis::round::{OrganisationResult, score_round};
use crate::analysis::scoring::OrganisationScores;
use crate::store::workspace::{Organisation, WorkspaceData};

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
            &segment.id(),
            Some(segment.clone()),
            &members,
            min_organisations,
        ),
    }
}

/// The benchmark of one segment in a round, over every organisation of the workspace with
/// answers in that round.
pub fn benchmark(data: &WorkspaceData, round: &str, segment: &Segment) -> SegmentBenchmark {
    let scored = score_round(data, round);
    benchmark_from(data, &scored, segment, min_organisations(data))
}

/// Every segment benchmark relevant to one organisation in a round.
pub fn for_organisation(
    data: &WorkspaceData,
    round: &str,
    organisation_id: &str,
) -> Vec<SegmentBenchmark> {
    let scored = score_round(data, round);
    for_organisation_from(data, &scored, organisation_id)
}

/// As [`for_organisation`], from organisations already scored (every organisation of the
/// round, as [`score_round`] gives them), so a report scores the round once.
pub fn for_organisation_from(
    data: &WorkspaceData,
    scored: &[OrganisationResult],
    organisation_id: &str,
) -> Vec<SegmentBenchmark> {
    let Some(organisation) = data.organisation(organisation_id) else {
        return Vec::new();
    };
    let floor = min_organisations(data);
    segments_of(organisation)
        .iter()
        .map(|segment| benchmark_from(data, scored, segment, floor))
        .collect()
}
