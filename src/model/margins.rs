//! The margins that turn deviations into words: a workspace setting with the model's
//! defaults.

use serde::Serialize;

/// Margins that turn deviations into words.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Margins {
    /// A pillar is "at" the benchmark when its mean deviation is within this many points.
    pub at: f64,
    /// The characteristics that stand out are those within this many points of the largest
    /// deviation on their side.
    pub stand_out: f64,
}

impl Margins {
    /// Whether a deviation from the benchmark counts as "at" it: within the `at` margin on
    /// either side. The one definition that words, tables and charts share.
    pub fn is_at(&self, deviation: f64) -> bool {
        deviation.abs() <= self.at
    }
}

impl Default for Margins {
    fn default() -> Self {
        Margins {
            at: 3.0,
            stand_out: 5.0,
        }
    }
}
