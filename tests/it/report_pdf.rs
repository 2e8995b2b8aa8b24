//! The PDF as its reader gets it: A4, tagged, fonts embedded, a bookmark for every heading,
//! a contents page whose page numbers are where the headings are, the running header and
//! "page x of y" on every page but the title page, and every chart with its description as
//! alt text. And the Word file a consultant hands over: a contents field, repeating header
//! rows, column widths that fit A4, alt text, real properties and a title page without a
//! page number.

use std::collections::BTreeMap;
use std::io::Read;

use crate::support::report_document::{demo, document};
use lopdf::{Dictionary, Object};
use rijp::render::report::{self, Block, Document};
use rijp::words::i18n::Lang;

/// Text with runs of white space made one space, for finding phrases across line breaks.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn dictionary<'a>(pdf: &'a lopdf::Document, object: &'a Object) -> &'a Dictionary {
    match object {
        Object::Reference(id) => pdf.get_dictionary(*id).unwrap(),
        Object::Dictionary(dictionary) => dictionary,
        other => panic!("not a dictionary: {other:?}"),
    }
}

/// Every dictionary reachable in the file, for counting structure elements and fonts.
fn all_dictionaries(pdf: &lopdf::Document) -> Vec<&Dictionary> {
    let mut out = Vec::new();
    for object in pdf.objects.values() {
        match object {
            Object::Dictionary(d) => out.push(d),
            Object::Stream(s) => out.push(&s.dict),
            _ => {}
        }
    }
    out
}

fn top_headings(document: &Document) -> Vec<String> {
    let mut headings = Vec::new();
    for section in &document.sections {
        headings.push(section.heading.clone());
        for block in &section.blocks {
            if let Block::Section(sub) = block
                && sub.class == "partner"
            {
                headings.push(sub.heading.clone());
            }
        }
    }
    headings
}

#[test]
fn the_pdf_is_a_tagged_a4_document_with_bookmarks_contents_and_alt_text() {
    let (_dir, data) = demo();
    for lang in [Lang::Nl, Lang::En] {
        let document = document(&data, lang);
        let bytes = report::to_pdf(&document).unwrap();
        assert_eq!(
            bytes,
            report::to_pdf(&document).unwrap(),
            "the same report gives the same bytes"
        );
        let pdf = lopdf::Document::load_mem(&bytes).unwrap();
        let pages = pdf.get_pages();
        assert!(pages.len() > 20, "{} pages", pages.len());

        // A4 on every page.
        for id in pages.values() {
            let page = pdf.get_dictionary(*id).unwrap();
            let media: Vec<f32> = page
                .get(b"MediaBox")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_float().unwrap())
                .collect();
            assert!((media[2] - 595.28).abs() < 1.0 && (media[3] - 841.89).abs() < 1.0);
        }

        // Tagged, in the report's language, with a structure tree.
        let catalog = pdf.catalog().unwrap();
        let marked = dictionary(&pdf, catalog.get(b"MarkInfo").unwrap());
        assert!(marked.get(b"Marked").unwrap().as_bool().unwrap());
        assert!(catalog.get(b"StructTreeRoot").is_ok());
        let language = catalog.get(b"Lang").unwrap().as_str().unwrap();
        assert_eq!(String::from_utf8_lossy(language), lang.code());

        // Every font is embedded.
        let descriptors: Vec<&Dictionary> = all_dictionaries(&pdf)
            .into_iter()
            .filter(|d| {
                d.get(b"Type").ok().and_then(|t| t.as_name().ok()) == Some(b"FontDescriptor")
            })
            .collect();
        assert!(!descriptors.is_empty());
        for descriptor in descriptors {
            assert!(
                [b"FontFile".as_slice(), b"FontFile2", b"FontFile3"]
                    .iter()
                    .any(|key| descriptor.get(key).is_ok()),
                "a font is not embedded"
            );
        }

        // Every chart is a figure whose alt text is the chart's description.
        let alts: Vec<String> = all_dictionaries(&pdf)
            .into_iter()
            .filter_map(|d| d.get(b"Alt").ok())
            .filter_map(|alt| alt.as_str().ok())
            .map(|alt| lopdf::decode_text_string(&Object::string_literal(alt)).unwrap_or_default())
            .collect();
        let descriptions: Vec<&str> = document
            .referenced_figures()
            .into_iter()
            .filter_map(|id| document.figure(id))
            .map(|figure| figure.description.as_str())
            .collect();
        assert!(descriptions.len() > 10);
        for description in &descriptions {
            assert!(
                alts.iter().any(|alt| alt == description),
                "no alt text: {description}"
            );
        }

        // A bookmark for every section and partner, pointing at the page the contents
        // page gives for it.
        let toc = pdf.get_toc().unwrap();
        let bookmarks: BTreeMap<String, u32> = toc
            .toc
            .iter()
            .map(|entry| (squeeze(&entry.title), entry.page as u32))
            .collect();
        let texts: Vec<String> = pdf_extract::extract_text_from_mem_by_pages(&bytes)
            .unwrap()
            .iter()
            .map(|page| squeeze(page))
            .collect();
        let contents = &texts[1];
        assert!(contents.contains(&document.contents_heading), "{contents}");
        for heading in top_headings(&document) {
            let page = bookmarks
                .get(&squeeze(&heading))
                .unwrap_or_else(|| panic!("no bookmark for {heading}: {bookmarks:?}"));
            // The contents line: the heading, a leader of dots, the page number.
            let at = contents
                .find(&format!("{} ", squeeze(&heading)))
                .unwrap_or_else(|| panic!("the contents lack {heading}: {contents}"));
            let listed = contents[at + squeeze(&heading).len()..]
                .split_whitespace()
                .find(|token| *token != ".")
                .unwrap_or_default();
            assert_eq!(listed, page.to_string(), "{heading} in the contents");
            assert!(
                texts[*page as usize - 1].contains(&squeeze(&heading)),
                "{heading} is not on page {page}"
            );
        }
        assert!(
            toc.toc.len() > top_headings(&document).len(),
            "every heading is a bookmark"
        );

        // The title page has no running header or page number; every other page has both.
        let (page_word, of_word) = &document.page_words;
        let total = texts.len();
        assert!(!texts[0].contains(&format!("{page_word} 1 {of_word}")));
        for (index, text) in texts.iter().enumerate().skip(1) {
            assert!(
                text.contains(&format!("{page_word} {} {of_word} {total}", index + 1)),
                "page {}: {text}",
                index + 1
            );
            // The round and the report's status head every page: an open round's report
            // is a draft.
            let draft = match lang {
                Lang::Nl => "Concept",
                Lang::En => "Draft",
            };
            assert_eq!(document.status, draft);
            assert!(
                text.contains(&format!("{} · {draft}", squeeze(&document.round_label))),
                "page {}: {text}",
                index + 1
            );
        }
    }
}

#[test]
fn the_pdf_command_writes_a_pdf_and_nothing_else() {
    let (dir, data) = demo();
    let out = dir.path().join("rapport.pdf");
    let written = report::write_report(&data, &report::ReportRequest::default(), &out).unwrap();
    assert_eq!(written, vec![out.clone()]);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let info = match pdf.trailer.get(b"Info").unwrap() {
        Object::Reference(id) => pdf.get_dictionary(*id).unwrap(),
        other => panic!("{other:?}"),
    };
    let title = lopdf::decode_text_string(info.get(b"Title").unwrap()).unwrap();
    assert!(title.starts_with("Digitale volwassenheid"), "{title}");
}

fn zip_entry(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut file = archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("no {name}"));
    let mut out = String::new();
    file.read_to_string(&mut out).unwrap();
    out
}

#[test]
fn the_word_file_can_be_handed_over_unedited() {
    let (_dir, data) = demo();
    let document = document(&data, Lang::Nl);
    let bytes = report::to_docx(&document).unwrap();
    assert!(bytes.len() < 5 * 1024 * 1024, "{} bytes", bytes.len());
    let xml = zip_entry(&bytes, "word/document.xml");
    let parsed = roxmltree::Document::parse(&xml).unwrap();
    let named = |node: &roxmltree::Node, name: &str| node.tag_name().name() == name;

    // A contents field that Word fills when the file opens.
    assert!(xml.contains("TOC \\o &quot;1-2&quot;") || xml.contains("TOC \\o \"1-2\""));
    let settings = zip_entry(&bytes, "word/settings.xml");
    assert!(
        settings.contains("<w:updateFields w:val=\"true\""),
        "{settings}"
    );

    // The title page has a footer of its own without a page number.
    let section = parsed.descendants().find(|n| named(n, "sectPr")).unwrap();
    assert!(section.children().any(|n| named(&n, "titlePg")));
    let first = section
        .children()
        .find(|n| named(n, "footerReference") && n.attributes().any(|a| a.value() == "first"))
        .expect("a first-page footer");
    let _ = first;

    // Every table: widths that add up to no more than the text width, a header row that
    // repeats and keeps with the next row, and no word wider than its column.
    let text_width = 11906 - 2 * 1134;
    let tables: Vec<_> = parsed.descendants().filter(|n| named(n, "tbl")).collect();
    assert!(tables.len() > 20);
    for table in &tables {
        let widths: Vec<usize> = table
            .descendants()
            .filter(|n| named(n, "gridCol"))
            .filter_map(|n| {
                n.attributes()
                    .find(|a| a.name() == "w")
                    .map(|a| a.value().parse().unwrap())
            })
            .collect();
        assert!(!widths.is_empty());
        assert!(widths.iter().sum::<usize>() <= text_width, "{widths:?}");
        let first_row = table.children().find(|n| named(n, "tr")).unwrap();
        assert!(
            first_row.descendants().any(|n| named(&n, "tblHeader")),
            "a table without a repeating header row"
        );
        for row in table.children().filter(|n| named(n, "tr")) {
            for (cell, width) in row.children().filter(|n| named(n, "tc")).zip(&widths) {
                let text: String = cell
                    .descendants()
                    .filter(|n| named(n, "t"))
                    .filter_map(|n| n.text())
                    .collect();
                // A header word may break where it carries a soft hyphen, and only there.
                let longest = text
                    .split(|c: char| c.is_whitespace() || c == '\u{ad}')
                    .map(|w| w.chars().count())
                    .max()
                    .unwrap_or(0);
                // 9 pt text: a character is at most about 110 twips wide on average.
                assert!(
                    longest * 100 <= *width,
                    "'{text}' breaks in a column of {width} twips"
                );
            }
        }
    }

    // Every picture has the chart's description as alt text.
    let described: Vec<&str> = parsed
        .descendants()
        .filter(|n| named(n, "docPr"))
        .map(|n| n.attribute("descr").unwrap_or_default())
        .collect();
    assert_eq!(described.len(), document.referenced_figures().len());
    assert!(described.iter().all(|d| d.len() > 20), "{described:?}");

    // Real properties.
    let core = zip_entry(&bytes, "docProps/core.xml");
    assert!(core.contains(&format!(
        "<dc:title>{}</dc:title>",
        rijp::render::escape(&document.title)
    )));
    assert!(core.contains("<dc:creator>GR ICT Noorderwaard"), "{core}");
    assert!(core.contains("<dc:subject>"), "{core}");
    assert!(
        !core.contains("2000-01-01") && !core.contains("unknown"),
        "{core}"
    );
    let app = zip_entry(&bytes, "docProps/app.xml");
    assert!(app.contains("<Application>rijp"), "{app}");
}

#[test]
fn twelve_long_names_one_with_an_emoji_still_give_a_tagged_pdf() {
    let (_dir, data) = crate::support::twelve::load();
    let document = document(&data, Lang::Nl);
    let bytes = report::to_pdf(&document).unwrap();
    let texts = pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap();
    // The character the fonts lack is shown as a visible mark, never dropped silently.
    assert!(texts.iter().any(|page| page.contains('\u{FFFD}')));
    assert!(texts.iter().all(|page| !page.contains('🌷')));
}
