//! The report as a neutral document: nested sections of headings, paragraphs, tables and
//! figures. The HTML and Markdown writers render the same document, so both formats always
//! hold the same content.

/// A chart to show in the report, as drawn by the charts module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    /// The chart's stable id (`quadrant`, `compared:customer_experience`, …).
    pub id: String,
    /// The file name without extension, for the Markdown report's chart folder.
    pub file_stem: String,
    pub title: String,
    pub svg: String,
}

/// A table; every cell is already formatted text (the writers escape it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Right-aligned columns.
    pub numeric: Vec<bool>,
    /// Rows shown set apart (the cooperation as a whole, benchmarks).
    pub marked: Vec<bool>,
}

impl Table {
    pub fn new(headers: Vec<String>, numeric: Vec<bool>) -> Table {
        Table {
            headers,
            rows: Vec::new(),
            numeric,
            marked: Vec::new(),
        }
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
    /// A chart, by id; left out when no such figure was drawn.
    Figure(String),
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

    pub fn figure(&mut self, id: impl Into<String>) {
        self.blocks.push(Block::Figure(id.into()));
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
    /// Lines under the title: round, benchmark, questionnaire.
    pub subtitle: Vec<String>,
    pub contents_heading: String,
    pub figure_word: String,
    pub sections: Vec<Section>,
    pub figures: Vec<Figure>,
}

impl Document {
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|figure| figure.id == id)
    }
}
