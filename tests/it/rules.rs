//! A workspace built to hit every rule for findings in words (model.md): a characteristic at
//! +0,3 and one at exactly the margin, a cooperation across four quadrants, a partner on a
//! cut line, a board member alone, a scale measured unreliably, a partner that joined later.
//! The sentences, the JSON and every aggregated output are checked against the rules.

use std::collections::BTreeMap;
use std::process::Command;

use rijp::analysis::benchmark::{BenchmarkFile, BenchmarkStat};
use rijp::analysis::comparison::{self, ComparisonRequest};
use rijp::model::Lang;
use rijp::model::assessment::{Answer, Assessment, QuestionnaireRef, Role};
use rijp::store::workspace::{Settings, WorkspaceData};
use rijp::words::findings::Subject;
use rijp::words::findings::{self, FindingContext};
use rijp::words::summary;

use crate::support::fixture::Fixture;

/// Benchmark means that put the partners' flat 50 scores at chosen deviations.
fn benchmark(f: &Fixture) {
    let special: BTreeMap<&str, f64> = [
        ("customer_centric", 49.7), // +0,3: at the benchmark, never "furthest above"
        ("innovate_experiment", 47.0), // +3,0: exactly the margin, still at
        ("agility_flexibility", 30.0), // +20,0: above
        ("learning_organisation", 70.0), // −20,0: below
        ("vision", 20.0),           // far above, on an unreliable scale
    ]
    .into_iter()
    .collect();
    let scores = f
        .questionnaire
        .scales()
        .map(|s| {
            let mean = special.get(s.id.as_str()).copied().unwrap_or(50.0);
            let stat = BenchmarkStat {
                mean,
                n: Some(40),
                sd: None,
                median: None,
                ..Default::default()
            };
            (s.id.clone(), stat)
        })
        .collect();
    f.workspace
        .save_benchmark(
            "b",
            &BenchmarkFile {
                name: "Regelbenchmark".to_string(),
                year: Some(2025),
                source: None,
                illustrative: true,
                scores,
                ..Default::default()
            },
        )
        .unwrap();
}

/// A respondent at 50 on culture and leadership (vision answered item by item, so the
/// scale's items disagree with each other) and at `x`/`y` on the two dimensions.
fn respondent(f: &Fixture, round: &str, org: &str, name: &str, role: Role, x: u8, y: u8) {
    let q = &f.questionnaire;
    let mut assessment = Assessment::new(
        org,
        name,
        role,
        round,
        QuestionnaireRef {
            id: q.id.clone(),
            version: q.version,
        },
    );
    // Alternating answers that cancel out: the vision scale scores 50 but its items do not
    // measure one thing (a low Cronbach's alpha).
    let pattern: [u8; 3] = match name.len() % 3 {
        0 => [5, 1, 3],
        1 => [1, 5, 3],
        _ => [3, 3, 3],
    };
    for scale in q.scales() {
        for (index, item) in scale.items.iter().enumerate() {
            let value = match scale.id.as_str() {
                "operational_efficiency" => x,
                "customer_experience" => y,
                "vision" => pattern[index % 3],
                _ => 3,
            };
            let value = if item.reverse && scale.id != "vision" {
                6 - value
            } else {
                value
            };
            assessment
                .answers
                .insert(item.id.clone(), Answer::Value(value));
        }
    }
    f.workspace.save_assessment(&assessment).unwrap();
}

fn workspace() -> Fixture {
    let f = Fixture::new();
    f.settings(Settings {
        name: Some("GR Regels".to_string()),
        default_benchmark: Some("b".to_string()),
        ..Settings::default()
    });
    benchmark(&f);
    f.round("2024", "2024-03-01").round("2025", "2025-03-01");
    // (id, x, y): one partner in each quadrant, one on the x cut line.
    let partners = [
        ("aap", 2, 2),
        ("noot", 2, 4),
        ("mies", 4, 2),
        ("wim", 4, 4),
        ("zus", 4, 3),
    ];
    for (id, x, y) in partners {
        f.organisation(
            id,
            &format!("Gemeente {}", capitalised(id)),
            None,
            &["GR Regels"],
            &[],
        );
        for round in ["2024", "2025"] {
            for name in ["Anna", "Bram", "Carla"] {
                respondent(&f, round, id, name, Role::Staff, x, y);
            }
        }
    }
    // A board member alone, answering 5 throughout: no output may show their scores.
    let q = &f.questionnaire;
    let mut board = Assessment::new(
        "aap",
        "Wethouder Aap",
        Role::Board,
        "2025",
        QuestionnaireRef {
            id: q.id.clone(),
            version: q.version,
        },
    );
    for item in q.items() {
        board.answers.insert(item.id.clone(), Answer::Value(5));
    }
    f.workspace.save_assessment(&board).unwrap();
    // A partner that joined in 2025.
    f.organisation("jet", "Gemeente Jet", None, &["GR Regels"], &[]);
    for name in ["Anna", "Bram", "Carla"] {
        respondent(&f, "2025", "jet", name, Role::Staff, 4, 4);
    }
    f
}

fn capitalised(id: &str) -> String {
    let mut chars = id.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn findings_text(data: &WorkspaceData, subject: Subject, lang: Lang) -> String {
    let comparison = comparison::compare(data, &ComparisonRequest::default()).unwrap();
    findings::for_organisation(&comparison, data, subject, lang)
        .iter()
        .map(|f| format!("## {}\n{}", f.heading, f.text))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn furthest_above_and_below_name_only_characteristics_beyond_the_margin() {
    let f = workspace();
    let data = f.load();
    let comparison = comparison::compare(&data, &ComparisonRequest::default()).unwrap();
    let wim = comparison.organisation("wim").unwrap();
    let culture = wim.verdict("culture").unwrap();
    assert_eq!(culture.furthest_above, ["agility_flexibility"]);
    assert_eq!(culture.furthest_below, ["learning_organisation"]);
    assert_eq!(wim.deviations["customer_centric"], 0.3);
    assert_eq!(wim.deviations["innovate_experiment"], 3.0);

    let nl = findings_text(&data, Subject::Organisation("wim"), Lang::Nl);
    assert!(
        nl.contains("Het verst boven de benchmark ligt wendbaarheid en flexibiliteit (+20,0)."),
        "{nl}"
    );
    assert!(!nl.contains("klant centraal"), "{nl}");
    assert!(!nl.contains("innoveren"), "{nl}");
    let en = findings_text(&data, Subject::Organisation("wim"), Lang::En);
    assert!(
        en.contains("Furthest below the benchmark is learning organisation (−20.0)."),
        "{en}"
    );

    // The same lists reach `rijp scores --format json`.
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .args(["scores", "--format", "json", "--workspace"])
        .arg(f.dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let wim = json["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "wim")
        .unwrap();
    assert_eq!(
        wim["culture"]["furthest_above"],
        serde_json::json!(["agility_flexibility"])
    );
    assert_eq!(
        wim["deviations"]["customer_centric"],
        serde_json::json!(0.3)
    );
}

#[test]
fn a_partner_on_a_cut_line_is_on_the_border_in_words_and_in_the_table() {
    let f = workspace();
    let data = f.load();
    let nl = findings_text(&data, Subject::Organisation("zus"), Lang::Nl);
    assert!(
        nl.contains(
            "Gemeente Zus staat op de grens van ‘geïndustrialiseerd’ en ‘toekomstvoorbereid’"
        ),
        "{nl}"
    );
    let en = findings_text(&data, Subject::Organisation("zus"), Lang::En);
    assert!(
        en.contains("Gemeente Zus is on the border of ‘industrialised’ and ‘future ready’"),
        "{en}"
    );
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .args(["scores", "--workspace"])
        .arg(f.dir.path())
        .output()
        .unwrap();
    let table = String::from_utf8(output.stdout).unwrap();
    let row = table.lines().find(|l| l.contains("Gemeente Zus")).unwrap();
    assert!(row.contains("(op de grens)"), "{row}");
}

#[test]
fn the_cooperation_is_narrated_by_the_spread_of_its_partners() {
    let f = workspace();
    let data = f.load();
    let cooperation = findings_text(&data, Subject::Cooperation, Lang::Nl);
    assert!(
        cooperation.contains("De 6 deelnemers staan verspreid: 1 in ‘traditioneel’, 1 in ‘geïndustrialiseerd’, 1 in ‘geïntegreerde klantervaring’, 2 in ‘toekomstvoorbereid’ en 1 op de grens van kwadranten."),
        "{cooperation}"
    );
    assert!(
        cooperation.contains("In Meting 2024 deden 5 deelnemers mee, nu 6"),
        "{cooperation}"
    );
    assert!(!cooperation.contains("verschoven"), "{cooperation}");
    assert!(
        !cooperation.contains("als geheel als geheel"),
        "{cooperation}"
    );
    let jet = findings_text(&data, Subject::Organisation("jet"), Lang::Nl);
    assert!(
        jet.contains("Gemeente Jet deed in Meting 2024 nog niet mee"),
        "{jet}"
    );
    insta::assert_snapshot!("rules_cooperation_nl", cooperation);
    insta::assert_snapshot!(
        "rules_cooperation_en",
        findings_text(&data, Subject::Cooperation, Lang::En)
    );
    insta::assert_snapshot!(
        "rules_zus_nl",
        findings_text(&data, Subject::Organisation("zus"), Lang::Nl)
    );
    insta::assert_snapshot!(
        "rules_zus_en",
        findings_text(&data, Subject::Organisation("zus"), Lang::En)
    );
}

#[test]
fn a_finding_on_an_unreliable_scale_says_so() {
    let f = workspace();
    let data = f.load();
    let nl = findings_text(&data, Subject::Organisation("wim"), Lang::Nl);
    assert!(
        nl.contains("Het verst boven de benchmark ligt visie en ambitie (+"),
        "{nl}"
    );
    assert!(
        nl.contains("Let op: visie en ambitie is in deze ronde niet betrouwbaar gemeten"),
        "{nl}"
    );
    let en = findings_text(&data, Subject::Organisation("wim"), Lang::En);
    assert!(
        en.contains("Note: vision and ambition was not measured reliably in this round"),
        "{en}"
    );
}

#[test]
fn the_summary_groups_partners_per_quadrant_in_at_most_ten_sentences() {
    let f = workspace();
    let data = f.load();
    let comparison = comparison::compare(&data, &ComparisonRequest::default()).unwrap();
    let context = FindingContext::new(&comparison, &data, Lang::Nl).unwrap();
    let sentences = summary::executive_summary(&context);
    assert!(sentences.len() <= summary::MAX_SENTENCES);
    assert_eq!(
        sentences[0],
        "Aap staat in het kwadrant ‘traditioneel’; Mies in ‘geïndustrialiseerd’; Noot in ‘geïntegreerde klantervaring’; Jet, Wim en de benchmark in ‘toekomstvoorbereid’."
    );
    // On the line: named with the quadrants it lies between, never counted as inside one.
    assert_eq!(
        sentences[1],
        "Zus staat op de grens van ‘geïndustrialiseerd’ en ‘toekomstvoorbereid’."
    );
    assert!(
        sentences[2].contains("geen eindoordeel"),
        "{}",
        sentences[2]
    );
}

/// Every aggregated output of the workspace: not one of them may show the lone board
/// member's own scores (100 throughout) or their extreme in a range.
#[test]
fn no_aggregated_output_shows_the_lone_board_member() {
    let f = workspace();
    let out = tempfile::tempdir().unwrap();
    let rijp = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
            .args(args)
            .arg("--workspace")
            .arg(f.dir.path())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    let mut outputs = vec![
        ("scores table", rijp(&["scores"])),
        ("scores csv", rijp(&["scores", "--format", "csv"])),
        ("scores json", rijp(&["scores", "--format", "json"])),
    ];
    let html = out.path().join("r.html");
    let md = out.path().join("r.md");
    rijp(&["report", "--out", html.to_str().unwrap()]);
    rijp(&["report", "--out", md.to_str().unwrap()]);
    outputs.push(("report html", std::fs::read_to_string(&html).unwrap()));
    outputs.push(("report md", std::fs::read_to_string(&md).unwrap()));
    let export = out.path().join("export");
    rijp(&[
        "export-data",
        "--format",
        "csv",
        "--out",
        export.to_str().unwrap(),
    ]);
    outputs.push((
        "exported scores",
        std::fs::read_to_string(export.join("scores.csv")).unwrap(),
    ));
    for (what, text) in &outputs {
        // In a CSV a comma separates fields ("100,0" is 100 and 0): there only the point.
        let csv = what.contains("csv") || what.contains("exported");
        let figures: &[&str] = if csv { &["100.0"] } else { &["100,0", "100.0"] };
        for person in figures {
            assert!(!text.contains(person), "{what} shows {person}");
        }
        // The cooperation block's characteristic about its governance ("Bestuur en
        // besluitvorming …", perhaps wrapped over lines in a chart) is no role group.
        let text = text.replace("Bestuur en", "");
        assert!(
            !text.contains("Bestuur"),
            "{what} shows the board as a group"
        );
        assert!(!text.contains("Board"), "{what} shows the board as a group");
    }
}
