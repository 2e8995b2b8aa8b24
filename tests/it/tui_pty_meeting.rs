//! The real binary in a pseudo-terminal as a steering group sees it: the differences tab of
//! an organisation under five respondents, and a home screen after an import.

use rijp::model::assessment::Role;

use super::support::fixture::Fixture;
use super::tui_pty::Session;

/// One organisation with three respondents who disagree: 1, 3 and 5 on every statement.
fn three_who_disagree() -> Fixture {
    let fixture = Fixture::new();
    fixture.round("2025", "2025-10-01");
    fixture.organisation("drie", "Gemeente Drie", None, &[], &[]);
    for (person, value) in [(1, 1), (2, 3), (3, 5)] {
        fixture.respondent(
            "2025",
            "drie",
            &format!("Adviseur {person}"),
            Role::IAdviser,
            Some(value),
            &[],
        );
    }
    fixture
}

#[test]
fn the_differences_of_three_respondents_show_a_word_and_no_answers() {
    let fixture = three_who_disagree();
    let config = tempfile::tempdir().unwrap();
    let mut session = Session::start(fixture.workspace.root(), config.path());
    session.wait_for("Drie");
    session.send("r");
    session.wait_for("Overzicht");
    session.send("\t\t\t");
    session.wait_for("sterk verdeeld · 3 antwoorden");
    let screen = session.contents();
    // Nobody can read another's answer: no bars, no standard deviation, no mean.
    assert!(!screen.contains('█'), "{screen}");
    assert!(!screen.contains("sd "), "{screen}");
    assert!(!screen.contains("· gemiddeld "), "{screen}");
    session.send("q");
    assert!(session.wait_for_exit().success());
}

#[test]
fn answers_imported_whole_are_not_listed_as_unfinished() {
    // The files an import writes from a sheet without a completion column: every statement
    // answered, not marked closed.
    let fixture = three_who_disagree();
    let config = tempfile::tempdir().unwrap();
    let mut session = Session::start(fixture.workspace.root(), config.path());
    session.wait_for("Drie");
    session.wait_for("Geen: alle vragenlijsten zijn afgerond.");
    let screen = session.contents();
    assert!(!screen.contains("Adviseur"), "{screen}");
    session.send("q");
    assert!(session.wait_for_exit().success());
}

#[test]
fn the_introduction_reads_to_its_end_in_the_help() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("ws");
    let mut session = Session::start(&workspace, &folder.path().join("config"));
    session.wait_for("Welkom bij rijp");
    // At 80×24 the introduction does not fit on the welcome screen: it says so.
    session.wait_for("meer onder F1");
    let description = rijp::model::questionnaire::Questionnaire::bundled()
        .unwrap()
        .description
        .nl;
    let last_word = description.split_whitespace().last().unwrap().to_string();
    session.send("\u{1b}OP");
    session.wait_for("Op dit scherm");
    session.wait_for("↓ meer");
    session.send("\u{1b}[F");
    session.wait_for("Helemaal eens");
    session.wait_for(&last_word);
    let screen = session.contents();
    // At the end: nothing more below.
    assert!(!screen.contains("↓ meer"), "{screen}");
    session.send("\u{1b}");
    session.wait_for("meer onder F1");
    session.send("q");
    assert!(session.wait_for_exit().success());
}
