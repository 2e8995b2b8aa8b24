//! The report as a Word file a consultant can edit: headings in Word's own heading styles (so
//! a house template restyles them), tables as Word tables, charts as PNG images at print
//! resolution, findings as ordinary paragraphs. A4 with page numbers in the footer.
//!
//! The file is the same byte for byte for the same document: fixed dates, picture ids
//! numbered in reading order, and zip entries without a time of their own.

use std::io::Cursor;

use anyhow::{Context, Result};
use docx_rs::{
    AlignmentType, Docx, FieldCharType, Footer, InstrNUMPAGES, InstrPAGE, InstrText, PageMargin,
    Paragraph, Pic, Run, RunFonts, Shading, ShdType, Style, StyleType, Table, TableCell, TableRow,
    WidthType,
};

use crate::render::report::{Block, Document, Section, Table as ReportTable};
use crate::words::i18n;

/// A4 in twentieths of a point.
const PAGE: (u32, u32) = (11906, 16838);
/// 2 cm margins, in twentieths of a point.
const MARGIN: i32 = 1134;
/// The text width in EMU (English metric units, 914 400 per inch): A4 less the margins.
const TEXT_WIDTH_EMU: u64 = (PAGE.0 as u64 - 2 * MARGIN as u64) * 635;
/// The text width in fiftieths of a per cent, for tables that span it.
const FULL_WIDTH_PCT: usize = 5000;
const ACCENT: &str = "1D4F91";
const MUTED: &str = "52606D";
const MARK: &str = "F0F4F8";
/// A fixed creation date, so the same report gives the same file.
const FIXED_DATE: &str = "2000-01-01T00:00:00Z";

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
}

fn text(text: &str) -> Run {
    Run::new().add_text(text)
}

fn styled(style: &str, content: &str) -> Paragraph {
    Paragraph::new().style(style).add_run(text(content))
}

/// "Page 3 of 12", with Word fields for the numbers.
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
            .add_run(text(&format!("{} ", document.page_words.0)))
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
        let cell = |content: &str, numeric: bool, bold: bool, shade: bool| {
            let mut run = text(content).size(18);
            if bold {
                run = run.bold();
            }
            let mut paragraph = Paragraph::new().add_run(run);
            if numeric {
                paragraph = paragraph.align(AlignmentType::Right);
            }
            let mut cell = TableCell::new().add_paragraph(paragraph);
            if shade {
                cell = cell.shading(Shading::new().shd_type(ShdType::Clear).fill(MARK));
            }
            cell
        };
        let numeric = |index: usize| table.numeric.get(index).copied().unwrap_or(false);
        let mut rows = vec![
            TableRow::new(
                table
                    .headers
                    .iter()
                    .enumerate()
                    .map(|(index, header)| cell(header, numeric(index), true, true))
                    .collect(),
            )
            .cant_split(),
        ];
        for (row, marked) in table.rows.iter().zip(&table.marked) {
            rows.push(
                TableRow::new(
                    row.iter()
                        .enumerate()
                        .map(|(index, content)| cell(content, numeric(index), false, *marked))
                        .collect(),
                )
                .cant_split(),
            );
        }
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_table(Table::new(rows).width(FULL_WIDTH_PCT, WidthType::Pct));
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
        let png = figure.png().with_context(|| {
            (i18n::report::error_texts(self.document.lang).cannot_render_chart)(&figure.file_stem)
        })?;
        let width = TEXT_WIDTH_EMU.min(160 * 36_000);
        let height = width * u64::from(figure.height) / u64::from(figure.width.max(1));
        let picture = Pic::new_with_dimensions(png, figure.width, figure.height)
            .size(width as u32, height as u32)
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
                        .add_run(text(&format!("{heading}. ")).bold())
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

/// Gives every drawing its own id, in reading order: Word wants them unique.
fn number_drawings(xml: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(xml);
    let marker = "<wp:docPr id=\"";
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    let mut number = 0;
    while let Some(at) = rest.find(marker) {
        number += 1;
        out.push_str(&rest[..at + marker.len()]);
        rest = &rest[at + marker.len()..];
        let end = rest.find('"').unwrap_or(0);
        out.push_str(&number.to_string());
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.into_bytes()
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
        .created_at(FIXED_DATE)
        .updated_at(FIXED_DATE);
    let mut writer = Writer {
        document,
        docx,
        figures: 0,
    };
    writer.paragraph(styled("Title", &document.title));
    if let Some(name) = &document.cooperation {
        writer.paragraph(Paragraph::new().add_run(text(name).bold().size(28)));
    }
    for line in &document.subtitle {
        writer.paragraph(Paragraph::new().add_run(text(line).color(MUTED)));
    }
    for section in &document.sections {
        writer.section(section, 0, false)?;
    }
    let mut xml = writer.docx.build();
    xml.document = number_drawings(&xml.document);
    let mut bytes = Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .context(i18n::report::error_texts(document.lang).cannot_write_docx)?;
    Ok(bytes.into_inner())
}
