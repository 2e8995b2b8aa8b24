//! What a file's metadata says about its content, as git's index uses it: a file whose size,
//! modification and change times (to the nanosecond), inode and device are those recorded
//! when its content was last seen still has that content — unless it was seen so soon after
//! it was modified that a second modification could have left the same times behind (the
//! "racy" case). Such an entry is ambiguous and is checked by its content hash.

use std::fs::Metadata;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// Nanoseconds since the Unix epoch.
pub type Nanos = i128;

const SECOND: Nanos = 1_000_000_000;
/// File systems that keep sub-second times update them at most one clock tick (at most
/// 10 ms on Linux) late; this leaves a wide margin.
const FINE_GRANULARITY: Nanos = 100_000_000;
/// File systems that keep whole seconds (or FAT's two seconds).
const COARSE_GRANULARITY: Nanos = 2 * SECOND;

/// A file's metadata as far as it tells whether the content changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    pub size: u64,
    pub modified: Nanos,
    /// The inode change time: changes with every write, rename or permission change, and
    /// cannot be set back by hand.
    pub changed: Nanos,
    pub inode: u64,
    pub device: u64,
}

impl FileStamp {
    #[cfg(unix)]
    pub fn of(metadata: &Metadata) -> FileStamp {
        use std::os::unix::fs::MetadataExt;
        FileStamp {
            size: metadata.len(),
            modified: Nanos::from(metadata.mtime()) * SECOND + Nanos::from(metadata.mtime_nsec()),
            changed: Nanos::from(metadata.ctime()) * SECOND + Nanos::from(metadata.ctime_nsec()),
            inode: metadata.ino(),
            device: metadata.dev(),
        }
    }

    #[cfg(not(unix))]
    pub fn of(metadata: &Metadata) -> FileStamp {
        FileStamp {
            size: metadata.len(),
            modified: metadata.modified().map(nanos_of).unwrap_or(0),
            changed: 0,
            inode: 0,
            device: 0,
        }
    }

    /// True when content seen at `observed` may differ from the file's content now although
    /// the metadata is the same: the file was modified within one timestamp tick of (or
    /// after) that moment, so a later change within the same tick keeps every time equal.
    pub fn is_ambiguous(&self, observed: Nanos) -> bool {
        let granularity = if self.modified % SECOND == 0 {
            COARSE_GRANULARITY
        } else {
            FINE_GRANULARITY
        };
        self.modified >= observed - granularity
    }
}

/// Now, by the clock file times are taken from.
pub fn now() -> Nanos {
    nanos_of(SystemTime::now())
}

fn nanos_of(time: SystemTime) -> Nanos {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => after.as_nanos() as Nanos,
        Err(before) => -(before.duration().as_nanos() as Nanos),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(modified: Nanos) -> FileStamp {
        FileStamp {
            size: 10,
            modified,
            changed: modified,
            inode: 1,
            device: 1,
        }
    }

    #[test]
    fn files_modified_near_or_after_the_moment_seen_are_ambiguous() {
        let seen = 1_700_000_000 * SECOND + 500_000_000;
        // Long before: a later change would carry a later time.
        assert!(!stamp(seen - 5 * SECOND + 1).is_ambiguous(seen));
        assert!(!stamp(seen - FINE_GRANULARITY - 1).is_ambiguous(seen));
        // Within a tick of the moment seen, or later: the times cannot be trusted.
        assert!(stamp(seen - FINE_GRANULARITY).is_ambiguous(seen));
        assert!(stamp(seen - 1).is_ambiguous(seen));
        assert!(stamp(seen + SECOND).is_ambiguous(seen));
    }

    #[test]
    fn whole_second_times_get_the_coarse_margin() {
        let seen = 1_700_000_001 * SECOND;
        assert!(stamp(1_700_000_000 * SECOND).is_ambiguous(seen));
        assert!(stamp(1_699_999_999 * SECOND).is_ambiguous(seen));
        assert!(!stamp(1_699_999_998 * SECOND).is_ambiguous(seen));
    }
}
