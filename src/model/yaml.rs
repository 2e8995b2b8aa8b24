//! The YAML boundary: every YAML file rijp reads or writes passes through here, so every
//! parse error names the file, line and column.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Files larger than this are refused before parsing: no rijp file comes near it, and a
/// hostile file must not exhaust memory.
pub const MAX_YAML_BYTES: u64 = 16 * 1024 * 1024;

/// A YAML file that could not be read or did not match the expected structure.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct YamlError {
    pub file: PathBuf,
    /// 1-based; 0 when the problem has no position (an unreadable file).
    pub line: u64,
    pub column: u64,
    /// What is wrong, as data, so the words layer can say it in the reader's language.
    pub kind: YamlProblem,
}

/// What is wrong with a YAML file.
#[derive(Debug, Clone, PartialEq)]
pub enum YamlProblem {
    Empty,
    TooLarge {
        size: u64,
    },
    NotUtf8 {
        byte: usize,
    },
    /// The system's reason, and its own words for it.
    Unreadable(std::io::ErrorKind, String),
    /// The parser's own message (English).
    Parse(String),
    /// An assessment for an organisation the workspace has no file for.
    UnknownOrganisation {
        id: String,
        expected: String,
    },
    /// An action that names what the workspace does not have.
    Action(crate::model::action::ActionError),
}

impl YamlError {
    /// A problem with a file as a whole, or at a place in it.
    pub fn new(file: &Path, line: u64, column: u64, kind: YamlProblem) -> YamlError {
        YamlError {
            file: file.to_path_buf(),
            line,
            column,
            kind,
        }
    }

    /// What is wrong, in English (the words layer says it in the reader's language).
    pub fn message(&self) -> String {
        match &self.kind {
            YamlProblem::Empty => "the file is empty".to_string(),
            YamlProblem::TooLarge { size } => {
                format!("the file is {size} bytes; files over {MAX_YAML_BYTES} bytes are refused")
            }
            YamlProblem::NotUtf8 { byte } => {
                format!("the file is not UTF-8 text (byte {byte} is not valid)")
            }
            YamlProblem::Unreadable(_, text) | YamlProblem::Parse(text) => text.clone(),
            YamlProblem::UnknownOrganisation { id, expected } => {
                format!("unknown organisation '{id}': no file {expected}")
            }
            YamlProblem::Action(error) => error.to_string(),
        }
    }
}

impl fmt::Display for YamlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The parser may quote the file's own text, which can be of any length or content.
        let message = crate::model::printable::printable(&self.message(), 300);
        if self.line > 0 {
            write!(
                f,
                "{}:{}:{}: {message}",
                self.file.display(),
                self.line,
                self.column,
            )
        } else {
            write!(f, "{}: {message}", self.file.display())
        }
    }
}

/// Parses `text` (the contents of `file`) into `T`.
pub fn parse<T: DeserializeOwned>(file: &Path, text: &str) -> Result<T, YamlError> {
    if text.trim().is_empty() {
        return Err(YamlError::new(file, 1, 1, YamlProblem::Empty));
    }
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 64,
            max_nodes: 2_000_000,
            max_total_scalar_bytes: MAX_YAML_BYTES as usize,
            max_aliases: 1_000,
        },
        with_snippet: false,
        strict_booleans: true,
    };
    serde_saphyr::from_str_with_options(text, options).map_err(|error| {
        let (line, column) = error
            .location()
            .map(|location| (location.line(), location.column()))
            .unwrap_or((0, 0));
        YamlError::new(
            file,
            line,
            column,
            YamlProblem::Parse(plain_message(&error)),
        )
    })
}

/// Reads and parses a YAML file.
pub fn read<T: DeserializeOwned>(file: &Path) -> Result<T, YamlError> {
    let bytes = read_bytes(file)?;
    parse_bytes(file, &bytes)
}

/// Reads a file's bytes, refusing files over [`MAX_YAML_BYTES`]. The limit holds while
/// reading too, so a file that grows, or a device that never ends, cannot exhaust memory.
pub fn read_bytes(file: &Path) -> Result<Vec<u8>, YamlError> {
    read_bytes_metadata(file).map(|(bytes, _)| bytes)
}

/// [`read_bytes`], with the file's metadata as it was when reading began (taken from the
/// open file, so it is the metadata of the very file read).
pub fn read_bytes_metadata(file: &Path) -> Result<(Vec<u8>, std::fs::Metadata), YamlError> {
    let refuse = |size: u64| YamlError::new(file, 0, 0, YamlProblem::TooLarge { size });
    let unreadable = |e: std::io::Error| {
        YamlError::new(file, 0, 0, YamlProblem::Unreadable(e.kind(), e.to_string()))
    };
    let handle = std::fs::File::open(file).map_err(unreadable)?;
    let metadata = handle.metadata().map_err(unreadable)?;
    let size = metadata.len();
    if size > MAX_YAML_BYTES {
        return Err(refuse(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    handle
        .take(MAX_YAML_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_YAML_BYTES {
        return Err(refuse(bytes.len() as u64));
    }
    Ok((bytes, metadata))
}

/// Parses a file's bytes (which must be UTF-8) into `T`.
pub fn parse_bytes<T: DeserializeOwned>(file: &Path, bytes: &[u8]) -> Result<T, YamlError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let byte = e.valid_up_to() + 1;
        YamlError::new(file, 0, 0, YamlProblem::NotUtf8 { byte })
    })?;
    parse(file, text)
}

/// Serialises a value to YAML text.
pub fn to_string<T: Serialize>(value: &T) -> anyhow::Result<String> {
    Ok(serde_saphyr::to_string(value)?)
}

/// The parser's message without its own location prefix or source snippet: rijp prints the
/// location itself, in the `FILE:LINE:COLUMN: message` form editors understand.
fn plain_message(error: &serde_saphyr::Error) -> String {
    let text = error.to_string();
    let first_line = text.lines().next().unwrap_or_default().trim();
    let without_prefix = match first_line.find(" at line ") {
        Some(index) => &first_line[..index],
        None => first_line,
    };
    let trimmed = without_prefix.trim_start_matches("error: ").trim();
    if trimmed.is_empty() {
        "invalid YAML".to_string()
    } else {
        trimmed.to_string()
    }
}
