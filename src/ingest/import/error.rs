//! What can be wrong with an import file or its mapping, as data: where (file, line or cell,
//! column, field) and what. The words layer turns these into sentences in either language.

use std::path::PathBuf;

/// A file that cannot be imported; nothing was written. Its `Display` is only the file and
/// the first problem as data: people read it through `words::i18n::ingest::error_text`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {:?}", file.display(), problems.first().map(|p| (&p.at, &p.kind)))]
pub struct ImportError {
    /// The file the problems are in: the survey export, or its mapping.
    pub file: PathBuf,
    /// The problems kept, in file order.
    pub problems: Vec<Problem>,
    /// Problems found beyond those kept (a broken file of a million rows need not list them all).
    pub more: usize,
}

pub use crate::ingest::import::budget::MAX_PROBLEMS_KEPT;

impl ImportError {
    pub fn new(file: impl Into<PathBuf>, problems: Vec<Problem>) -> ImportError {
        let mut problems = problems;
        let more = problems.len().saturating_sub(MAX_PROBLEMS_KEPT);
        problems.truncate(MAX_PROBLEMS_KEPT);
        ImportError {
            file: file.into(),
            problems,
            more,
        }
    }

    pub fn single(file: impl Into<PathBuf>, at: Place, kind: ProblemKind) -> ImportError {
        ImportError::new(
            file,
            vec![Problem {
                at,
                field: None,
                kind,
            }],
        )
    }
}

/// One problem: where it is, the column (field) it is about, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: Place,
    /// The column heading or mapping key the problem is about.
    pub field: Option<String>,
    pub kind: ProblemKind,
}

/// Where in a file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole.
    File,
    /// A line of a text file (CSV or YAML), 1-based, and the 1-based column when known.
    Line { line: u64, column: Option<u64> },
    /// A row of a spreadsheet (1-based, as the spreadsheet numbers it), and the 0-based
    /// column when the problem is about one cell.
    Cell {
        sheet: String,
        row: u32,
        column: Option<u32>,
    },
}

impl Place {
    pub fn line(line: u64) -> Place {
        Place::Line { line, column: None }
    }

    /// The line or row number, for tests and sorting.
    pub fn number(&self) -> u64 {
        match self {
            Place::File => 0,
            Place::Line { line, .. } => *line,
            Place::Cell { row, .. } => u64::from(*row),
        }
    }
}

/// The value a row cannot do without.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needed {
    Organisation,
    Respondent,
    Round,
    Item,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file could not be read (the system's reason).
    Unreadable { reason: String },
    /// The file is larger than an import accepts.
    TooLarge { bytes: u64, limit: u64 },
    /// A workbook whose parts unpack to more bytes than an import accepts.
    UnpacksTooLarge { limit: u64 },
    /// A sheet or CSV with more rows than an import accepts; refused at the row past it.
    TooManyRows { limit: u64 },
    /// A sheet with more cells (rows times columns) than an import accepts.
    TooManyCells { limit: u64 },
    /// Neither UTF-8 nor Windows-1252 text (a binary file, UTF-16, …); `byte` is 1-based.
    NotText { byte: u64 },
    /// Nothing at all, not even a header.
    Empty,
    /// A header, but no answers.
    NoAnswers,
    /// The CSV reader's own complaint.
    CsvSyntax { detail: String },
    /// The spreadsheet reader's own complaint.
    Spreadsheet { detail: String },
    /// The named sheet is not in the workbook.
    NoSuchSheet { name: String, sheets: Vec<String> },
    /// A long-format column that appears twice.
    DuplicateColumn,
    /// A long-format column that is not one of the known ones.
    UnknownColumn {
        required: Vec<&'static str>,
        optional: Vec<&'static str>,
    },
    /// A required long-format column is missing; `other_separator` when the header looks
    /// like one column (separated by something rijp does not recognise).
    MissingColumn { other_separator: bool },
    /// A row with a different number of fields than the header.
    FieldCount { found: usize, expected: usize },
    /// A value the row needs is empty.
    EmptyValue(Needed),
    /// An item id the questionnaire does not have.
    UnknownItem {
        item: String,
        questionnaire: String,
        version: u32,
    },
    /// A `version` the workspace's questionnaire has no version of.
    UnknownVersion { text: String, questionnaire: String },
    /// "Not applicable" on an item that does not offer it.
    NotApplicableNotOffered { item: String },
    /// An answer outside the scale (or not an answer at all); `mapped` when a mapping was used.
    BadAnswer {
        text: String,
        min: u8,
        max: u8,
        mapped: bool,
    },
    /// A role text that is not known; `mapped` when a mapping was used.
    UnknownRole { text: String, mapped: bool },
    /// Not a date rijp can read, or no such day.
    BadDate { text: String },
    /// The same item answered twice for one respondent.
    DuplicateAnswer { first: Place, item: String },
    /// The same respondent twice in a wide file.
    DuplicateRespondent { first: Place },
    /// An assessment file the import would update does not parse.
    DamagedAssessment { file: PathBuf, detail: String },
    /// The mapping file is not valid YAML or has unknown keys (the parser's detail).
    MappingSyntax { detail: String },
    /// The mapping maps a column to an item the questionnaire does not have.
    MappingUnknownItem {
        item: String,
        column: String,
        questionnaire: String,
        version: u32,
    },
    /// The mapping maps two columns to one item.
    MappingItemTwice {
        item: String,
        first: String,
        second: String,
    },
    /// The mapping maps a role text to something that is not a role.
    MappingBadRole { role: String, text: String },
    /// The mapping maps an answer text to something that is not an answer.
    MappingBadAnswer {
        value: String,
        text: String,
        min: u8,
        max: u8,
    },
    /// Both a column and a fixed value for the same field.
    MappingBoth { field: &'static str },
    /// Neither a column nor a fixed value for a field every row needs.
    MappingMissing { field: &'static str },
    /// The mapping names a column the file's header does not have.
    MappingColumnMissing { columns: Vec<String> },
    /// A folder to import without any workbook in it.
    NoWorkbooks,
    /// A returned workbook with no answer chosen at all.
    BlankWorkbook,
    /// A workbook without the hidden sheet `rijp invite` writes, or with it damaged.
    NotAnInvitation,
    /// A workbook of another questionnaire or version than the workspace's.
    OtherVersion {
        found_id: String,
        found_version: String,
        questionnaire: String,
        version: u32,
    },
    /// A statement's item id that is not the one the workbook was written with.
    ItemChanged { expected: String, found: String },
    /// An answer that is not one of the drop-down list's labels.
    NotInList { text: String, labels: Vec<String> },
}

/// Problems as they are found: the first [`MAX_PROBLEMS_KEPT`] kept, the rest counted.
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<Problem>,
    more: usize,
}

impl Problems {
    pub fn push(&mut self, at: Place, field: Option<&str>, kind: ProblemKind) {
        if self.list.len() < MAX_PROBLEMS_KEPT {
            self.list.push(Problem {
                at,
                field: field.map(str::to_string),
                kind,
            });
        } else {
            self.more += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn into_error(self, file: impl Into<PathBuf>) -> ImportError {
        ImportError {
            file: file.into(),
            problems: self.list,
            more: self.more,
        }
    }
}

impl Place {
    /// Another row of the same file, in this place's terms.
    pub fn other_row(&self, number: u32) -> Place {
        match self {
            Place::Cell { sheet, .. } => Place::Cell {
                sheet: sheet.clone(),
                row: number,
                column: None,
            },
            _ => Place::line(u64::from(number)),
        }
    }
}
