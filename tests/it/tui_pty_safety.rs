//! The real binary in a pseudo-terminal, for what keeps answers right: a name already in use,
//! Enter on an unanswered statement, two windows on one questionnaire, keys on a screen too
//! small to show, and Ctrl-C while typing a comment. Every test reads the files on disk.

use std::path::Path;

use rijp::model::assessment::{Answer, Assessment};

use super::tui_pty::{
    Session, answer, assessment_files, create_assessment, item_ids, only_assessment,
};

fn read(path: &Path) -> Assessment {
    rijp::model::yaml::read(path).unwrap()
}

fn quit(session: &mut Session) {
    session.send("q");
    let status = session.wait_for_exit();
    assert!(status.success(), "{status:?}");
    assert!(session.left_alternate_screen());
}

#[test]
fn a_name_in_use_is_continued_or_made_a_separate_respondent_never_silently_shared() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("ws");
    let config = folder.path().join("config");
    let items = item_ids();

    let mut session = Session::start(&workspace, &config);
    create_assessment(&mut session);
    answer(&mut session, "4", 1);
    // Esc, then wait for the home screen: an Esc directly followed by a key reads as Alt.
    session.send("\u{1b}");
    session.wait_for("Nog niet afgeronde");

    // The same name again: asked, and "s" makes a separate respondent.
    session.send("n");
    session.wait_for("Nieuwe meting");
    session.send("Jan Jansen\r");
    session.wait_for("Deze naam is al in gebruik");
    session.wait_for("1 beantwoord van");
    session.send("s");
    session.wait_for("Jan Jansen (2)");
    session.wait_for("Vraag 1 van");
    answer(&mut session, "2", 1);
    session.send("\u{1b}");
    session.wait_for("Nog niet afgeronde");

    // Once more: Enter continues the first Jan Jansen where he stopped.
    session.send("n");
    session.wait_for("Nieuwe meting");
    session.send("Jan Jansen\r");
    session.wait_for("Deze naam is al in gebruik");
    session.send("\r");
    session.wait_for("Vraag 2 van");
    answer(&mut session, "5", 2);
    quit(&mut session);

    let files = assessment_files(&workspace);
    assert_eq!(files.len(), 2, "{files:?}");
    let mut both: Vec<Assessment> = files.iter().map(|path| read(path)).collect();
    both.sort_by(|a, b| a.respondent.cmp(&b.respondent));
    let (first, second) = (&both[0], &both[1]);
    assert_eq!(first.respondent, "Jan Jansen");
    assert_eq!(first.answers.get(&items[0]), Some(&Answer::Value(4)));
    assert_eq!(first.answers.get(&items[1]), Some(&Answer::Value(5)));
    assert_eq!(first.answers.len(), 2);
    assert_eq!(second.respondent, "Jan Jansen (2)");
    assert_eq!(second.answers.get(&items[0]), Some(&Answer::Value(2)));
    assert_eq!(second.answers.len(), 1);
}

#[test]
fn enter_on_an_unanswered_statement_records_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("ws");
    let mut session = Session::start(&workspace, &folder.path().join("config"));
    create_assessment(&mut session);
    session.send("\r");
    session.wait_for("Nog geen antwoord");
    quit(&mut session);
    let stored = only_assessment(&workspace);
    assert!(stored.answers.is_empty(), "{:?}", stored.answers);
}

#[test]
fn a_questionnaire_open_elsewhere_is_only_shown_and_a_killed_holder_blocks_nobody() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("ws");
    let config = folder.path().join("config");
    let items = item_ids();

    let mut first = Session::start(&workspace, &config);
    create_assessment(&mut first);
    answer(&mut first, "4", 1);

    let mut second = Session::start(&workspace, &config);
    second.wait_for("Jan Jansen");
    second.send("c");
    second.wait_for("Elders geopend");
    second.send("\r");
    second.wait_for("alleen bekijken");
    second.send("5");
    second.wait_for("hier wordt niets bewaard");
    quit(&mut second);
    let stored = only_assessment(&workspace);
    assert_eq!(stored.answers.len(), 1, "{:?}", stored.answers);
    assert_eq!(stored.answers.get(&items[0]), Some(&Answer::Value(4)));

    // SIGKILL: the holder cannot clean up, and still blocks nobody.
    first.child.kill().unwrap();
    assert!(!first.wait_for_exit().success());
    let mut third = Session::start(&workspace, &config);
    third.wait_for("Jan Jansen");
    third.send("c");
    third.wait_for("Vraag 2 van");
    assert!(!third.contents().contains("Elders geopend"));
    answer(&mut third, "2", 2);
    quit(&mut third);
    let stored = only_assessment(&workspace);
    assert_eq!(stored.answers.get(&items[1]), Some(&Answer::Value(2)));
}

#[test]
fn no_key_but_quit_acts_while_the_window_is_too_small() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("ws");
    let mut session = Session::start(&workspace, &folder.path().join("config"));
    create_assessment(&mut session);
    session.resize(50, 15);
    session.wait_for("60×20");
    // An answer, a "don't know" and finishing would all write; none may act unseen.
    session.send("4?f\r");
    session.send("q");
    let status = session.wait_for_exit();
    assert!(status.success(), "{status:?}");
    let stored = only_assessment(&workspace);
    assert!(stored.answers.is_empty(), "{:?}", stored.answers);
    assert!(!stored.complete);
}

#[test]
fn ctrl_c_in_the_comment_box_keeps_the_comment() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("ws");
    let items = item_ids();
    let mut session = Session::start(&workspace, &folder.path().join("config"));
    create_assessment(&mut session);
    session.send("c");
    session.wait_for("Opmerking bij deze vraag");
    session.send("bijna vergeten");
    session.wait_for("bijna vergeten");
    session.send("\u{3}");
    let status = session.wait_for_exit();
    assert!(status.success(), "{status:?}");
    assert!(session.left_alternate_screen());
    let stored = only_assessment(&workspace);
    assert_eq!(
        stored.comments.get(&items[0]).map(String::as_str),
        Some("bijna vergeten")
    );
    assert!(stored.answers.is_empty());
}
