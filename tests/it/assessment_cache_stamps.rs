//! The cache trusts a file's metadata only where metadata can be trusted: unchanged files are
//! not read at all, a file changed within the file system's time granularity is still seen,
//! saves keep the cache current, and a workspace where no cache can be written still loads.

use std::path::Path;
use std::time::{Duration, SystemTime};

use rijp::model::assessment::{Answer, Role};
use rijp::model::questionnaire::Questionnaire;
use rijp::store::record::{Respondent, record_answers};
use rijp::store::workspace::{CACHE, LoadStats, StoredAssessment, WorkspaceData};

use crate::assessment_cache::{answers_of, large_workspace};

fn set_modified(path: &Path, time: SystemTime) {
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(time)
        .unwrap();
}

/// Sets every assessment file's time an hour back, as if written long ago.
fn age_files(data: &WorkspaceData) {
    let long_ago = SystemTime::now() - Duration::from_secs(3600);
    for stored in &data.assessments {
        set_modified(&stored.path, long_ago);
    }
}

/// An answer below the top of the scale, to change by hand.
fn some_answer(stored: &StoredAssessment) -> (String, u8) {
    stored
        .assessment
        .answers
        .iter()
        .find_map(|(item, answer)| match answer {
            Answer::Value(value) if *value < 5 => Some((item.to_string(), *value)),
            _ => None,
        })
        .unwrap()
}

fn answer_in(data: &WorkspaceData, path: &Path, item: &str) -> Answer {
    data.assessments
        .iter()
        .find(|stored| stored.path == path)
        .unwrap()
        .assessment
        .answers[item]
}

#[test]
fn a_later_load_reads_no_unchanged_file() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = large_workspace(dir.path());
    let (first, _) = workspace.load_counted().unwrap();
    age_files(&first);
    // The changed times make every file worth a look once: read, but not parsed.
    let (_, looked) = workspace.load_counted().unwrap();
    assert_eq!(looked.parsed, 0);
    let (later, stats) = workspace.load_counted().unwrap();
    assert_eq!(
        stats,
        LoadStats {
            reused: first.assessments.len(),
            verified: 0,
            parsed: 0
        }
    );
    assert_eq!(answers_of(&later), answers_of(&first));
}

#[test]
fn a_file_changed_with_the_same_size_and_time_is_still_seen() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = large_workspace(dir.path());
    let data = workspace.load().unwrap();
    let stored = &data.assessments[3];
    let (item, old) = some_answer(stored);
    let text = std::fs::read_to_string(&stored.path).unwrap();
    let edited = text.replace(
        &format!("  {item}: {old}\n"),
        &format!("  {item}: {}\n", old + 1),
    );
    assert_eq!(edited.len(), text.len());

    // Edited by hand just before a load: the cache made by that load records a time that a
    // second edit within the same clock tick would leave unchanged.
    std::fs::write(&stored.path, &edited).unwrap();
    let modified = std::fs::metadata(&stored.path).unwrap().modified().unwrap();
    let seen = workspace.load().unwrap();
    assert_eq!(
        answer_in(&seen, &stored.path, &item),
        Answer::Value(old + 1)
    );

    // Changed back behind rijp's back: same size, and the time set back to what it was.
    std::fs::write(&stored.path, &text).unwrap();
    set_modified(&stored.path, modified);
    let metadata = std::fs::metadata(&stored.path).unwrap();
    assert_eq!(metadata.modified().unwrap(), modified);
    assert_eq!(metadata.len() as usize, edited.len());
    let (after, stats) = workspace.load_counted().unwrap();
    assert_eq!(answer_in(&after, &stored.path, &item), Answer::Value(old));
    assert!(stats.parsed >= 1, "{stats:?}");
}

#[test]
fn a_generated_workspace_loads_from_the_cache_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = large_workspace(dir.path());
    let (data, stats) = workspace.load_counted().unwrap();
    assert_eq!(stats.parsed, 0, "{stats:?}");
    assert_eq!(stats.reused + stats.verified, data.assessments.len());
}

#[test]
fn after_saves_through_the_store_the_next_load_parses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = large_workspace(dir.path());
    let questionnaire = Questionnaire::bundled().unwrap();
    let data = workspace.load().unwrap();

    // A save, an update under the lock and answers recorded one by one.
    let mut saved = data.assessments[5].assessment.clone();
    let (item, old) = some_answer(&data.assessments[5]);
    saved.answers.insert(item.clone(), Answer::Value(old + 1));
    let saved_path = workspace.save_assessment(&saved).unwrap();
    let other = &data.assessments[9].assessment;
    let updated_path = workspace
        .update_assessment(&other.key(), |a| {
            let mut a = a.unwrap();
            a.answers.insert(item.clone(), Answer::NotApplicable);
            a
        })
        .unwrap();
    let respondent = Respondent {
        organisation: other.organisation.clone(),
        name: "Nieuwe respondent".to_string(),
        round: other.round.clone(),
        role: Role::Staff,
    };
    let answers = format!("{item} 2\n");
    record_answers(
        &workspace,
        &questionnaire,
        &respondent,
        answers.as_bytes(),
        &mut Vec::new(),
    )
    .unwrap();

    let (after, stats) = workspace.load_counted().unwrap();
    assert_eq!(stats.parsed, 0, "{stats:?}");
    assert_eq!(after.assessments.len(), data.assessments.len() + 1);
    assert_eq!(
        answer_in(&after, &saved_path, &item),
        Answer::Value(old + 1)
    );
    assert_eq!(
        answer_in(&after, &updated_path, &item),
        Answer::NotApplicable
    );

    // The same as parsing every file afresh.
    std::fs::remove_dir_all(dir.path().join(CACHE)).unwrap();
    let (fresh, stats) = workspace.load_counted().unwrap();
    assert_eq!(stats.parsed, fresh.assessments.len());
    assert_eq!(answers_of(&after), answers_of(&fresh));
}

#[test]
fn a_workspace_where_no_cache_can_be_written_loads() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = large_workspace(dir.path());
    let expected = answers_of(&workspace.load().unwrap());
    // No cache folder can be made where a file of that name stands, whoever runs the load;
    // and the folders are read-only besides.
    std::fs::remove_dir_all(dir.path().join(CACHE)).unwrap();
    std::fs::write(dir.path().join(CACHE), "not a folder").unwrap();
    set_read_only(dir.path(), true);
    let loaded = workspace.load_counted();
    let second = workspace.load_counted();
    set_read_only(dir.path(), false);

    let (data, stats) = loaded.unwrap();
    assert!(data.problems.is_empty());
    assert_eq!(answers_of(&data), expected);
    assert_eq!(stats.parsed, data.assessments.len());
    assert_eq!(answers_of(&second.unwrap().0), expected);
    assert_eq!(
        std::fs::read_to_string(dir.path().join(CACHE)).unwrap(),
        "not a folder"
    );
}

#[cfg(unix)]
fn set_read_only(root: &Path, read_only: bool) {
    use std::os::unix::fs::PermissionsExt;
    let mode = if read_only { 0o555 } else { 0o755 };
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                folders.push(entry.path());
            }
        }
        let permissions = std::fs::Permissions::from_mode(mode);
        std::fs::set_permissions(&folder, permissions).unwrap();
    }
}

#[cfg(not(unix))]
fn set_read_only(_root: &Path, _read_only: bool) {}

/// An import writes through the store in one batch: the first load after it is a cached
/// load that parses none of the files the import wrote.
#[test]
fn the_first_load_after_an_import_parses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = rijp::store::workspace::Workspace::at(dir.path().join("ws"));
    let mut csv = String::from("organisation,respondent,round,item,answer\n");
    for respondent in 0..240 {
        for item in ["cx13", "cx03", "oe03"] {
            csv.push_str(&format!("Gemeente Aa,R{respondent:03},2025,{item},4\n"));
        }
    }
    let file = dir.path().join("antwoorden.csv");
    std::fs::write(&file, csv).unwrap();
    std::fs::create_dir_all(workspace.root()).unwrap();
    let data = workspace.load().unwrap();
    rijp::ingest::import::import_long_csv(&workspace, &data, &file).unwrap();
    let (loaded, stats) = workspace.load_counted().unwrap();
    assert_eq!(loaded.assessments.len(), 240);
    assert_eq!(stats.parsed, 0, "{stats:?}");
}

/// A file changed by hand the moment an import has written it (same size, same second) is
/// read again by the next load, not taken from the cache.
#[test]
fn a_file_changed_at_once_after_an_import_is_seen() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = rijp::store::workspace::Workspace::at(dir.path().join("ws"));
    let mut csv = String::from("organisation,respondent,round,item,answer\n");
    for respondent in 0..240 {
        csv.push_str(&format!("Gemeente Aa,R{respondent:03},2025,cx13,4\n"));
    }
    let file = dir.path().join("antwoorden.csv");
    std::fs::write(&file, csv).unwrap();
    std::fs::create_dir_all(workspace.root()).unwrap();
    let data = workspace.load().unwrap();
    let summary = rijp::ingest::import::import_long_csv(&workspace, &data, &file).unwrap();
    let changed = summary
        .files
        .iter()
        .find(|path| path.ends_with("r007.yaml"))
        .unwrap();
    let text = std::fs::read_to_string(changed).unwrap();
    let edited = text.replace("cx13: 4\n", "cx13: 5\n");
    assert_ne!(edited, text);
    std::fs::write(changed, &edited).unwrap();
    let loaded = workspace.load().unwrap();
    assert_eq!(answer_in(&loaded, changed, "cx13"), Answer::Value(5));
}
