//! The report read as a council member reads it, on the demo and on a workspace of small
//! organisations, in both languages: the rules behind the wording, not the wording itself.

use std::process::Command;

use crate::support::{report_md as report, rijp_ok as rijp};

fn demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .args(["demo", "--workspace"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    dir
}

/// The rows of the first Markdown table under a caption line `**caption**`, or under a
/// heading of that name when the table is named by its section.
fn table<'a>(report: &'a str, caption: &str) -> Vec<Vec<&'a str>> {
    let start = report
        .find(&format!("**{caption}**"))
        .or_else(|| report.find(&format!("## {caption}\n")))
        .unwrap_or_else(|| panic!("no table {caption}"));
    report[start..]
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .filter(|line| !line.starts_with("| ---"))
        .map(|line| line.trim_matches('|').split(" | ").map(str::trim).collect())
        .collect()
}

#[test]
fn the_cooperation_gets_no_quadrant_while_its_partners_stand_in_several() {
    let dir = demo();
    for (lang, summary, quadrant, cooperation) in [
        (
            "nl",
            "Samenvatting van de samenwerking",
            "Kwadrantmodel",
            "*Samenwerking als geheel*",
        ),
        (
            "en",
            "Summary of the cooperation",
            "Quadrant model",
            "*Cooperation as a whole*",
        ),
    ] {
        let report = report(dir.path(), lang);
        for caption in [summary, quadrant] {
            let rows = table(&report, caption);
            let header = &rows[0];
            let column = header
                .iter()
                .position(|h| *h == "Kwadrant" || *h == "Quadrant")
                .unwrap();
            // Customer experience before operational efficiency, in every table.
            let cx = header
                .iter()
                .position(|h| h.starts_with("Klant") || h.starts_with("Customer"));
            let oe = header.iter().position(|h| h.starts_with("Operat"));
            assert!(cx < oe, "{lang} {caption}: {header:?}");
            let partners: std::collections::BTreeSet<&str> = rows[1..]
                .iter()
                .filter(|row| !row[0].starts_with('*'))
                .map(|row| {
                    row[column]
                        .trim_end_matches(" (op de grens)")
                        .trim_end_matches(" (on the border)")
                })
                .collect();
            let own = rows.iter().find(|row| row[0] == cooperation).unwrap();
            if partners.len() > 1 {
                assert!(own[column].contains('–'), "{lang} {caption}: {own:?}");
            }
        }
    }
}

#[test]
fn a_partner_on_a_line_is_marked_in_every_table_and_never_counted_inside() {
    let f = crate::privacy::small_groups();
    let report = report(f.dir.path(), "nl");
    // Trio lies at 50/50, on both lines: both quadrant tables name no quadrant for it, as
    // the text names the border of all four.
    for caption in ["Samenvatting van de samenwerking", "Kwadrantmodel"] {
        let rows = table(&report, caption);
        let trio = rows.iter().find(|row| row[0] == "Trio").unwrap();
        assert!(
            trio.contains(&"Op de grens van alle vier kwadranten"),
            "{caption}: {trio:?}"
        );
        assert!(
            !trio
                .iter()
                .any(|cell| cell.starts_with("Toekomstvoorbereid")),
            "{caption}: {trio:?}"
        );
    }
    let summary = &report[report.find("## Samenvatting").unwrap()..];
    let first = summary.lines().nth(2).unwrap();
    let grouped = &first[..first.find(". ").unwrap()];
    assert!(!grouped.contains("Trio"), "{grouped}");
    assert!(
        first.contains("Trio en Vijf staan op de grens van"),
        "{first}"
    );
}

#[test]
fn the_title_page_and_benchmark_speak_the_readers_language() {
    let f = crate::privacy::small_groups();
    for (lang, questionnaire, benchmark) in [
        (
            "nl",
            "Vragenlijst: Digitale volwassenheid van gemeenten, versie 3",
            "gemiddelde van de deelnemers",
        ),
        (
            "en",
            "Questionnaire: Digital maturity of municipalities, version 3",
            "average of the partners",
        ),
    ] {
        let report = report(f.dir.path(), lang);
        assert!(report.contains(questionnaire), "{lang}");
        // The benchmark computed from the partners is named in words, in the title lines.
        let title = report
            .lines()
            .find(|l| l.starts_with("Benchmark:"))
            .unwrap();
        assert!(title.contains(benchmark), "{lang}: {title}");
        let peers: Vec<&str> = report.lines().filter(|l| l.contains("peers")).collect();
        assert!(peers.is_empty(), "{lang}: {peers:?}");
        assert!(!report.contains("digitale-volwassenheid 3"), "{lang}");
        // Counts of respondents per role are always whole sentences, never "4 ()".
        assert!(!report.contains("()"), "{lang}");
    }
}

/// Every SVG in `folder`: no name or statement cut with "…" and, when `smallest` is given,
/// no text set smaller than that many pixels (the printed minimum of 8 pt).
fn assert_charts_uncut(folder: &std::path::Path, smallest: Option<f64>) {
    let mut charts = 0;
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "svg") {
            continue;
        }
        charts += 1;
        let svg = std::fs::read_to_string(&path).unwrap();
        assert!(!svg.contains('…'), "{}", path.display());
        if let Some(smallest) = smallest {
            for size in svg.split("font-size=\"").skip(1) {
                let size: f64 = size.split('"').next().unwrap().parse().unwrap();
                assert!(size >= smallest, "{}: font-size {size}", path.display());
            }
        }
    }
    assert!(charts > 10, "{}: {charts} charts", folder.display());
}

/// The screen charts of `rijp export` and the printed charts of the report, in both
/// languages.
fn assert_no_chart_cuts_a_name(workspace: &std::path::Path) {
    let out = tempfile::tempdir().unwrap();
    for lang in ["nl", "en"] {
        let folder = out.path().join(lang);
        rijp(
            workspace,
            &["--lang", lang, "export", "--out", folder.to_str().unwrap()],
        );
        assert_charts_uncut(&folder, None);
        let report = out.path().join(format!("rapport-{lang}.md"));
        rijp(
            workspace,
            &["--lang", lang, "report", "--out", report.to_str().unwrap()],
        );
        // 8 pt on a chart printed 16 cm wide, 1890 pixels: 33.3 pixels.
        assert_charts_uncut(
            &out.path().join(format!("rapport-{lang}-charts")),
            Some(33.3),
        );
    }
}

#[test]
fn no_chart_of_the_five_partner_demo_cuts_a_name() {
    let dir = demo();
    assert_no_chart_cuts_a_name(dir.path());
}

#[test]
fn no_chart_of_a_workspace_of_small_organisations_cuts_a_name() {
    let f = crate::privacy::small_groups();
    assert_no_chart_cuts_a_name(f.dir.path());
}

#[test]
fn the_change_column_says_what_its_footnote_says() {
    let dir = demo();
    for (lang, within, rule) in [
        ("nl", "binnen de 95%-marge", "95%-marge"),
        ("en", "within the 95% margin", "95% margin"),
    ] {
        let report = report(dir.path(), lang);
        assert!(!report.contains("binnen spreiding") && !report.contains("within spread"));
        if report.contains(within) {
            assert!(report.contains(rule));
        }
    }
}

#[test]
fn a_change_table_gives_each_figure_its_base_and_marks_one_under_three() {
    let dir = demo();
    for (lang, before, mark) in [
        ("nl", "| Vorige (", "indicatief"),
        ("en", "| Previous (", "indicative"),
    ] {
        let report = report(dir.path(), lang);
        let mut marked = 0;
        let mut rows_seen = 0;
        let mut rest = report.as_str();
        while let Some(start) = rest.find(before) {
            let table_start = rest[..start].rfind('\n').map_or(0, |i| i + 1);
            let lines: Vec<&str> = rest[table_start..]
                .lines()
                .take_while(|line| line.starts_with('|'))
                .filter(|line| !line.starts_with("| ---"))
                .collect();
            let header: Vec<&str> = lines[0]
                .trim_matches('|')
                .split(" | ")
                .map(str::trim)
                .collect();
            // characteristic, before, n, now, n, change, clear
            assert_eq!(header[2], "n", "{lang}: {header:?}");
            assert_eq!(header[4], "n", "{lang}: {header:?}");
            for line in &lines[1..] {
                let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
                for (figure, base) in [(cells[1], cells[2]), (cells[3], cells[4])] {
                    let n: usize = base.parse().unwrap_or_else(|_| panic!("{lang}: {line}"));
                    let expected = format!("({mark}, n = {n})");
                    assert_eq!(figure.ends_with(&expected), n < 3, "{lang}: {line}");
                    marked += usize::from(n < 3);
                }
                rows_seen += 1;
            }
            rest = &rest[start + before.len()..];
        }
        assert!(rows_seen > 0, "{lang}: no change table");
        // The demo's baseline has figures on two respondents (a third answered "weet niet").
        assert!(marked > 0, "{lang}");
    }
}

#[test]
fn the_base_table_adds_up_and_the_narrow_base_note_says_how_not_applicable_counts() {
    let dir = demo();
    for (lang, caption, note) in [
        ("nl", "Basis van de cijfers", "n.v.t. tellen als beantwoord"),
        ("en", "Basis of the figures", "n/a count as answered"),
    ] {
        let report = report(dir.path(), lang);
        assert!(report.contains(note), "{lang}");
        let rows = table(&report, caption);
        // organisation, characteristic, n, answered, don't know, n/a, completeness, basis
        assert_eq!(rows[0].len(), 8, "{lang}: {:?}", rows[0]);
        let percent = |cell: &str| -> f64 {
            cell.trim_end_matches('%')
                .trim()
                .parse()
                .unwrap_or_else(|_| panic!("{lang}: {cell}"))
        };
        let mut with_not_applicable = 0;
        for row in &rows[1..] {
            // The cooperation's rows are set in italics.
            let row: Vec<&str> = row.iter().map(|cell| cell.trim_matches('*')).collect();
            let (answered, possible) = row[3].split_once('/').unwrap();
            let (answered, possible): (f64, f64) =
                (answered.parse().unwrap(), possible.parse().unwrap());
            if possible == 0.0 || row[6] == "–" {
                continue;
            }
            let completeness = percent(row[6]);
            // Values, "don't know" and n/a together make up every answer given.
            let given = completeness / 100.0 * possible;
            let parts = answered + (percent(row[4]) + percent(row[5])) / 100.0 * given;
            assert!(
                (parts - given).abs() <= 0.02 * possible + 0.5,
                "{lang}: {row:?}"
            );
            with_not_applicable += usize::from(percent(row[5]) > 0.0);
        }
        assert!(with_not_applicable > 0, "{lang}");
    }
}

#[test]
fn a_benchmark_of_the_same_partners_is_said_to_hold_the_cooperation_by_construction() {
    let dir = demo();
    let out = tempfile::tempdir().unwrap();
    for (lang, note) in [
        (
            "nl",
            "De benchmark is het gemiddelde van dezelfde deelnemers",
        ),
        ("en", "The benchmark is the mean of the same partners"),
    ] {
        let file = out.path().join(format!("peers-{lang}.md"));
        rijp(
            dir.path(),
            &[
                "--lang",
                lang,
                "report",
                "--benchmark",
                "peers",
                "--out",
                file.to_str().unwrap(),
            ],
        );
        let peers = std::fs::read_to_string(&file).unwrap();
        assert!(peers.contains(note), "{lang}");
        // Against a benchmark of other organisations there is nothing to say.
        assert!(!report(dir.path(), lang).contains(note), "{lang}");
    }
}

#[test]
fn the_cooperations_change_sentence_has_its_table_behind_it() {
    let dir = demo();
    for (lang, caption, none_clear, clear) in [
        (
            "nl",
            "Ontwikkeling van de samenwerking als geheel sinds",
            "Bij de samenwerking als geheel is geen van de veranderingen",
            "ja",
        ),
        (
            "en",
            "Change of the cooperation as a whole since",
            "none of the changes",
            "yes",
        ),
    ] {
        let report = report(dir.path(), lang);
        let start = report
            .find(&format!("**{caption}"))
            .unwrap_or_else(|| panic!("{lang}: no table of the cooperation's change"));
        let rows: Vec<Vec<&str>> = report[start..]
            .lines()
            .skip_while(|line| !line.starts_with('|'))
            .take_while(|line| line.starts_with('|'))
            .filter(|line| !line.starts_with("| ---"))
            .map(|line| line.trim_matches('|').split(" | ").map(str::trim).collect())
            .collect();
        assert!(rows.len() > 1, "{lang}");
        let any_clear = rows[1..].iter().any(|row| row.last() == Some(&clear));
        // The sentence and the table agree on whether any change is clear.
        let says_none = report.contains(none_clear);
        assert_eq!(says_none, !any_clear, "{lang}");
        // The table says whom it counts, and its margin is over those partners' means.
        let caption_line = report[start..].lines().next().unwrap();
        let (whom, margin) = if lang == "nl" {
            (
                "de 4 deelnemers die aan beide rondes deelnamen",
                "over de gemiddelden van deze deelnemers",
            )
        } else {
            (
                "the 4 partners that took part in both rounds",
                "over these partners' means",
            )
        };
        assert!(caption_line.contains(whom), "{lang}: {caption_line}");
        assert!(report[start..].contains(margin), "{lang}");
    }
}

#[test]
fn a_benchmark_of_the_partners_says_it_weighs_a_partner_of_one_respondent_alike() {
    let f = crate::privacy::small_groups();
    let out = tempfile::tempdir().unwrap();
    for (lang, said) in [
        (
            "nl",
            "telt elke deelnemer even zwaar mee, ook Gemeente Duo (indicatief, n = 2) en Gemeente Solo (indicatief, n = 1), hoewel hun scores op minder dan drie respondenten rusten.",
        ),
        (
            "en",
            "counts every partner alike, Gemeente Duo (indicative, n = 2) and Gemeente Solo (indicative, n = 1) included, although their scores rest on fewer than three respondents.",
        ),
    ] {
        let file = out.path().join(format!("peers-{lang}.md"));
        let path = file.to_str().unwrap();
        rijp(
            f.dir.path(),
            &[
                "--lang",
                lang,
                "report",
                "--benchmark",
                "peers",
                "--out",
                path,
            ],
        );
        let report = std::fs::read_to_string(&file).unwrap();
        assert!(report.contains(said), "{lang}");
    }
}

#[test]
fn coinciding_points_in_the_quadrant_chart_are_said_to_be_set_apart() {
    let f = crate::privacy::small_groups();
    let out = tempfile::tempdir().unwrap();
    let folder = out.path().to_str().unwrap();
    rijp(
        f.dir.path(),
        &[
            "export", "--out", folder, "--format", "svg", "--size", "print",
        ],
    );
    let svg = std::fs::read_to_string(out.path().join("01-kwadrant.svg")).unwrap();
    // Trio and Vijf both score 50,0 on both dimensions.
    assert!(svg.contains("Punten met (bijna) dezelfde scores"), "{svg}");
}

#[test]
fn a_reverse_worded_statement_in_a_table_of_raw_answers_is_marked() {
    let dir = demo();
    for (lang, note) in [
        (
            "nl",
            "* Omgekeerd geformuleerde stelling: de antwoorden staan hier zoals gegeven",
        ),
        (
            "en",
            "* Reverse-worded statement: the answers are shown here as given",
        ),
    ] {
        let report = report(dir.path(), lang);
        let marked = report
            .lines()
            .filter(|line| line.starts_with('|') && line.contains(" \\* |"))
            .count();
        assert!(marked > 0, "{lang}");
        assert!(report.contains(note), "{lang}");
    }
}

#[test]
fn twelve_partners_with_long_names_print_nothing_under_eight_points() {
    let dir = tempfile::tempdir().unwrap();
    crate::support::twelve::write(dir.path());
    let out = tempfile::tempdir().unwrap();
    for lang in ["nl", "en"] {
        let folder = out.path().join(format!("print-{lang}"));
        rijp(
            dir.path(),
            &[
                "--lang",
                lang,
                "export",
                "--out",
                folder.to_str().unwrap(),
                "--size",
                "print",
                "--format",
                "svg",
            ],
        );
        // 8 pt on a chart printed 16 cm wide, 1890 pixels: 33.3 pixels.
        assert_charts_uncut(&folder, Some(33.3));
        let report = out.path().join(format!("rapport-{lang}.md"));
        rijp(
            dir.path(),
            &["--lang", lang, "report", "--out", report.to_str().unwrap()],
        );
        let charts = out.path().join(format!("rapport-{lang}-charts"));
        assert_charts_uncut(&charts, Some(33.3));
        // Every printed chart fits the PDF's figure box at its full 16 cm width, so none is
        // scaled down below 8 pt: 225 mm high at most, 2657 pixels.
        for entry in std::fs::read_dir(&charts).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "svg") {
                let svg = std::fs::read_to_string(&path).unwrap();
                let height: f64 = svg
                    .split("height=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap()
                    .parse()
                    .unwrap();
                assert!(height <= 2657.0, "{}: {height}", path.display());
            }
        }
    }
}

#[test]
fn the_narrow_base_note_stands_only_under_tables_that_use_its_marks() {
    let dir = demo();
    // The demo's summary and comparison tables show no such mark; the appendix lists the
    // basis of every figure and always says its rule.
    let demo = report(dir.path(), "nl");
    let appendix = demo.find("## Bijlage").unwrap();
    assert!(!demo[..appendix].contains("° smalle basis"));
    assert!(demo[appendix..].contains("° smalle basis"));
    let f = crate::privacy::small_groups();
    assert!(report(f.dir.path(), "nl").contains("° smalle basis"));
}
