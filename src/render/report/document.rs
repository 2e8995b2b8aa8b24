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

    /// Column widths that fit `fit.total` and break no word: each column at least as wide
    /// as its longest word, the rest of the width shared by how much text each column
    /// holds, and what is left over given to the first column, the names. The printed
    /// writers share it, so a table has the same shape in the PDF and in Word.
    pub fn column_widths(&self, fit: &ColumnFit) -> Vec<f64> {
        let columns = self.headers.len().max(1);
        let words = |index: usize| -> (usize, usize) {
            let body = self.rows.iter().filter_map(|row| row.get(index));
            let longest_word = |text: &String| {
                text.split_whitespace()
                    .map(|word| word.chars().count())
                    .max()
                    .unwrap_or(0)
            };
            let header = self.headers.get(index);
            let header_word = header.map(longest_word).unwrap_or(0);
            let header_word = fit
                .header_word_cap
                .map_or(header_word, |cap| header_word.min(cap));
            let word = body
                .clone()
                .map(longest_word)
                .max()
                .unwrap_or(0)
                .max(header_word);
            let cell = body
                .chain(header)
                .map(|text| text.chars().count())
                .max()
                .unwrap_or(1);
            (word.max(1), cell.max(1))
        };
        let (minimum, wanted): (Vec<f64>, Vec<f64>) = (0..columns)
            .map(|index| {
                let (word, cell) = words(index);
                let minimum = word as f64 * fit.char_width + fit.padding;
                let wanted = (cell.min(60) as f64 * fit.char_width + fit.padding).max(minimum);
                (minimum, wanted)
            })
            .unzip();
        let least: f64 = minimum.iter().sum();
        if least >= fit.total {
            return minimum.iter().map(|m| m * fit.total / least).collect();
        }
        let wished: f64 = wanted.iter().sum();
        let mut widths = if wished <= fit.total {
            wanted
        } else {
            let spare = fit.total - least;
            let extra = wished - least;
            wanted
                .iter()
                .zip(&minimum)
                .map(|(w, m)| m + (w - m) * spare / extra)
                .collect()
        };
        let used: f64 = widths.iter().sum();
        widths[0] += (fit.total - used).max(0.0);
        widths
    }
}

/// What a printed table has to fit in: the text width, what a character of its text takes
/// on average and a cell's padding (all in the writer's unit), and how many letters of a
/// header word must fit on one line where the writer may hyphenate headers.
#[derive(Clone, Copy, Debug)]
pub struct ColumnFit {
    pub total: f64,
    pub char_width: f64,
    pub padding: f64,
    pub header_word_cap: Option<usize>,
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
    /// The round as the running header names it ("Nulmeting 2024").
    pub round_label: String,
    /// "Concept" while the round is open, "Definitief, <date>" once it is closed: on every
    /// printed page.
    pub status: String,
    /// The round's reference date, `YYYY-MM-DD`: the document's date in its metadata, so
    /// the same workspace always gives the same file.
    pub date: Option<String>,
    /// What the document is about, for its metadata: the questionnaire and its version.
    pub subject: String,
    /// Who the document is from, for its metadata: the cooperation, unless the user names
    /// someone else.
    pub author: Option<String>,
    pub contents_heading: String,
    pub figure_word: String,
    /// "Page" and "of" for the printed footer ("Page 3 of 12").
    pub page_words: (String, String),
    /// Where the printed version comes from, said on screen by the HTML report.
    pub print_route: String,
    /// What the Word file's contents field shows until Word has filled it.
    pub contents_hint: String,
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

/// Header words longer than this get soft hyphens: bold Arial is wider than the average
/// character, so a word of nine letters may not fit a column made for nine.
const HYPHENATE_FROM: usize = 6;

/// A header with soft hyphens at the syllables of its long words, where Word, LibreOffice
/// and browsers may break them with a hyphen instead of mid-word.
pub fn soft_hyphens(text: &str, lang: crate::model::Lang) -> String {
    let language = match lang {
        crate::model::Lang::Nl => hypher::Lang::Dutch,
        crate::model::Lang::En => hypher::Lang::English,
    };
    text.split(' ')
        .map(|word| {
            if word.chars().count() > HYPHENATE_FROM && word.chars().all(char::is_alphabetic) {
                hypher::hyphenate(word, language).join("\u{ad}")
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
