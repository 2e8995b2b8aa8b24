//! Workbooks (`.xlsx`, `.xlsm`, `.ods`) as import tables: one sheet, its first row the
//! header, every cell as the text a person sees in it (whole numbers without decimals, dates
//! as ISO dates). Places are sheet rows and cells, as the spreadsheet numbers them.

use std::path::Path;

use calamine::{Data, Range, Reader};

use crate::ingest::import::budget;
use crate::ingest::import::error::{ImportError, Place, ProblemKind};
use crate::ingest::import::table::TableRow;

/// True for the file types read as workbooks.
pub fn is_workbook(file: &Path) -> bool {
    let extension = file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    matches!(extension.as_deref(), Some("xlsx" | "xlsm" | "ods"))
}

/// The rows after the header, produced one by one.
pub struct SheetRows {
    sheet: String,
    range: Range<Data>,
    /// The sheet's first row and column (0-based) of the used range.
    start: (u32, u32),
    /// The next row to produce, relative to the range.
    next: u32,
}

impl SheetRows {
    pub fn empty() -> SheetRows {
        SheetRows {
            sheet: String::new(),
            range: Range::empty(),
            start: (0, 0),
            next: 0,
        }
    }

    /// The cells of a row of the range, from the sheet's column A on.
    fn cells(&self, row: u32) -> Vec<String> {
        let width = self.range.width() as u32;
        let mut cells = vec![String::new(); self.start.1 as usize];
        cells.extend((0..width).map(|column| {
            self.range
                .get((row as usize, column as usize))
                .map(cell_text)
                .unwrap_or_default()
        }));
        cells
    }
}

impl Iterator for SheetRows {
    type Item = TableRow;

    fn next(&mut self) -> Option<TableRow> {
        if self.next as usize >= self.range.height() {
            return None;
        }
        let row = self.next;
        self.next += 1;
        Some(TableRow::new(
            Place::Cell {
                sheet: self.sheet.clone(),
                row: self.start.0 + row + 1,
                column: None,
            },
            self.cells(row),
        ))
    }
}

/// Opens a workbook's sheet (the first, or the one named): its name, header, the header's
/// place and the rows after it.
pub fn open(
    file: &Path,
    wanted: Option<&str>,
) -> Result<(String, Vec<String>, Place, SheetRows), ImportError> {
    let fail = |kind| ImportError::single(file, Place::File, kind);
    let mut workbook = budget::open_workbook(file)?;
    let sheets = workbook.sheet_names();
    let name = match wanted {
        Some(wanted) => sheets
            .iter()
            .find(|s| s.trim().eq_ignore_ascii_case(wanted.trim()))
            .cloned()
            .ok_or_else(|| {
                fail(ProblemKind::NoSuchSheet {
                    name: wanted.to_string(),
                    sheets: sheets.clone(),
                })
            })?,
        None => sheets
            .first()
            .cloned()
            .ok_or_else(|| fail(ProblemKind::Empty))?,
    };
    let range = budget::sheet_range(file, &mut workbook, &name)?;
    let start = range.start().unwrap_or((0, 0));
    let mut rows = SheetRows {
        sheet: name.clone(),
        range,
        start,
        next: 0,
    };
    let Some(header) = rows.next() else {
        return Err(ImportError::single(
            file,
            Place::Cell {
                sheet: name,
                row: 1,
                column: None,
            },
            ProblemKind::Empty,
        ));
    };
    if header.is_blank() {
        return Err(ImportError::single(file, header.at, ProblemKind::Empty));
    }
    let at = header.at.clone();
    Ok((name, header.into_cells(), at, rows))
}

/// A cell as text: whole numbers without decimals, dates as `YYYY-MM-DD` (with the time when
/// it has one), errors as the spreadsheet shows them.
pub(crate) fn cell_text(data: &Data) -> String {
    match data {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => {
            text.trim().to_string()
        }
        Data::Int(value) => value.to_string(),
        Data::Float(value) => number_text(*value),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(value) => serial_date_text(value.as_f64()),
        Data::Error(error) => error.to_string(),
    }
}

fn number_text(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        value.to_string()
    }
}

/// A spreadsheet date serial (days since 1899-12-30, the day's fraction the time of day).
fn serial_date_text(serial: f64) -> String {
    let epoch = jiff::civil::date(1899, 12, 30).at(0, 0, 0, 0);
    let seconds = (serial * 86_400.0).round() as i64;
    match epoch.checked_add(jiff::SignedDuration::from_secs(seconds)) {
        Ok(moment) if moment.time() == jiff::civil::Time::midnight() => moment.date().to_string(),
        Ok(moment) => moment.strftime("%Y-%m-%d %H:%M:%S").to_string(),
        Err(_) => number_text(serial),
    }
}

/// The spreadsheet's name of a column (0 → A, 26 → AA).
pub fn column_letters(column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(b'A' + rest as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
    }

    #[test]
    fn date_serials_become_iso_dates() {
        assert_eq!(serial_date_text(45_719.0), "2025-03-03");
        assert_eq!(serial_date_text(45_719.375_694_444), "2025-03-03 09:01:00");
        assert_eq!(number_text(4.0), "4");
        assert_eq!(number_text(4.5), "4.5");
    }
}
