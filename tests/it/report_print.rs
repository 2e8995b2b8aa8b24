//! Report-grade output: the Word file parses and holds every chart and table, every chart
//! says its finding in words, the report refers only to charts the set draws, and twelve
//! partners with long names still give charts where no label covers another or a marker.

use std::io::Read;

use crate::support::report_document::{demo, document};
use crate::support::twelve;
use rijp::analysis::comparison::{BenchmarkChoice, ComparisonRequest};
use rijp::render::charts::{self, ChartId, ChartOptions, Medium, QuadrantLayout};
use rijp::render::report::{self, Block, ReportRequest};
use rijp::words::i18n::Lang;

fn count_tables(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|block| match block {
            Block::Table(_) => 1,
            Block::Section(section) => count_tables(&section.blocks),
            _ => 0,
        })
        .sum()
}

#[test]
fn the_report_refers_only_to_charts_the_set_draws() {
    let (_dir, data) = demo();
    let (_twelve_dir, twelve) = twelve::load();
    for (data, lang) in [(&data, Lang::Nl), (&twelve, Lang::En)] {
        let document = document(data, lang);
        let referenced = document.referenced_figures();
        assert!(referenced.contains(&&ChartId::Quadrant));
        assert!(referenced.len() > 10, "{} figures", referenced.len());
        assert_eq!(document.missing_figures(), Vec::<&ChartId>::new());
    }
}

fn zip_entry(bytes: &[u8], name: &str) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut file = archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("no {name}"));
    let mut out = Vec::new();
    file.read_to_end(&mut out).unwrap();
    out
}

#[test]
fn the_word_file_parses_and_holds_every_chart_and_table() {
    let (dir, data) = demo();
    let document = document(&data, Lang::Nl);
    let bytes = report::to_docx(&document).unwrap();
    let xml = String::from_utf8(zip_entry(&bytes, "word/document.xml")).unwrap();
    let parsed = roxmltree::Document::parse(&xml).unwrap();
    let count = |name: &str| {
        parsed
            .descendants()
            .filter(|n| n.tag_name().name() == name)
            .count()
    };
    let tables: usize = document
        .sections
        .iter()
        .map(|s| count_tables(&s.blocks))
        .sum();
    assert_eq!(count("tbl"), tables);
    assert_eq!(count("docPr"), document.referenced_figures().len());
    // Word wants every drawing's id once.
    let mut ids: Vec<&str> = parsed
        .descendants()
        .filter(|n| n.tag_name().name() == "docPr")
        .filter_map(|n| n.attribute("id"))
        .collect();
    let drawings = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), drawings);
    // Headings are in Word's own heading styles, which the styles part defines.
    let styles = String::from_utf8(zip_entry(&bytes, "word/styles.xml")).unwrap();
    roxmltree::Document::parse(&styles).unwrap();
    for style in ["Heading1", "Heading2", "Heading3", "Caption", "Title"] {
        assert!(
            xml.contains(&format!("w:val=\"{style}\"")),
            "{style} unused"
        );
        assert!(
            styles.contains(&format!("w:styleId=\"{style}\"")),
            "{style}"
        );
    }
    assert!(styles.contains("w:val=\"heading 1\""));
    // Every chart is in the file as a PNG, and every part is well-formed XML.
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut pictures = 0;
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).unwrap();
        let name = file.name().unwrap().to_string();
        let mut content = Vec::new();
        file.read_to_end(&mut content).unwrap();
        if name.ends_with(".png") {
            assert!(content.starts_with(b"\x89PNG"), "{name}");
            pictures += 1;
        } else if name.ends_with(".xml") || name.ends_with(".rels") {
            let text = String::from_utf8(content).unwrap();
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
    assert_eq!(pictures, document.referenced_figures().len());
    for heading in ["Samenvatting", "Bijlage"] {
        assert!(xml.contains(heading), "{heading}");
    }

    // The same report gives the same bytes, written through the command's path as well.
    let out = dir.path().join("rapport.docx");
    let request = ReportRequest::default();
    report::write_report(&data, &request, &out).unwrap();
    let again = dir.path().join("again.docx");
    report::write_report(&data, &request, &again).unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&again).unwrap());
}

#[test]
fn every_chart_says_its_finding_in_title_and_desc() {
    let (_dir, data) = twelve::load();
    for lang in [Lang::Nl, Lang::En] {
        let charts = charts::charts(
            &data,
            &ComparisonRequest::default(),
            &ChartOptions::for_medium(lang, Medium::Print),
        )
        .unwrap();
        for chart in &charts {
            let svg = roxmltree::Document::parse(&chart.svg).unwrap();
            let root = svg.root_element();
            assert_eq!(root.attribute("role"), Some("img"), "{}", chart.id);
            let children: Vec<_> = root.children().filter(|n| n.is_element()).collect();
            assert_eq!(children[0].tag_name().name(), "title", "{}", chart.id);
            assert_eq!(children[0].text(), Some(chart.title.as_str()));
            assert_eq!(children[1].tag_name().name(), "desc", "{}", chart.id);
            let desc = children[1].text().unwrap_or_default();
            assert!(
                desc.len() > 20 && desc.ends_with('.'),
                "{}: {desc}",
                chart.id
            );
            // An emoji in a name is drawn as a visible mark, never as a missing glyph.
            for text in svg.descendants().filter(|n| n.has_tag_name("text")) {
                assert!(
                    !text.text().unwrap_or_default().contains('🌷'),
                    "{}",
                    chart.id
                );
            }
        }
        let quadrant = charts.iter().find(|c| c.id == ChartId::Quadrant).unwrap();
        let words = match lang {
            Lang::Nl => "12 deelnemers geplaatst",
            Lang::En => "12 partners placed",
        };
        assert!(
            quadrant.description.contains(words),
            "{}",
            quadrant.description
        );
        let compared = charts
            .iter()
            .find(|c| matches!(&c.id, ChartId::Compared(_)))
            .unwrap();
        assert!(
            compared.description.contains("benchmark"),
            "{}",
            compared.description
        );
    }
}

fn assert_clear(layout: &QuadrantLayout, what: &str) {
    for (index, label) in layout.labels.iter().enumerate() {
        for marker in &layout.markers {
            assert!(
                label.overlap(marker) < 0.5,
                "{what}: label {index} {label:?} covers a marker {marker:?}"
            );
        }
        for line in &layout.lines {
            assert!(
                label.overlap(line) < 0.5,
                "{what}: label {index} covers a line"
            );
        }
        for other in &layout.labels[index + 1..] {
            assert!(label.overlap(other) < 0.5, "{what}: labels overlap");
        }
    }
}

#[test]
fn twelve_long_names_give_a_quadrant_where_no_label_covers_another_or_a_marker() {
    let (_dir, data) = twelve::load();
    for benchmark in [BenchmarkChoice::Default, BenchmarkChoice::Peers] {
        for medium in Medium::ALL {
            for lang in [Lang::Nl, Lang::En] {
                let request = ComparisonRequest {
                    benchmark: benchmark.clone(),
                    ..ComparisonRequest::default()
                };
                let options = ChartOptions::for_medium(lang, medium);
                let layout = charts::quadrant_layout(&data, &request, &options).unwrap();
                let what = format!("{benchmark:?} {medium:?} {lang:?}");
                // Twelve partners, the cooperation and the benchmark, each with a marker.
                assert_eq!(layout.markers.len(), 14, "{what}");
                // Nearly every partner has its name or number beside it; a crowded one (two
                // on a slide's large type) is left to the legend, where the partner's own
                // marker shape identifies it.
                let least = if medium == Medium::Slide { 10 } else { 11 };
                assert!(
                    layout.labels.len() >= least,
                    "{what}: {}",
                    layout.labels.len()
                );
                assert_clear(&layout, &what);
            }
        }
    }
}

#[test]
fn twelve_partners_get_heat_tables_per_statement_and_sorted_bars() {
    let (_dir, data) = twelve::load();
    let charts = charts::charts(
        &data,
        &ComparisonRequest::default(),
        &ChartOptions::for_medium(Lang::En, Medium::Print),
    )
    .unwrap();
    let items = charts
        .iter()
        .find(|c| matches!(&c.id, ChartId::Items(_)))
        .unwrap();
    assert!(
        items.svg.contains("partners&apos; mean on the statement")
            || items.svg.contains("partners' mean on the statement")
    );
}

#[test]
fn the_printed_report_has_a_title_page_captions_and_short_names() {
    let (dir, data) = twelve::load();
    let out = dir.path().join("rapport.html");
    let request = ReportRequest {
        extra_benchmarks: vec![BenchmarkChoice::Peers],
        ..ReportRequest::default()
    };
    report::write_report(&data, &request, &out).unwrap();
    let html = std::fs::read_to_string(&out).unwrap();
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let document = roxmltree::Document::parse_with_options(&html, options).unwrap();
    let title_page = document
        .descendants()
        .find(|n| n.attribute("class") == Some("title-page"))
        .unwrap();
    let title_text: String = title_page.descendants().filter_map(|n| n.text()).collect();
    assert!(title_text.contains(twelve::COOPERATION));
    assert!(title_text.contains("Peildatum"), "{title_text}");
    assert!(
        html.contains("counter(page)"),
        "page numbers in the printed footer"
    );
    for table in document.descendants().filter(|n| n.has_tag_name("table")) {
        let caption = table.children().find(|n| n.has_tag_name("caption"));
        assert!(
            caption
                .and_then(|c| c.text())
                .is_some_and(|t| !t.is_empty())
        );
        for head in table.descendants().filter(|n| n.has_tag_name("th")) {
            assert!(head.attribute("scope").is_some());
            if head.attribute("scope") == Some("row") {
                continue;
            }
            // Benchmarks are named in a note under the table, never in a column head.
            // Soft hyphens mark where a long word may break; they are not text.
            let text = head.text().unwrap_or_default().replace('\u{ad}', "");
            assert!(text.len() < 60, "a long column head: {text}");
        }
        // At most nine short columns: the table fits an A4 page upright.
        let columns = table
            .descendants()
            .find(|n| n.has_tag_name("tr"))
            .map(|row| row.children().filter(|n| n.is_element()).count())
            .unwrap_or(0);
        assert!(columns <= 9, "a table of {columns} columns");
    }
    // Tables name partners by their short names; the sections name them in full.
    assert!(html.contains("<th scope=\"row\">ISD Kop van NH</th>"));
    assert!(html.contains("<th scope=\"row\">Súdwest-Fryslân</th>"));
    assert!(html.contains("Intergemeentelijke Sociale Dienst Kop van Noord-Holland</h3>"));
    // Charts go without their own title block: the caption names them once.
    for svg in document
        .descendants()
        .filter(|n| n.tag_name().name() == "svg")
    {
        let children: Vec<_> = svg.children().filter(|n| n.is_element()).collect();
        assert_eq!(children[0].tag_name().name(), "title");
        assert_eq!(children[1].tag_name().name(), "desc");
        let title = children[0].text().unwrap_or_default();
        let drawn: Vec<&str> = svg
            .descendants()
            .filter(|n| n.tag_name().name() == "text")
            .filter_map(|n| n.text())
            .collect();
        assert!(
            !drawn.contains(&title),
            "the chart repeats its title {title}"
        );
    }
}

#[test]
fn a_long_word_in_a_column_head_breaks_instead_of_widening_the_printed_page() {
    // "Leiderschapskenmerken" in a head of a nine-column table is wider than its column on
    // A4; a head that cannot break makes the browser shrink every page to fit.
    let (_dir, data) = demo();
    let out = tempfile::tempdir().unwrap();
    for lang in ["nl", "en"] {
        let file = out.path().join(format!("r-{lang}.html"));
        let request = ReportRequest {
            lang: lang.parse().unwrap(),
            ..ReportRequest::default()
        };
        report::write_report(&data, &request, &file).unwrap();
        let html = std::fs::read_to_string(&file).unwrap();
        let rule = html
            .lines()
            .find(|line| line.trim_start().starts_with("thead th {"))
            .unwrap_or_else(|| panic!("{lang}: no rule for column heads"));
        assert!(rule.contains("overflow-wrap: anywhere"), "{lang}: {rule}");
    }
}
