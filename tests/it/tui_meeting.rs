//! The screens as a steering group sees them, on a laptop (80×24), a larger window (120×40)
//! and a projector (200×60): with the demo's five partners, with twelve partners whose names
//! are long, and with small organisations of one to five respondents.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use rijp::model::assessment::Role;
use rijp::model::questionnaire::Questionnaire;
use rijp::store::workspace::Workspace;
use rijp::tui::{App, ConfigStore, ResultsTab, Screen, SortKey};
use rijp::words::i18n::Lang;

use super::support::fixture::{Fixture, v};

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

/// Twelve partners with long names, one of them without the common prefix.
const PARTNERS: [&str; 12] = [
    "Gemeente Aldersum-aan-de-Vecht",
    "Gemeente Brakeveen-Oosterhout",
    "Gemeente Crommenhoorn en Zijpe",
    "Gemeente Dijkwaarde-Noordbroek",
    "Gemeente Eemstein aan den IJssel",
    "Gemeente Fransum-Westerkwartier",
    "Gemeente Gieterveen-Borgercompagnie",
    "Gemeente Harkstede-Middelstum",
    "Gemeente IJsselveld-Kampereiland",
    "Gemeente Jubbega-Schurega",
    "Gemeente Kollumerzwaag-Dokkum",
    "Werkplein Hart van West-Brabant",
];

fn twelve_partners() -> Fixture {
    let fixture = Fixture::new();
    fixture.round("2025", "2025-10-01");
    let scales: Vec<String> = fixture
        .questionnaire
        .scales()
        .map(|scale| scale.id.clone())
        .collect();
    for (index, name) in PARTNERS.iter().enumerate() {
        let id = rijp::store::slug::slugify(name);
        fixture.organisation(&id, name, None, &[], &[]);
        for (person, role) in [Role::Staff, Role::Management, Role::IAdviser]
            .into_iter()
            .enumerate()
        {
            let levels: Vec<(&str, rijp::model::assessment::Answer)> = scales
                .iter()
                .enumerate()
                .map(|(scale, id)| {
                    let value = 1 + (index * 3 + scale * 2 + person) % 5;
                    (id.as_str(), v(u8::try_from(value).unwrap()))
                })
                .collect();
            let respondent = format!("Respondent {}", person + 1);
            fixture.respondent("2025", &id, &respondent, role, None, &levels);
        }
    }
    fixture
}

fn demo() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    rijp::ingest::demo::write_demo(
        &Workspace::at(folder.path()),
        &Questionnaire::bundled().unwrap(),
    )
    .unwrap();
    folder
}

fn open(root: &std::path::Path, config: &std::path::Path) -> App {
    let mut app = App::load(
        Workspace::at(root),
        Some(Lang::Nl),
        ConfigStore::in_folder(config),
    )
    .unwrap();
    app.workspace_label = "[werkmap]".to_string();
    app
}

fn press(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn screen(app: &mut App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    app.area = ratatui::layout::Rect::new(0, 0, width, height);
    terminal.draw(|frame| app.render(frame)).unwrap();
    terminal.backend().to_string()
}

/// Small organisations: one, two, three and five respondents.
fn small_groups() -> Fixture {
    let fixture = Fixture::new();
    fixture.round("2025", "2025-10-01");
    fixture.flat_benchmark("vng", 55.0);
    for (id, name, people) in [
        ("solo", "Gemeente Solo", 1),
        ("duo", "Gemeente Duo", 2),
        ("trio", "Gemeente Trio", 3),
        ("vijf", "Gemeente Vijf", 5),
    ] {
        fixture.organisation(id, name, None, &[], &[]);
        for person in 0..people {
            let value = u8::try_from(1 + (person + name.len()) % 5).unwrap();
            fixture.respondent(
                "2025",
                id,
                &format!("Respondent {}", person + 1),
                Role::Staff,
                Some(value),
                &[],
            );
        }
    }
    fixture
}

/// Snapshots home, the compare screen (both views where the width needs two), every tab of
/// the results and the help.
fn snapshot_all(name: &str, root: &std::path::Path) {
    let config = tempfile::tempdir().unwrap();
    for (width, height) in SIZES {
        let mut app = open(root, config.path());
        insta::assert_snapshot!(
            format!("{name}_home_{width}x{height}"),
            screen(&mut app, width, height)
        );
        press(&mut app, KeyCode::F(1));
        insta::assert_snapshot!(
            format!("{name}_help_{width}x{height}"),
            screen(&mut app, width, height)
        );
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('v'));
        assert_eq!(app.screen, Screen::Compare);
        insta::assert_snapshot!(
            format!("{name}_compare_{width}x{height}"),
            screen(&mut app, width, height)
        );
        if width < 150 {
            press(&mut app, KeyCode::Tab);
            insta::assert_snapshot!(
                format!("{name}_compare_table_{width}x{height}"),
                screen(&mut app, width, height)
            );
        }
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('r'));
        assert_eq!(app.screen, Screen::Results);
        app.status = None;
        insta::assert_snapshot!(
            format!("{name}_results_{width}x{height}"),
            screen(&mut app, width, height)
        );
        for tab in ["culture", "leadership"] {
            press(&mut app, KeyCode::Tab);
            insta::assert_snapshot!(
                format!("{name}_results_{tab}_{width}x{height}"),
                screen(&mut app, width, height)
            );
        }
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.results.tab, ResultsTab::Disagreement);
        insta::assert_snapshot!(
            format!("{name}_disagreement_{width}x{height}"),
            screen(&mut app, width, height)
        );
    }
}

/// Snapshots the group session's first statement with three attendees, each size on a fresh
/// workspace from `make`.
fn snapshot_group<T>(name: &str, make: impl Fn() -> (T, std::path::PathBuf)) {
    for (width, height) in SIZES {
        let (_keep, root) = make();
        let config = tempfile::tempdir().unwrap();
        let mut app = open(&root, config.path());
        press(&mut app, KeyCode::Char('g'));
        for character in "Annemarie van den Berg, Bert, Cor".chars() {
            press(&mut app, KeyCode::Char(character));
        }
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.screen, Screen::Group, "{:?}", app.form.error);
        press(&mut app, KeyCode::Char('3'));
        insta::assert_snapshot!(
            format!("{name}_group_{width}x{height}"),
            screen(&mut app, width, height)
        );
    }
}

/// The quadrant names every plotted partner whole, beside its marker or in the legend with
/// its letter, and shows the benchmark, at every size.
fn every_partner_identifiable(root: &std::path::Path) {
    let config = tempfile::tempdir().unwrap();
    for (width, height) in SIZES {
        let mut app = open(root, config.path());
        press(&mut app, KeyCode::Char('v'));
        let text = screen(&mut app, width, height);
        let view = app.view().unwrap();
        let comparison = view.comparison().unwrap();
        // The chart is the box titled "Kwadrant"; its text from that column on.
        let lines: Vec<&str> = text.lines().collect();
        let column = lines
            .iter()
            .find_map(|line| line.find("┌ Kwadrant").map(|at| line[..at].chars().count()))
            .unwrap_or_else(|| panic!("no quadrant at {width}×{height}:\n{text}"));
        let chart: Vec<String> = lines
            .iter()
            .map(|line| line.chars().skip(column).collect())
            .collect();
        let chart = chart.join("\n");
        assert!(
            chart.contains('◆'),
            "no benchmark at {width}×{height}:\n{text}"
        );
        for (index, organisation) in comparison.organisations.iter().enumerate() {
            let name = rijp::words::format::indicative_name(
                &view.short_name(&organisation.id),
                organisation.scores.respondents,
                Lang::Nl,
            );
            let letter = rijp::tui::quadrant_letter(index);
            let standalone = chart.lines().any(|line| {
                let symbols: Vec<char> = line.chars().collect();
                symbols.iter().enumerate().any(|(at, symbol)| {
                    *symbol == letter
                        && (at == 0 || !symbols[at - 1].is_lowercase())
                        && symbols.get(at + 1).is_none_or(|next| !next.is_lowercase())
                })
            });
            let named_in_chart = chart.contains(&name);
            let in_legend = text.contains(&format!("{letter} {name}"));
            assert!(
                named_in_chart || (standalone && in_legend),
                "{name} ({letter}) not identifiable at {width}×{height}:\n{text}"
            );
        }
    }
}

#[test]
fn the_demo_in_a_meeting() {
    let folder = demo();
    snapshot_all("demo", folder.path());
}

#[test]
fn twelve_partners_with_long_names_in_a_meeting() {
    let fixture = twelve_partners();
    fixture.load();
    snapshot_all("twelve", fixture.workspace.root());
}

#[test]
fn small_organisations_in_a_meeting() {
    let fixture = small_groups();
    fixture.load();
    snapshot_all("small", fixture.workspace.root());
}

#[test]
fn a_group_session_at_every_size() {
    snapshot_group("demo", || {
        let folder = demo();
        let root = folder.path().to_path_buf();
        (folder, root)
    });
    snapshot_group("twelve", || {
        let fixture = twelve_partners();
        let root = fixture.workspace.root().to_path_buf();
        (fixture, root)
    });
    snapshot_group("small", || {
        let fixture = small_groups();
        let root = fixture.workspace.root().to_path_buf();
        (fixture, root)
    });
}

#[test]
fn every_partner_and_the_benchmark_are_identifiable_in_the_quadrant() {
    let folder = demo();
    every_partner_identifiable(folder.path());
    let twelve = twelve_partners();
    every_partner_identifiable(twelve.workspace.root());
    let small = small_groups();
    every_partner_identifiable(small.workspace.root());
}

#[test]
fn with_many_partners_the_table_turns_and_keeps_every_name_whole() {
    let fixture = twelve_partners();
    let config = tempfile::tempdir().unwrap();
    let mut app = open(fixture.workspace.root(), config.path());
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Tab);
    let text = screen(&mut app, 120, 40);
    assert!(
        !text.contains("[x]"),
        "the partner list is not on this view:\n{text}"
    );
    for name in PARTNERS {
        let short = name.strip_prefix("Gemeente ").unwrap_or(name);
        assert!(text.contains(short), "{short} missing:\n{text}");
    }
}

#[test]
fn results_and_compare_follow_the_keys() {
    let folder = demo();
    let config = tempfile::tempdir().unwrap();
    let mut app = open(folder.path(), config.path());
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.screen, Screen::Results);
    let first = app.results.organisation.clone();
    press(&mut app, KeyCode::Right);
    assert_ne!(app.results.organisation, first);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.results.tab, ResultsTab::Culture);
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(app.screen, Screen::Compare);
    // Leave out the first partner, then sort by the first partner column, highest first.
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.compare.excluded.len(), 1);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char('s'));
    let second = app.view().unwrap().comparison().unwrap().organisations[1]
        .id
        .clone();
    let by_second = SortKey::Column(second);
    assert_eq!(app.compare.sort, Some((by_second.clone(), true)));
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.compare.sort, Some((by_second.clone(), false)));
    // Leaving out another partner keeps the sort.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.compare.excluded.len(), 2);
    assert_eq!(app.compare.sort, Some((by_second, false)));
    // Esc goes back to where compare was opened from.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Results);
}

#[test]
fn a_group_session_shows_the_spread_before_moving_on() {
    let folder = demo();
    let config = tempfile::tempdir().unwrap();
    let mut app = open(folder.path(), config.path());
    press(&mut app, KeyCode::Char('g'));
    for character in "Ans, Bert, Cor".chars() {
        press(&mut app, KeyCode::Char(character));
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Group, "{:?}", app.form.error);
    for character in "155".chars() {
        press(&mut app, KeyCode::Char(character));
    }
    let text = screen(&mut app, 120, 40);
    // 1, 5 and 5: mean 3,7, standard deviation 2,3; still on the first statement.
    assert!(
        text.contains("sd 2,3 · gemiddeld 3,7 · 3 antwoorden"),
        "{text}"
    );
    assert!(text.contains("Vraag 1 van"), "{text}");
    // The next score is for the next statement.
    press(&mut app, KeyCode::Char('4'));
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("Vraag 2 van"), "{text}");
    assert!(!text.contains("sd 2,3"), "{text}");
}
