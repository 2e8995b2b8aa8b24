//! A questionnaire with another answer scale than 1–5 is answered with the digits of its own
//! scale, two digits where the scale has more than nine points; "don't know" and "not
//! applicable" (on the items that offer it) have keys of their own. (A scale lies within
//! 1–10: a 0 is always "don't know".)

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use rijp::model::assessment::{Answer, Assessment};
use rijp::store::workspace::Workspace;
use rijp::tui::{App, ConfigStore, Screen};
use rijp::words::i18n::Lang;

const BUNDLED: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/questionnaires/digitale-volwassenheid.yaml"
));

/// The bundled questionnaire with its 1–5 scale replaced by `min`–`max`.
fn with_scale(min: u8, max: u8) -> String {
    let start = BUNDLED.find("answer_scale:").unwrap();
    let end = BUNDLED[start..].find("  dont_know:").unwrap() + start;
    let scale = format!(
        "answer_scale:\n  min: {min}\n  max: {max}\n  labels:\n    - {{value: {min}, nl: \"Helemaal oneens\", en: \"Strongly disagree\"}}\n    - {{value: {max}, nl: \"Helemaal eens\", en: \"Strongly agree\"}}\n"
    );
    format!("{}{scale}{}", &BUNDLED[..start], &BUNDLED[end..])
}

fn press(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn type_text(app: &mut App, text: &str) {
    for character in text.chars() {
        press(app, KeyCode::Char(character));
    }
}

fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal.draw(|frame| app.render(frame)).unwrap();
    terminal.backend().to_string()
}

fn start(min: u8, max: u8) -> (tempfile::TempDir, App) {
    let folder = tempfile::tempdir().unwrap();
    let root = folder.path().join("ws");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(root.join("vragenlijst.yaml"), with_scale(min, max)).unwrap();
    std::fs::write(root.join("rijp.yaml"), "questionnaire: vragenlijst.yaml\n").unwrap();
    let mut app = App::load(
        Workspace::at(&root),
        Some(Lang::Nl),
        ConfigStore::in_folder(&folder.path().join("config")),
    )
    .unwrap();
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Gemeente Proef");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Jan");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Questionnaire);
    (folder, app)
}

fn stored(app: &App) -> Assessment {
    app.data.assessments[0].assessment.clone()
}

fn on_disk(app: &App) -> Assessment {
    rijp::model::yaml::read(&app.data.assessments[0].path).unwrap()
}

#[test]
fn a_one_to_ten_scale_takes_two_digits() {
    let (_folder, mut app) = start(1, 10);
    let ids: Vec<String> = app
        .data
        .questionnaire
        .items()
        .map(|i| i.id.clone())
        .collect();
    assert!(screen(&app).contains("1–10 antwoord"), "{}", screen(&app));
    type_text(&mut app, "10");
    type_text(&mut app, "7");
    type_text(&mut app, "1");
    assert!(screen(&app).contains("1_"), "{}", screen(&app));
    // Nothing is saved while the second digit may still come.
    assert_eq!(on_disk(&app).answers.len(), 2);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "0?");
    // "Not applicable" has its key on the items that offer it: the first scale that does,
    // reached through the sections list.
    let questionnaire = &app.data.questionnaire;
    let offering = questionnaire
        .scales()
        .position(|scale| {
            scale
                .items
                .iter()
                .all(|item| questionnaire.allows_not_applicable(item))
        })
        .expect("a scale that offers 'not applicable'");
    let not_applicable = questionnaire.scales().nth(offering).unwrap().items[0]
        .id
        .clone();
    press(&mut app, KeyCode::Char('s'));
    for _ in 0..offering {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "n");
    let saved = on_disk(&app);
    assert_eq!(saved, stored(&app));
    let answers: Vec<Option<&Answer>> = ids[..5]
        .iter()
        .chain([&not_applicable])
        .map(|id| saved.answers.get(id))
        .collect();
    assert_eq!(
        answers,
        [
            Some(&Answer::Value(10)),
            Some(&Answer::Value(7)),
            Some(&Answer::Value(1)),
            Some(&Answer::DontKnow),
            Some(&Answer::DontKnow),
            Some(&Answer::NotApplicable),
        ]
    );
}

#[test]
fn a_one_to_seven_scale_takes_seven_and_refuses_eight() {
    let (_folder, mut app) = start(1, 7);
    let first = app.data.questionnaire.items().next().unwrap().id.clone();
    assert!(screen(&app).contains("1–7 antwoord"), "{}", screen(&app));
    assert!(screen(&app).contains("?/0 weet niet"), "{}", screen(&app));
    type_text(&mut app, "8");
    assert!(app.data.assessments[0].assessment.answers.is_empty());
    type_text(&mut app, "7");
    assert_eq!(on_disk(&app).answers.get(&first), Some(&Answer::Value(7)));
    // Back to it: the previous answer is where the cursor starts.
    press(&mut app, KeyCode::Up);
    assert!(screen(&app).contains("▶ [7]"), "{}", screen(&app));
    // 0 is "don't know" on a scale without 0.
    type_text(&mut app, "0");
    assert_eq!(on_disk(&app).answers.get(&first), Some(&Answer::DontKnow));
}
