//! The report as a PDF for print and for the council's document system, typeset by an
//! embedded Typst engine with the bundled fonts: no browser, no system library.
//!
//! The layout lives in `pdf.typ`; this module hands it the document as JSON and each chart
//! as an SVG file, both in memory. Every text reaches Typst as a JSON string, which Typst
//! sets as text and never reads as markup, so nothing in a name or a statement can change
//! the layout. The PDF is tagged and checked against PDF/UA-1; its date is the round's
//! reference date, so the same workspace gives the same file.

use std::collections::BTreeMap;

use anyhow::{Result, anyhow};
use serde::Serialize;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::layout::PagedDocument;
use typst::syntax::{FileId, Source, VirtualPath};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use super::{Block, ColumnFit, Document, Section, Table};
use crate::render::charts::{FONT_BOLD, FONT_REGULAR};
use crate::words::i18n;

const TEMPLATE: &str = include_str!("pdf.typ");
const MAIN: &str = "/report.typ";
const DATA: &str = "/document.json";

/// Widest and tallest a chart may be on an A4 page within the margins, in millimetres.
const MAX_FIGURE_WIDTH_MM: f64 = 160.0;
const MAX_FIGURE_HEIGHT_MM: f64 = 225.0;

/// Tables in the layout: 170 mm of text width, 8.5 pt DejaVu Sans, 4 pt padding each side;
/// header words may hyphenate, so eight letters of one must fit.
const TABLE_FIT: ColumnFit = ColumnFit {
    total: 481.8,
    char_width: 5.2,
    padding: 8.5,
    header_word_cap: Some(8),
};

/// The document as a PDF.
pub fn render(document: &Document) -> Result<Vec<u8>> {
    let world = ReportWorld::new(document)?;
    let failed = |diagnostics: &[SourceDiagnostic]| {
        let reason = diagnostics
            .iter()
            .map(|d| d.message.to_string())
            .collect::<Vec<_>>()
            .join("; ");
        anyhow!((i18n::report::error_texts(document.lang).cannot_typeset_pdf)(&reason))
    };
    let typeset = typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|d| failed(&d))?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| anyhow!("{e}"))?;
    let options = PdfOptions {
        ident: Smart::Custom(&document.title),
        timestamp: document_date(document).map(Timestamp::new_utc),
        standards,
        tagged: true,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&typeset, &options).map_err(|d| failed(&d))
}

fn document_date(document: &Document) -> Option<Datetime> {
    let date = document.date.as_deref()?;
    let mut parts = date.splitn(3, '-').map(str::parse::<u32>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    Datetime::from_ymd_hms(
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
        0,
        0,
        0,
    )
}

/// What the layout reads: the document with its figures numbered and their files named.
#[derive(Serialize)]
struct PrintedDocument<'a> {
    lang: &'static str,
    title: &'a str,
    cooperation: Option<&'a str>,
    subtitle: &'a [String],
    /// Left and right of the running header.
    running: [String; 2],
    /// "Pagina" and "van".
    page_words: [&'a str; 2],
    contents_heading: &'a str,
    figure_word: &'a str,
    author: &'a str,
    subject: &'a str,
    sections: Vec<PrintedSection<'a>>,
}

#[derive(Serialize)]
struct PrintedSection<'a> {
    heading: &'a str,
    /// Starts on a new page (a partner, the appendix).
    new_page: bool,
    /// Listed in the contents; every heading is a bookmark all the same.
    outlined: bool,
    blocks: Vec<PrintedBlock<'a>>,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum PrintedBlock<'a> {
    Paragraph {
        text: &'a str,
    },
    Finding {
        heading: &'a str,
        text: &'a str,
    },
    Note {
        text: &'a str,
    },
    Table {
        /// Shown above the table; none when the heading above already says it.
        caption: Option<&'a str>,
        headers: &'a [String],
        rows: &'a [Vec<String>],
        numeric: Vec<bool>,
        /// Column widths in points.
        widths: Vec<f64>,
        marked: &'a [bool],
        notes: &'a [String],
    },
    Figure {
        file: String,
        caption: &'a str,
        alt: &'a str,
        width_mm: f64,
    },
    Section(PrintedSection<'a>),
}

struct Printer<'a> {
    document: &'a Document,
    files: BTreeMap<String, Bytes>,
}

impl<'a> Printer<'a> {
    fn section(&mut self, section: &'a Section, depth: usize) -> PrintedSection<'a> {
        let mut blocks: Vec<PrintedBlock<'a>> = section
            .blocks
            .iter()
            .filter_map(|block| self.block(block, depth))
            .collect();
        // A section that opens with one starting a new page starts that page itself, so its
        // heading never stands alone at the foot of the page before.
        let mut new_page = matches!(section.class, "partner" | "appendix");
        if let Some(PrintedBlock::Section(first)) = blocks.first_mut()
            && first.new_page
        {
            first.new_page = false;
            new_page = true;
        }
        PrintedSection {
            heading: &section.heading,
            new_page,
            outlined: depth == 0 || section.class == "partner",
            blocks,
        }
    }

    fn block(&mut self, block: &'a Block, depth: usize) -> Option<PrintedBlock<'a>> {
        Some(match block {
            Block::Paragraph(text) => PrintedBlock::Paragraph { text },
            Block::Finding { heading, text } => PrintedBlock::Finding { heading, text },
            Block::Note(text) => PrintedBlock::Note { text },
            Block::Table(table) => table_block(table),
            Block::Figure(id) => {
                let figure = self.document.figure(id)?;
                let file = format!("/figures/{}.svg", figure.file_stem);
                self.files
                    .insert(file.clone(), Bytes::new(figure.svg.clone().into_bytes()));
                let aspect = f64::from(figure.height) / f64::from(figure.width.max(1));
                let width_mm =
                    MAX_FIGURE_WIDTH_MM.min(MAX_FIGURE_HEIGHT_MM / aspect.max(f64::EPSILON));
                PrintedBlock::Figure {
                    file,
                    caption: &figure.title,
                    alt: &figure.description,
                    width_mm: (width_mm * 10.0).round() / 10.0,
                }
            }
            Block::Section(sub) => PrintedBlock::Section(self.section(sub, depth + 1)),
        })
    }
}

fn table_block(table: &Table) -> PrintedBlock<'_> {
    let columns = table.headers.len();
    PrintedBlock::Table {
        caption: table.caption.as_deref(),
        headers: &table.headers,
        rows: &table.rows,
        numeric: (0..columns)
            .map(|i| table.numeric.get(i).copied().unwrap_or(false))
            .collect(),
        widths: table
            .column_widths(&TABLE_FIT)
            .into_iter()
            .map(|width| (width * 10.0).floor() / 10.0)
            .collect(),
        marked: &table.marked,
        notes: &table.notes,
    }
}

/// Everything Typst may read: the layout, the document, the charts and the two fonts.
struct ReportWorld {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    files: BTreeMap<FileId, Bytes>,
}

impl ReportWorld {
    fn new(document: &Document) -> Result<ReportWorld> {
        let mut printer = Printer {
            document,
            files: BTreeMap::new(),
        };
        let sections = document
            .sections
            .iter()
            .map(|section| printer.section(section, 0))
            .collect();
        let running_left = document.cooperation.as_deref().unwrap_or(&document.title);
        let printed = PrintedDocument {
            lang: document.lang.code(),
            title: &document.title,
            cooperation: document.cooperation.as_deref(),
            subtitle: &document.subtitle,
            running: [
                running_left.to_string(),
                format!("{} · {}", document.round_label, document.status),
            ],
            page_words: [&document.page_words.0, &document.page_words.1],
            contents_heading: &document.contents_heading,
            figure_word: &document.figure_word,
            author: document.author.as_deref().unwrap_or(running_left),
            subject: &document.subject,
            sections,
        };
        // Every text as the bundled fonts can set it: a character they lack (an emoji in a
        // name) becomes a visible mark instead of an empty box, which PDF/UA forbids.
        let mut value = serde_json::to_value(&printed)?;
        in_bundled_font(&mut value);
        let json = serde_json::to_vec(&value)?;
        let mut files: BTreeMap<FileId, Bytes> = printer
            .files
            .into_iter()
            .map(|(path, bytes)| (file_id(&path), bytes))
            .collect();
        files.insert(file_id(DATA), Bytes::new(json));
        let fonts: Vec<Font> = [FONT_REGULAR, FONT_BOLD]
            .into_iter()
            .filter_map(|data| Font::new(Bytes::new(data), 0))
            .collect();
        Ok(ReportWorld {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            main: Source::new(file_id(MAIN), TEMPLATE.to_string()),
            files,
        })
    }
}

fn in_bundled_font(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(text) => {
            if let std::borrow::Cow::Owned(shown) = crate::render::charts::in_bundled_font(text) {
                *text = shown;
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(in_bundled_font),
        serde_json::Value::Object(fields) => fields.values_mut().for_each(in_bundled_font),
        _ => {}
    }
}

fn file_id(path: &str) -> FileId {
    FileId::new(None, VirtualPath::new(path))
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotFound(id.vpath().as_rootless_path().into()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().as_rootless_path().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    // The report has no date of its own but the round's; `datetime.today()` is not used.
    fn today(&self, _offset: Option<i64>) -> Option<Datetime> {
        None
    }
}
