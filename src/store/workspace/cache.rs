//! A cache of parsed assessment files, so that loading a national workspace does not parse
//! ten thousand YAML files every time (YAML parsing is by far the slowest step of a load).
//!
//! Derived data only, in a hidden folder: an entry is used only for a file whose bytes are
//! exactly those it was parsed from (same length and content hash), the whole cache is ignored
//! when it is damaged or was written by another version of rijp, and it is rewritten whenever
//! it is stale. Losing or deleting it costs only time. It is never written when it cannot be
//! (a read-only workspace loads as before).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::model::assessment::Assessment;

/// The hidden folder for derived data.
pub const CACHE: &str = ".cache";
const FILE: &str = "assessments.json";
/// Bumped whenever the meaning of a cached entry changes.
const FORMAT: u32 = 1;
/// A cache larger than this is ignored rather than read.
const MAX_CACHE_BYTES: u64 = 512 * 1024 * 1024;

/// Identifies a file's exact content: its length and a 64-bit FNV-1a hash of its bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ContentKey {
    pub len: u64,
    pub hash: u64,
}

impl ContentKey {
    pub fn of(bytes: &[u8]) -> ContentKey {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        ContentKey {
            len: bytes.len() as u64,
            hash,
        }
    }
}

#[derive(Deserialize)]
struct CacheFile {
    format: u32,
    rijp: String,
    entries: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    key: ContentKey,
    assessment: Assessment,
}

#[derive(Serialize)]
struct CacheFileOut<'a> {
    format: u32,
    rijp: &'a str,
    entries: Vec<EntryOut<'a>>,
}

#[derive(Serialize)]
struct EntryOut<'a> {
    key: ContentKey,
    assessment: &'a Assessment,
}

/// The cache as read at the start of a load. Entries are taken out as files match them, so
/// what is left at the end is stale.
pub struct AssessmentCache {
    entries: Mutex<HashMap<ContentKey, Assessment>>,
    /// False when there was no usable cache file.
    found: bool,
}

fn cache_path(root: &Path) -> PathBuf {
    root.join(CACHE).join(FILE)
}

impl AssessmentCache {
    /// Reads the workspace's cache; any problem with it gives an empty cache.
    pub fn read(root: &Path) -> AssessmentCache {
        let entries = read_entries(&cache_path(root));
        AssessmentCache {
            found: entries.is_some(),
            entries: Mutex::new(entries.unwrap_or_default()),
        }
    }

    /// The assessment parsed earlier from exactly these bytes, if the cache has it.
    pub fn take(&self, key: ContentKey) -> Option<Assessment> {
        self.entries.lock().ok()?.remove(&key)
    }

    /// True when the cache must be rewritten: it was missing, some file was not in it, or it
    /// holds entries no file matched any more.
    pub fn is_stale(&self, misses: usize) -> bool {
        let leftover = self
            .entries
            .lock()
            .map(|map| !map.is_empty())
            .unwrap_or(true);
        !self.found || misses > 0 || leftover
    }
}

fn read_entries(path: &Path) -> Option<HashMap<ContentKey, Assessment>> {
    let size = std::fs::metadata(path).ok()?.len();
    if size > MAX_CACHE_BYTES {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    let file: CacheFile = serde_json::from_slice(&bytes).ok()?;
    if file.format != FORMAT || file.rijp != env!("CARGO_PKG_VERSION") {
        return None;
    }
    Some(
        file.entries
            .into_iter()
            .map(|entry| (entry.key, entry.assessment))
            .collect(),
    )
}

/// Rewrites the cache with the assessments just loaded, in load order so the file is the same
/// for the same workspace. Failure is silent: the cache only ever saves time.
pub fn write<'a>(root: &Path, assessments: impl Iterator<Item = (ContentKey, &'a Assessment)>) {
    let mut seen = std::collections::HashSet::new();
    let entries = assessments
        .filter(|(key, _)| seen.insert(*key))
        .map(|(key, assessment)| EntryOut { key, assessment })
        .collect();
    let file = CacheFileOut {
        format: FORMAT,
        rijp: env!("CARGO_PKG_VERSION"),
        entries,
    };
    if let Ok(bytes) = serde_json::to_vec(&file) {
        let _ = replace_unsynced(&cache_path(root), &bytes);
    }
}

/// Replaces the file whole (a temporary file renamed over it) but without waiting for the disk:
/// after a power cut the cache may be empty or stale, which costs one slower load; a flush
/// would cost every first load up to a second on a busy disk.
fn replace_unsynced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let Some(folder) = path.parent() else {
        return Ok(());
    };
    std::fs::create_dir_all(folder)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".rijp-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    temp.write_all(bytes)?;
    temp.persist(path).map_err(|error| error.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_keys_tell_different_bytes_apart() {
        assert_eq!(ContentKey::of(b"answers: 1"), ContentKey::of(b"answers: 1"));
        assert_ne!(ContentKey::of(b"answers: 1"), ContentKey::of(b"answers: 2"));
        assert_ne!(ContentKey::of(b""), ContentKey::of(b"\0"));
    }
}
