//! One respondent's workbook: an introduction sheet, the questionnaire sheet (per pillar and
//! scale each statement with its help, an answer cell with a drop-down list of the answer
//! labels and a comment cell; everything else locked; a count of the answers given) and a
//! hidden sheet with what the import needs ([`crate::ingest::invite::layout`]). The same inputs give the same
//! bytes.

use anyhow::Result;
use rust_xlsxwriter::{
    DataValidation, DocProperties, ExcelDateTime, Format, FormatBorder, Formula, ProtectionOptions,
    Workbook, Worksheet,
};

use crate::ingest::invite::Respondent;
use crate::ingest::invite::layout::answer_labels;
use crate::ingest::invite::layout::{
    ANSWER_COLUMN, COMMENT_COLUMN, HELP_COLUMN, ID_COLUMN, ITEMS_HEADING, ITEMS_HEADING_ROW,
    KEY_LANGUAGE, KEY_ORGANISATION, KEY_QUESTIONNAIRE, KEY_RESPONDENT, KEY_ROLE, KEY_ROUND,
    KEY_SHEET, KEY_VERSION, LABELS_COLUMN, META_SHEET, STATEMENT_COLUMN,
};
use crate::model::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::words::i18n::invite::{role_label, texts};

/// Who a workbook is for, and in which language it speaks.
pub struct Invitation<'a> {
    pub questionnaire: &'a Questionnaire,
    pub lang: Lang,
    pub organisation: &'a str,
    pub round: &'a str,
    pub respondent: &'a Respondent,
}

/// The questionnaire sheet's header row (0-based): the statements follow it.
const HEADER_ROW: u32 = 8;
/// Column widths, in the spreadsheet's units (about a character each).
const STATEMENT_WIDTH: f64 = 60.0;
const HELP_WIDTH: f64 = 46.0;
const INTRO_WIDTH: f64 = 90.0;

/// How many lines a text takes in a wrapped cell of a width. Spreadsheets do not fit a row
/// to wrapped text when they open a file, so the writer sets each row's height itself; an
/// average character is narrower than the unit, hence the margin.
fn lines(text: &str, width: f64) -> u32 {
    let per_line = (width * 1.15) as usize;
    let mut lines = 0;
    let mut length = 0;
    for word in text.split_whitespace() {
        let word = word.chars().count();
        if length > 0 && length + 1 + word > per_line {
            lines += 1;
            length = word;
        } else {
            length += word + usize::from(length > 0);
        }
    }
    (lines + u32::from(length > 0)).max(1)
}

/// A row's height in points for a number of lines of 11-point text.
fn row_height(lines: u32) -> f64 {
    f64::from(lines) * 14.5 + 3.0
}

/// The workbook's bytes.
pub fn workbook_bytes(invitation: &Invitation) -> Result<Vec<u8>> {
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_creation_datetime(&created)
            .set_title(invitation.questionnaire.title.get(invitation.lang)),
    );
    let labels = answer_labels(invitation.questionnaire, invitation.lang);
    introduction(workbook.add_worksheet(), invitation)?;
    let rows = questionnaire_sheet(workbook.add_worksheet(), invitation, labels.len())?;
    meta_sheet(workbook.add_worksheet(), invitation, &labels, &rows)?;
    Ok(workbook.save_to_buffer()?)
}

fn introduction(sheet: &mut Worksheet, invitation: &Invitation) -> Result<()> {
    let t = texts(invitation.lang);
    let q = invitation.questionnaire;
    sheet.set_name(t.intro_sheet)?;
    sheet.set_column_width(0, INTRO_WIDTH)?;
    let title = Format::new().set_bold().set_font_size(16);
    let heading = Format::new().set_bold().set_font_size(12);
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    sheet.write_string_with_format(0, 0, q.title.get(invitation.lang), &title)?;
    let role = role_label(invitation.lang, invitation.respondent.role);
    let whom = (t.for_whom)(
        &invitation.respondent.name,
        role,
        invitation.organisation,
        invitation.round,
    );
    sheet.write_string_with_format(1, 0, &whom, &wrap)?;
    let introduction_row = 5 + t.steps.len() as u32;
    sheet.write_string_with_format(3, 0, t.how_to, &heading)?;
    sheet.write_string_with_format(introduction_row, 0, t.introduction, &heading)?;
    let mut wrapped = |row: u32, text: &str| -> Result<()> {
        sheet.write_string_with_format(row, 0, text, &wrap)?;
        sheet.set_row_height(row, row_height(lines(text, INTRO_WIDTH)))?;
        Ok(())
    };
    let mut row = 4;
    for step in t.steps {
        wrapped(row, step)?;
        row += 1;
    }
    // The description is one paragraph of rules and terms: a line per sentence group reads
    // better in a cell than one block of 2,000 characters.
    row = introduction_row;
    for paragraph in paragraphs(q.description.get(invitation.lang)) {
        row += 1;
        wrapped(row, &paragraph)?;
    }
    sheet.protect();
    sheet.set_active(true);
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}

/// The description split before each numbered rule ("(1) …"), so each stands on its own
/// line.
fn paragraphs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![String::new()];
    for sentence in text.split_inclusive(". ") {
        let starts_rule = sentence.trim_start().starts_with('(')
            && sentence
                .trim_start()
                .chars()
                .nth(1)
                .is_some_and(|c| c.is_ascii_digit());
        if starts_rule && out.last().is_some_and(|p| !p.is_empty()) {
            out.push(String::new());
        }
        if let Some(last) = out.last_mut() {
            last.push_str(sentence);
        }
    }
    out.into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Writes the questionnaire sheet; returns each item's id and its 0-based row.
fn questionnaire_sheet(
    sheet: &mut Worksheet,
    invitation: &Invitation,
    labels: usize,
) -> Result<Vec<(String, u32)>> {
    let t = texts(invitation.lang);
    let lang = invitation.lang;
    let q = invitation.questionnaire;
    sheet.set_name(t.questionnaire_sheet)?;
    for (column, width) in [
        (ID_COLUMN, 7.0),
        (STATEMENT_COLUMN, STATEMENT_WIDTH),
        (HELP_COLUMN, HELP_WIDTH),
        (ANSWER_COLUMN, 26.0),
        (COMMENT_COLUMN, 34.0),
    ] {
        sheet.set_column_width(column, width)?;
    }
    let title = Format::new().set_bold().set_font_size(14);
    let bold = Format::new().set_bold();
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let code = wrap.clone().set_font_color(0x595959).set_font_size(9);
    let help = wrap.clone().set_italic().set_font_color(0x404040);
    let header = Format::new()
        .set_bold()
        .set_background_color(0xD9E2F3)
        .set_border(FormatBorder::Thin);
    let pillar = Format::new()
        .set_bold()
        .set_font_size(12)
        .set_background_color(0xE7E6E6);
    let scale = Format::new().set_bold().set_italic();
    let input = wrap
        .clone()
        .set_unlocked()
        .set_background_color(0xFFF9E5)
        .set_border(FormatBorder::Thin);

    sheet.write_string_with_format(0, 0, q.title.get(lang), &title)?;
    let role = role_label(lang, invitation.respondent.role);
    let facts = [
        (t.organisation, invitation.organisation),
        (t.round, invitation.round),
        (t.respondent, invitation.respondent.name.as_str()),
        (t.role, role),
    ];
    for (offset, (label, value)) in facts.into_iter().enumerate() {
        let row = 2 + offset as u32;
        sheet.write_string_with_format(row, STATEMENT_COLUMN, label, &bold)?;
        sheet.write_string(row, HELP_COLUMN, value)?;
    }
    for (column, heading) in [
        (ID_COLUMN, t.code),
        (STATEMENT_COLUMN, t.statement),
        (HELP_COLUMN, t.help),
        (ANSWER_COLUMN, t.answer),
        (COMMENT_COLUMN, t.comment),
    ] {
        sheet.write_string_with_format(HEADER_ROW, column, heading, &header)?;
    }
    let short = list(labels - 1, t)?;
    let long = list(labels, t)?;
    let has_not_applicable = q.answer_scale.not_applicable.is_some();
    let mut row = HEADER_ROW;
    let mut items = Vec::new();
    for p in &q.pillars {
        row += 1;
        sheet.merge_range(
            row,
            ID_COLUMN,
            row,
            COMMENT_COLUMN,
            p.name.get(lang),
            &pillar,
        )?;
        for s in &p.scales {
            row += 1;
            sheet.write_string_with_format(row, STATEMENT_COLUMN, s.name.get(lang), &scale)?;
            for item in &s.items {
                row += 1;
                sheet.write_string_with_format(row, ID_COLUMN, &item.id, &code)?;
                sheet.write_string_with_format(
                    row,
                    STATEMENT_COLUMN,
                    item.text.get(lang),
                    &wrap,
                )?;
                let help_text = item.help.as_ref().map_or("", |h| h.get(lang));
                sheet.write_string_with_format(row, HELP_COLUMN, help_text, &help)?;
                let lines =
                    lines(item.text.get(lang), STATEMENT_WIDTH).max(lines(help_text, HELP_WIDTH));
                sheet.set_row_height(row, row_height(lines))?;
                sheet.write_blank(row, ANSWER_COLUMN, &input)?;
                sheet.write_blank(row, COMMENT_COLUMN, &input)?;
                let offers = has_not_applicable && q.allows_not_applicable(item);
                let validation = if offers { &long } else { &short };
                sheet.add_data_validation(row, ANSWER_COLUMN, row, ANSWER_COLUMN, validation)?;
                items.push((item.id.clone(), row));
            }
        }
    }
    let first = HEADER_ROW + 2;
    let last = row + 1;
    let answer = rust_xlsxwriter::utility::column_number_to_name(ANSWER_COLUMN);
    let progress = Formula::new(format!(
        "=COUNTA({answer}{first}:{answer}{last})&\" {} \"&{}",
        t.of,
        items.len()
    ))
    .set_result(format!("0 {} {}", t.of, items.len()));
    sheet.write_string_with_format(6, STATEMENT_COLUMN, t.answered, &bold)?;
    sheet.write_formula_with_format(6, HELP_COLUMN, progress, &bold)?;
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    });
    Ok(items)
}

/// The drop-down list of the first `count` labels on the hidden sheet.
fn list(count: usize, t: &crate::words::i18n::invite::InviteTexts) -> Result<DataValidation> {
    let column = rust_xlsxwriter::utility::column_number_to_name(LABELS_COLUMN);
    let range = format!("={META_SHEET}!${column}$1:${column}${count}");
    Ok(DataValidation::new()
        .allow_list_formula(Formula::new(range))
        .set_error_title(t.list_error_title)?
        .set_error_message(t.list_error)?)
}

fn meta_sheet(
    sheet: &mut Worksheet,
    invitation: &Invitation,
    labels: &[String],
    items: &[(String, u32)],
) -> Result<()> {
    let q = invitation.questionnaire;
    sheet.set_name(META_SHEET)?;
    let version = q.version.to_string();
    let values = [
        (KEY_QUESTIONNAIRE, q.id.as_str()),
        (KEY_VERSION, version.as_str()),
        (KEY_LANGUAGE, invitation.lang.code()),
        (KEY_SHEET, texts(invitation.lang).questionnaire_sheet),
        (KEY_ORGANISATION, invitation.organisation),
        (KEY_ROUND, invitation.round),
        (KEY_RESPONDENT, invitation.respondent.name.as_str()),
        (KEY_ROLE, invitation.respondent.role.id()),
    ];
    for (row, (key, value)) in values.into_iter().enumerate() {
        sheet.write_string(row as u32, 0, key)?;
        sheet.write_string(row as u32, 1, value)?;
    }
    sheet.write_string(ITEMS_HEADING_ROW, 0, ITEMS_HEADING)?;
    for (index, (id, row)) in items.iter().enumerate() {
        let at = ITEMS_HEADING_ROW + 1 + index as u32;
        sheet.write_string(at, 0, id)?;
        sheet.write_number(at, 1, f64::from(row + 1))?;
    }
    for (row, label) in labels.iter().enumerate() {
        sheet.write_string(row as u32, LABELS_COLUMN, label)?;
    }
    sheet.set_hidden(true);
    sheet.protect();
    Ok(())
}
