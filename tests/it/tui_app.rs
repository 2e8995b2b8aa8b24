//! The terminal interface driven with real key events through the key table, drawn on a test
//! backend: state changes, files written, and a snapshot of every screen.

use std::path::Path;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use rijp::model::assessment::{Answer, Assessment};
use rijp::model::questionnaire::Questionnaire;
use rijp::store::workspace::Workspace;
use rijp::tui::{App, ConfigStore, Screen};
use rijp::words::i18n::Lang;

struct Fixture {
    _folder: tempfile::TempDir,
    root: std::path::PathBuf,
    config: std::path::PathBuf,
}

fn fixture(demo: bool) -> Fixture {
    let folder = tempfile::tempdir().unwrap();
    let root = folder.path().join("ws");
    let config = folder.path().join("config");
    std::fs::create_dir_all(&root).unwrap();
    if demo {
        rijp::ingest::demo::write_demo(&Workspace::at(&root), &Questionnaire::bundled().unwrap())
            .unwrap();
    }
    Fixture {
        _folder: folder,
        root,
        config,
    }
}

fn app(fixture: &Fixture, lang: Option<Lang>) -> App {
    let mut app = App::load(
        Workspace::at(&fixture.root),
        lang,
        ConfigStore::in_folder(&fixture.config),
    )
    .unwrap();
    app.workspace_label = "[werkmap]".to_string();
    app
}

fn key(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn keys(app: &mut App, text: &str) {
    for character in text.chars() {
        key(app, KeyCode::Char(character));
    }
}

fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| app.render(frame)).unwrap();
    terminal.backend().to_string()
}

fn read_assessment(path: &Path) -> Assessment {
    rijp::model::yaml::read(path).unwrap()
}

/// The one assessment file below the workspace.
fn only_assessment_file(root: &Path) -> std::path::PathBuf {
    let mut found = Vec::new();
    let mut folders = vec![root.join("assessments")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml") {
                found.push(path);
            }
        }
    }
    assert_eq!(found.len(), 1, "{found:?}");
    found.remove(0)
}

fn first_items(app: &App, count: usize) -> Vec<String> {
    app.item_order.iter().take(count).cloned().collect()
}

#[test]
fn a_first_assessment_on_an_empty_workspace_is_saved_answer_by_answer() {
    let fixture = fixture(false);
    let mut app = app(&fixture, None);
    assert!(app.is_empty());
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.screen, Screen::NewAssessment);
    keys(&mut app, "Gemeente Proef");
    key(&mut app, KeyCode::Tab);
    // Letters on the form are text, never commands: 'q' does not quit here.
    keys(&mut app, "Inge de Quant");
    assert!(app.running);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Questionnaire);

    keys(&mut app, "42?");
    let path = only_assessment_file(&fixture.root);
    let stored = read_assessment(&path);
    let items = first_items(&app, 3);
    assert_eq!(stored.organisation, "gemeente-proef");
    assert_eq!(stored.respondent, "Inge de Quant");
    assert_eq!(stored.answers.get(&items[0]), Some(&Answer::Value(4)));
    assert_eq!(stored.answers.get(&items[1]), Some(&Answer::Value(2)));
    assert_eq!(stored.answers.get(&items[2]), Some(&Answer::DontKnow));
    assert_eq!(stored.answers.len(), 3);
    assert!(!stored.complete);

    // Moving back and changing an answer replaces it on disk.
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Char('5'));
    assert_eq!(
        read_assessment(&path).answers.get(&items[2]),
        Some(&Answer::Value(5))
    );

    // A comment is kept with the item.
    key(&mut app, KeyCode::Char('c'));
    keys(&mut app, "zie notitie");
    key(&mut app, KeyCode::Enter);
    let item = app.item_order[3].clone();
    assert_eq!(
        read_assessment(&path)
            .comments
            .get(&item)
            .map(String::as_str),
        Some("zie notitie")
    );

    // Leaving keeps it as unfinished, and continuing resumes at the first open item.
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Home);
    assert_eq!(app.unfinished.len(), 1);
    key(&mut app, KeyCode::Char('c'));
    assert_eq!(app.screen, Screen::Questionnaire);
    assert_eq!(app.questionnaire.as_ref().unwrap().cursor, 3);
}

#[test]
fn finishing_marks_the_assessment_complete() {
    let fixture = fixture(false);
    let mut app = app(&fixture, None);
    key(&mut app, KeyCode::Char('n'));
    keys(&mut app, "Gemeente Proef");
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "Piet");
    key(&mut app, KeyCode::Enter);
    let count = app.item_order.len();
    for index in 0..count {
        keys(&mut app, &((index % 5) + 1).to_string());
    }
    // After the last item the app offers to finish; Enter confirms.
    assert!(app.questionnaire.as_ref().unwrap().popup.is_some());
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Home);
    let stored = read_assessment(&only_assessment_file(&fixture.root));
    assert!(stored.complete);
    assert_eq!(stored.answers.len(), count);
    assert!(app.unfinished.is_empty());
}

#[test]
fn the_section_list_and_open_item_review_move_the_cursor() {
    let fixture = fixture(false);
    let mut app = app(&fixture, None);
    key(&mut app, KeyCode::Char('n'));
    keys(&mut app, "Gemeente Proef");
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "Piet");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('s'));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    let second_scale = app.data.questionnaire.scales().nth(1).unwrap();
    let cursor = app.questionnaire.as_ref().unwrap().cursor;
    assert_eq!(app.item_order[cursor], second_scale.items[0].id);
    // The first open item after the current one is the next; 'u' from the last item wraps
    // round to the first.
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(app.questionnaire.as_ref().unwrap().cursor, cursor + 1);
    // Finishing early offers the first open item instead.
    key(&mut app, KeyCode::Char('f'));
    assert!(app.questionnaire.as_ref().unwrap().popup.is_some());
    key(&mut app, KeyCode::Char('u'));
    let state = app.questionnaire.as_ref().unwrap();
    assert_eq!((state.cursor, state.popup.is_none()), (0, true));
}

#[test]
fn the_language_switch_is_remembered() {
    let fixture = fixture(true);
    let mut app = app(&fixture, None);
    assert_eq!(app.lang, Lang::Nl);
    assert!(screen(&app, 100, 30).contains("Overzicht"));
    key(&mut app, KeyCode::Char('l'));
    assert_eq!(app.lang, Lang::En);
    assert!(screen(&app, 100, 30).contains("Overview"));
    let again = self::app(&fixture, None);
    assert_eq!(again.lang, Lang::En);
}

#[test]
fn the_loop_handles_key_presses_only_and_stops_on_quit() {
    let fixture = fixture(true);
    let mut app = app(&fixture, None);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut events = vec![
        // A terminal that reports releases must not fire a key twice.
        Event::Key(KeyEvent::new_with_kind(
            KeyCode::Char('r'),
            KeyModifiers::NONE,
            KeyEventKind::Release,
        )),
        Event::Resize(100, 30),
        Event::Key(KeyEvent::new(KeyCode::Char('v'), KeyModifiers::NONE)),
        Event::Key(KeyEvent::new(KeyCode::Char('v'), KeyModifiers::NONE)),
        Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE)),
    ]
    .into_iter();
    rijp::tui::run(&mut terminal, &mut app, || {
        Ok(events
            .next()
            .expect("the loop asked for a key after quitting"))
    })
    .unwrap();
    assert!(!app.running);
    assert_eq!(app.screen, Screen::Compare);
    assert!(terminal.backend().to_string().contains("Partners"));
}

#[test]
fn quit_and_ctrl_c_stop_the_app() {
    let fixture = fixture(true);
    let mut app = app(&fixture, None);
    key(&mut app, KeyCode::Char('q'));
    assert!(!app.running);
    let mut app = self::app(&fixture, None);
    app.on_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert!(!app.running);
}

#[test]
fn loading_the_demo_fills_an_empty_workspace() {
    let fixture = fixture(false);
    let mut app = app(&fixture, None);
    key(&mut app, KeyCode::Char('d'));
    assert!(!app.is_empty());
    assert_eq!(app.data.organisations.len(), 5);
    assert!(screen(&app, 80, 24).contains("Aldersum"));
}

#[test]
fn switching_rounds_changes_the_overview() {
    let fixture = fixture(true);
    let mut app = app(&fixture, None);
    let latest = app.round.clone();
    key(&mut app, KeyCode::Char('['));
    assert_ne!(app.round, latest);
    // The partner that joined after the baseline has no answers in it.
    assert!(screen(&app, 100, 30).contains("nog geen antwoorden"));
}

#[test]
fn a_group_session_writes_one_file_per_person_present() {
    let fixture = fixture(true);
    let mut app = app(&fixture, None);
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(app.screen, Screen::NewAssessment);
    // Choose "a new organisation" (one step left of the first), then name it.
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Down);
    keys(&mut app, "Gemeente Werkgroep");
    key(&mut app, KeyCode::Down);
    keys(&mut app, "Ans, Bert (MT), Cor");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Group, "{:?}", app.form.error);
    keys(&mut app, "123451");
    let items = first_items(&app, 2);
    let round = app.round.clone().unwrap();
    let read = |name: &str| {
        read_assessment(&Workspace::at(&fixture.root).assessment_path(
            &rijp::model::ids::AssessmentKey::new(&*round, "gemeente-werkgroep", name),
        ))
    };
    assert_eq!(read("Ans").answers.get(&items[0]), Some(&Answer::Value(1)));
    assert_eq!(read("Ans").role, rijp::model::assessment::Role::IAdviser);
    assert_eq!(read("Bert").answers.get(&items[0]), Some(&Answer::Value(2)));
    assert_eq!(read("Bert").role, rijp::model::assessment::Role::Management);
    assert_eq!(read("Bert").respondent, "Bert");
    assert_eq!(read("Cor").answers.get(&items[0]), Some(&Answer::Value(3)));
    assert_eq!(read("Ans").answers.get(&items[1]), Some(&Answer::Value(4)));
    assert_eq!(read("Cor").answers.get(&items[1]), Some(&Answer::Value(1)));
    key(&mut app, KeyCode::Char('f'));
    key(&mut app, KeyCode::Enter);
    assert!(read("Bert").complete);
    assert_eq!(app.screen, Screen::Home);
}

#[test]
fn a_damaged_file_is_listed_and_the_rest_works() {
    let fixture = fixture(true);
    std::fs::write(fixture.root.join("organisations/kapot.yaml"), "name: [").unwrap();
    let app = app(&fixture, None);
    let text = screen(&app, 120, 40);
    assert!(text.contains("organisations/kapot.yaml"), "{text}");
    assert!(text.contains("Aldersum"));
}

#[test]
fn a_damaged_file_is_explained_in_full_in_the_readers_language_at_80_columns() {
    let fixture = fixture(true);
    std::fs::write(
        fixture.root.join("organisations/kapot.yaml"),
        "naam: Kapot\n",
    )
    .unwrap();
    let dutch = screen(&app(&fixture, Some(Lang::Nl)), 80, 24);
    // The reason wraps instead of being cut at the border: its last words are on screen.
    assert!(
        dutch.contains("kapot.yaml:1:1: onbekend veld ‘naam’; toegestaan zijn: ‘name’"),
        "{dutch}"
    );
    assert!(dutch.contains("‘profile’, ‘targets’"), "{dutch}");
    let english = screen(&app(&fixture, Some(Lang::En)), 80, 24);
    assert!(english.contains("unknown field `naam`"), "{english}");
    assert!(english.contains("Aldersum"), "{english}");
}

#[test]
fn a_small_terminal_gets_a_message_instead_of_a_screen() {
    let fixture = fixture(true);
    let app = app(&fixture, None);
    let text = screen(&app, 50, 15);
    assert!(text.contains("60×20"), "{text}");
}

mod snapshots {
    use super::*;

    const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

    fn snap(name: &str, app: &App) {
        for (width, height) in SIZES {
            insta::assert_snapshot!(
                format!("{name}_{width}x{height}"),
                screen(app, width, height)
            );
        }
    }

    #[test]
    fn agenda() {
        let fixture = fixture(true);
        add_actions(&fixture.root);
        let mut app = app(&fixture, None);
        key(&mut app, KeyCode::Char('a'));
        snap("agenda", &app);
    }

    #[test]
    fn empty_home() {
        let fixture = fixture(false);
        snap("empty_home", &app(&fixture, None));
    }

    #[test]
    fn home() {
        let fixture = fixture(true);
        snap("home", &app(&fixture, None));
    }

    #[test]
    fn home_in_english() {
        let fixture = fixture(true);
        snap("home_en", &app(&fixture, Some(Lang::En)));
    }

    #[test]
    fn new_assessment() {
        let fixture = fixture(true);
        let mut app = app(&fixture, None);
        key(&mut app, KeyCode::Char('n'));
        keys(&mut app, "Anouk de Vries");
        snap("new_assessment", &app);
    }

    #[test]
    fn questionnaire_and_its_popups() {
        let fixture = fixture(true);
        let mut app = app(&fixture, None);
        key(&mut app, KeyCode::Char('n'));
        keys(&mut app, "Nieuwe Respondent");
        key(&mut app, KeyCode::Enter);
        keys(&mut app, "43");
        app.status = None;
        snap("questionnaire", &app);
        key(&mut app, KeyCode::Char('c'));
        keys(&mut app, "Een opmerking");
        snap("questionnaire_comment", &app);
        key(&mut app, KeyCode::Esc);
        key(&mut app, KeyCode::Char('s'));
        snap("questionnaire_sections", &app);
        key(&mut app, KeyCode::Esc);
        key(&mut app, KeyCode::F(1));
        snap("questionnaire_help", &app);
        key(&mut app, KeyCode::Esc);
        key(&mut app, KeyCode::Char('f'));
        snap("questionnaire_finish", &app);
    }

    #[test]
    fn results() {
        let fixture = fixture(true);
        let mut app = app(&fixture, None);
        key(&mut app, KeyCode::Char('r'));
        snap("results_overview", &app);
        key(&mut app, KeyCode::Tab);
        snap("results_culture", &app);
        key(&mut app, KeyCode::Tab);
        snap("results_leadership", &app);
    }

    #[test]
    fn compare() {
        let fixture = fixture(true);
        let mut app = app(&fixture, None);
        key(&mut app, KeyCode::Char('v'));
        snap("compare", &app);
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Right);
        key(&mut app, KeyCode::Char('s'));
        snap("compare_table_sorted", &app);
    }

    #[test]
    fn group_session() {
        let fixture = fixture(true);
        let mut app = app(&fixture, None);
        key(&mut app, KeyCode::Char('g'));
        keys(&mut app, "Ans, Bert (bestuurder), Cor");
        key(&mut app, KeyCode::Enter);
        keys(&mut app, "34");
        app.status = None;
        snap("group", &app);
    }

    #[test]
    fn help() {
        let fixture = fixture(true);
        let mut app = app(&fixture, None);
        key(&mut app, KeyCode::Char('?'));
        snap("help", &app);
    }
}

#[test]
fn export_writes_the_charts_of_the_round() {
    let fixture = fixture(true);
    let mut app = app(&fixture, None);
    key(&mut app, KeyCode::Char('e'));
    let round = app.round.clone().unwrap();
    let folder = fixture.root.join("export").join(&round);
    assert!(folder.is_dir(), "{:?}", app.status);
    let files: Vec<_> = std::fs::read_dir(&folder).unwrap().collect();
    assert!(
        files.len() >= 2,
        "{folder:?} holds {} files; status {:?}",
        files.len(),
        app.status
    );
    assert!(folder.join("01-kwadrant.svg").exists());
}

#[test]
fn answers_another_process_saved_meanwhile_are_kept() {
    let fixture = fixture(false);
    let mut app = app(&fixture, None);
    key(&mut app, KeyCode::Char('n'));
    keys(&mut app, "Gemeente Proef");
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "Inge");
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "4");
    let path = only_assessment_file(&fixture.root);
    let items = first_items(&app, 10);

    // Meanwhile an import (another process) answers a later item in the same file.
    let mut elsewhere = read_assessment(&path);
    elsewhere.answers.insert(items[9].clone(), Answer::Value(1));
    Workspace::at(&fixture.root)
        .save_assessment(&elsewhere)
        .unwrap();

    keys(&mut app, "2");
    let stored = read_assessment(&path);
    assert_eq!(stored.answers.get(&items[0]), Some(&Answer::Value(4)));
    assert_eq!(stored.answers.get(&items[1]), Some(&Answer::Value(2)));
    assert_eq!(stored.answers.get(&items[9]), Some(&Answer::Value(1)));
}

#[test]
fn a_closed_rounds_questionnaire_is_shown_and_takes_no_answers() {
    let fixture = fixture(false);
    let mut app = app(&fixture, None);
    key(&mut app, KeyCode::Char('n'));
    keys(&mut app, "Gemeente Proef");
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "Inge");
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "4");
    let path = only_assessment_file(&fixture.root);
    let before = std::fs::read(&path).unwrap();

    let workspace = Workspace::at(&fixture.root);
    let data = workspace.load().unwrap();
    let round = data.rounds[0].id.clone();
    let day = jiff::civil::date(2026, 3, 1);
    workspace.close_round(&data, &round, day).unwrap();

    let mut app = self::app(&fixture, Some(Lang::Nl));
    key(&mut app, KeyCode::Char('c'));
    assert_eq!(app.screen, Screen::Questionnaire);
    assert!(app.questionnaire.as_ref().unwrap().read_only);
    let shown = screen(&app, 120, 30);
    assert!(shown.contains("Alleen bekijken: ronde"), "{shown}");
    assert!(shown.contains("gesloten"), "{shown}");
    keys(&mut app, "3");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let shown = screen(&app, 120, 30);
    assert!(shown.contains("1 maart 2026"), "{shown}");
}

/// Two actions whose being overdue does not depend on the day the test runs.
fn add_actions(root: &Path) {
    use rijp::model::action::{Action, ActionId, ActionStatus};
    let workspace = Workspace::at(root);
    let action = |number, organisation: Option<&str>, scale: &str, text: &str, due| Action {
        id: ActionId::numbered(number),
        organisation: organisation.map(str::to_string),
        scale: scale.to_string(),
        finding: None,
        action: text.to_string(),
        owner: "Stuurgroep".to_string(),
        due,
        status: ActionStatus::Proposed,
        theme: None,
        round: "2025".to_string(),
        notes: Vec::new(),
    };
    workspace
        .save_action(&action(
            1,
            Some("gemeente-aldersum-fictief"),
            "digital_skills",
            "Training voor alle teams",
            jiff::civil::date(2000, 1, 31),
        ))
        .unwrap();
    workspace
        .save_action(&action(
            2,
            None,
            "governance_priorities",
            "Eén portfolio",
            jiff::civil::date(2099, 12, 31),
        ))
        .unwrap();
}

#[test]
fn the_agenda_lists_filters_and_moves_actions_on_saving_at_once() {
    let fixture = fixture(true);
    add_actions(&fixture.root);
    let mut app = app(&fixture, Some(Lang::Nl));
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(app.screen, Screen::Agenda);
    let shown = screen(&app, 160, 30);
    assert!(shown.contains("Verbeteragenda · alle acties"), "{shown}");
    assert!(shown.contains("voorgesteld (verlopen)"), "{shown}");
    assert!(shown.contains("de samenwerking als"), "{shown}");

    // Only the overdue one, then every one again.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    let shown = screen(&app, 160, 30);
    assert!(shown.contains("verlopen acties"), "{shown}");
    assert!(shown.contains("Training voor alle teams"), "{shown}");
    assert!(!shown.contains("Eén portfolio"), "{shown}");
    key(&mut app, KeyCode::Tab);

    // The second moves on to in progress, on disk at once.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('s'));
    let file = std::fs::read_to_string(fixture.root.join("actions/a-0002.yaml")).unwrap();
    assert!(file.contains("status: lopend"), "{file}");
    let shown = screen(&app, 160, 30);
    assert!(shown.contains("Actie a-0002: lopend"), "{shown}");
    key(&mut app, KeyCode::Char('s'));
    key(&mut app, KeyCode::Char('s'));
    let file = std::fs::read_to_string(fixture.root.join("actions/a-0002.yaml")).unwrap();
    assert!(file.contains("status: vervallen"), "{file}");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Home);
}

#[test]
fn an_action_is_agreed_from_a_partners_results_and_saved_at_once() {
    let fixture = fixture(true);
    let mut app = app(&fixture, Some(Lang::Nl));
    key(&mut app, KeyCode::Char('r'));
    assert_eq!(app.screen, Screen::Results);
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(app.screen, Screen::ActionForm);
    let form = app.action_form.clone().unwrap();
    let organisation = form.organisation.clone();
    let scale = form.scales[form.scale].clone();
    assert!(
        form.finding.contains("ten opzichte van de benchmark"),
        "{}",
        form.finding
    );
    let shown = screen(&app, 120, 30);
    assert!(shown.contains("Actie afspreken"), "{shown}");

    // Tab past the finding; letters are text here, never commands ('q' does not quit).
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "Training voor alle teams");
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "HR-adviseur q");
    assert!(app.running);
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "2026-02-31");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::ActionForm);
    let shown = screen(&app, 120, 30);
    assert!(shown.contains("‘2026-02-31’ is geen datum"), "{shown}");
    assert!(!fixture.root.join("actions").exists());

    for _ in 0..2 {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "28");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Agenda);
    let file = std::fs::read_to_string(fixture.root.join("actions/a-0001.yaml")).unwrap();
    assert!(
        file.contains(&format!("organisation: {organisation}")),
        "{file}"
    );
    assert!(file.contains(&format!("scale: {scale}")), "{file}");
    assert!(file.contains("action: Training voor alle teams"), "{file}");
    assert!(file.contains("owner: HR-adviseur q"), "{file}");
    assert!(file.contains("2026-02-28"), "{file}");
    assert!(file.contains("status: voorgesteld"), "{file}");
    assert!(file.contains("ten opzichte van de benchmark"), "{file}");
}
