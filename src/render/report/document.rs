//! The report as a neutral document: nested sections of headings, paragraphs, tables and
//! figures. The HTML and Markdown writers render the same document, so both formats always
//! hold the same content.

pub use crate::render::charts::{Chart as Figure, ChartId};

/// A table; every cell is already formatted text (the writers escape it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Right-aligned columns.
    pub numeric: Vec<bool>,
    /// Rows shown set apart (the cooperation as a whole, benchmarks).
    pub marked: Vec<bool>,
    /// What the table shows; the section's heading when `None`.
    pub caption: Option<String>,
    /// Footnotes under the table (the benchmark named in full, abbreviations).
    pub notes: Vec<String>,
}

impl Table {
    pub fn new(headers: Vec<String>, numeric: Vec<bool>) -> Table {
        Table {
            headers,
            rows: Vec::new(),
            numeric,
            marked: Vec::new(),
            caption: None,
            notes: Vec::new(),
        }
    }

    pub fn with_caption(mut self, caption: impl Into<String>) -> Table {
        self.caption = Some(caption.into());
        self
    }

    pub fn note(&mut self, note: impl Into<String>) {
        self.notes.push(note.into());
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
        self.marked.push(false);
    }

    pub fn push_marked(&mut self, row: Vec<String>) {
        self.rows.push(row);
        self.marked.push(true);
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    /// A paragraph with a bold lead-in ("Kwadrant. …").
    Finding {
        heading: String,
        text: String,
    },
    /// Small print: rules, bases, caveats.
    Note(String),
    Table(Table),
    /// A chart of the set, by id.
    Figure(ChartId),
    Section(Section),
}

/// A section with its own heading; `id` is its anchor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub id: String,
    /// Extra class for styling and page breaks (`partner`, `appendix`).
    pub class: &'static str,
    pub heading: String,
    pub blocks: Vec<Block>,
}

impl Section {
    pub fn new(id: impl Into<String>, class: &'static str, heading: impl Into<String>) -> Section {
        Section {
            id: id.into(),
            class,
            heading: heading.into(),
            blocks: Vec::new(),
        }
    }

    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    pub fn paragraph(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Paragraph(text.into()));
    }

    pub fn note(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Note(text.into()));
    }

    pub fn table(&mut self, table: Table) {
        self.blocks.push(Block::Table(table));
    }

    pub fn figure(&mut self, id: ChartId) {
        self.blocks.push(Block::Figure(id));
    }

    pub fn section(&mut self, section: Section) {
        self.blocks.push(Block::Section(section));
    }
}

/// The whole report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub lang: crate::words::i18n::Lang,
    pub title: String,
    /// The cooperation's name, when the workspace has one.
    pub cooperation: Option<String>,
    /// Lines under the title: round, reference date, benchmark, questionnaire.
    pub subtitle: Vec<String>,
    pub contents_heading: String,
    pub figure_word: String,
    /// "Page" and "of" for the printed footer ("Page 3 of 12").
    pub page_words: (String, String),
    pub sections: Vec<Section>,
    pub figures: Vec<Figure>,
}

impl Document {
    pub fn figure(&self, id: &ChartId) -> Option<&Figure> {
        self.figures.iter().find(|figure| figure.id == *id)
    }

    /// Every figure the document refers to, in reading order.
    pub fn referenced_figures(&self) -> Vec<&ChartId> {
        fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a ChartId>) {
            for block in blocks {
                match block {
                    Block::Figure(id) => out.push(id),
                    Block::Section(section) => walk(&section.blocks, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        for section in &self.sections {
            walk(&section.blocks, &mut out);
        }
        out
    }

    /// Figures the document refers to that were not drawn: empty when the report and the
    /// chart set agree.
    pub fn missing_figures(&self) -> Vec<&ChartId> {
        self.referenced_figures()
            .into_iter()
            .filter(|id| self.figure(id).is_none())
            .collect()
    }
}
