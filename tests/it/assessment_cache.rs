//! A large workspace keeps its parsed assessment files in a cache; the cache must never make a
//! load differ from parsing every file afresh.

use std::path::Path;

use rijp::ingest::demo;
use rijp::model::assessment::Answer;
use rijp::model::questionnaire::Questionnaire;
use rijp::store::workspace::{
    CACHE, CACHE_FROM_FILES, JOURNAL, SNAPSHOT, Workspace, WorkspaceData,
};

pub(crate) fn large_workspace(dir: &Path) -> Workspace {
    let workspace = Workspace::at(dir);
    let questionnaire = Questionnaire::bundled().unwrap();
    let written = demo::write_synthetic(&workspace, &questionnaire, 15, 16, 3).unwrap();
    assert!(written >= CACHE_FROM_FILES, "{written} assessments");
    workspace
}

pub(crate) fn cache_file(dir: &Path) -> std::path::PathBuf {
    dir.join(CACHE).join(SNAPSHOT)
}

pub(crate) fn answers_of(data: &WorkspaceData) -> Vec<(String, String)> {
    data.assessments
        .iter()
        .map(|stored| {
            (
                stored.path.display().to_string(),
                format!("{:?}", stored.assessment),
            )
        })
        .collect()
}

#[test]
fn a_cached_load_equals_a_fresh_one_and_sees_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = large_workspace(dir.path());
    std::fs::remove_dir_all(dir.path().join(CACHE)).unwrap();
    let (fresh, stats) = workspace.load_counted().unwrap();
    assert_eq!(stats.parsed, fresh.assessments.len());
    assert!(
        cache_file(dir.path()).exists(),
        "the first load writes the cache"
    );
    let cached = workspace.load().unwrap();
    assert_eq!(answers_of(&fresh), answers_of(&cached));

    // Change one answer by hand, keeping the file's length: the load must see it.
    let stored = &fresh.assessments[7];
    let text = std::fs::read_to_string(&stored.path).unwrap();
    let (item, old) = stored
        .assessment
        .answers
        .iter()
        .find_map(|(item, answer)| match answer {
            Answer::Value(value) if *value < 5 => Some((item.to_string(), *value)),
            _ => None,
        })
        .unwrap();
    let edited = text.replace(
        &format!("  {item}: {old}\n"),
        &format!("  {item}: {}\n", old + 1),
    );
    assert_ne!(edited, text);
    assert_eq!(edited.len(), text.len());
    std::fs::write(&stored.path, edited).unwrap();
    let after = workspace.load().unwrap();
    let changed = after
        .assessments
        .iter()
        .find(|a| a.path == stored.path)
        .unwrap();
    assert_eq!(changed.assessment.answers[&item], Answer::Value(old + 1));

    // A file damaged by hand is reported, even though the cache knew its earlier content.
    std::fs::write(&stored.path, "answers: [unclosed\n").unwrap();
    let damaged = workspace.load().unwrap();
    assert!(damaged.problems.iter().any(|p| p.file == stored.path));
    assert_eq!(damaged.assessments.len(), fresh.assessments.len() - 1);
}

#[test]
fn a_damaged_or_foreign_cache_is_ignored_and_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = large_workspace(dir.path());
    let fresh = workspace.load().unwrap();
    let written = std::fs::read(cache_file(dir.path())).unwrap();
    let mut flipped = written.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x10;
    let mut other_format = written.clone();
    other_format[8] = other_format[8].wrapping_add(1);
    for junk in [
        &b"{\"format\": 1, \"rijp\": \"0.0.0-other\", \"entries\": []}"[..],
        b"\0\0\0 not a cache",
        b"",
        &flipped,
        &other_format,
        &written[..written.len() - 1],
    ] {
        std::fs::write(cache_file(dir.path()), junk).unwrap();
        std::fs::write(dir.path().join(CACHE).join(JOURNAL), junk).unwrap();
        let loaded = workspace.load().unwrap();
        assert_eq!(answers_of(&loaded), answers_of(&fresh));
        assert!(loaded.problems.is_empty());
        assert_ne!(std::fs::read(cache_file(dir.path())).unwrap(), junk);
    }
}

#[test]
fn a_small_workspace_gets_no_cache_folder() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path());
    demo::write_demo(&workspace, &Questionnaire::bundled().unwrap()).unwrap();
    workspace.load().unwrap();
    assert!(!dir.path().join(CACHE).exists());
}
