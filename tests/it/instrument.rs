//! The baseline instrument at work: "not applicable" only where an item offers it (import,
//! recording, the interface), the cooperation block scored apart from leadership, and the
//! report's line on who answered against the respondent protocol.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use rijp::analysis::scoring;
use rijp::model::assessment::{Answer, Assessment, QuestionnaireRef, Role};
use rijp::model::questionnaire::Questionnaire;
use rijp::store::workspace::Workspace;
use rijp::tui::{App, ConfigStore, Screen};

fn rijp() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rijp"))
}

/// An item that offers "not applicable" and one that does not.
fn flagged_and_unflagged(q: &Questionnaire) -> (String, String) {
    let flagged = q.items().find(|i| i.not_applicable).unwrap().id.clone();
    let unflagged = q.items().find(|i| !i.not_applicable).unwrap().id.clone();
    (flagged, unflagged)
}

/// Every file below a folder with its bytes, to prove nothing was written.
fn files(root: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                found.push((path, bytes));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn an_import_refuses_not_applicable_where_the_item_does_not_offer_it() {
    let q = Questionnaire::bundled().unwrap();
    let (flagged, unflagged) = flagged_and_unflagged(&q);
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    std::fs::create_dir_all(&ws).unwrap();
    let csv = dir.path().join("antwoorden.csv");
    std::fs::write(
        &csv,
        format!(
            "organisation,respondent,round,item,answer\n\
Gemeente Proef,Anouk,2026,{flagged},nvt\n\
Gemeente Proef,Anouk,2026,{unflagged},niet van toepassing\n"
        ),
    )
    .unwrap();
    let before = files(&ws);
    for (lang, said) in [
        (
            "nl",
            format!("‘niet van toepassing’ kan bij stelling ‘{unflagged}’ niet gekozen worden"),
        ),
        (
            "en",
            format!("'not applicable' cannot be chosen on item '{unflagged}'"),
        ),
    ] {
        let output = rijp()
            .args(["--lang", lang, "import"])
            .arg(&csv)
            .arg("--workspace")
            .arg(&ws)
            .output()
            .unwrap();
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        let place = format!("{}:3: answer: ", csv.display());
        assert!(stderr.contains(&format!("{place}{said}")), "{stderr}");
        assert_eq!(files(&ws), before, "nothing is written");
    }

    // The same answer on the item that offers it is taken.
    std::fs::write(
        &csv,
        format!("organisation,respondent,round,item,answer\nGemeente Proef,Anouk,2026,{flagged},nvt\nGemeente Proef,Anouk,2026,{unflagged},4\n"),
    )
    .unwrap();
    let output = rijp()
        .arg("import")
        .arg(&csv)
        .arg("--workspace")
        .arg(&ws)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stored: Assessment =
        rijp::model::yaml::read(&ws.join("assessments/2026/gemeente-proef/anouk.yaml")).unwrap();
    assert_eq!(stored.answers.get(&flagged), Some(&Answer::NotApplicable));
    assert_eq!(stored.answers.get(&unflagged), Some(&Answer::Value(4)));
}

#[test]
fn recording_refuses_not_applicable_where_the_item_does_not_offer_it() {
    let q = Questionnaire::bundled().unwrap();
    let (flagged, unflagged) = flagged_and_unflagged(&q);
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path();
    rijp()
        .args(["demo", "--workspace"])
        .arg(ws)
        .output()
        .unwrap();
    let record = |input: String| {
        let mut child = rijp()
            .args([
                "--lang",
                "en",
                "record",
                "--organisation",
                "gemeente-aldersum-fictief",
                "--respondent",
                "Nieuwe Respondent",
                "--round",
                "2025",
                "--workspace",
            ])
            .arg(ws)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let output = record(format!("{flagged} nvt\n{unflagged} nvt\n"));
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!(
            "line 2: 'not applicable' cannot be chosen on item '{unflagged}'"
        )),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains(&format!("saved {flagged} nvt")), "{stdout}");
    assert!(!stdout.contains(&format!("saved {unflagged}")), "{stdout}");
}

fn key(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

#[test]
fn the_interface_offers_not_applicable_only_where_the_item_does() {
    let folder = tempfile::tempdir().unwrap();
    let root = folder.path().join("ws");
    std::fs::create_dir_all(&root).unwrap();
    let mut app = App::load(
        Workspace::at(&root),
        None,
        ConfigStore::in_folder(&folder.path().join("config")),
    )
    .unwrap();
    key(&mut app, KeyCode::Char('n'));
    for c in "Gemeente Proef".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    key(&mut app, KeyCode::Tab);
    for c in "Piet".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Questionnaire);

    let draw = |app: &App| {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
        terminal.draw(|frame| app.render(frame)).unwrap();
        terminal.backend().to_string()
    };
    // The first statement does not offer it: the option is not on screen and 'n' saves
    // nothing, with a word why.
    let first = app.item_order[0].clone();
    assert!(!app.data.questionnaire.allows_not_applicable_id(&first));
    assert!(!draw(&app).contains("Niet van toepassing"));
    key(&mut app, KeyCode::Char('n'));
    let screen = draw(&app);
    assert!(screen.contains("kan hier niet"), "{screen}");
    // The footer does not offer the key where it does nothing.
    assert!(!screen.contains("n niet van toepassing"), "{screen}");
    let path = root.join("assessments");
    let saved = |answers: &str| {
        files(&path)
            .iter()
            .any(|(_, bytes)| String::from_utf8_lossy(bytes).contains(answers))
    };
    assert!(!saved(&format!("{first}:")));
    assert_eq!(app.questionnaire.as_ref().unwrap().cursor, 0);

    // A statement of the cooperation block offers it, and takes it.
    let at = app
        .item_order
        .iter()
        .position(|id| app.data.questionnaire.allows_not_applicable_id(id))
        .unwrap();
    for _ in 0..at {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(app.questionnaire.as_ref().unwrap().cursor, at);
    assert!(draw(&app).contains("Niet van toepassing"));
    key(&mut app, KeyCode::Char('n'));
    let item = app.item_order[at].clone();
    assert!(saved(&format!("{item}: nvt")));
}

#[test]
fn the_cooperation_block_is_scored_apart_from_leadership() {
    let q = Questionnaire::bundled().unwrap();
    let mut assessment = Assessment::new(
        "a",
        "r",
        Role::Management,
        "2026",
        QuestionnaireRef {
            id: q.id.clone(),
            version: q.version,
        },
    );
    // Full marks on leadership, the lowest on the cooperation block.
    for pillar in &q.pillars {
        for scale in &pillar.scales {
            for item in &scale.items {
                let high = pillar.id != "cooperation";
                let agree = if high { 5 } else { 1 };
                let value = if item.reverse { 6 - agree } else { agree };
                assessment
                    .answers
                    .insert(item.id.clone(), Answer::Value(value));
            }
        }
    }
    let scores = scoring::score_respondent(&q, &assessment);
    let pillar_score = |id: &str| *scores.pillars.get(id).unwrap();
    assert_eq!(pillar_score("leadership"), Some(100.0));
    assert_eq!(pillar_score("cooperation"), Some(0.0));
    for scale in &q.pillar("leadership").unwrap().scales {
        let items: Vec<&str> = scale.items.iter().map(|i| i.id.as_str()).collect();
        assert!(
            items.iter().all(|id| !q
                .pillar("cooperation")
                .unwrap()
                .scales
                .iter()
                .any(|s| s.items.iter().any(|i| i.id == *id))),
            "{}",
            scale.id
        );
    }
}

#[test]
fn the_report_holds_each_partners_mix_of_roles_against_the_protocol() {
    let dir = tempfile::tempdir().unwrap();
    rijp()
        .args(["demo", "--workspace"])
        .arg(dir.path())
        .output()
        .unwrap();
    for (lang, respondents, met, departs, not_applicable) in [
        (
            "nl",
            "| Respondenten | 6: 1 bestuurder, 2 MT-leden, 1 i-adviseur, 2 medewerkers |",
            "| Respondentenprotocol | volgens het protocol |",
            "| Respondentenprotocol | wijkt af van het protocol: 0 bestuurders (protocol 1), 1 MT-lid (protocol 2), 1 medewerker (protocol 2) |",
            "let op: voor een partner van een samenwerking gelden de stellingen over de samenwerking wel",
        ),
        (
            "en",
            "| Respondents | 6: 1 board member, 2 MT members, 1 i-adviser, 2 staff members |",
            "| Respondent protocol | as the protocol asks |",
            "| Respondent protocol | differs from the protocol: 0 board members (protocol 1), 1 MT member (protocol 2), 1 staff member (protocol 2) |",
            "note: for a partner of a cooperation the statements on the cooperation do apply",
        ),
    ] {
        let report = crate::support::report_md(dir.path(), lang);
        assert!(report.contains(respondents), "{lang}: {report}");
        assert!(report.contains(met), "{lang}");
        assert!(report.contains(departs), "{lang}");
        // The demo's smallest partner chose "not applicable" on the cooperation block.
        assert!(report.contains(not_applicable), "{lang}");
    }
}
