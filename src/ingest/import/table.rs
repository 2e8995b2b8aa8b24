//! An import file as a header and rows, whatever it is: a CSV in UTF-8 or Windows-1252 (as
//! Dutch Excel saves it), with commas, semicolons or tabs, or the first (or a named) sheet of
//! an `.xlsx` or `.ods` workbook. A UTF-8 CSV is read as a stream, so a national file of a
//! million rows is never held whole.

use std::fs::File;
use std::io::{BufRead, BufReader, Cursor, Read};
use std::path::Path;

use crate::ingest::import::budget;
use crate::ingest::import::error::{ImportError, Place, ProblemKind};
use crate::ingest::import::sheet;

pub use crate::ingest::import::budget::MAX_FILE_BYTES;

/// What the file was read as, for the import summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceKind {
    Csv {
        encoding: TextEncoding,
        delimiter: char,
    },
    Sheet {
        name: String,
    },
    /// Workbooks of `rijp invite`, read with no mapping.
    Workbooks {
        count: usize,
    },
}

/// The character encoding a CSV was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Windows1252,
}

/// One row: where it is, and its cells, kept in one buffer so that a row costs no allocation
/// per cell.
pub struct TableRow {
    pub at: Place,
    cells: csv::StringRecord,
}

impl TableRow {
    pub fn new(at: Place, cells: Vec<String>) -> TableRow {
        TableRow {
            at,
            cells: csv::StringRecord::from(cells),
        }
    }

    /// The cell in a column without the spaces around it, empty when the row is short.
    pub fn cell(&self, index: usize) -> &str {
        self.cells.get(index).map_or("", str::trim)
    }

    /// How many cells the row has.
    pub fn width(&self) -> usize {
        self.cells.len()
    }

    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|cell| cell.trim().is_empty())
    }

    /// Every cell, trimmed.
    pub fn into_cells(self) -> Vec<String> {
        self.cells
            .iter()
            .map(|cell| cell.trim().to_string())
            .collect()
    }

    /// Where one of this row's cells is.
    pub fn place_of(&self, column: usize) -> Place {
        at_column(&self.at, column)
    }
}

/// The same place, narrowed to a column.
pub fn at_column(at: &Place, column: usize) -> Place {
    match at {
        Place::Line { line, .. } => Place::Line {
            line: *line,
            column: Some(column as u64 + 1),
        },
        Place::Cell { sheet, row, .. } => Place::Cell {
            sheet: sheet.clone(),
            row: *row,
            column: Some(column as u32),
        },
        Place::File => Place::File,
    }
}

enum Rows {
    Csv(Box<csv::Reader<Box<dyn Read + Send>>>),
    Sheet(sheet::SheetRows),
}

/// An open import file.
pub struct Table {
    pub kind: SourceKind,
    pub header: Vec<String>,
    /// Where the header is (line 1, or the sheet's first row).
    pub header_at: Place,
    rows: Rows,
    /// Rows read so far, against [`budget::MAX_ROWS`].
    read: u64,
}

impl Table {
    /// Opens a CSV, or a workbook by its extension (`.xlsx`, `.xlsm`, `.ods`); `sheet` picks a
    /// sheet by name (default: the first).
    pub fn open(file: &Path, sheet: Option<&str>) -> Result<Table, ImportError> {
        let fail = |kind| ImportError::single(file, Place::File, kind);
        let size = std::fs::metadata(file)
            .map_err(|e| {
                fail(ProblemKind::Unreadable {
                    reason: e.to_string(),
                })
            })?
            .len();
        if size > MAX_FILE_BYTES {
            return Err(fail(ProblemKind::TooLarge {
                bytes: size,
                limit: MAX_FILE_BYTES,
            }));
        }
        if sheet::is_workbook(file) {
            let (name, header, header_at, rows) = sheet::open(file, sheet)?;
            return Ok(Table {
                kind: SourceKind::Sheet { name },
                header,
                header_at,
                rows: Rows::Sheet(rows),
                read: 0,
            });
        }
        let opened = File::open(file).map_err(|e| {
            fail(ProblemKind::Unreadable {
                reason: e.to_string(),
            })
        })?;
        let (encoding, first_line) = sniff(file, opened)?;
        let reader: Box<dyn Read + Send> = match encoding {
            TextEncoding::Utf8 => {
                let unreadable = |e: std::io::Error| {
                    fail(ProblemKind::Unreadable {
                        reason: e.to_string(),
                    })
                };
                let mut reader = BufReader::new(File::open(file).map_err(unreadable)?);
                if reader.fill_buf().map_err(unreadable)?.starts_with(BOM) {
                    reader.consume(BOM.len());
                }
                Box::new(reader)
            }
            TextEncoding::Windows1252 => {
                let bytes = std::fs::read(file).map_err(|e| {
                    fail(ProblemKind::Unreadable {
                        reason: e.to_string(),
                    })
                })?;
                let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
                Box::new(Cursor::new(text.into_owned().into_bytes()))
            }
        };
        Table::from_csv(file, reader, encoding, &first_line)
    }

    /// Reads CSV bytes held in memory (named `file` in problems).
    pub fn from_bytes(file: &Path, bytes: &[u8]) -> Result<Table, ImportError> {
        let (encoding, first_line) = sniff(file, bytes)?;
        let text = match encoding {
            TextEncoding::Utf8 => bytes.strip_prefix(BOM).unwrap_or(bytes).to_vec(),
            TextEncoding::Windows1252 => encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned()
                .into_bytes(),
        };
        Table::from_csv(file, Box::new(Cursor::new(text)), encoding, &first_line)
    }

    /// Reads CSV text (already UTF-8) from a reader; `first_line` picks the delimiter.
    fn from_csv(
        file: &Path,
        reader: Box<dyn Read + Send>,
        encoding: TextEncoding,
        first_line: &str,
    ) -> Result<Table, ImportError> {
        if first_line.trim().is_empty() {
            return Err(ImportError::single(
                file,
                Place::line(1),
                ProblemKind::Empty,
            ));
        }
        let count = |c: char| first_line.matches(c).count();
        let delimiter = [',', ';', '\t']
            .into_iter()
            .max_by_key(|c| count(*c))
            .unwrap_or(',');
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter as u8)
            .flexible(true)
            .from_reader(Box::new(LineFeeds::new(reader)) as Box<dyn Read + Send>);
        let header = reader
            .headers()
            .map_err(|e| {
                ImportError::single(
                    file,
                    Place::line(1),
                    ProblemKind::CsvSyntax {
                        detail: e.to_string(),
                    },
                )
            })?
            .iter()
            .map(|name| name.trim().to_string())
            .collect();
        Ok(Table {
            kind: SourceKind::Csv {
                encoding,
                delimiter,
            },
            header,
            header_at: Place::line(1),
            rows: Rows::Csv(Box::new(reader)),
            read: 0,
        })
    }

    /// The delimiter of a CSV, if it is one.
    pub fn delimiter(&self) -> Option<char> {
        match &self.kind {
            SourceKind::Csv { delimiter, .. } => Some(*delimiter),
            SourceKind::Sheet { .. } | SourceKind::Workbooks { .. } => None,
        }
    }
}

impl Iterator for Table {
    /// A row, or a row the reader could not read (with the reader's complaint).
    type Item = Result<TableRow, (Place, ProblemKind)>;

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.rows {
            Rows::Csv(reader) => {
                let mut record = csv::StringRecord::new();
                match reader.read_record(&mut record) {
                    Ok(false) => None,
                    Ok(true) => {
                        let line = record.position().map_or(0, csv::Position::line);
                        self.read += 1;
                        if self.read > budget::MAX_ROWS {
                            // Refused here, before the rows past the budget are held.
                            self.rows = Rows::Sheet(sheet::SheetRows::empty());
                            let limit = budget::MAX_ROWS;
                            return Some(Err((
                                Place::line(line),
                                ProblemKind::TooManyRows { limit },
                            )));
                        }
                        Some(Ok(TableRow {
                            at: Place::line(line),
                            cells: record,
                        }))
                    }
                    Err(error) => {
                        let line = error.position().map_or(0, csv::Position::line);
                        let detail = error.to_string();
                        // An I/O error does not go away by reading on.
                        if matches!(error.kind(), csv::ErrorKind::Io(_)) {
                            self.rows = Rows::Sheet(sheet::SheetRows::empty());
                        }
                        Some(Err((Place::line(line), ProblemKind::CsvSyntax { detail })))
                    }
                }
            }
            Rows::Sheet(rows) => rows.next().map(Ok),
        }
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads CRLF line ends as LF. The CSV reader ends a record at the CR and counts the line at
/// the LF, so with CRLF (as LimeSurvey and Excel write) every row would be reported one line
/// too early.
struct LineFeeds<R> {
    inner: R,
    /// A CR at the end of the last chunk, not yet known to start a CRLF.
    pending_cr: bool,
}

impl<R: Read> LineFeeds<R> {
    fn new(inner: R) -> LineFeeds<R> {
        LineFeeds {
            inner,
            pending_cr: false,
        }
    }
}

impl<R: Read> Read for LineFeeds<R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        if buffer.len() < 2 {
            return self.inner.read(buffer);
        }
        let start = usize::from(self.pending_cr);
        let read = self.inner.read(&mut buffer[start..])?;
        if self.pending_cr {
            buffer[0] = b'\r';
            self.pending_cr = false;
            if read == 0 {
                return Ok(1);
            }
        }
        let mut filled = start + read;
        if read > 0 && buffer[filled - 1] == b'\r' {
            self.pending_cr = true;
            filled -= 1;
        }
        if filled > 0 && !buffer[..filled].contains(&b'\r') {
            // Nearly every file: nothing to change.
            return Ok(filled);
        }
        let mut out = 0;
        for index in 0..filled {
            let byte = buffer[index];
            let crlf = byte == b'\r' && buffer.get(index + 1) == Some(&b'\n') && index + 1 < filled;
            if !crlf {
                buffer[out] = byte;
                out += 1;
            }
        }
        if out == 0 && self.pending_cr {
            // Only a CR so far: read on rather than report the end of the file.
            return self.read(buffer);
        }
        Ok(out)
    }
}

/// Reads the file once without keeping it: UTF-8 when every byte says so, else Windows-1252
/// when it reads as text in it, else refused. Returns the encoding and the first line.
fn sniff(file: &Path, source: impl Read) -> Result<(TextEncoding, String), ImportError> {
    let unreadable = |e: std::io::Error| {
        ImportError::single(
            file,
            Place::File,
            ProblemKind::Unreadable {
                reason: e.to_string(),
            },
        )
    };
    let mut reader = BufReader::with_capacity(1 << 16, source);
    let mut first_line = Vec::new();
    let mut carry: Vec<u8> = Vec::new();
    let mut offset: u64 = 0;
    let mut utf8 = true;
    let mut undefined_1252: Option<u64> = None;
    loop {
        let chunk = reader.fill_buf().map_err(unreadable)?;
        if chunk.is_empty() {
            break;
        }
        let length = chunk.len();
        if offset == 0 || first_line.last() != Some(&b'\n') && first_line.len() < 1 << 20 {
            let end = chunk
                .iter()
                .position(|b| *b == b'\n')
                .map_or(length, |at| at + 1);
            first_line.extend_from_slice(&chunk[..end]);
        }
        if undefined_1252.is_none()
            && let Some(at) = chunk.iter().position(|b| !is_windows_1252_text(*b))
        {
            undefined_1252 = Some(offset + at as u64 + 1);
        }
        if utf8 {
            carry.extend_from_slice(chunk);
            match std::str::from_utf8(&carry) {
                Ok(_) => carry.clear(),
                Err(error) if error.error_len().is_none() => {
                    // A character cut by the chunk's end: keep its start for the next chunk.
                    carry.drain(..error.valid_up_to());
                }
                Err(_) => utf8 = false,
            }
        }
        offset += length as u64;
        reader.consume(length);
    }
    let utf8 = utf8 && carry.is_empty();
    let first_line = first_line.strip_prefix(BOM).unwrap_or(&first_line).to_vec();
    // Valid UTF-8 is text whatever characters it holds (names may hold any); anything else
    // must read as Windows-1252 text.
    let not_text = if utf8 { None } else { undefined_1252 };
    match (utf8, not_text) {
        (true, None) => Ok((
            TextEncoding::Utf8,
            String::from_utf8_lossy(&first_line).into_owned(),
        )),
        (_, Some(byte)) => Err(ImportError::single(
            file,
            Place::File,
            ProblemKind::NotText { byte },
        )),
        (false, None) => Ok((
            TextEncoding::Windows1252,
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(&first_line)
                .0
                .into_owned(),
        )),
    }
}

/// False for bytes a Windows-1252 text file does not have: control characters other than
/// tab, line feed and carriage return, and the five bytes the encoding leaves undefined.
fn is_windows_1252_text(byte: u8) -> bool {
    !matches!(
        byte,
        0x00..=0x08 | 0x0B | 0x0C | 0x0E..=0x1F | 0x7F | 0x81 | 0x8D | 0x8F | 0x90 | 0x9D
    )
}

#[cfg(test)]
mod tests {
    use super::LineFeeds;
    use std::io::Read;

    #[test]
    fn crlf_becomes_lf_even_across_reads() {
        struct Trickle<'a>(&'a [u8]);
        impl Read for Trickle<'_> {
            fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
                let n = self.0.len().min(buffer.len()).min(3);
                buffer[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut text = String::new();
        LineFeeds::new(Trickle(b"ab\r\ncd\r\r\nef\rg\r"))
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "ab\ncd\r\nef\rg\r");
    }
}
