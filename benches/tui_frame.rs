//! How long the terminal interface takes to draw a frame at 200×60 on a workspace of about
//! 1 000 assessments, and to handle a keypress and redraw.
#![allow(clippy::unwrap_used)]

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use rijp::model::questionnaire::Questionnaire;
use rijp::store::workspace::Workspace;
use rijp::tui::{App, ConfigStore};

fn main() {
    divan::main();
}

struct Setup {
    _folder: tempfile::TempDir,
    app: App,
    terminal: Terminal<TestBackend>,
}

/// A synthetic workspace of 50 municipalities with about twenty assessments each over two rounds.
fn setup() -> Setup {
    let folder = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(folder.path().join("ws"));
    let written = rijp::ingest::demo::write_synthetic(
        &workspace,
        &Questionnaire::bundled().unwrap(),
        50,
        20,
        7,
    )
    .unwrap();
    assert!(written >= 900, "{written} assessments");
    let app = App::load(workspace, None, ConfigStore::none()).unwrap();
    let terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    Setup {
        _folder: folder,
        app,
        terminal,
    }
}

fn press(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn draw(setup: &mut Setup) {
    let app = &setup.app;
    setup.terminal.draw(|frame| app.render(frame)).unwrap();
}

#[divan::bench(sample_count = 50)]
fn draw_home(bencher: divan::Bencher) {
    let mut setup = setup();
    bencher.bench_local(|| draw(&mut setup));
}

#[divan::bench(sample_count = 50)]
fn draw_results(bencher: divan::Bencher) {
    let mut setup = setup();
    press(&mut setup.app, KeyCode::Char('r'));
    bencher.bench_local(|| draw(&mut setup));
}

#[divan::bench(sample_count = 50)]
fn draw_compare(bencher: divan::Bencher) {
    let mut setup = setup();
    press(&mut setup.app, KeyCode::Char('v'));
    bencher.bench_local(|| draw(&mut setup));
}

/// A keypress that changes what is shown (the next organisation's results) and the redraw.
#[divan::bench(sample_count = 50)]
fn keypress_next_organisation_and_redraw(bencher: divan::Bencher) {
    let mut setup = setup();
    press(&mut setup.app, KeyCode::Char('r'));
    bencher.bench_local(|| {
        press(&mut setup.app, KeyCode::Right);
        draw(&mut setup);
    });
}

/// Moving between items in the questionnaire and the redraw.
#[divan::bench(sample_count = 50)]
fn keypress_next_item_and_redraw(bencher: divan::Bencher) {
    let mut setup = setup();
    press(&mut setup.app, KeyCode::Char('n'));
    for character in "Bench".chars() {
        press(&mut setup.app, KeyCode::Char(character));
    }
    press(&mut setup.app, KeyCode::Enter);
    bencher.bench_local(|| {
        press(&mut setup.app, KeyCode::Down);
        press(&mut setup.app, KeyCode::Up);
        draw(&mut setup);
    });
}

/// Answering an item: the answer is written to disk (atomically, synced) before the redraw.
#[divan::bench(sample_count = 30)]
fn keypress_answer_saved_and_redraw(bencher: divan::Bencher) {
    let mut setup = setup();
    press(&mut setup.app, KeyCode::Char('n'));
    for character in "Bench".chars() {
        press(&mut setup.app, KeyCode::Char(character));
    }
    press(&mut setup.app, KeyCode::Enter);
    bencher.bench_local(|| {
        press(&mut setup.app, KeyCode::Char('4'));
        press(&mut setup.app, KeyCode::Up);
        draw(&mut setup);
    });
}
