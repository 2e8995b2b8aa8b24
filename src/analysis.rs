//! Analysis: pure computations over a workspace's answers. Nothing here formats words.
//!
//! - [`scoring`]: answers to scale scores, aggregation over respondents, quadrants.
//! - [`benchmark`]: benchmarks from a file or computed from peers, with an anonymity floor.
//! - [`benchmark_build`]: a benchmark file to publish, with quantiles, made from a workspace.
//! - [`distribution`]: quantiles and percentile ranks with their interval.
//! - [`round`]: a round scored per organisation, before benchmark and selection.
//! - [`segments`]: benchmarks from the workspace by size class or cooperation.
//! - [`comparison`]: all organisations of a round against a benchmark; the one computation
//!   every output is built from.
//! - [`cooperation`]: the cooperation as a whole, as one more entry next to its partners.
//! - [`bridge`]: what two versions of the questionnaire both measure.
//! - [`change`]: change between rounds, per organisation and for the cooperation.
//! - [`respondents`]: spread, agreement, role groups and the basis of every score.
//! - [`protocol`]: who answered, against the respondent protocol, and the "not applicable"
//!   share.
//! - [`reliability`]: Cronbach's alpha per scale.
//! - [`programme`]: targets, gaps and their roll-up to programme themes.
//! - [`disagreement`]: per statement, how far an organisation's respondents disagree.
//! - [`privacy`]: what may be shown of respondents' answers: the floors every output obeys.

pub mod benchmark;
pub mod benchmark_build;
pub mod bridge;
pub mod change;
pub mod comparison;
pub mod cooperation;
pub mod disagreement;
pub mod distribution;
pub mod privacy;
pub mod programme;
pub mod protocol;
pub mod reliability;
pub mod respondents;
pub mod round;
pub mod scoring;
pub mod segments;
