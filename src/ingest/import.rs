//! Import of survey answers into a workspace, from the long format (one row per answer, the
//! columns `organisation,respondent,round,item,answer` and optionally `role,date,comment`) or
//! from a wide survey export (one row per respondent) through a YAML mapping. Either may be a
//! CSV (UTF-8 or Windows-1252; commas, semicolons or tabs) or a workbook (`.xlsx`, `.ods`).
//!
//! The whole file is checked before anything is written: a file with any error imports
//! nothing, and every problem names its line (or sheet cell) and column as data
//! ([`ImportError`]); the words layer says it in the user's language.
//!
//! - [`table`]: the file as a header and a stream of rows; [`sheet`] for workbooks.
//! - [`long`] and [`wide`]: rows checked and grouped per respondent ([`collect`]).
//! - [`mapping`]: the wide format's mapping; [`starter`] writes one from a header.
//! - [`limesurvey`]: a response export of rijp's own LimeSurvey survey, read with no mapping.
//! - [`returned`]: workbooks of `rijp invite` sent back filled in, read with no mapping.
//! - [`dates`]: the one date reader of both formats. [`write`]: into the workspace.

use std::path::{Path, PathBuf};

use anyhow::Result;

pub mod budget;
pub mod collect;
pub mod dates;
pub mod error;
pub mod limesurvey;
pub mod long;
pub mod mapping;
pub mod returned;
pub mod sheet;
pub mod starter;
pub mod table;
pub mod wide;
mod write;

pub use error::{ImportError, Needed, Place, Problem, ProblemKind};
pub use mapping::WideMapping;
pub use table::{MAX_FILE_BYTES, SourceKind, TextEncoding};

use crate::ingest::import::collect::Collector;
use crate::ingest::import::table::Table;
use crate::store::workspace::{Workspace, WorkspaceData};

/// What an import reads besides the file.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions<'a> {
    /// A mapping file: the file is a wide survey export.
    pub mapping: Option<&'a Path>,
    /// The sheet of a workbook (default: the first).
    pub sheet: Option<&'a str>,
}

/// What an import read and wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    /// What the file was read as (encoding and delimiter, or sheet).
    pub source: SourceKind,
    /// Data rows read.
    pub rows: usize,
    /// Answers stored, of every kind.
    pub answers: usize,
    /// Of those, "weet niet" and "niet van toepassing".
    pub dont_know: usize,
    pub not_applicable: usize,
    /// Questions a wide file left empty or mapped to skipped.
    pub skipped: usize,
    /// Respondents the file marks as not complete.
    pub incomplete: usize,
    /// Their names, each with its organisation, in file order.
    pub incomplete_respondents: Vec<(String, String)>,
    pub assessments_created: usize,
    pub assessments_updated: usize,
    /// Assessments the file holds exactly as the workspace has them: not written again.
    pub assessments_unchanged: usize,
    pub organisations_created: Vec<String>,
    pub rounds_created: Vec<String>,
    pub files: Vec<PathBuf>,
}

impl ImportSummary {
    fn new(source: SourceKind, collector: &Collector) -> ImportSummary {
        let counts = collector.counts;
        ImportSummary {
            source,
            rows: counts.rows,
            answers: counts.answers,
            dont_know: counts.dont_know,
            not_applicable: counts.not_applicable,
            skipped: counts.skipped,
            incomplete: 0,
            incomplete_respondents: Vec::new(),
            assessments_created: 0,
            assessments_updated: 0,
            assessments_unchanged: 0,
            organisations_created: Vec::new(),
            rounds_created: Vec::new(),
            files: Vec::new(),
        }
    }
}

/// Reads and checks a file (long, or wide with a mapping), then writes it. A file that cannot
/// be imported gives an [`ImportError`] inside the error.
pub fn import(
    workspace: &Workspace,
    data: &WorkspaceData,
    file: &Path,
    options: ImportOptions,
) -> Result<ImportSummary> {
    if options.mapping.is_none() && options.sheet.is_none() && returned::is_returned(file) {
        let mut done = import_workbooks(workspace, data, &[file.to_path_buf()])?;
        return match (done.refused.is_empty(), done.summary) {
            (true, Some(summary)) => Ok(summary),
            _ => Err(done.refused.remove(0).into()),
        };
    }
    let mut table = Table::open(file, options.sheet)?;
    let collector = collect(&mut table, file, options.mapping, data)?;
    let mut summary = ImportSummary::new(table.kind.clone(), &collector);
    drop(table);
    write::write(workspace, data, &collector, file, &mut summary)?;
    Ok(summary)
}

/// What an import of returned workbooks did: the summary of those it imported (none when it
/// imported none), and every file it refused, from which nothing was imported.
pub struct WorkbooksImported {
    pub summary: Option<ImportSummary>,
    pub refused: Vec<ImportError>,
}

/// Imports workbooks of `rijp invite` sent back filled in. Each is checked on its own: a
/// refused file adds nothing, the others are written together.
pub fn import_workbooks(
    workspace: &Workspace,
    data: &WorkspaceData,
    files: &[PathBuf],
) -> Result<WorkbooksImported> {
    let mut collector = Collector::new(&data.questionnaire);
    let mut refused = Vec::new();
    let mut accepted = 0;
    for file in files {
        let added = returned::read(file, &data.questionnaire)
            .and_then(|workbook| returned::add(file, &workbook, &mut collector));
        match added {
            Ok(()) => accepted += 1,
            Err(error) => refused.push(error),
        }
    }
    if accepted == 0 {
        return Ok(WorkbooksImported {
            summary: None,
            refused,
        });
    }
    let source = SourceKind::Workbooks { count: accepted };
    let mut summary = ImportSummary::new(source, &collector);
    let label = files.first().map_or(Path::new(""), PathBuf::as_path);
    write::write(workspace, data, &collector, label, &mut summary)?;
    Ok(WorkbooksImported {
        summary: Some(summary),
        refused,
    })
}

/// Checks a file against the workspace without writing anything, as an import does before
/// it writes; returns the number of answers the file holds.
pub fn check(
    data: &WorkspaceData,
    file: &Path,
    options: ImportOptions,
) -> Result<usize, ImportError> {
    let mut table = Table::open(file, options.sheet)?;
    collect(&mut table, file, options.mapping, data).map(|c| c.counts.answers)
}

fn collect(
    table: &mut Table,
    file: &Path,
    mapping: Option<&Path>,
    data: &WorkspaceData,
) -> Result<Collector, ImportError> {
    match mapping {
        Some(mapping_file) => {
            let mapping = mapping::read_mapping(mapping_file)?;
            collect_wide(table, file, mapping_file, &mapping, data)
        }
        None if limesurvey::recognises(&table.header) => limesurvey::collect(file, table, data),
        None => long::collect_long(
            file,
            table,
            &data.questionnaire,
            &data.earlier_questionnaires,
        ),
    }
}

fn collect_wide(
    table: &mut Table,
    file: &Path,
    mapping_file: &Path,
    mapping: &WideMapping,
    data: &WorkspaceData,
) -> Result<Collector, ImportError> {
    let checked = mapping::check_mapping(mapping, &data.questionnaire)
        .map_err(|problems| ImportError::new(mapping_file, problems))?;
    wide::collect_wide(file, table, mapping, &checked, &data.questionnaire)
}

/// Imports a long-format file.
pub fn import_long_csv(
    workspace: &Workspace,
    data: &WorkspaceData,
    file: &Path,
) -> Result<ImportSummary> {
    import(workspace, data, file, ImportOptions::default())
}

/// Imports a wide survey export through its mapping.
pub fn import_wide_csv(
    workspace: &Workspace,
    data: &WorkspaceData,
    file: &Path,
    mapping_file: &Path,
) -> Result<ImportSummary> {
    let options = ImportOptions {
        mapping: Some(mapping_file),
        sheet: None,
    };
    import(workspace, data, file, options)
}

/// Checks long-format CSV bytes (named `file` in problems); returns the number of answers.
pub fn check_long_csv(
    file: &Path,
    bytes: &[u8],
    data: &WorkspaceData,
) -> Result<usize, ImportError> {
    let mut table = Table::from_bytes(file, bytes)?;
    long::collect_long(
        file,
        &mut table,
        &data.questionnaire,
        &data.earlier_questionnaires,
    )
    .map(|c| c.counts.answers)
}

/// Checks wide CSV bytes with a parsed mapping; returns the number of answers.
pub fn check_wide_csv(
    file: &Path,
    bytes: &[u8],
    mapping_file: &Path,
    mapping: &WideMapping,
    data: &WorkspaceData,
) -> Result<usize, ImportError> {
    let mut table = Table::from_bytes(file, bytes)?;
    collect_wide(&mut table, file, mapping_file, mapping, data).map(|c| c.counts.answers)
}
