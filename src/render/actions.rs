//! The improvement register as `rijp actions list` prints it: a table for people, CSV for a
//! spreadsheet, JSON for other programs. Every form carries the same rows in the same order.

use anyhow::Result;
use jiff::civil::Date;
use serde::Serialize;

use crate::model::action::Action;
use crate::store::workspace::WorkspaceData;
use crate::words::i18n::Lang;
use crate::words::i18n::actions::{status_name, texts};

/// One action as every form shows it.
#[derive(Debug, Serialize)]
pub struct ActionRow<'a> {
    pub id: &'a str,
    /// The organisation's id; `null` for the cooperation as a whole.
    pub organisation: Option<&'a str>,
    pub scale: &'a str,
    pub action: &'a str,
    pub owner: &'a str,
    pub due: String,
    /// The code as stored (`voorgesteld`, `lopend`, `gereed`, `vervallen`).
    pub status: &'static str,
    pub overdue: bool,
    pub theme: Option<&'a str>,
    pub round: &'a str,
    pub finding: Option<&'a str>,
    pub notes: Vec<JsonNote<'a>>,
}

#[derive(Debug, Serialize)]
pub struct JsonNote<'a> {
    pub date: String,
    pub text: &'a str,
}

impl<'a> ActionRow<'a> {
    pub fn of(action: &'a Action, today: Date) -> ActionRow<'a> {
        ActionRow {
            id: action.id.as_str(),
            organisation: action.organisation.as_deref(),
            scale: &action.scale,
            action: &action.action,
            owner: &action.owner,
            due: action.due.to_string(),
            status: action.status.code(),
            overdue: action.is_overdue(today),
            theme: action.theme.as_deref(),
            round: &action.round,
            finding: action.finding.as_deref(),
            notes: action
                .notes
                .iter()
                .map(|note| JsonNote {
                    date: note.date.to_string(),
                    text: &note.text,
                })
                .collect(),
        }
    }
}

/// The organisation as a row names it: its name, or the cooperation as a whole.
pub fn organisation_name(data: &WorkspaceData, action: &Action, lang: Lang) -> String {
    match &action.organisation {
        Some(id) => data
            .organisation(id)
            .map_or_else(|| id.clone(), |org| org.name.clone()),
        None => texts(lang).cooperation.to_string(),
    }
}

/// The status in words, marked when the action is overdue.
pub fn status_text(action: &Action, today: Date, lang: Lang) -> String {
    let status = status_name(lang, action.status);
    if action.is_overdue(today) {
        format!("{status} ({})", texts(lang).overdue)
    } else {
        status.to_string()
    }
}

pub fn to_json(actions: &[&Action], today: Date) -> Result<String> {
    let rows: Vec<ActionRow> = actions.iter().map(|a| ActionRow::of(a, today)).collect();
    let mut text = serde_json::to_string_pretty(&rows)?;
    text.push('\n');
    Ok(text)
}

/// CSV with ids and codes, so that it reads back into a program; the header in English.
pub fn to_csv(actions: &[&Action], today: Date) -> Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record([
        "id",
        "organisation",
        "scale",
        "action",
        "owner",
        "due",
        "status",
        "overdue",
        "theme",
        "round",
        "finding",
    ])?;
    for action in actions {
        let row = ActionRow::of(action, today);
        writer.write_record([
            row.id,
            row.organisation.unwrap_or_default(),
            row.scale,
            row.action,
            row.owner,
            &row.due,
            row.status,
            if row.overdue { "true" } else { "false" },
            row.theme.unwrap_or_default(),
            row.round,
            row.finding.unwrap_or_default(),
        ])?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

/// Aligned columns for the terminal, with names and statuses in words.
pub fn to_table(data: &WorkspaceData, actions: &[&Action], today: Date, lang: Lang) -> String {
    let t = texts(lang);
    if actions.is_empty() {
        return format!("{}\n", t.none);
    }
    let mut rows = vec![
        [
            t.id,
            t.organisation,
            t.scale,
            t.action,
            t.owner,
            t.due,
            t.status,
        ]
        .map(String::from),
    ];
    for action in actions {
        let questionnaire = data.questionnaire_of_round(&action.round);
        rows.push([
            action.id.to_string(),
            organisation_name(data, action, lang),
            questionnaire.scale_name(&action.scale, lang),
            crate::model::printable::printable(&action.action, 60),
            crate::model::printable::printable(&action.owner, 30),
            action.due.to_string(),
            status_text(action, today, lang),
        ]);
    }
    aligned(&rows)
}

fn aligned(rows: &[[String; 7]]) -> String {
    let mut widths = [0usize; 7];
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for (index, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell}{}", " ".repeat(width - cell.chars().count())))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
        if index == 0 {
            let total: usize = widths.iter().sum::<usize>() + 2 * (widths.len() - 1);
            out.push_str(&"─".repeat(total));
            out.push('\n');
        }
    }
    out
}
