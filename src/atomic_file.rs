//! Atomic writes and per-file locks for user data.
//!
//! Every write of user data goes through [`write_atomic`]: the content is written to a
//! temporary file in the same folder, flushed to disk and renamed over the target, so a crash
//! or a full disk leaves either the old file or the new one, never half of one.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// Writes `bytes` to `path` atomically, creating the parent folder when needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let folder = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)
        .with_context(|| format!("cannot create folder {}", folder.display()))?;
    let mut temp = tempfile::Builder::new()
        .prefix(".rijp-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .with_context(|| format!("cannot write in folder {}", folder.display()))?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .with_context(|| format!("cannot write {}", path.display()))?;
    temp.persist(path)
        .map_err(|error| error.error)
        .with_context(|| format!("cannot replace {}", path.display()))?;
    // The rename is durable only once the folder entry is on disk too.
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    Ok(())
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
            std::fs::create_dir_all(folder)
                .with_context(|| format!("cannot create folder {}", folder.display()))?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("cannot open lock file {}", path.display()))?;
        Ok((file, path))
    }

    /// Takes the lock, waiting for another process to release it.
    pub fn acquire(target: &Path) -> Result<Self> {
        let (file, path) = Self::open(target)?;
        file.lock()
            .with_context(|| format!("cannot lock {}", path.display()))?;
        Ok(Self { file, path })
    }

    /// Takes the lock, or returns `None` when another process holds it.
    pub fn try_acquire(target: &Path) -> Result<Option<Self>> {
        let (file, path) = Self::open(target)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(Self { file, path })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(error)) => {
                Err(error).with_context(|| format!("cannot lock {}", path.display()))
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
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
}
