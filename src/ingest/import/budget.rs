//! What an import file may unpack to. Returned files come by e-mail from many people: a
//! workbook of a few megabytes can unpack to millions of rows, and one cell far down a sheet
//! makes a dense sheet of billions. Each limit is checked before memory grows, and is far
//! beyond a national import (342 organisations × 30 respondents × 90 items, about 0.9 million
//! rows of long CSV).

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use calamine::{Data, Range, Reader, Sheets};

use crate::ingest::import::error::{ImportError, Place, ProblemKind};

/// A file larger than this is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// A returned invitation workbook holds some tens of kilobytes; a larger one is refused
/// before it is unpacked.
pub const MAX_RETURNED_BYTES: u64 = 8 * 1024 * 1024;

/// What the XML parts of a workbook (`.xlsx`, `.ods`) may unpack to together.
pub const MAX_UNPACKED_BYTES: u64 = 1024 * 1024 * 1024;

/// Rows of one sheet or CSV: a spreadsheet holds at most 1 048 576, and a national long CSV
/// about 0.9 million.
pub const MAX_ROWS: u64 = 2_000_000;

/// Cells of one sheet: its rows times its columns, as the reader holds them.
pub const MAX_CELLS: u64 = 20_000_000;

/// Problems listed per file; the rest are counted.
pub const MAX_PROBLEMS_KEPT: usize = 200;

/// Refuses a workbook whose XML parts unpack to more than [`MAX_UNPACKED_BYTES`]. The bytes
/// are counted while unpacking (a zip's own stated sizes may lie) and nothing is kept.
pub fn check_unpacked(file: &Path) -> Result<(), ImportError> {
    let fail = |kind| ImportError::single(file, Place::File, kind);
    let spreadsheet = |detail: String| fail(ProblemKind::Spreadsheet { detail });
    let opened = File::open(file).map_err(|e| {
        fail(ProblemKind::Unreadable {
            reason: e.to_string(),
        })
    })?;
    let mut archive =
        zip::ZipArchive::new(BufReader::new(opened)).map_err(|e| spreadsheet(e.to_string()))?;
    let mut unpacked: u64 = 0;
    for index in 0..archive.len() {
        let mut entry = archive
            .by_index(index)
            .map_err(|e| spreadsheet(e.to_string()))?;
        let name = entry
            .name()
            .map_err(|e| spreadsheet(e.to_string()))?
            .to_ascii_lowercase();
        if !name.ends_with(".xml") {
            continue;
        }
        let room = MAX_UNPACKED_BYTES - unpacked;
        let read = std::io::copy(&mut (&mut entry).take(room + 1), &mut std::io::sink())
            .map_err(|e| spreadsheet(e.to_string()))?;
        unpacked += read;
        if unpacked > MAX_UNPACKED_BYTES {
            return Err(fail(ProblemKind::UnpacksTooLarge {
                limit: MAX_UNPACKED_BYTES,
            }));
        }
    }
    Ok(())
}

/// Opens a workbook after checking what it unpacks to.
pub fn open_workbook(file: &Path) -> Result<Sheets<BufReader<File>>, ImportError> {
    check_unpacked(file)?;
    calamine::open_workbook_auto(file).map_err(|e| {
        ImportError::single(
            file,
            Place::File,
            ProblemKind::Spreadsheet {
                detail: e.to_string(),
            },
        )
    })
}

/// A sheet's cells, refused when it has more than [`MAX_ROWS`] rows or [`MAX_CELLS`] cells.
/// An `.xlsx` sheet is read cell by cell and refused as soon as it goes past either, before
/// the sheet is laid out in memory.
pub fn sheet_range(
    file: &Path,
    workbook: &mut Sheets<BufReader<File>>,
    name: &str,
) -> Result<Range<Data>, ImportError> {
    let spreadsheet = |detail: String| {
        ImportError::single(file, Place::File, ProblemKind::Spreadsheet { detail })
    };
    let range = match workbook {
        Sheets::Xlsx(xlsx) => {
            let mut reader = xlsx
                .worksheet_cells_reader(name)
                .map_err(|e| spreadsheet(e.to_string()))?;
            let mut cells = Vec::new();
            let (mut top, mut left, mut bottom, mut right) = (u32::MAX, u32::MAX, 0u32, 0u32);
            while let Some(cell) = reader.next_cell().map_err(|e| spreadsheet(e.to_string()))? {
                if cell.get_value() == &calamine::DataRef::Empty {
                    continue;
                }
                let (row, column) = cell.get_position();
                (top, left) = (top.min(row), left.min(column));
                (bottom, right) = (bottom.max(row), right.max(column));
                let rows = u64::from(bottom - top) + 1;
                let area = rows * (u64::from(right - left) + 1);
                check_size(file, name, rows, area, row)?;
                let value = Data::from(cell.get_value().clone());
                cells.push(calamine::Cell::new((row, column), value));
            }
            Range::from_sparse(cells)
        }
        other => other
            .worksheet_range(name)
            .map_err(|e| spreadsheet(e.to_string()))?,
    };
    let (height, width) = range.get_size();
    check_size(
        file,
        name,
        height as u64,
        height as u64 * width as u64,
        range.start().map_or(0, |s| s.0) + height as u32,
    )?;
    Ok(range)
}

/// Refuses a sheet past the row or cell budget, at the row (0-based) where it went past.
fn check_size(
    file: &Path,
    sheet: &str,
    rows: u64,
    cells: u64,
    row: u32,
) -> Result<(), ImportError> {
    let at = Place::Cell {
        sheet: sheet.to_string(),
        row: row.saturating_add(1),
        column: None,
    };
    if rows > MAX_ROWS {
        let kind = ProblemKind::TooManyRows { limit: MAX_ROWS };
        return Err(ImportError::single(file, at, kind));
    }
    if cells > MAX_CELLS {
        let kind = ProblemKind::TooManyCells { limit: MAX_CELLS };
        return Err(ImportError::single(file, at, kind));
    }
    Ok(())
}
