//! The report as a Word file a consultant hands over unedited: a title page without a page
//! number, a contents field Word fills when the file opens, headings in Word's own heading
//! styles (so a house template restyles them and the navigation pane lists them), tables
//! with column widths that fit A4 and a header row repeated on every page, charts as PNG
//! images with their description as alt text, and the document's title, subject, author and
//! date in its properties. Text takes its look from named styles, not from direct
//! formatting.
//!
//! The file is the same byte for byte for the same document: dates from the round, picture
//! ids numbered in reading order, and zip entries without a time of their own.

use std::io::Cursor;

use anyhow::{Context, Result};
use docx_rs::{
    AlignmentType, Docx, FieldCharType, Footer, InstrNUMPAGES, InstrPAGE, InstrText, InstrToC,
    PageMargin, Paragraph, Pic, Run, RunFonts, Shading, ShdType, Style, StyleType, Table,
    TableCell, TableLayoutType, TableRow, WidthType,
};

use crate::render::report::{Block, ColumnFit, Document, Section, Table as ReportTable};
use crate::words::i18n;

/// A4 in twentieths of a point.
const PAGE: (u32, u32) = (11906, 16838);
/// 2 cm margins, in twentieths of a point.
const MARGIN: i32 = 1134;
/// The text width in EMU (English metric units, 914 400 per inch): A4 less the margins.
const TEXT_WIDTH_EMU: u64 = (PAGE.0 as u64 - 2 * MARGIN as u64) * 635;
/// The text width in twentieths of a point, for tables that span it.
const TEXT_WIDTH_TWIPS: usize = PAGE.0 as usize - 2 * MARGIN as usize;
/// What a character of table text takes on average, and at most, in twentieths of a point
/// (9 pt Arial), with the cell's own padding: for column widths from the longest word.
const TABLE_CHAR_TWIPS: usize = 112;
const CELL_PADDING_TWIPS: usize = 230;
/// How many letters of a long header word must fit on one line: it breaks at a syllable.
const HEADER_WORD_FIT: usize = 9;
/// Charts go in at this resolution: sharp in print, and a five-partner report stays small.
const FIGURE_DPI: f64 = 150.0;
const ACCENT: &str = "1D4F91";
const MUTED: &str = "52606D";
const MARK: &str = "F0F4F8";
/// The program, as the document's properties name it.
const APPLICATION: &str = concat!("rijp ", env!("CARGO_PKG_VERSION"));

/// Word's built-in paragraph styles (ids and the names Word knows them by), with a look
/// close to the HTML report's.
fn styles(docx: Docx) -> Docx {
    let heading = |level: usize, size: usize| {
        Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .color(if level <= 2 { ACCENT } else { "1F2933" })
            .outline_lvl(level - 1)
    };
    docx.default_fonts(RunFonts::new().ascii("Arial").hi_ansi("Arial").cs("Arial"))
        .default_size(20)
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .bold()
                .size(48)
                .color(ACCENT),
        )
        .add_style(heading(1, 32))
        .add_style(heading(2, 26))
        .add_style(heading(3, 22))
        .add_style(heading(4, 20))
        .add_style(
            Style::new("Caption", StyleType::Paragraph)
                .name("caption")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .italic()
                .size(18)
                .color(MUTED),
        )
        .add_style(
            Style::new("Note", StyleType::Paragraph)
                .name("Note")
                .based_on("Normal")
                .next("Normal")
                .size(16)
                .color(MUTED),
        )
        .add_style(
            Style::new("Subtitle", StyleType::Paragraph)
                .name("Subtitle")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .bold()
                .size(28),
        )
        .add_style(
            Style::new("TitleLine", StyleType::Paragraph)
                .name("Title line")
                .based_on("Normal")
                .next("Normal")
                .color(MUTED),
        )
        .add_style(
            Style::new("TOCHeading", StyleType::Paragraph)
                .name("TOC Heading")
                .based_on("Normal")
                .next("Normal")
                .bold()
                .size(32)
                .color(ACCENT),
        )
        .add_style(
            Style::new("TableText", StyleType::Paragraph)
                .name("Table text")
                .based_on("Normal")
                .size(18),
        )
        .add_style(
            Style::new("TableHeading", StyleType::Paragraph)
                .name("Table heading")
                .based_on("TableText")
                .bold(),
        )
        .add_style(
            Style::new("Strong", StyleType::Character)
                .name("Strong")
                .bold()
                .color(ACCENT),
        )
}

fn text(text: &str) -> Run {
    Run::new().add_text(text)
}

fn styled(style: &str, content: &str) -> Paragraph {
    Paragraph::new().style(style).add_run(text(content))
}

/// "Meting 2025 · Concept · Page 3 of 12", with Word fields for the numbers.
fn footer(document: &Document) -> Footer {
    let field = |instruction: InstrText| {
        Run::new()
            .add_field_char(FieldCharType::Begin, false)
            .add_instr_text(instruction)
            .add_field_char(FieldCharType::Separate, false)
            .add_text("1")
            .add_field_char(FieldCharType::End, false)
    };
    Footer::new().add_paragraph(
        Paragraph::new()
            .style("Note")
            .align(AlignmentType::Center)
            .add_run(text(&format!(
                "{} · {} · {} ",
                document.round_label, document.status, document.page_words.0
            )))
            .add_run(field(InstrText::PAGE(InstrPAGE::new())))
            .add_run(text(&format!(" {} ", document.page_words.1)))
            .add_run(field(InstrText::NUMPAGES(InstrNUMPAGES::new()))),
    )
}

struct Writer<'a> {
    document: &'a Document,
    docx: Docx,
    figures: usize,
}

impl Writer<'_> {
    fn paragraph(&mut self, paragraph: Paragraph) {
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_paragraph(paragraph);
    }

    fn table(&mut self, table: &ReportTable, heading: &str) {
        // A table named by its section's heading needs no second name right under it.
        if let Some(caption) = table
            .caption
            .as_deref()
            .filter(|caption| *caption != heading)
        {
            self.paragraph(styled("Caption", caption).keep_next(true));
        }
        let widths = column_widths(table);
        let numeric = |index: usize| table.numeric.get(index).copied().unwrap_or(false);
        let cell = |index: usize, content: &str, style: &str, shade: bool, keep_next: bool| {
            let mut paragraph = styled(style, content).keep_next(keep_next);
            if numeric(index) {
                paragraph = paragraph.align(AlignmentType::Right);
            }
            let mut cell = TableCell::new()
                .add_paragraph(paragraph)
                .width(widths[index], WidthType::Dxa);
            if shade {
                cell = cell.shading(Shading::new().shd_type(ShdType::Clear).fill(MARK));
            }
            cell
        };
        // The header row keeps with the first row below it, so it never stands alone at the
        // foot of a page; it is marked to repeat (see `repeat_header_rows`).
        let mut rows = vec![
            TableRow::new(
                table
                    .headers
                    .iter()
                    .enumerate()
                    .map(|(index, header)| {
                        let header = super::document::soft_hyphens(header, self.document.lang);
                        cell(index, &header, "TableHeading", true, true)
                    })
                    .collect(),
            )
            .cant_split(),
        ];
        for (row, marked) in table.rows.iter().zip(&table.marked) {
            rows.push(
                TableRow::new(
                    row.iter()
                        .enumerate()
                        .map(|(index, content)| cell(index, content, "TableText", *marked, false))
                        .collect(),
                )
                .cant_split(),
            );
        }
        let word_table = Table::new(rows)
            .set_grid(widths.clone())
            .layout(TableLayoutType::Fixed)
            .width(widths.iter().sum(), WidthType::Dxa);
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_table(word_table);
        for note in &table.notes {
            self.paragraph(styled("Note", note));
        }
        self.paragraph(Paragraph::new());
    }

    fn figure(&mut self, id: &crate::render::charts::ChartId) -> Result<()> {
        let Some(figure) = self.document.figure(id) else {
            return Ok(());
        };
        self.figures += 1;
        let width_emu = TEXT_WIDTH_EMU.min(160 * 36_000);
        let height_emu = width_emu * u64::from(figure.height) / u64::from(figure.width.max(1));
        let pixels = |emu: u64| ((emu as f64 / 914_400.0) * FIGURE_DPI).round().max(1.0) as u32;
        let size = (pixels(width_emu), pixels(height_emu));
        let png = crate::render::charts::svg_to_compact_png(&figure.svg, size, FIGURE_DPI)
            .with_context(|| {
                (i18n::report::error_texts(self.document.lang).cannot_render_chart)(
                    &figure.file_stem,
                )
            })?;
        let picture = Pic::new_with_dimensions(png, size.0, size.1)
            .size(width_emu as u32, height_emu as u32)
            .id(format!("rIdImage{}", self.figures));
        self.paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .keep_next(true)
                .add_run(Run::new().add_image(picture)),
        );
        self.paragraph(styled(
            "Caption",
            &format!(
                "{} {}. {}",
                self.document.figure_word, self.figures, figure.title
            ),
        ));
        Ok(())
    }

    /// A section; `opens_parent` when it is the first thing under its parent's heading,
    /// which then already starts the page.
    fn section(&mut self, section: &Section, depth: usize, opens_parent: bool) -> Result<()> {
        let level = (depth + 1).min(4);
        let mut heading = styled(&format!("Heading{level}"), &section.heading).keep_next(true);
        if depth == 0 || (section.class == "partner" && !opens_parent) {
            heading = heading.page_break_before(true);
        }
        self.paragraph(heading);
        for (index, block) in section.blocks.iter().enumerate() {
            match block {
                Block::Paragraph(content) => {
                    self.paragraph(Paragraph::new().add_run(text(content)))
                }
                Block::Finding {
                    heading,
                    text: content,
                } => self.paragraph(
                    Paragraph::new()
                        .add_run(text(&format!("{heading}. ")).style("Strong"))
                        .add_run(text(content)),
                ),
                Block::Note(content) => self.paragraph(styled("Note", content)),
                Block::Table(table) => self.table(table, &section.heading),
                Block::Figure(id) => self.figure(id)?,
                Block::Section(sub) => self.section(sub, depth + 1, index == 0)?,
            }
        }
        Ok(())
    }
}

/// Column widths in twentieths of a point. Header words carry soft hyphens, so a header
/// column needs room for a syllable or two of its longest word, not for all of it.
fn column_widths(table: &ReportTable) -> Vec<usize> {
    table
        .column_widths(&ColumnFit {
            total: TEXT_WIDTH_TWIPS as f64,
            char_width: TABLE_CHAR_TWIPS as f64,
            padding: CELL_PADDING_TWIPS as f64,
            header_word_cap: Some(HEADER_WORD_FIT),
        })
        .into_iter()
        .map(|width| width.floor() as usize)
        .collect()
}

/// Gives every drawing its own id, in reading order (Word wants them unique), and the
/// chart's description as its alt text.
fn number_drawings(xml: &[u8], descriptions: &[&str]) -> Vec<u8> {
    let text = String::from_utf8_lossy(xml);
    let marker = "<wp:docPr id=\"";
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    let mut number = 0;
    while let Some(at) = rest.find(marker) {
        out.push_str(&rest[..at + marker.len()]);
        rest = &rest[at + marker.len()..];
        let end = rest.find('"').unwrap_or(0);
        out.push_str(&(number + 1).to_string());
        out.push('"');
        if let Some(description) = descriptions.get(number) {
            out.push_str(&format!(
                " descr=\"{}\"",
                crate::render::escape(description)
            ));
        }
        rest = &rest[end + 1..];
        number += 1;
    }
    out.push_str(rest);
    out.into_bytes()
}

/// Marks each table's first row as its header row, which Word repeats on every page the
/// table runs over and reads out as the column headers.
fn repeat_header_rows(xml: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(xml);
    let mut out = String::with_capacity(text.len() + 1024);
    let mut rest: &str = &text;
    while let Some(at) = rest.find("<w:tbl>") {
        let (before, table) = rest.split_at(at);
        out.push_str(before);
        match table.find("<w:cantSplit />") {
            Some(split) => {
                let end = split + "<w:cantSplit />".len();
                out.push_str(&table[..end]);
                out.push_str("<w:tblHeader />");
                rest = &table[end..];
            }
            None => {
                out.push_str("<w:tbl>");
                rest = &table["<w:tbl>".len()..];
            }
        }
    }
    out.push_str(rest);
    out.into_bytes()
}

/// Asks Word to update the fields, the contents among them, when the file opens.
fn update_fields_on_open(settings: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(settings);
    match text.rfind("</w:settings>") {
        Some(at) => format!(
            "{}<w:updateFields w:val=\"true\" />{}",
            &text[..at],
            &text[at..]
        )
        .into_bytes(),
        None => settings.to_vec(),
    }
}

/// The document's date as its properties give it: the round's reference date.
fn document_date(document: &Document) -> String {
    match document.date.as_deref() {
        Some(date) if date.len() == 10 => format!("{date}T00:00:00Z"),
        _ => "2000-01-01T00:00:00Z".to_string(),
    }
}

/// The document's core properties: title, subject, author, language and date.
fn core_properties(document: &Document) -> Vec<u8> {
    let date = document_date(document);
    let author = document
        .author
        .as_deref()
        .or(document.cooperation.as_deref())
        .unwrap_or(APPLICATION);
    let escape = crate::render::escape;
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
<dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator>\
<cp:lastModifiedBy>{}</cp:lastModifiedBy><dc:language>{}</dc:language>\
<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>\
<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>\
</cp:coreProperties>",
        escape(&document.title),
        escape(&document.subject),
        escape(author),
        escape(author),
        document.lang.code(),
    )
    .into_bytes()
}

/// The document's extended properties: the program that wrote it.
fn app_properties() -> Vec<u8> {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
<Application>{APPLICATION}</Application></Properties>"
    )
    .into_bytes()
}

pub fn render(document: &Document) -> Result<Vec<u8>> {
    let docx = styles(Docx::new())
        .page_size(PAGE.0, PAGE.1)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN),
        )
        .footer(footer(document))
        // The title page has a footer of its own, empty: no page number on it.
        .first_footer(Footer::new())
        .title_pg();
    let mut writer = Writer {
        document,
        docx,
        figures: 0,
    };
    writer.paragraph(styled("Title", &document.title));
    if let Some(name) = &document.cooperation {
        writer.paragraph(styled("Subtitle", name));
    }
    for line in &document.subtitle {
        writer.paragraph(styled("TitleLine", line));
    }
    writer.paragraph(
        styled("TOCHeading", &document.contents_heading)
            .page_break_before(true)
            .keep_next(true),
    );
    // The contents as a field Word fills when the file opens (the settings ask it to); until
    // then, and in programs that do not update fields, its result says how to fill it.
    writer.paragraph(
        Paragraph::new()
            .add_run(
                Run::new()
                    .add_field_char(FieldCharType::Begin, true)
                    .add_instr_text(InstrText::TOC(
                        InstrToC::new().heading_styles_range(1, 2).hyperlink(),
                    ))
                    .add_field_char(FieldCharType::Separate, false),
            )
            .add_run(text(&document.contents_hint))
            .add_run(Run::new().add_field_char(FieldCharType::End, false)),
    );
    for section in &document.sections {
        writer.section(section, 0, false)?;
    }
    let descriptions: Vec<&str> = document
        .referenced_figures()
        .into_iter()
        .filter_map(|id| document.figure(id))
        .map(|figure| figure.description.as_str())
        .collect();
    let mut xml = writer.docx.build();
    xml.document = repeat_header_rows(&number_drawings(&xml.document, &descriptions));
    xml.settings = update_fields_on_open(&xml.settings);
    xml.doc_props.core = core_properties(document);
    xml.doc_props.app = app_properties();
    let mut bytes = Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .context(i18n::report::error_texts(document.lang).cannot_write_docx)?;
    Ok(bytes.into_inner())
}
