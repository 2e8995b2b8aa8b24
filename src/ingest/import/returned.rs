//! Workbooks written by `rijp invite` and sent back filled in (`.xlsx`, or `.ods` when saved
//! by LibreOffice), recognised by their hidden sheet and read with no mapping. Each answer
//! must be one of the workbook's list; a changed item id or another questionnaire version
//! refuses the file, with its sheet and cell. A blank answer is a skipped statement, and a
//! respondent who skipped any is not complete.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use calamine::{Data, Range, Reader};

use crate::ingest::import::budget;
use crate::ingest::import::collect::Collector;
use crate::ingest::import::error::{ImportError, Place, ProblemKind, Problems};
use crate::ingest::import::sheet::{cell_text, is_workbook};
use crate::ingest::invite::layout::answer_labels;
use crate::ingest::invite::layout::{
    ANSWER_COLUMN, COMMENT_COLUMN, ID_COLUMN, ITEMS_HEADING_ROW, KEY_LANGUAGE, KEY_ORGANISATION,
    KEY_QUESTIONNAIRE, KEY_RESPONDENT, KEY_ROLE, KEY_ROUND, KEY_SHEET, KEY_VERSION, KEYS,
    META_SHEET,
};
use crate::model::Lang;
use crate::model::assessment::{Answer, Role};
use crate::model::questionnaire::Questionnaire;

/// True when a file is a workbook with the hidden sheet of an invitation.
pub fn is_returned(file: &Path) -> bool {
    is_workbook(file)
        && std::fs::metadata(file).is_ok_and(|m| m.len() <= MAX_RETURNED_BYTES)
        && budget::check_unpacked(file).is_ok()
        && calamine::open_workbook_auto(file)
            .is_ok_and(|workbook| workbook.sheet_names().iter().any(|s| s == META_SHEET))
}

pub use crate::ingest::import::budget::MAX_RETURNED_BYTES;

/// The workbooks of a folder, by name: every `.xlsx`, `.xlsm` and `.ods` except the lock
/// files spreadsheet programs leave beside an open file.
pub fn workbooks_in(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file() && is_workbook(path))
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|name| !name.starts_with("~$") && !name.starts_with(".~lock"))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// One respondent's workbook, checked.
pub struct Returned {
    pub organisation: String,
    pub round: String,
    pub respondent: String,
    pub role: Option<Role>,
    /// (item id, answer, sheet row).
    pub answers: Vec<(String, Answer, u32)>,
    pub comments: Vec<(String, String)>,
    /// Statement rows read, and how many were left blank.
    pub statements: usize,
    pub skipped: usize,
}

/// Reads and checks one returned workbook against the questionnaire.
pub fn read(file: &Path, questionnaire: &Questionnaire) -> Result<Returned, ImportError> {
    let fail = |at: Place, kind| ImportError::single(file, at, kind);
    let size = std::fs::metadata(file)
        .map_err(|e| {
            fail(
                Place::File,
                ProblemKind::Unreadable {
                    reason: e.to_string(),
                },
            )
        })?
        .len();
    if size > MAX_RETURNED_BYTES {
        let kind = ProblemKind::TooLarge {
            bytes: size,
            limit: MAX_RETURNED_BYTES,
        };
        return Err(fail(Place::File, kind));
    }
    let mut workbook = budget::open_workbook(file)?;
    let sheets = workbook.sheet_names();
    if !sheets.iter().any(|s| s == META_SHEET) {
        return Err(fail(Place::File, ProblemKind::NotAnInvitation));
    }
    let meta = budget::sheet_range(file, &mut workbook, META_SHEET)?;
    let keys = keys(&meta);
    let meta_at = |key: &str, column: u32| Place::Cell {
        sheet: META_SHEET.to_string(),
        row: KEYS.iter().position(|k| *k == key).unwrap_or(0) as u32 + 1,
        column: Some(column),
    };
    let value = |key: &str| keys.get(key).cloned().unwrap_or_default();
    let (id, version) = (value(KEY_QUESTIONNAIRE), value(KEY_VERSION));
    if id != questionnaire.id || version != questionnaire.version.to_string() {
        let at = if id != questionnaire.id {
            KEY_QUESTIONNAIRE
        } else {
            KEY_VERSION
        };
        return Err(fail(
            meta_at(at, 1),
            ProblemKind::OtherVersion {
                found_id: id,
                found_version: version,
                questionnaire: questionnaire.id.clone(),
                version: questionnaire.version,
            },
        ));
    }
    for key in [KEY_ORGANISATION, KEY_ROUND, KEY_RESPONDENT, KEY_SHEET] {
        if value(key).is_empty() {
            return Err(fail(meta_at(key, 1), ProblemKind::NotAnInvitation));
        }
    }
    let sheet = value(KEY_SHEET);
    if !sheets.contains(&sheet) {
        let kind = ProblemKind::NoSuchSheet {
            name: sheet.clone(),
            sheets: sheets.clone(),
        };
        return Err(fail(Place::File, kind));
    }
    let questions = budget::sheet_range(file, &mut workbook, &sheet)?;
    let lang = value(KEY_LANGUAGE).parse::<Lang>().unwrap_or_default();
    let labels = labels(questionnaire, lang);
    let mut returned = Returned {
        organisation: value(KEY_ORGANISATION),
        round: value(KEY_ROUND),
        respondent: value(KEY_RESPONDENT),
        role: Role::parse(&value(KEY_ROLE)),
        answers: Vec::new(),
        comments: Vec::new(),
        statements: 0,
        skipped: 0,
    };
    let mut problems = Problems::default();
    let at = |row: u32, column: u16| Place::Cell {
        sheet: sheet.clone(),
        row,
        column: Some(u32::from(column)),
    };
    for (meta_row, id, row) in items(&meta) {
        let Some(item) = questionnaire.item(&id) else {
            let kind = ProblemKind::UnknownItem {
                item: id,
                questionnaire: questionnaire.id.clone(),
                version: questionnaire.version,
            };
            let place = Place::Cell {
                sheet: META_SHEET.to_string(),
                row: meta_row + 1,
                column: Some(0),
            };
            problems.push(place, None, kind);
            continue;
        };
        let shown = text(&questions, row, ID_COLUMN);
        if shown != id {
            let kind = ProblemKind::ItemChanged {
                expected: id,
                found: shown,
            };
            problems.push(at(row, ID_COLUMN), None, kind);
            continue;
        }
        returned.statements += 1;
        let answer = text(&questions, row, ANSWER_COLUMN);
        if answer.is_empty() {
            returned.skipped += 1;
        } else {
            match labels.get(&answer.to_lowercase()) {
                Some(Answer::NotApplicable) if !questionnaire.allows_not_applicable(item) => {
                    let kind = ProblemKind::NotApplicableNotOffered { item: id.clone() };
                    problems.push(at(row, ANSWER_COLUMN), None, kind);
                }
                Some(chosen) => returned.answers.push((id.clone(), *chosen, row)),
                None => {
                    let kind = ProblemKind::NotInList {
                        text: answer,
                        labels: list(questionnaire, item, lang),
                    };
                    problems.push(at(row, ANSWER_COLUMN), None, kind);
                }
            }
        }
        let comment = text(&questions, row, COMMENT_COLUMN);
        if !comment.is_empty() {
            returned.comments.push((id, comment));
        }
    }
    if !problems.is_empty() {
        return Err(problems.into_error(file));
    }
    if returned.statements == 0 {
        return Err(fail(Place::File, ProblemKind::NotAnInvitation));
    }
    if returned.answers.is_empty() {
        return Err(fail(Place::File, ProblemKind::BlankWorkbook));
    }
    Ok(returned)
}

/// Adds a checked workbook's respondent to the collector; a respondent another file already
/// gave is a problem of this file.
pub fn add(file: &Path, returned: &Returned, collector: &mut Collector) -> Result<(), ImportError> {
    let at = Place::File;
    let (index, new) = collector.respondent(
        &returned.organisation,
        &returned.respondent,
        &returned.round,
        &at,
    );
    if !new {
        let first = collector
            .get(index)
            .map_or(Place::File, |pending| pending.first.clone());
        return Err(ImportError::single(
            file,
            at,
            ProblemKind::DuplicateRespondent { first },
        ));
    }
    if let Some(pending) = collector.get(index) {
        pending.role = returned.role;
        pending.complete = Some(returned.skipped == 0);
    }
    for (id, answer, row) in &returned.answers {
        if let Some(item) = collector.item(id) {
            collector.answer(index, item, *answer, u64::from(*row));
        }
    }
    let comments: Vec<(u16, String)> = returned
        .comments
        .iter()
        .filter_map(|(id, comment)| Some((collector.item(id)?, comment.clone())))
        .collect();
    if let Some(pending) = collector.get(index) {
        pending.comments = comments;
    }
    collector.counts.rows += returned.statements;
    collector.counts.skipped += returned.skipped;
    Ok(())
}

/// The hidden sheet's keys and values.
fn keys(meta: &Range<Data>) -> HashMap<String, String> {
    (0..ITEMS_HEADING_ROW)
        .filter_map(|row| {
            let key = text(meta, row + 1, 0);
            (!key.is_empty()).then(|| (key, text(meta, row + 1, 1)))
        })
        .collect()
}

/// The hidden sheet's items: (0-based row on the hidden sheet, item id, 1-based row on the
/// questionnaire sheet).
fn items(meta: &Range<Data>) -> Vec<(u32, String, u32)> {
    let end = meta.end().map_or(0, |(row, _)| row);
    (ITEMS_HEADING_ROW + 1..=end)
        .filter_map(|row| {
            let id = text(meta, row + 1, 0);
            let at = text(meta, row + 1, 1).parse::<u32>().ok()?;
            (!id.is_empty()).then_some((row, id, at))
        })
        .collect()
}

/// The text of a cell by its 1-based row and 0-based column.
fn text(range: &Range<Data>, row: u32, column: u16) -> String {
    range
        .get_value((row.saturating_sub(1), u32::from(column)))
        .map(cell_text)
        .unwrap_or_default()
}

/// Every label of the workbook's language, in lower case, with the answer it stands for.
fn labels(questionnaire: &Questionnaire, lang: Lang) -> HashMap<String, Answer> {
    let scale = &questionnaire.answer_scale;
    let answers = (scale.min..=scale.max)
        .map(Answer::Value)
        .chain([Answer::DontKnow, Answer::NotApplicable]);
    answer_labels(questionnaire, lang)
        .into_iter()
        .zip(answers)
        .map(|(label, answer)| (label.to_lowercase(), answer))
        .collect()
}

/// The list an item's drop-down offers.
fn list(
    questionnaire: &Questionnaire,
    item: &crate::model::questionnaire::Item,
    lang: Lang,
) -> Vec<String> {
    let mut labels = answer_labels(questionnaire, lang);
    if !questionnaire.allows_not_applicable(item)
        && questionnaire.answer_scale.not_applicable.is_some()
    {
        labels.pop();
    }
    labels
}
