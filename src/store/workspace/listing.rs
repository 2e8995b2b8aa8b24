//! Finding a workspace's YAML files: folder by folder in parallel, each folder's names sorted
//! on their own, so the whole list comes out in path order without comparing ten thousand
//! full paths part by part.

use std::ffi::OsString;
use std::fs::{DirEntry, FileType};
use std::path::{Path, PathBuf};

use anyhow::Result;
use rayon::prelude::*;

use super::cache::FileStamp;
use crate::store::atomic_file::{FileAction, failed};

/// A YAML file found below a workspace folder.
#[derive(Debug)]
pub struct Listed {
    pub path: PathBuf,
    /// Relative to the workspace, with `/` between parts; `None` when a part is not UTF-8.
    pub name: Option<String>,
    /// The metadata that tells whether the content changed, read while listing when asked
    /// for: looked up by name in the open folder, which is quicker than by the whole path.
    /// Only regular files are listed, so it is the file's own, not a link's.
    pub stamp: Option<FileStamp>,
}

/// The YAML files in `root`/`folder` and its subfolders, at most `depth` levels deep, in path
/// order; a missing folder has none. With `with_metadata`, each file's metadata is read too.
pub fn list_yaml_files(
    root: &Path,
    folder: &str,
    depth: usize,
    with_metadata: bool,
) -> Result<Vec<Listed>> {
    list_in(&root.join(folder), Some(folder), depth, with_metadata)
}

fn list_in(
    folder: &Path,
    name: Option<&str>,
    depth: usize,
    with_metadata: bool,
) -> Result<Vec<Listed>> {
    let reading = match std::fs::read_dir(folder) {
        Ok(reading) => reading,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(failed(FileAction::ReadFolder, folder)(error).into()),
    };
    let mut entries: Vec<(OsString, DirEntry, FileType)> = Vec::new();
    for entry in reading {
        let entry = entry.map_err(failed(FileAction::ReadFolder, folder))?;
        let kind = entry
            .file_type()
            .map_err(failed(FileAction::ReadFolder, folder))?;
        entries.push((entry.file_name(), entry, kind));
    }
    // Sorting each folder's names and listing subfolders in place gives the order of sorting
    // the full paths.
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let child_name = |file_name: &OsString| {
        name.zip(file_name.to_str())
            .map(|(parent, child)| format!("{parent}/{child}"))
    };
    let descend = depth > 1 && entries.iter().any(|(_, _, kind)| kind.is_dir());
    if !descend {
        // A folder of files: the folders around it are listed in parallel already.
        let mut files = Vec::with_capacity(entries.len());
        for (file_name, entry, kind) in &entries {
            if let Some(file) = listed_file(entry, *kind, child_name(file_name), with_metadata) {
                files.push(file);
            }
        }
        return Ok(files);
    }
    let found: Vec<Vec<Listed>> = entries
        .par_iter()
        .map(|(file_name, entry, kind)| -> Result<Vec<Listed>> {
            if kind.is_dir() {
                list_in(
                    &entry.path(),
                    child_name(file_name).as_deref(),
                    depth - 1,
                    with_metadata,
                )
            } else {
                let file = listed_file(entry, *kind, child_name(file_name), with_metadata);
                Ok(file.into_iter().collect())
            }
        })
        .collect::<Result<_>>()?;
    let mut all = Vec::with_capacity(found.iter().map(Vec::len).sum());
    for files in found {
        all.extend(files);
    }
    Ok(all)
}

/// The entry as a listed file, when it is a YAML file.
fn listed_file(
    entry: &DirEntry,
    kind: FileType,
    name: Option<String>,
    with_metadata: bool,
) -> Option<Listed> {
    let path = entry.path();
    if !kind.is_file() || !is_yaml(&path) {
        return None;
    }
    let stamp = if with_metadata {
        entry
            .metadata()
            .ok()
            .map(|metadata| FileStamp::of(&metadata))
    } else {
        None
    };
    Some(Listed { path, name, stamp })
}

/// A visible file ending in `.yaml` or `.yml`.
pub fn is_yaml(path: &Path) -> bool {
    let visible = path
        .file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| !name.starts_with('.'));
    visible
        && path
            .extension()
            .is_some_and(|ext| ext == "yaml" || ext == "yml")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_come_in_path_order_with_their_names_and_metadata() {
        let root = tempfile::tempdir().unwrap();
        for file in [
            "a/x-y/2.yaml",
            "a/x/1.yaml",
            "a/x.yaml",
            "a/x/.hidden.yaml",
            "a/x/notes.txt",
            "a/b/c/d/too-deep.yaml",
        ] {
            let path = root.path().join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, "x: 1\n").unwrap();
        }
        let listed = list_yaml_files(root.path(), "a", 3, true).unwrap();
        let names: Vec<&str> = listed.iter().filter_map(|l| l.name.as_deref()).collect();
        let mut by_path: Vec<PathBuf> = listed.iter().map(|l| l.path.clone()).collect();
        by_path.sort();
        assert_eq!(names, ["a/x/1.yaml", "a/x-y/2.yaml", "a/x.yaml"]);
        assert_eq!(
            listed.iter().map(|l| l.path.clone()).collect::<Vec<_>>(),
            by_path
        );
        assert!(listed.iter().all(|l| l.stamp.unwrap().size == 5));
        assert!(
            list_yaml_files(root.path(), "missing", 3, true)
                .unwrap()
                .is_empty()
        );
    }
}
