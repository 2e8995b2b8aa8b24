//! A steering group's meeting through the real binary in a pseudo-terminal: an action agreed
//! from a partner's results, moved on in the agenda, saved at once; then the round closed and
//! the report printed with the agenda and the final status.

use std::path::Path;
use std::process::Command;

use crate::tui_pty::Session;

fn rijp(workspace: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .arg("--workspace")
        .arg(workspace)
        .args(args)
        .env_remove("RIJP_WORKSPACE")
        .env("RIJP_TODAY", "2025-11-20")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn action_file(workspace: &Path) -> String {
    std::fs::read_to_string(workspace.join("actions/a-0001.yaml")).unwrap_or_default()
}

fn wait_until(what: &str, done: impl Fn() -> bool, session: &Session) {
    let start = std::time::Instant::now();
    while !done() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "timed out waiting for {what}; the screen shows:\n{}",
            session.contents()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn an_action_agreed_in_the_meeting_is_saved_at_once_and_printed_after_closing() {
    let folder = tempfile::tempdir().unwrap();
    let workspace = folder.path().join("demo");
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .args(["demo", "--workspace"])
        .arg(&workspace)
        .output()
        .unwrap();
    assert!(output.status.success());

    let mut session = Session::start(&workspace, &folder.path().join("config"));
    session.wait_for("Overzicht");
    session.send("r");
    session.wait_for("Klantervaring");
    session.send("a");
    session.wait_for("Actie afspreken");
    // Past the characteristic and the finding (filled in), then the action, owner and date.
    session.send("\t\tServicenormen per kanaal vastleggen\tTeamleider KCC\t2026-03-31\r");
    wait_until(
        "the action file",
        || action_file(&workspace).contains("status: voorgesteld"),
        &session,
    );
    let saved = action_file(&workspace);
    assert!(
        saved.contains("action: Servicenormen per kanaal vastleggen"),
        "{saved}"
    );
    assert!(saved.contains("owner: Teamleider KCC"), "{saved}");
    assert!(saved.contains("due: \"2026-03-31\""), "{saved}");
    session.wait_for("Servicenormen");

    // The agenda moves it on; saved at once, before anyone quits.
    session.send("s");
    wait_until(
        "the new status",
        || action_file(&workspace).contains("status: lopend"),
        &session,
    );
    session.send("\u{1b}");
    session.wait_for("Overzicht");
    session.send("q");
    let status = session.wait_for_exit();
    assert!(status.success(), "{status:?}");

    let round = rijp(&workspace, &["round", "close", "2025"]);
    assert!(!round.is_empty());
    let report = folder.path().join("rapport.md");
    rijp(&workspace, &["report", "--out", report.to_str().unwrap()]);
    let report = std::fs::read_to_string(report).unwrap();
    assert!(report.contains("Verbeteragenda"), "no agenda");
    assert!(report.contains("Servicenormen per kanaal vastleggen"));
    assert!(report.contains("lopend"));
    assert!(
        report.contains("Status: definitief (ronde gesloten op 20 november 2025)"),
        "not final after closing"
    );
}
