//! rijp must never lose an answer it has acknowledged: not when it is killed mid-write, not
//! when two processes write the same assessment, not when the disk refuses a write.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rijp::model::assessment::{Answer, Answers, Assessment};
use rijp::model::ids::AssessmentKey;
use rijp::model::questionnaire::Questionnaire;
use rijp::store::workspace::Workspace;

const ORGANISATION: &str = "gemeente-aldersum-fictief";
const ROUND: &str = "2025";

fn demo_workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    rijp::ingest::demo::write_demo(
        &Workspace::at(dir.path()),
        &Questionnaire::bundled().unwrap(),
    )
    .unwrap();
    dir
}

fn recorder(workspace: &Path, respondent: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_rijp"))
        .args(["record", "--organisation", ORGANISATION, "--round", ROUND])
        .args(["--respondent", respondent])
        .arg("--workspace")
        .arg(workspace)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Reads the child's acknowledgements on a thread, so they can be awaited with a timeout.
fn acknowledgements(child: &mut Child) -> mpsc::Receiver<String> {
    let stdout = child.stdout.take().unwrap();
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if send.send(line).is_err() {
                break;
            }
        }
    });
    receive
}

fn assessment_path(workspace: &Path, respondent: &str) -> PathBuf {
    Workspace::at(workspace).assessment_path(&AssessmentKey::new(ROUND, ORGANISATION, respondent))
}

fn answers_on_disk(path: &Path) -> Option<Answers> {
    path.exists().then(|| {
        rijp::model::yaml::read::<Assessment>(path)
            .unwrap_or_else(|error| panic!("a file does not parse after a kill: {error}"))
            .answers
    })
}

#[test]
fn killing_the_writer_at_random_moments_never_loses_an_acknowledged_answer() {
    let dir = demo_workspace();
    let respondent = "Kim Krachtig";
    let path = assessment_path(dir.path(), respondent);
    let items: Vec<String> = Questionnaire::bundled()
        .unwrap()
        .items()
        .map(|item| item.id.clone())
        .collect();
    let mut rng = ChaCha8Rng::seed_from_u64(6);
    let mut state: Option<Answers> = None;
    let (mut kills, mut kills_mid_stream) = (0, 0);

    for round in 0..300 {
        let lines: Vec<(String, Answer)> = (0..60)
            .map(|_| {
                let item = items[rng.random_range(0..items.len())].clone();
                let answer = match rng.random_range(0..6u8) {
                    0 => Answer::DontKnow,
                    value => Answer::Value(value),
                };
                (item, answer)
            })
            .collect();
        let mut child = recorder(dir.path(), respondent);
        let acks = acknowledgements(&mut child);
        let mut stdin = child.stdin.take().unwrap();
        let text: String = lines
            .iter()
            .map(|(item, answer)| format!("{item} {answer}\n"))
            .collect();
        // The child may already be gone (killed in an earlier write); that is fine.
        let _ = stdin.write_all(text.as_bytes());

        // Half of the kills come at a random moment after the start (during start-up, loading
        // or writing), half a random moment after the first answer was saved.
        let mut acknowledged = Vec::new();
        if round % 2 == 0 {
            std::thread::sleep(Duration::from_micros(rng.random_range(0..40_000)));
        } else {
            acknowledged.extend(acks.recv_timeout(Duration::from_secs(10)));
            std::thread::sleep(Duration::from_micros(rng.random_range(0..8_000)));
        }
        let finished = child.try_wait().unwrap().is_some();
        child.kill().unwrap();
        child.wait().unwrap();
        drop(stdin);
        kills += usize::from(!finished);

        // Everything acknowledged before the kill, in order.
        while let Ok(line) = acks.recv_timeout(Duration::from_secs(5)) {
            acknowledged.push(line);
        }
        let count = acknowledged.len();
        for (ack, (item, answer)) in acknowledged.iter().zip(&lines) {
            assert_eq!(ack, &format!("saved {item} {answer}"));
        }
        if count > 0 && count < lines.len() {
            kills_mid_stream += 1;
        }

        // The file holds the state after the acknowledged answers, or after one more whose
        // acknowledgement the kill cut off.
        let apply = |n: usize| {
            let mut answers = state.clone().unwrap_or_default();
            for (item, answer) in &lines[..n] {
                answers.insert(item.clone(), *answer);
            }
            answers
        };
        let on_disk = answers_on_disk(&path);
        let expected_now = apply(count);
        let one_more = (count < lines.len()).then(|| apply(count + 1));
        match &on_disk {
            None => assert!(
                count == 0 && state.is_none(),
                "round {round}: {count} answers were acknowledged but there is no file"
            ),
            Some(answers) => assert!(
                *answers == expected_now || Some(answers) == one_more.as_ref(),
                "round {round}: the file does not hold the {count} acknowledged answers"
            ),
        }
        state = on_disk;
    }
    assert!(kills >= 250, "only {kills} of 300 runs were killed");
    assert!(
        kills_mid_stream >= 50,
        "only {kills_mid_stream} kills came between two saved answers"
    );
    let data = Workspace::at(dir.path()).load().unwrap();
    assert!(data.problems.is_empty(), "{:?}", data.problems);
    println!("{kills} kills, {kills_mid_stream} between two saved answers");
}

#[test]
fn a_second_writer_of_the_same_assessment_is_refused_or_waits_and_nothing_is_lost() {
    let dir = demo_workspace();
    let respondent = "Noor Naast";
    let mut first = recorder(dir.path(), respondent);
    let acks = acknowledgements(&mut first);
    let mut stdin = first.stdin.take().unwrap();
    stdin.write_all(b"cx13 4\n").unwrap();
    assert_eq!(
        acks.recv_timeout(Duration::from_secs(20)).unwrap(),
        "saved cx13 4"
    );

    // A second recorder of the same answers is refused at once, with a reason.
    let second = recorder(dir.path(), respondent);
    let output = second.wait_with_output().unwrap();
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("worden al door een andere rijp geschreven"),
        "{message}"
    );

    // Another respondent of the same organisation is not held up.
    let mut other = recorder(dir.path(), "Iemand Anders");
    other.stdin.take().unwrap().write_all(b"cx13 2\n").unwrap();
    let output = other.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");

    // An import of the same respondent waits until the first writer is done, then adds its
    // answer to the file as it is then: the first writer's answers stay.
    let csv = dir.path().join("import.csv");
    std::fs::write(
        &csv,
        format!("organisation,respondent,round,item,answer\n{ORGANISATION},{respondent},{ROUND},cx03,5\n"),
    )
    .unwrap();
    let mut import = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .arg("import")
        .arg(&csv)
        .arg("--workspace")
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    assert!(
        import.try_wait().unwrap().is_none(),
        "the import did not wait"
    );
    stdin.write_all(b"cx05 1\n").unwrap();
    assert_eq!(
        acks.recv_timeout(Duration::from_secs(20)).unwrap(),
        "saved cx05 1"
    );
    drop(stdin);
    assert!(first.wait().unwrap().success());
    let output = import.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");

    let answers = answers_on_disk(&assessment_path(dir.path(), respondent)).unwrap();
    assert_eq!(answers.get("cx13"), Some(&Answer::Value(4)));
    assert_eq!(answers.get("cx05"), Some(&Answer::Value(1)));
    assert_eq!(answers.get("cx03"), Some(&Answer::Value(5)));
}

/// Runs the recorder for an existing respondent with one answer; returns (success, stderr).
fn record_one(workspace: &Path, respondent: &str, shell_prefix: &str) -> (bool, String) {
    let command = format!(
        "{shell_prefix} exec \"$0\" record --organisation {ORGANISATION} --round {ROUND} --respondent \"$1\" --workspace \"$2\""
    );
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .arg(env!("CARGO_BIN_EXE_rijp"))
        .arg(respondent)
        .arg(workspace)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"cx13 1\n").unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn snapshot(folder: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect()
}

#[test]
fn a_full_disk_gives_a_clear_message_and_leaves_the_previous_file_intact() {
    let dir = demo_workspace();
    let respondent = "Anouk de Vries";
    let folder = assessment_path(dir.path(), respondent)
        .parent()
        .unwrap()
        .to_path_buf();
    let before = snapshot(&folder);
    // Files may grow to at most 1 block here: every write of an assessment fails the way it
    // does on a full disk (the size-limit signal is ignored, so the write returns an error).
    let (success, message) = record_one(dir.path(), respondent, "trap '' XFSZ; ulimit -f 1;");
    assert!(!success, "the write should have failed");
    assert!(message.contains("niet schrijven"), "{message}");
    assert!(
        message.contains("anouk-de-vries.yaml"),
        "the message names the file: {message}"
    );
    assert_eq!(
        snapshot(&folder),
        before,
        "files changed or a temporary file was left"
    );
}

#[test]
fn a_read_only_workspace_gives_a_clear_message_and_leaves_the_previous_file_intact() {
    let dir = demo_workspace();
    let respondent = "Anouk de Vries";
    let folder = assessment_path(dir.path(), respondent)
        .parent()
        .unwrap()
        .to_path_buf();
    let before = snapshot(&folder);
    let read_only = |mode: u32| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    read_only(0o555);
    let probe = folder.join("probe");
    let chmod_blocks_writes = std::fs::write(&probe, b"x").is_err();
    let _ = std::fs::remove_file(&probe);
    if chmod_blocks_writes {
        let (success, message) = record_one(dir.path(), respondent, "");
        read_only(0o755);
        assert!(!success, "the write should have failed");
        assert!(
            message.contains("kan niet schrijven in de map"),
            "the message says what failed: {message}"
        );
        assert_eq!(snapshot(&folder), before);
    } else {
        read_only(0o755);
        println!(
            "running with the rights to write in read-only folders (as root): checking a folder that cannot be created instead"
        );
    }
    // The same guarantee where no rights help: the round's folder is blocked by a file.
    let round_folder = dir.path().join("assessments").join("2026");
    std::fs::write(&round_folder, b"not a folder").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .args(["record", "--organisation", ORGANISATION, "--round", "2026"])
        .args(["--respondent", respondent, "--workspace"])
        .arg(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"cx13 1\n").unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("niet maken"), "{message}");
    assert_eq!(std::fs::read(&round_folder).unwrap(), b"not a folder");
    assert_eq!(snapshot(&folder), before);
}
