//! The privacy rule on a workspace of small organisations, output by output: a scale's sd only
//! from three respondents and its range from five, a statement's figures only from five (a
//! word below that), no role group under three, and an organisation under three shown but
//! marked indicative, in both languages.

use rijp::model::assessment::Role;
use rijp::store::workspace::Settings;

use crate::support::fixture::Fixture;
use crate::support::rijp_ok as rijp;

/// One organisation with a single board respondent, one with a board member and a manager,
/// one with three i-advisers, one with three managers and a board member, one with five.
pub fn small_groups() -> Fixture {
    let f = Fixture::new();
    f.settings(Settings {
        name: Some("GR Klein".to_string()),
        ..Settings::default()
    });
    f.round("2025", "2025-03-01");
    for (id, name) in [
        ("solo", "Gemeente Solo"),
        ("duo", "Gemeente Duo"),
        ("trio", "Gemeente Trio"),
        ("mt", "Gemeente Mt"),
        ("vijf", "Gemeente Vijf"),
    ] {
        f.organisation(id, name, Some(20_000), &["GR Klein"], &[]);
    }
    f.respondent("2025", "solo", "Wethouder Solo", Role::Board, Some(5), &[]);
    f.respondent("2025", "duo", "Wethouder Duo", Role::Board, Some(5), &[]);
    f.respondent("2025", "duo", "Manager Duo", Role::Management, Some(2), &[]);
    for (name, value) in [("Ina", 2), ("Ivo", 4), ("Iris", 3)] {
        f.respondent("2025", "trio", name, Role::IAdviser, Some(value), &[]);
    }
    for (name, value) in [("Mia", 2), ("Max", 3), ("Mo", 4)] {
        f.respondent("2025", "mt", name, Role::Management, Some(value), &[]);
    }
    f.respondent("2025", "mt", "Wethouder Mt", Role::Board, Some(5), &[]);
    for (name, role, value) in [
        ("Vera", Role::Board, 5),
        ("Vince", Role::Management, 4),
        ("Vos", Role::IAdviser, 3),
        ("Vaart", Role::Staff, 2),
        ("Vlam", Role::Staff, 1),
    ] {
        f.respondent("2025", "vijf", name, role, Some(value), &[]);
    }
    f
}

#[test]
fn exported_scores_show_spread_only_where_the_floor_allows() {
    let f = small_groups();
    let out = tempfile::tempdir().unwrap();
    let folder = out.path().join("export");
    rijp(
        f.dir.path(),
        &[
            "export-data",
            "--format",
            "csv",
            "--out",
            folder.to_str().unwrap(),
        ],
    );
    let mut reader = csv::Reader::from_path(folder.join("scores.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (organisation, n, sd, min) = (
        column("organisation_id"),
        column("n"),
        column("sd"),
        column("min"),
    );
    let mut seen = 0;
    for record in reader.records() {
        let record = record.unwrap();
        let respondents: usize = record[n].parse().unwrap_or(0);
        if respondents == 0 {
            continue;
        }
        seen += 1;
        let id = &record[organisation];
        // sd from three respondents; the range from five.
        assert_eq!(record[sd].is_empty(), respondents < 3, "{id}: {record:?}");
        assert_eq!(record[min].is_empty(), respondents < 5, "{id}: {record:?}");
    }
    assert!(seen > 0);
}

#[test]
fn a_statement_shows_its_figures_only_from_five_respondents() {
    let f = small_groups();
    let rows: Vec<serde_json::Value> = serde_json::from_str(&rijp(
        f.dir.path(),
        &["scores", "--disagreement", "--format", "json"],
    ))
    .unwrap();
    for org in ["trio", "mt"] {
        let mine: Vec<_> = rows.iter().filter(|r| r["organisation"] == org).collect();
        assert!(!mine.is_empty(), "{org}");
        for row in mine {
            for hidden in ["mean", "sd", "histogram"] {
                assert!(row[hidden].is_null(), "{org}: {row}");
            }
            assert!(row["agreement"].is_string(), "{org}: {row}");
        }
    }
    let five: Vec<_> = rows
        .iter()
        .filter(|r| r["organisation"] == "vijf")
        .collect();
    assert!(five.iter().all(|r| r["histogram"].is_array()));
    // The Dutch table speaks the same rule.
    let table = rijp(f.dir.path(), &["scores", "--disagreement"]);
    assert!(table.contains("[verdeeld]") || table.contains("[sterk verdeeld]"));
}

#[test]
fn the_report_shows_no_role_group_under_three_and_marks_small_organisations() {
    let f = small_groups();
    let out = tempfile::tempdir().unwrap();
    for (lang, indicative, mt_note, trio_note) in [
        (
            "nl",
            "indicatief",
            "de score van de 3 MT-leden naast die van de hele organisatie zou laten zien wat de ene andere respondent antwoordde",
            "alle respondenten (3 i-adviseurs) hebben dezelfde rol",
        ),
        (
            "en",
            "indicative",
            "the score of the 3 MT members beside that of the whole organisation would show what the one other respondent answered",
            "all respondents (3 i-advisers) have the same role",
        ),
    ] {
        let file = out.path().join(format!("r-{lang}.md"));
        rijp(
            f.dir.path(),
            &["--lang", lang, "report", "--out", file.to_str().unwrap()],
        );
        let report = std::fs::read_to_string(&file).unwrap();
        assert!(report.contains(mt_note), "{lang}");
        assert!(report.contains(trio_note), "{lang}");
        assert!(report.contains(indicative), "{lang}");
        // No role group's scores: no table row names a role as a group.
        for role in [
            "| Bestuur |",
            "| Board |",
            "| Management |",
            "| i-adviseur |",
        ] {
            assert!(!report.contains(role), "{lang}: {role}");
        }
        // The statement table of the three i-advisers holds a word, not their answers.
        let trio = &report[report.find("### Gemeente Trio").unwrap()..];
        let section = &trio[..trio.find("\n### ").unwrap_or(trio.len())];
        let caption = match lang {
            "nl" => "Stellingen waarover de respondenten het minst eens zijn",
            _ => "Statements the respondents agree on least",
        };
        let table = &section[section.find(caption).unwrap()..];
        let rows: Vec<&str> = table
            .lines()
            .skip_while(|line| !line.starts_with("| ---"))
            .skip(1)
            .take_while(|line| line.starts_with('|'))
            .collect();
        assert!(!rows.is_empty(), "{lang}");
        for row in rows {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            // statement, n, sd, mean, answers per value
            assert_eq!((cells[3], cells[4]), ("–", "–"), "{lang}: {row}");
            assert!(!cells[5].contains('·'), "{lang}: {row}");
        }
    }
}

#[test]
fn charts_mark_an_organisation_under_three_wherever_they_plot_it() {
    let f = small_groups();
    let data = f.load();
    let options = rijp::render::charts::ChartOptions::default();
    let charts = rijp::render::charts::charts(
        &data,
        &rijp::analysis::comparison::ComparisonRequest::default(),
        &options,
    )
    .unwrap();
    let items = charts
        .iter()
        .find(|c| c.id.to_string() == "items:customer_experience")
        .unwrap();
    // A statement's mean only from five: the chart says whose statements it leaves out, and
    // its legend names only the partners it plots.
    assert!(
        items.svg.contains("daarom niet per stelling"),
        "{}",
        items.svg
    );
    assert!(items.svg.contains("Gemeente Vijf"));
    for unplotted in [
        "Gemeente Solo",
        "Gemeente Duo",
        "Gemeente Trio",
        "Gemeente Mt",
    ] {
        assert!(!items.svg.contains(unplotted), "{unplotted} in the legend");
    }
    let bars = charts
        .iter()
        .find(|c| c.id.to_string() == "compared:customer_experience")
        .unwrap();
    assert!(bars.svg.contains("indicatief, n = 1"));
}

#[test]
fn an_organisation_under_three_carries_one_form_of_the_mark_wherever_it_is_named() {
    let f = small_groups();
    let out = tempfile::tempdir().unwrap();
    for (lang, mark, few) in [
        ("nl", "indicatief", "indicatief (minder dan 3 respondenten)"),
        ("en", "indicative", "indicative (fewer than 3 respondents)"),
    ] {
        let file = out.path().join(format!("r-{lang}.md"));
        rijp(
            f.dir.path(),
            &["--lang", lang, "report", "--out", file.to_str().unwrap()],
        );
        let mut texts = vec![std::fs::read_to_string(&file).unwrap()];
        let data = f.load();
        let options = rijp::render::charts::ChartOptions::for_medium(
            lang.parse::<rijp::words::i18n::Lang>().unwrap(),
            rijp::render::charts::Medium::Screen,
        );
        let charts = rijp::render::charts::charts(
            &data,
            &rijp::analysis::comparison::ComparisonRequest::default(),
            &options,
        )
        .unwrap();
        texts.extend(charts.iter().map(|c| c.svg.clone()));
        let report = &texts[0];
        // Named: the partner's own section, the appendix's base table, tables and legends.
        assert!(
            report.contains(&format!("### Gemeente Duo ({mark}, n = 2)")),
            "{lang}"
        );
        assert!(
            report.contains(&format!("| Gemeente Solo ({mark}, n = 1) | ")),
            "{lang}: the appendix names Solo unmarked"
        );
        assert!(
            report.contains(&format!("| Duo ({mark}, n = 2) |")),
            "{lang}"
        );
        assert!(report.contains(few), "{lang}");
        for text in &texts {
            // One form: never "indicatief (n = 2)", "— indicatief" or nested brackets.
            for wrong in [
                format!("{mark} (n ="),
                format!("— {mark}"),
                format!("({mark} ("),
                "n = 1))".to_string(),
                "n = 2))".to_string(),
            ] {
                assert!(!text.contains(&wrong), "{lang}: {wrong}");
            }
        }
        let quadrant = charts
            .iter()
            .find(|c| c.id.to_string() == "quadrant")
            .unwrap();
        assert!(
            quadrant
                .svg
                .contains(&format!("Gemeente Duo ({mark}, n = 2)")),
            "{lang}"
        );
    }
}

#[test]
fn a_statement_row_without_a_mean_says_why_in_both_languages() {
    // Everyone answers the last customer-experience statement "don't know": its row is empty.
    let f = small_groups();
    let mut data = f.load();
    let last = data
        .questionnaire
        .scale("customer_experience")
        .unwrap()
        .items
        .last()
        .unwrap()
        .id
        .clone();
    for stored in &mut data.assessments {
        stored
            .assessment
            .answers
            .insert(last.as_str(), rijp::model::assessment::Answer::DontKnow);
    }
    for (lang, why) in [
        (
            rijp::words::i18n::Lang::Nl,
            "geen gemiddelde: niemand gaf hier een waarde",
        ),
        (
            rijp::words::i18n::Lang::En,
            "no mean: nobody gave a value here",
        ),
    ] {
        let options = rijp::render::charts::ChartOptions::for_medium(
            lang,
            rijp::render::charts::Medium::Screen,
        );
        let charts = rijp::render::charts::charts(
            &data,
            &rijp::analysis::comparison::ComparisonRequest::default(),
            &options,
        )
        .unwrap();
        let items = charts
            .iter()
            .find(|c| c.id.to_string() == "items:customer_experience")
            .unwrap();
        assert!(items.svg.contains(why), "{lang:?}");
        // Rows with a dot say nothing of the kind.
        assert_eq!(items.svg.matches(why).count(), 1, "{lang:?}");
    }
}

#[test]
fn the_reason_for_no_role_breakdown_is_true_for_an_organisation_under_three() {
    let f = small_groups();
    for (lang, solo, duo, other) in [
        (
            "nl",
            "de organisatie telt één respondent, minder dan drie",
            "de organisatie telt 2 respondenten, minder dan drie",
            "een kleinere groep",
        ),
        (
            "en",
            "the organisation has one respondent, fewer than three",
            "the organisation has 2 respondents, fewer than three",
            "a smaller group",
        ),
    ] {
        let report = crate::support::report_md(f.dir.path(), lang);
        // A partner's section runs from its heading to the next partner's.
        let section = |name: &str, next: &str| {
            let start = report
                .find(&format!("# Gemeente {name} ("))
                .unwrap_or_else(|| panic!("no section for {name}"));
            let rest = &report[start..];
            let end = rest
                .find(&format!("# Gemeente {next}"))
                .unwrap_or(rest.len());
            rest[..end].to_string()
        };
        let solo_section = section("Solo", "Trio");
        assert!(solo_section.contains(solo), "{solo_section}");
        assert!(!solo_section.contains(other), "{solo_section}");
        assert!(section("Duo", "Mt").contains(duo));
    }
}
