//! The real binary in a pseudo-terminal: answer, quit, continue, finish; and a kill in the
//! middle of the questionnaire. The screen is read through a terminal emulator, and every wait
//! has a generous timeout so a loaded machine does not make the tests flaky.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

use rijp::model::assessment::{Answer, Assessment};
use rijp::model::questionnaire::Questionnaire;

const TIMEOUT: Duration = Duration::from_secs(60);
const ROWS: u16 = 24;
const COLS: u16 = 80;

pub(super) struct Session {
    pub(super) child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Session {
    pub(super) fn start(workspace: &Path, config: &Path) -> Session {
        Session::start_with(workspace, config, &[])
    }

    fn start_with(workspace: &Path, config: &Path, env: &[(&str, &str)]) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_rijp"));
        command.arg("--workspace");
        command.arg(workspace);
        command.env("RIJP_CONFIG_DIR", config);
        command.env("TERM", "xterm-256color");
        command.env_remove("RIJP_WORKSPACE");
        command.env_remove("NO_COLOR");
        for (name, value) in env {
            command.env(name, value);
        }
        let child = pair.slave.spawn_command(command).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(ROWS).unwrap(),
            NonZeroU16::new(COLS).unwrap(),
            0,
        )));
        let feed = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            loop {
                match reader.read(&mut buffer) {
                    Ok(0) | Err(_) => break,
                    Ok(read) => feed.lock().unwrap().process(&buffer[..read]),
                }
            }
        });
        Session {
            child,
            master: pair.master,
            writer,
            screen,
        }
    }

    pub(super) fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    pub(super) fn wait_for(&mut self, text: &str) {
        let start = Instant::now();
        loop {
            if self.contents().contains(text) {
                return;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "rijp exited ({status:?}) before showing {text:?}:\n{}",
                    self.contents()
                );
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {text:?}; the screen shows:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub(super) fn resize(&mut self, cols: u16, rows: u16) {
        self.screen.lock().unwrap().set_size(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
        );
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    pub(super) fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    pub(super) fn wait_for_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "rijp did not exit:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// True once the terminal is back on the normal screen (waiting for the last output).
    pub(super) fn left_alternate_screen(&self) -> bool {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if !self.screen.lock().unwrap().screen().alternate_screen() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

pub(super) fn item_ids() -> Vec<String> {
    Questionnaire::bundled()
        .unwrap()
        .items()
        .map(|item| item.id.clone())
        .collect()
}

pub(super) fn assessment_files(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![root.join("assessments")];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml") {
                found.push(path);
            }
        }
    }
    found
}

pub(super) fn only_assessment(root: &Path) -> Assessment {
    let files = assessment_files(root);
    assert_eq!(files.len(), 1, "{files:?}");
    rijp::model::yaml::read(&files[0]).unwrap()
}

/// Creates an assessment from the empty workspace's home screen and waits for item 1.
pub(super) fn create_assessment(session: &mut Session) {
    session.wait_for("Welkom bij rijp");
    session.send("n");
    session.wait_for("Nieuwe meting");
    session.send("Gemeente Proef\tJan Jansen\r");
    session.wait_for("Vraag 1 van");
}

/// Types answers one by one, waiting for each to move on (it is saved before the redraw).
pub(super) fn answer(session: &mut Session, keys: &str, first_item: usize) {
    for (offset, key) in keys.chars().enumerate() {
        session.send(&key.to_string());
        session.wait_for(&format!("Vraag {} van", first_item + offset + 1));
    }
}

#[test]
fn answers_survive_quitting_and_the_questionnaire_continues_where_it_stopped() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("nieuwe-werkmap");
    let config = folder.path().join("config");
    let items = item_ids();

    let mut session = Session::start(&workspace, &config);
    create_assessment(&mut session);
    answer(&mut session, "42?5", 1);
    session.send("q");
    let status = session.wait_for_exit();
    assert!(status.success(), "{status:?}");
    assert!(
        session.left_alternate_screen(),
        "the alternate screen was not left"
    );

    let stored = only_assessment(&workspace);
    assert_eq!(stored.respondent, "Jan Jansen");
    assert!(!stored.complete);
    let mut expected: Vec<(String, Answer)> = vec![
        (items[0].clone(), Answer::Value(4)),
        (items[1].clone(), Answer::Value(2)),
        (items[2].clone(), Answer::DontKnow),
        (items[3].clone(), Answer::Value(5)),
    ];
    expected.sort_by(|a, b| a.0.cmp(&b.0));
    let stored: Vec<(String, Answer)> = stored
        .answers
        .iter()
        .map(|(item, answer)| (item.to_string(), *answer))
        .collect();
    assert_eq!(stored, expected);

    // Again: the unfinished assessment is listed, and continuing starts at item 5.
    let mut session = Session::start(&workspace, &config);
    session.wait_for("Jan Jansen");
    session.send("c");
    session.wait_for("Vraag 5 van");
    let rest: String = (4..items.len())
        .map(|index| char::from(b'1' + (index % 5) as u8))
        .collect();
    session.send(&rest);
    session.wait_for("Afronden");
    session.send("\r");
    session.wait_for("afgerond");
    session.send("q");
    let status = session.wait_for_exit();
    assert!(status.success(), "{status:?}");
    assert!(session.left_alternate_screen());

    let stored = only_assessment(&workspace);
    assert!(stored.complete);
    assert_eq!(stored.answers.len(), items.len());
    for (index, id) in items.iter().enumerate().skip(4) {
        let typed = u8::try_from(index % 5).unwrap() + 1;
        assert_eq!(stored.answers.get(id), Some(&Answer::Value(typed)), "{id}");
    }
    assert_eq!(stored.answers.get(&items[2]), Some(&Answer::DontKnow));
}

#[test]
fn a_killed_session_loses_nothing_typed_before_the_last_answer() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("ws");
    let config = folder.path().join("config");
    let items = item_ids();

    let mut session = Session::start(&workspace, &config);
    create_assessment(&mut session);
    answer(&mut session, "31", 1);
    session.send("c");
    session.wait_for("Opmerking bij deze vraag");
    session.send("na de storing\r");
    session.wait_for("na de storing");
    answer(&mut session, "5", 3);
    // SIGKILL: no chance to clean up.
    session.child.kill().unwrap();
    let status = session.wait_for_exit();
    assert!(!status.success());

    let stored = only_assessment(&workspace);
    assert_eq!(stored.answers.get(&items[0]), Some(&Answer::Value(3)));
    assert_eq!(stored.answers.get(&items[1]), Some(&Answer::Value(1)));
    assert_eq!(stored.answers.get(&items[2]), Some(&Answer::Value(5)));
    assert_eq!(stored.answers.len(), 3);
    assert_eq!(
        stored.comments.get(&items[2]).map(String::as_str),
        Some("na de storing")
    );
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("ws");
    let mut session = Session::start(&workspace, &folder.path().join("config"));
    session.wait_for("Welkom bij rijp");
    session.send("n");
    session.wait_for("Nieuwe meting");
    session.send("\u{3}");
    let status = session.wait_for_exit();
    assert!(status.success(), "{status:?}");
    assert!(session.left_alternate_screen());
}

#[test]
fn a_resize_redraws_and_a_too_small_terminal_gets_a_message() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("ws");
    let mut session = Session::start(&workspace, &folder.path().join("config"));
    session.wait_for("Welkom bij rijp");
    session.resize(50, 15);
    session.wait_for("60×20");
    session.resize(100, 30);
    session.wait_for("Welkom bij rijp");
    session.send("q");
    assert!(session.wait_for_exit().success());
}

#[test]
fn no_color_means_no_colour() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("ws");
    let config = folder.path().join("config");
    let coloured = |session: &Session| {
        let parser = session.screen.lock().unwrap();
        let screen = parser.screen();
        (0..ROWS).any(|row| {
            (0..COLS).any(|col| {
                screen.cell(row, col).is_some_and(|cell| {
                    cell.fgcolor() != vt100::Color::Default
                        || cell.bgcolor() != vt100::Color::Default
                })
            })
        })
    };
    let mut plain = Session::start_with(&workspace, &config, &[("NO_COLOR", "1")]);
    plain.wait_for("Welkom bij rijp");
    assert!(!coloured(&plain));
    plain.send("q");
    assert!(plain.wait_for_exit().success());

    let mut colour = Session::start(&workspace, &config);
    colour.wait_for("Welkom bij rijp");
    colour.wait_for("in English");
    assert!(
        coloured(&colour),
        "the same screen without NO_COLOR has colour"
    );
    colour.send("q");
    assert!(colour.wait_for_exit().success());
}
