//! Atomic writes and per-file locks for user data.
//!
//! Every write of user data goes through [`write_atomic`]: the content is written to a
//! temporary file in the same folder, flushed to disk and renamed over the target, so a crash
//! or a full disk leaves either the old file or the new one, never half of one.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;

/// What rijp was doing with a file when the file system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileAction {
    CreateFolder,
    WriteInFolder,
    Write,
    Replace,
    OpenLock,
    Lock,
    ReadFolder,
}

/// A file-system operation on user data that failed: what, on which path, and why. The
/// words layer says it in the reader's language.
#[derive(Debug, thiserror::Error)]
#[error("{action:?} {}: {source}", path.display())]
pub struct FileError {
    pub action: FileAction,
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// Turns an I/O error into a [`FileError`] for `action` on `path`.
pub fn failed(action: FileAction, path: &Path) -> impl FnOnce(std::io::Error) -> FileError + '_ {
    move |source| FileError {
        action,
        path: path.to_path_buf(),
        source,
    }
}

/// Writes `bytes` to `path` atomically, creating the parent folder when needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_file(path, bytes).map(drop)
}

/// [`write_atomic`], returning the metadata of the file written, taken from the file itself
/// after it was put in place (so it is that file's even if another writer replaces it at once).
pub fn write_atomic_metadata(path: &Path, bytes: &[u8]) -> Result<std::fs::Metadata> {
    let file = write_atomic_file(path, bytes)?;
    Ok(file.metadata().map_err(failed(FileAction::Write, path))?)
}

fn write_atomic_file(path: &Path, bytes: &[u8]) -> Result<File> {
    let (file, folder) = put_in_place(path, bytes)?;
    // The rename is durable only once the folder entry is on disk too.
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    remove_stale_temporaries(folder);
    Ok(file)
}

/// Writes a temporary file beside `path`, flushes it to disk and renames it over `path`.
/// Returns the file and its folder.
fn put_in_place<'a>(path: &'a Path, bytes: &[u8]) -> Result<(File, &'a Path)> {
    let temp = write_beside(path, bytes)?;
    temp.as_file()
        .sync_all()
        .map_err(failed(FileAction::Write, path))?;
    let file = temp
        .persist(path)
        .map_err(|error| error.error)
        .map_err(failed(FileAction::Replace, path))?;
    Ok((file, folder_of(path)))
}

/// Writes `bytes` to a new temporary file in `path`'s folder (created when needed), with the
/// permissions `path` has, or an editor would give a new file. Not yet flushed nor in place.
pub(crate) fn write_beside(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile> {
    let folder = folder_of(path);
    std::fs::create_dir_all(folder).map_err(failed(FileAction::CreateFolder, folder))?;
    let mut temp = tempfile::Builder::new()
        .prefix(".rijp-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(failed(FileAction::WriteInFolder, folder))?;
    let permissions = match std::fs::metadata(path) {
        Ok(existing) => Some(existing.permissions()),
        Err(_) => default_permissions(),
    };
    temp.write_all(bytes)
        .and_then(|()| match permissions {
            Some(permissions) => temp.as_file().set_permissions(permissions),
            None => Ok(()),
        })
        .map_err(failed(FileAction::Write, path))?;
    Ok(temp)
}

/// The folder a file is in (`.` for a bare file name).
pub(crate) fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A temporary file this old was left behind by a writer that was killed or lost power: a
/// live writer's is seconds old.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes temporary files that killed writers left in a folder. They never hold data that
/// was acknowledged: that was renamed into place first.
pub(crate) fn remove_stale_temporaries(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let ours = name
            .to_str()
            .is_some_and(|name| name.starts_with(".rijp-") && name.ends_with(".tmp"));
        let stale = ours
            && entry
                .metadata()
                .and_then(|metadata| metadata.modified())
                .ok()
                .and_then(|modified| now.duration_since(modified).ok())
                .is_some_and(|age| age > STALE_AFTER);
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// New files get the permissions an editor would give them (read for everyone, write for
/// the owner), not the private ones of a temporary file; replaced files keep their own.
fn default_permissions() -> Option<std::fs::Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(std::fs::Permissions::from_mode(0o644))
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// An exclusive lock on a file's companion `.lock` file, held until dropped. Two processes
/// writing the same assessment therefore never interleave: the second waits or is refused.
#[derive(Debug)]
pub struct FileLock {
    file: File,
    path: PathBuf,
}

impl FileLock {
    fn lock_path(target: &Path) -> PathBuf {
        let mut name = target.file_name().unwrap_or_default().to_os_string();
        name.push(".lock");
        target.with_file_name(name)
    }

    fn open(target: &Path) -> Result<(File, PathBuf)> {
        let path = Self::lock_path(target);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(failed(FileAction::CreateFolder, folder))?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(failed(FileAction::OpenLock, &path))?;
        Ok((file, path))
    }

    /// Takes the lock, waiting for another process to release it.
    pub fn acquire(target: &Path) -> Result<Self> {
        loop {
            let (file, path) = Self::open(target)?;
            file.lock().map_err(failed(FileAction::Lock, &path))?;
            if still_in_place(&file, &path) {
                return Ok(Self { file, path });
            }
        }
    }

    /// Takes the lock, or returns `None` when another process holds it.
    pub fn try_acquire(target: &Path) -> Result<Option<Self>> {
        loop {
            let (file, path) = Self::open(target)?;
            match file.try_lock() {
                Ok(()) if still_in_place(&file, &path) => return Ok(Some(Self { file, path })),
                Ok(()) => continue,
                Err(std::fs::TryLockError::WouldBlock) => return Ok(None),
                Err(std::fs::TryLockError::Error(error)) => {
                    return Err(failed(FileAction::Lock, &path)(error).into());
                }
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        // Removed while still held, so lock files do not pile up (one per assessment ever
        // written); a process that was waiting on the removed file sees that it is no longer
        // in place and locks the path afresh.
        if cfg!(unix) {
            let _ = std::fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
    }
}

/// A lock that many holders share or one holds alone, on a file that stays in place (so,
/// unlike [`FileLock`], it needs no check that the file locked is still the one named).
/// Released when dropped, or by the system when the holder dies.
#[derive(Debug)]
pub struct GateLock {
    file: File,
}

impl GateLock {
    fn open(path: &Path) -> Result<File> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(failed(FileAction::CreateFolder, folder))?;
        }
        Ok(OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(failed(FileAction::OpenLock, path))?)
    }

    /// Shares the lock, waiting while someone holds it alone.
    pub fn shared(path: &Path) -> Result<GateLock> {
        let file = Self::open(path)?;
        file.lock_shared().map_err(failed(FileAction::Lock, path))?;
        Ok(GateLock { file })
    }

    /// Shares the lock, or returns `None` at once when someone holds it alone.
    pub fn try_shared(path: &Path) -> Result<Option<GateLock>> {
        let file = Self::open(path)?;
        match file.try_lock_shared() {
            Ok(()) => Ok(Some(GateLock { file })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(error)) => {
                Err(failed(FileAction::Lock, path)(error).into())
            }
        }
    }

    /// Holds the lock alone, waiting until no one else holds it.
    pub fn exclusive(path: &Path) -> Result<GateLock> {
        let file = Self::open(path)?;
        file.lock().map_err(failed(FileAction::Lock, path))?;
        Ok(GateLock { file })
    }
}

impl Drop for GateLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// True when `path` still names the very file that was locked: the holder before may have
/// removed it on release, and a lock on a removed file protects nothing.
fn still_in_place(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::metadata(path)) {
            (Ok(locked), Ok(named)) => locked.dev() == named.dev() && locked.ino() == named.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_atomic_replaces_content_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("a.yaml");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.yaml")]);
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_readable_by_others_and_replaced_files_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        write_atomic(&path, b"one").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o644);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(mode(&path), 0o600);
    }

    #[test]
    fn temporary_files_of_killed_writers_are_removed_once_stale() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".rijp-killed.tmp");
        let fresh = dir.path().join(".rijp-writing.tmp");
        let other = dir.path().join(".notes.tmp");
        for path in [&stale, &fresh, &other] {
            std::fs::write(path, "half").unwrap();
        }
        let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        for path in [&stale, &other] {
            File::options()
                .write(true)
                .open(path)
                .unwrap()
                .set_modified(two_hours_ago)
                .unwrap();
        }
        write_atomic(&dir.path().join("a.yaml"), b"one").unwrap();
        assert!(!stale.exists());
        assert!(fresh.exists(), "a live writer's file is left alone");
        assert!(other.exists(), "files that are not rijp's are left alone");
    }

    #[test]
    fn second_lock_on_same_file_is_refused_until_released() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let first = FileLock::try_acquire(&path).unwrap();
        assert!(first.is_some());
        assert!(FileLock::try_acquire(&path).unwrap().is_none());
        drop(first);
        assert!(FileLock::try_acquire(&path).unwrap().is_some());
    }

    #[cfg(unix)]
    #[test]
    fn a_gate_is_shared_by_many_or_held_by_one() {
        let dir = tempfile::tempdir().unwrap();
        let gate = dir.path().join("locks").join("gate.lock");
        let first = GateLock::shared(&gate).unwrap();
        let second = GateLock::try_shared(&gate).unwrap();
        assert!(second.is_some(), "shared by two");
        let (sender, receiver) = std::sync::mpsc::channel();
        let waiter = std::thread::spawn({
            let gate = gate.clone();
            move || {
                let alone = GateLock::exclusive(&gate).unwrap();
                sender.send(()).unwrap();
                drop(alone);
            }
        });
        std::thread::sleep(std::time::Duration::from_millis(50));
        assert!(
            receiver.try_recv().is_err(),
            "held alone only once all let go"
        );
        drop((first, second));
        receiver.recv().unwrap();
        waiter.join().unwrap();
        assert!(gate.exists(), "the gate stays in place");
    }

    #[test]
    fn released_locks_leave_no_file_and_waiters_still_exclude_each_other() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.yaml");
        let counter = dir.path().join("counter");
        std::fs::write(&counter, "0").unwrap();
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let (target, counter) = (target.clone(), counter.clone());
                std::thread::spawn(move || {
                    for _ in 0..50 {
                        let _lock = FileLock::acquire(&target).unwrap();
                        // A read-modify-write that loses counts unless the lock excludes.
                        let n: u32 = std::fs::read_to_string(&counter).unwrap().parse().unwrap();
                        std::fs::write(&counter, (n + 1).to_string()).unwrap();
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        assert_eq!(std::fs::read_to_string(&counter).unwrap(), "200");
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|name| name.ends_with(".lock"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }
}
