//! The exported charts: every chart renders for the demo and for edge cases, the SVG is valid
//! XML with the expected texts, the PNG has the requested size, and output is deterministic.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use rijp::analysis::comparison::{BenchmarkChoice, ComparisonRequest};
use rijp::ingest::demo;
use rijp::model::assessment::{Answer, Assessment, QuestionnaireRef, Role};
use rijp::model::questionnaire::Questionnaire;
use rijp::render::charts::{
    self, Chart, ChartFormat, ChartId, ChartOptions, ChartSize, ExportOptions, Medium,
};
use rijp::store::workspace::{Organisation, Workspace, WorkspaceData};
use rijp::words::i18n::Lang;

fn demo_workspace(dir: &Path) -> WorkspaceData {
    let workspace = Workspace::at(dir);
    demo::write_demo(&workspace, &Questionnaire::bundled().unwrap()).unwrap();
    workspace.load().unwrap()
}

fn synthetic_workspace(dir: &Path, municipalities: usize) -> WorkspaceData {
    let workspace = Workspace::at(dir);
    demo::write_synthetic(
        &workspace,
        &Questionnaire::bundled().unwrap(),
        municipalities,
        3,
        7,
    )
    .unwrap();
    workspace.load().unwrap()
}

fn draw(data: &WorkspaceData, request: &ComparisonRequest, lang: Lang) -> Vec<Chart> {
    charts::charts(
        data,
        request,
        &ChartOptions::for_medium(lang, Medium::Screen),
    )
    .unwrap()
}

/// Every text node of an SVG, which must parse as XML.
fn svg_texts(chart: &Chart) -> String {
    let document = roxmltree::Document::parse(&chart.svg)
        .unwrap_or_else(|e| panic!("{} is not valid XML: {e}", chart.file_stem));
    document
        .descendants()
        .filter(|node| node.is_text())
        .filter_map(|node| node.text())
        .collect::<Vec<_>>()
        .join("\n")
}

fn chart<'a>(charts: &'a [Chart], id: &str) -> &'a Chart {
    charts
        .iter()
        .find(|c| c.id.to_string() == id)
        .unwrap_or_else(|| panic!("no chart {id}"))
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder.read_info().unwrap();
    let info = reader.info();
    (info.width, info.height)
}

#[test]
fn demo_quadrant_shows_partners_benchmark_quadrants_and_illustrative_notice() {
    let dir = tempfile::tempdir().unwrap();
    let data = demo_workspace(dir.path());
    let charts = draw(&data, &ComparisonRequest::default(), Lang::Nl);
    let quadrant = chart(&charts, "quadrant");
    assert_eq!(quadrant.file_stem, "01-kwadrant");
    let texts = svg_texts(quadrant);
    for expected in [
        "Aldersum",
        "Eemstein",
        "Gemeente Crommenhoorn (fictief)",
        "Traditioneel",
        "Geïndustrialiseerd",
        "Geïntegreerde klantervaring",
        "Toekomstvoorbereid",
        "Illustratieve benchmark gemeenten",
        "illustratief",
        "Meting 2025",
        "schaalmidden",
        "Nulmeting 2024",
        "Respondenten",
    ] {
        assert!(texts.contains(expected), "quadrant lacks {expected:?}");
    }
    // Eemstein joined in the last round: no arrow, and the legend says it is new.
    assert!(texts.contains("nieuw in deze ronde"));
    let eemstein = ComparisonRequest {
        organisations: Some(vec!["gemeente-eemstein-fictief".to_string()]),
        ..ComparisonRequest::default()
    };
    let alone = svg_texts(chart(&draw(&data, &eemstein, Lang::Nl), "quadrant"));
    assert!(alone.contains("nieuw in deze ronde"));
    assert!(!alone.contains("Pijl"), "no arrow legend without arrows");
}

#[test]
fn english_charts_use_english_names_and_decimal_points() {
    let dir = tempfile::tempdir().unwrap();
    let data = demo_workspace(dir.path());
    let charts = draw(&data, &ComparisonRequest::default(), Lang::En);
    let quadrant = chart(&charts, "quadrant");
    assert_eq!(quadrant.file_stem, "01-quadrant");
    let texts = svg_texts(quadrant);
    assert!(texts.contains("Silos and spaghetti"));
    assert!(texts.contains("Future ready"));
    assert!(texts.contains("41.7"), "scores use a decimal point");
    assert!(texts.contains("illustrative"));
}

#[test]
fn export_writes_png_of_the_requested_size_and_identical_bytes_twice() {
    let dir = tempfile::tempdir().unwrap();
    let data = demo_workspace(&dir.path().join("ws"));
    let options = |out: &str| ExportOptions {
        out_dir: dir.path().join(out),
        formats: vec![ChartFormat::Png, ChartFormat::Svg],
        chart: ChartOptions {
            size: ChartSize {
                width: 1800,
                height: 1200,
            },
            ..ChartOptions::for_medium(Lang::Nl, Medium::Screen)
        },
    };
    let first = charts::export_all(&data, &ComparisonRequest::default(), &options("a")).unwrap();
    let second = charts::export_all(&data, &ComparisonRequest::default(), &options("b")).unwrap();
    assert_eq!(first.len(), second.len());
    assert!(first.iter().any(|p| p.ends_with("01-kwadrant.png")));
    assert!(first.iter().any(|p| p.ends_with("01-kwadrant.svg")));
    for (a, b) in first.iter().zip(&second) {
        let (a_bytes, b_bytes) = (std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
        assert!(
            a_bytes == b_bytes,
            "{} differs between exports",
            a.display()
        );
        if a.extension().is_some_and(|e| e == "png") {
            assert_eq!(png_size(&a_bytes), (1800, 1200), "{}", a.display());
        }
    }
}

#[test]
fn one_partner_and_no_benchmark_still_render() {
    let dir = tempfile::tempdir().unwrap();
    let data = synthetic_workspace(dir.path(), 2);
    let request = ComparisonRequest {
        benchmark: BenchmarkChoice::Peers,
        organisations: Some(vec!["gemeente-001".to_string()]),
        ..ComparisonRequest::default()
    };
    let charts = draw(&data, &request, Lang::Nl);
    let texts = svg_texts(chart(&charts, "quadrant"));
    assert!(texts.contains("Gemeente 001 (synthetisch)"));
    assert!(texts.contains("geen benchmark"));
    assert!(!texts.contains("Gemeente 002"));
    for id in ["quadrant", "compared:operational_efficiency"] {
        assert!(
            !svg_texts(chart(&charts, id)).contains("amenwerking als geheel"),
            "one partner is not also drawn as the cooperation in {id}"
        );
    }
}

#[test]
fn demo_charts_show_the_cooperation_as_a_whole_next_to_the_partners() {
    let dir = tempfile::tempdir().unwrap();
    let data = demo_workspace(dir.path());
    let charts = draw(&data, &ComparisonRequest::default(), Lang::Nl);
    let quadrant = svg_texts(chart(&charts, "quadrant"));
    assert!(quadrant.contains("Samenwerking als geheel"), "point label");
    assert!(
        quadrant.contains("GR ICT Noorderwaard (fictief; samenwerking als geheel)"),
        "legend entry"
    );
    // The mean of the five partners' unrounded means (the demo's figures follow the bundled
    // questionnaire). Its partners stand in several quadrants, so the legend gives it none
    // of its own.
    assert!(
        quadrant.contains("– (deelnemers verspreid) · Operatie 55,1 · Klant 48,0"),
        "{quadrant}"
    );
    for (id, score) in [
        ("compared:operational_efficiency", "55,1"),
        ("compared:customer_experience", "48,0"),
    ] {
        let texts = svg_texts(chart(&charts, id));
        assert!(texts.contains("samenwerking als geheel)"), "{id}");
        assert!(texts.contains(score), "{id} lacks {score}");
        assert!(
            texts.contains("n = 26"),
            "{id}: every respondent under the cooperation"
        );
    }
    let english = draw(&data, &ComparisonRequest::default(), Lang::En);
    assert!(svg_texts(chart(&english, "quadrant")).contains("Cooperation as a whole"));
}

#[test]
fn twelve_partners_all_appear_in_the_quadrant_legend() {
    let dir = tempfile::tempdir().unwrap();
    let data = synthetic_workspace(dir.path(), 12);
    let charts = draw(&data, &ComparisonRequest::default(), Lang::Nl);
    let texts = svg_texts(chart(&charts, "quadrant"));
    for index in 1..=12 {
        assert!(
            texts.contains(&format!("Gemeente {index:03} (synthetisch)")),
            "partner {index} missing from the legend"
        );
    }
}

/// The chart ids every set has for these partners (targets only where they exist).
fn expected_ids(data: &WorkspaceData, partners: &[&str], targets: bool) -> Vec<String> {
    let _ = data;
    let mut ids = vec![
        "quadrant".to_string(),
        "compared:operational_efficiency".to_string(),
        "items:operational_efficiency".to_string(),
        "compared:customer_experience".to_string(),
        "items:customer_experience".to_string(),
    ];
    for pillar in ["culture", "leadership"] {
        for partner in partners {
            ids.push(format!("profile:{pillar}:{partner}"));
        }
        ids.push(format!("pillar:{pillar}"));
    }
    // The cooperation block, per partner and for the cooperation, in one chart.
    ids.push("pillar:cooperation".to_string());
    if targets {
        for partner in partners {
            ids.push(format!("targets:{partner}"));
        }
    }
    ids
}

#[test]
fn the_demo_set_has_every_chart_with_titles_axes_and_base() {
    let dir = tempfile::tempdir().unwrap();
    let data = demo_workspace(dir.path());
    let charts = draw(&data, &ComparisonRequest::default(), Lang::Nl);
    let partners: Vec<&str> = data.organisations.iter().map(|o| o.id.as_str()).collect();
    let ids: Vec<String> = charts.iter().map(|c| c.id.to_string()).collect();
    assert_eq!(ids, expected_ids(&data, &partners, true));
    for chart in &charts {
        let texts = svg_texts(chart);
        assert!(
            chart
                .title
                .split_whitespace()
                .all(|word| texts.contains(word)),
            "{} lacks its title",
            chart.id
        );
        assert!(
            texts.contains("Meting 2025"),
            "{} lacks the round",
            chart.id
        );
        assert!(
            texts.contains("illustratief"),
            "{} lacks the illustrative notice",
            chart.id
        );
        assert!(
            texts.contains("Respondenten") || texts.contains("respondenten"),
            "{} lacks the respondents",
            chart.id
        );
        if !matches!(chart.id, ChartId::Quadrant | ChartId::PillarCompared(_)) {
            assert!(
                texts.contains("Score (0–100)"),
                "{} lacks its axis title",
                chart.id
            );
        }
    }
    let culture = svg_texts(chart(&charts, "profile:culture:gemeente-aldersum-fictief"));
    assert!(culture.contains("Klant centraal"));
    assert!(culture.contains("Verschil"));
    assert!(
        culture.contains("boven de benchmark"),
        "the verdict is written out"
    );
    let items = svg_texts(chart(&charts, "items:customer_experience"));
    assert!(items.contains("Omgekeerd geformuleerde stelling"));
    let heat = svg_texts(chart(&charts, "pillar:leadership"));
    assert!(heat.contains("Visie en ambitie") && heat.contains("Crommenhoorn"));
    let gaps = svg_texts(chart(&charts, "targets:gemeente-dijkwaarde-fictief"));
    assert!(gaps.contains("Minimumniveau") && gaps.contains("Gewenst niveau"));
    assert_eq!(
        chart(&charts, "profile:culture:gemeente-aldersum-fictief").file_stem,
        "04-cultuurprofiel-gemeente-aldersum-fictief"
    );
}

#[test]
fn every_chart_renders_to_a_png_of_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let data = demo_workspace(dir.path());
    let options = ChartOptions {
        size: ChartSize {
            width: 1200,
            height: 800,
        },
        ..ChartOptions::for_medium(Lang::En, Medium::Screen)
    };
    let charts = charts::charts(&data, &ComparisonRequest::default(), &options).unwrap();
    for chart in &charts {
        let png = charts::svg_to_png(&chart.svg, chart.width, chart.height).unwrap();
        assert_eq!(png_size(&png), (1200, 800), "{}", chart.id);
    }
}

#[test]
fn insufficient_scores_are_said_not_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path());
    let questionnaire = Questionnaire::bundled().unwrap();
    demo::write_synthetic(&workspace, &questionnaire, 3, 3, 5).unwrap();
    let organisation = Organisation {
        id: "gemeente-zwijgdorp".to_string(),
        name: "Gemeente Zwijgdorp".to_string(),
        ..Organisation::default()
    };
    workspace.save_organisation(&organisation).unwrap();
    let mut assessment = Assessment::new(
        &organisation.id,
        "Enige respondent",
        Role::IAdviser,
        "2025",
        QuestionnaireRef {
            id: questionnaire.id.clone(),
            version: questionnaire.version,
        },
    );
    assessment
        .answers
        .insert("cx01".to_string(), Answer::Value(4));
    assessment
        .answers
        .insert("cx05".to_string(), Answer::DontKnow);
    workspace.save_assessment(&assessment).unwrap();
    let data = workspace.load().unwrap();
    let charts = draw(&data, &ComparisonRequest::default(), Lang::Nl);
    assert!(
        svg_texts(chart(&charts, "quadrant"))
            .contains("Niet geplaatst (onvoldoende basis): Gemeente Zwijgdorp")
    );
    assert!(
        svg_texts(chart(&charts, "compared:customer_experience")).contains("onvoldoende basis")
    );
    assert!(
        svg_texts(chart(&charts, "profile:culture:gemeente-zwijgdorp"))
            .contains("onvoldoende basis")
    );
}

#[test]
fn without_a_benchmark_every_chart_still_renders_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let data = synthetic_workspace(dir.path(), 2);
    let request = ComparisonRequest {
        benchmark: BenchmarkChoice::Peers,
        ..ComparisonRequest::default()
    };
    let charts = draw(&data, &request, Lang::En);
    assert_eq!(
        charts.len(),
        expected_ids(&data, &["gemeente-001", "gemeente-002"], false).len()
    );
    for chart in &charts {
        assert!(svg_texts(chart).contains("no benchmark"), "{}", chart.id);
    }
    assert!(!svg_texts(chart(&charts, "pillar:culture")).contains("Benchmark\n"));
}

#[test]
fn twelve_partners_fill_every_chart() {
    let dir = tempfile::tempdir().unwrap();
    let data = synthetic_workspace(dir.path(), 12);
    let charts = draw(&data, &ComparisonRequest::default(), Lang::Nl);
    let partners: Vec<&str> = data.organisations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(charts.len(), expected_ids(&data, &partners, false).len());
    for id in [
        "compared:operational_efficiency",
        "items:customer_experience",
    ] {
        // Rows and columns name partners by their short names, with n where a partner's
        // scores are indicative (fewer than three respondents).
        let texts = format!("{}\n", svg_texts(chart(&charts, id)));
        for index in 1..=12 {
            assert!(
                texts.contains(&format!("\n{index:03}\n"))
                    || texts.contains(&format!("\n{index:03} (")),
                "{id} lacks partner {index}"
            );
        }
    }
}

fn rijp() -> Command {
    Command::cargo_bin("rijp").unwrap()
}

#[test]
fn export_command_prints_every_file_it_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    demo_workspace(&ws);
    let out = dir.path().join("grafieken");
    let output = rijp()
        .args(["export", "--workspace"])
        .arg(&ws)
        .arg("--out")
        .arg(&out)
        .args([
            "--format",
            "svg",
            "--orgs",
            "gemeente-aldersum-fictief,gemeente-eemstein-fictief",
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    let mut on_disk: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    on_disk.sort();
    let mut sorted = printed.clone();
    sorted.sort();
    assert_eq!(sorted, on_disk);
    assert!(printed[0].ends_with("01-kwadrant.svg"));
    assert!(printed.iter().all(|p| p.ends_with(".svg")));
    assert!(
        printed
            .iter()
            .any(|p| p.ends_with("04-cultuurprofiel-gemeente-eemstein-fictief.svg"))
    );
    assert!(!printed.iter().any(|p| p.contains("brakeveen")));
}

#[test]
fn export_command_refuses_a_bad_size_and_an_unknown_organisation() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    demo_workspace(&ws);
    rijp()
        .args(["export", "--workspace"])
        .arg(&ws)
        .arg("--out")
        .arg(dir.path().join("a"))
        .args(["--size", "1600by900"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("ongeldig formaat ‘1600by900’"));
    rijp()
        .args(["export", "--workspace"])
        .arg(&ws)
        .arg("--out")
        .arg(dir.path().join("b"))
        .args(["--orgs", "gemeente-nergenshuizen"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "onbekende organisatie ‘gemeente-nergenshuizen’",
        ));
    assert!(
        !dir.path().join("b").exists(),
        "nothing is written on an error"
    );
}

#[test]
fn the_png_carries_the_text_in_the_bundled_font() {
    let dir = tempfile::tempdir().unwrap();
    let data = demo_workspace(dir.path());
    let charts = draw(&data, &ComparisonRequest::default(), Lang::Nl);
    let quadrant = chart(&charts, "quadrant");
    let png = charts::svg_to_png(&quadrant.svg, quadrant.width, quadrant.height).unwrap();
    let mut reader = png::Decoder::new(std::io::Cursor::new(&png))
        .read_info()
        .unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    reader.next_frame(&mut pixels).unwrap();
    let dark_in = |x0: usize, y0: usize, x1: usize, y1: usize| -> usize {
        (y0..y1)
            .flat_map(|y| (x0..x1).map(move |x| (y * 1600 + x) * 3))
            .filter(|&at| pixels[at] < 90 && pixels[at + 1] < 90 && pixels[at + 2] < 90)
            .count()
    };
    // The bold title "Positie in het kwadrantenmodel" sits top left; the top right is empty.
    assert!(dark_in(48, 30, 640, 80) > 2000, "the title is not drawn");
    assert_eq!(dark_in(1200, 0, 1600, 30), 0);
}

#[test]
fn quadrant_marks_points_on_the_border_spreads_coinciding_points_and_numbers_without_gaps() {
    // Duo and Mt share a point, Trio and Vijf share 50/50 (on both cut-off lines), Solo
    // stands at 100/100 in the corner.
    let f = crate::privacy::small_groups();
    let data = f.load();
    for (lang, ring_key) in [
        (
            Lang::Nl,
            "Ring: op de grens (binnen ±3,0 punten van een grenslijn",
        ),
        (
            Lang::En,
            "Ring: on the border (within ±3.0 points of a cut-off line",
        ),
    ] {
        let options = ChartOptions::for_medium(lang, Medium::Screen);
        let layout =
            charts::quadrant_layout(&data, &ComparisonRequest::default(), &options).unwrap();
        // The five partners' markers come first: no two on the same spot.
        let centres: Vec<(f64, f64)> = layout.markers[..5]
            .iter()
            .map(|m| ((m.x0 + m.x1) / 2.0, (m.y0 + m.y1) / 2.0))
            .collect();
        for (index, a) in centres.iter().enumerate() {
            for b in &centres[index + 1..] {
                let distance = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
                assert!(distance > 5.0, "{lang:?}: markers {a:?} and {b:?} coincide");
            }
        }
        // Names and numbers are not mixed, so the legend's numbers have no gaps.
        assert!(
            layout.numbered == 0 || layout.numbered == 5,
            "{lang:?}: {} numbered",
            layout.numbered
        );
        let charts = draw(&data, &ComparisonRequest::default(), lang);
        let texts = svg_texts(chart(&charts, "quadrant"));
        assert!(texts.contains(ring_key), "{lang:?}: {texts}");
        if layout.numbered == 5 {
            let lines: Vec<&str> = texts.lines().map(str::trim).collect();
            for number in 1..=5 {
                assert!(
                    lines.contains(&number.to_string().as_str()),
                    "{lang:?}: number {number} is not in the plot"
                );
            }
        }
    }
}

#[test]
fn a_target_chart_wraps_a_long_pillar_heading_instead_of_running_into_the_plot() {
    let dir = tempfile::tempdir().unwrap();
    let data = demo_workspace(dir.path());
    for (lang, heading) in [
        (Lang::Nl, "Leiderschapskenmerken van bestuur en management"),
        (
            Lang::En,
            "Leadership characteristics of board and management",
        ),
    ] {
        let charts = charts::charts(
            &data,
            &ComparisonRequest::default(),
            &ChartOptions::for_medium(lang, Medium::Print),
        )
        .unwrap();
        let targets = charts
            .iter()
            .find(|c| c.id.to_string().starts_with("targets:"))
            .unwrap();
        let texts = svg_texts(targets);
        let lines: Vec<&str> = texts
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect();
        // Wrapped within the names' column: never one line as wide as the whole name.
        assert!(!lines.contains(&heading), "{lang:?}: {texts}");
        let first = heading.split(' ').next().unwrap();
        let start = lines
            .iter()
            .position(|line| line.starts_with(first))
            .unwrap_or_else(|| panic!("{lang:?}: no heading"));
        let mut joined = String::new();
        for line in &lines[start..] {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(line);
            if joined.len() >= heading.len() {
                break;
            }
        }
        assert_eq!(joined, heading, "{lang:?}");
    }
}

#[test]
fn the_heat_table_shows_each_cells_deviation_in_both_languages_alike() {
    let dir = tempfile::tempdir().unwrap();
    let data = demo_workspace(dir.path());
    let mut counts = Vec::new();
    for lang in [Lang::Nl, Lang::En] {
        for medium in [Medium::Print, Medium::Screen] {
            let charts = charts::charts(
                &data,
                &ComparisonRequest::default(),
                &ChartOptions::for_medium(lang, medium),
            )
            .unwrap();
            let texts = svg_texts(chart(&charts, "pillar:culture"));
            // A deviation is a signed figure: "+4,2", "−3,0", "±0,0".
            let deviations = texts
                .lines()
                .map(str::trim)
                .filter(|line| {
                    line.len() > 1
                        && ['+', '−', '±'].iter().any(|sign| line.starts_with(*sign))
                        && line[line.char_indices().nth(1).unwrap().0..]
                            .replace(',', ".")
                            .parse::<f64>()
                            .is_ok()
                })
                .count();
            counts.push((lang, medium, deviations));
        }
    }
    // Five partners on nine characteristics, in every language and medium.
    for (lang, medium, count) in &counts {
        assert_eq!(*count, 45, "{lang:?} {medium:?}: {counts:?}");
    }
}
