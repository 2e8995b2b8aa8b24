//! A cache of parsed assessment files, so that loading a national workspace neither parses nor
//! even reads ten thousand YAML files every time.
//!
//! Each entry records a file's metadata (size, modification and change times, inode and
//! device — see [`stamp`]), a 128-bit hash of its bytes and what they parse to. A load reads
//! no file whose metadata is as recorded; a file whose metadata changed is read and, when its
//! bytes hash the same, not parsed again; a file modified too close to the moment its entry
//! was made (see [`FileStamp::is_ambiguous`]) is always checked by its hash.
//!
//! Derived data only, in a hidden folder: a snapshot rewritten by a load when it is stale, and
//! a journal to which saves append the files they wrote, so the first load after an import or
//! an edit is a cached load too. Both are ignored when damaged, foreign or of another version;
//! losing or deleting them costs only time, and failing to write them (a read-only workspace)
//! is never an error.

mod format;
mod stamp;

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::listing::Listed;
use crate::model::assessment::Assessment;
use crate::model::yaml::{self, YamlError};

pub use format::Entry;
pub use stamp::{FileStamp, Nanos, now};

/// The hidden folder for derived data.
pub const CACHE: &str = ".cache";
/// The snapshot of every assessment file, rewritten by a load when it is stale.
pub const SNAPSHOT: &str = "assessments.bin";
/// Files saved since the snapshot was written, appended by every save.
pub const JOURNAL: &str = "assessments.journal";
/// A cache file larger than this is ignored rather than read.
const MAX_CACHE_BYTES: u64 = 512 * 1024 * 1024;

/// How many assessment files a load took from the cache and how many it had to read or parse.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoadStats {
    /// Known from the cache by their metadata alone: not read.
    pub reused: usize,
    /// Read and found unchanged by their hash: not parsed.
    pub verified: usize,
    /// Read and parsed (new, changed, or no cache in use).
    pub parsed: usize,
}

/// The cache's files as read at the start of a load; the entries borrow from them.
#[derive(Default)]
struct CacheFiles {
    snapshot: Option<Vec<u8>>,
    journal: Option<Vec<u8>>,
}

impl CacheFiles {
    fn read(root: &Path) -> CacheFiles {
        CacheFiles {
            snapshot: read_limited(&folder(root).join(SNAPSHOT)),
            journal: read_limited(&folder(root).join(JOURNAL)),
        }
    }
}

/// Entries by path. Ten thousand lookups of short keys that come from the workspace's own
/// cache: a fast hash beats one that resists crafted keys.
type EntryMap<'a> = HashMap<Cow<'a, str>, Entry<'a>, foldhash::fast::RandomState>;

/// The cache as read at the start of a load.
struct AssessmentCache<'a> {
    entries: EntryMap<'a>,
    /// False when there was no usable snapshot.
    found: bool,
    /// The journal's length when read, when it had any entries.
    journal: Option<u64>,
}

fn folder(root: &Path) -> PathBuf {
    root.join(CACHE)
}

impl<'a> AssessmentCache<'a> {
    /// The snapshot's entries updated by the journal's; any problem with either leaves it out.
    fn parse(files: &'a CacheFiles) -> AssessmentCache<'a> {
        let snapshot = files.snapshot.as_deref().and_then(format::decode_snapshot);
        let found = snapshot.is_some();
        let mut entries: EntryMap<'a> = snapshot
            .unwrap_or_default()
            .into_iter()
            .map(|entry| (entry.path.clone(), entry))
            .collect();
        let mut journal = None;
        if let Some(bytes) = files.journal.as_deref() {
            let saved = format::decode_journal(bytes);
            if !saved.is_empty() {
                journal = Some(bytes.len() as u64);
            }
            for entry in saved {
                let newer = entries
                    .get(&entry.path)
                    .is_none_or(|known| known.observed <= entry.observed);
                if newer {
                    entries.insert(entry.path.clone(), entry);
                }
            }
        }
        AssessmentCache {
            entries,
            found,
            journal,
        }
    }
}

fn read_limited(path: &Path) -> Option<Vec<u8>> {
    let size = std::fs::metadata(path).ok()?.len();
    if size > MAX_CACHE_BYTES {
        return None;
    }
    std::fs::read(path).ok()
}

/// The path of a file relative to the workspace, as entries name it.
fn relative(root: &Path, path: &Path) -> Option<String> {
    let parts: Option<Vec<&str>> = path
        .strip_prefix(root)
        .ok()?
        .iter()
        .map(|part| part.to_str())
        .collect();
    Some(parts?.join("/"))
}

/// What a load knows about one file afterwards.
enum Seen<'a> {
    /// Unchanged since the cache's entry was made.
    Cached(&'a Entry<'a>),
    /// Read now: a new entry.
    Fresh(Entry<'a>),
    /// Not usable, or not to be cached.
    Nothing,
}

type Loaded<'a> = (Result<Assessment, YamlError>, Seen<'a>);

/// Each file with its assessment, or why it could not be used.
pub type LoadedFiles = Vec<(PathBuf, Result<Assessment, YamlError>)>;

/// Loads assessment files in parallel, in the order given; with `use_cache`, from and into
/// the workspace's cache.
pub fn load(root: &Path, files: Vec<Listed>, use_cache: bool) -> (LoadedFiles, LoadStats) {
    let started = now();
    let cache_files = if use_cache {
        CacheFiles::read(root)
    } else {
        CacheFiles::default()
    };
    let cache = use_cache.then(|| AssessmentCache::parse(&cache_files));
    let loaded: Vec<Loaded> = files
        .par_iter()
        .map_init(format::Decoder::default, |decoder, file| {
            load_one(cache.as_ref(), started, file, decoder)
        })
        .collect();
    let mut stats = LoadStats::default();
    for (_, seen) in &loaded {
        match seen {
            Seen::Cached(_) => stats.reused += 1,
            Seen::Fresh(entry) if cache.as_ref().is_some_and(|c| same_content(c, entry)) => {
                stats.verified += 1
            }
            _ => stats.parsed += 1,
        }
    }
    if let Some(cache) = &cache
        && is_stale(cache, &loaded, started)
    {
        write_snapshot(root, cache, &loaded);
    }
    let results = files
        .into_iter()
        .zip(loaded)
        .map(|(file, (result, _))| (file.path, result))
        .collect();
    (results, stats)
}

/// The assessments in these files as they are now, read through the cache (which is left as
/// it is); `None` for a file that does not exist. For a bulk write, which re-reads the files
/// it replaces: unchanged files are not parsed again.
pub fn current(root: &Path, paths: &[PathBuf]) -> Vec<Option<Result<Assessment, YamlError>>> {
    let started = now();
    let cache_files = CacheFiles::read(root);
    let cache = AssessmentCache::parse(&cache_files);
    paths
        .par_iter()
        .map_init(format::Decoder::default, |decoder, path| {
            let stamp = match std::fs::metadata(path) {
                Ok(metadata) => FileStamp::of(&metadata),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => return None,
                Err(_) => return Some(yaml::read::<Assessment>(path)),
            };
            let file = Listed {
                path: path.clone(),
                name: relative(root, path),
                stamp: Some(stamp),
            };
            Some(load_one(Some(&cache), started, &file, decoder).0)
        })
        .collect()
}

fn same_content(cache: &AssessmentCache, entry: &Entry) -> bool {
    cache
        .entries
        .get(&*entry.path)
        .is_some_and(|known| known.hash == entry.hash)
}

fn load_one<'a>(
    cache: Option<&'a AssessmentCache<'a>>,
    started: Nanos,
    file: &Listed,
    decoder: &mut format::Decoder,
) -> Loaded<'a> {
    let path = file.path.as_path();
    let name = cache.and(file.name.as_ref());
    let known = cache.zip(name).and_then(|(c, n)| c.entries.get(n.as_str()));
    if let Some(entry) = known
        && let Some(stamp) = file.stamp
        && stamp == entry.stamp
        && !stamp.is_ambiguous(entry.observed)
        && let Some(assessment) = decoder.assessment(&entry.assessment)
    {
        return (Ok(assessment), Seen::Cached(entry));
    }
    let (bytes, metadata) = match yaml::read_bytes_metadata(path) {
        Ok(read) => read,
        Err(error) => return (Err(error), Seen::Nothing),
    };
    let hash = format::content_hash(&bytes);
    let fresh = |assessment: Cow<'a, [u8]>| match name {
        Some(name) => Seen::Fresh(Entry {
            path: Cow::Owned(name.clone()),
            stamp: FileStamp::of(&metadata),
            observed: started,
            hash,
            assessment,
        }),
        None => Seen::Nothing,
    };
    if let Some(entry) = known.filter(|entry| entry.hash == hash)
        && let Some(assessment) = decoder.assessment(&entry.assessment)
    {
        return (Ok(assessment), fresh(entry.assessment.clone()));
    }
    match yaml::parse_bytes::<Assessment>(path, &bytes) {
        Ok(assessment) => {
            let seen = match name {
                Some(_) => fresh(Cow::Owned(format::encode_assessment(&assessment))),
                None => Seen::Nothing,
            };
            (Ok(assessment), seen)
        }
        Err(error) => (Err(error), Seen::Nothing),
    }
}

/// True when a new snapshot would spare a later load some work: there was none, files were
/// saved since, a file was new or changed, an entry can stop being ambiguous, or entries name
/// files that are gone.
fn is_stale(cache: &AssessmentCache, loaded: &[Loaded], started: Nanos) -> bool {
    if !cache.found || cache.journal.is_some() {
        return true;
    }
    let mut kept = 0;
    for (_, seen) in loaded {
        match seen {
            Seen::Cached(_) => kept += 1,
            Seen::Fresh(entry) => {
                kept += 1;
                let improves = cache.entries.get(&entry.path).is_none_or(|known| {
                    known.hash != entry.hash
                        || known.stamp != entry.stamp
                        || !entry.stamp.is_ambiguous(started)
                });
                if improves {
                    return true;
                }
            }
            Seen::Nothing => {}
        }
    }
    kept != cache.entries.len()
}

/// Rewrites the snapshot with what the load saw, in load order so the same workspace gives
/// the same file, and drops the journal it took in. Failure is silent.
fn write_snapshot(root: &Path, cache: &AssessmentCache, loaded: &[Loaded]) {
    let entries: Vec<Entry> = loaded
        .iter()
        .filter_map(|(_, seen)| match seen {
            Seen::Cached(entry) => Some((*entry).clone()),
            Seen::Fresh(entry) => Some(entry.clone()),
            Seen::Nothing => None,
        })
        .collect();
    let Some(bytes) = format::encode_snapshot(entries) else {
        return;
    };
    let folder = folder(root);
    if replace_unsynced(&folder.join(SNAPSHOT), &bytes).is_err() {
        return;
    }
    // Saves appended after the journal was read stay for the next load.
    let journal = folder.join(JOURNAL);
    if let Some(length) = cache.journal
        && std::fs::metadata(&journal).is_ok_and(|now| now.len() == length)
    {
        let _ = std::fs::remove_file(journal);
    }
}

/// Replaces the file whole (a temporary file renamed over it) but without waiting for the disk:
/// after a power cut the cache may be empty or damaged, which costs one slower load; a flush
/// would cost every load that rewrites it up to a second on a busy disk.
fn replace_unsynced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
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

/// The entry for an assessment file just written: its metadata as written, the moment taken
/// before writing began, and the bytes written.
pub fn saved_entry(
    root: &Path,
    path: &Path,
    stamp: FileStamp,
    observed: Nanos,
    bytes: &[u8],
    assessment: &Assessment,
) -> Option<Entry<'static>> {
    Some(Entry {
        path: Cow::Owned(relative(root, path)?),
        stamp,
        observed,
        hash: format::content_hash(bytes),
        assessment: Cow::Owned(format::encode_assessment(assessment)),
    })
}

/// True when the workspace keeps a cache.
pub fn in_use(root: &Path) -> bool {
    folder(root).is_dir()
}

/// Appends saved files to the journal, in one write. Does nothing when the workspace keeps no
/// cache, unless `start` asks to begin one. Failure is silent: the cache only saves time.
pub fn journal(root: &Path, entries: &[Entry], start: bool) {
    if entries.is_empty() || !(start || in_use(root)) {
        return;
    }
    let mut bytes = Vec::new();
    for entry in entries {
        format::encode_record(entry, &mut bytes);
    }
    let folder = folder(root);
    let _ = std::fs::create_dir_all(&folder).and_then(|()| {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(folder.join(JOURNAL))?
            .write_all(&bytes)
    });
}
