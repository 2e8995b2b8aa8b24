//! `rijp scores --disagreement`: per organisation the statements its respondents disagree on
//! most, as a table, CSV or JSON. Outside the interface the privacy rule holds: the answer
//! histogram only from five respondents, the standard deviation below that.

use anyhow::Result;
use serde::Serialize;

use crate::analysis::comparison::Comparison;
use crate::analysis::cooperation;
use crate::analysis::disagreement::{ItemSpread, disagreement};
use crate::model::Lang;
use crate::model::printable::printable;
use crate::store::workspace::WorkspaceData;
use crate::words::i18n::{self, format_score};

/// The table shows this many statements per organisation; CSV and JSON show all.
const TABLE_ROWS: usize = 10;

#[derive(Serialize)]
struct Row {
    organisation: String,
    item: String,
    scale: String,
    answered: usize,
    mean: Option<f64>,
    sd: Option<f64>,
    dont_know: usize,
    not_applicable: usize,
    /// Answers per value from the scale's lowest; absent below five respondents.
    histogram: Option<Vec<usize>>,
}

fn rows(data: &WorkspaceData, comparison: &Comparison) -> Vec<Row> {
    comparison
        .organisations
        .iter()
        .filter(|org| !cooperation::is_cooperation(org))
        .flat_map(|org| {
            disagreement(data, &org.id, &comparison.round)
                .into_iter()
                .map(move |spread| row(&org.id, spread))
        })
        .collect()
}

fn row(organisation: &str, spread: ItemSpread) -> Row {
    let histogram = spread.histogram_shown().then(|| spread.histogram.clone());
    Row {
        organisation: organisation.to_string(),
        item: spread.item,
        scale: spread.scale,
        answered: spread.answered,
        mean: spread.mean,
        sd: spread.sd,
        dont_know: spread.dont_know,
        not_applicable: spread.not_applicable,
        histogram,
    }
}

/// Answers per value, lowest first: "0 1 1 1 2".
fn counts(histogram: &[usize]) -> String {
    histogram
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn to_json(data: &WorkspaceData, comparison: &Comparison) -> Result<String> {
    Ok(serde_json::to_string_pretty(&rows(data, comparison))? + "\n")
}

pub fn to_csv(data: &WorkspaceData, comparison: &Comparison) -> Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record([
        "organisation",
        "item",
        "scale",
        "answered",
        "mean",
        "sd",
        "dont_know",
        "not_applicable",
        "histogram",
    ])?;
    let number = |value: Option<f64>| value.map(|v| format!("{v:.1}")).unwrap_or_default();
    for row in rows(data, comparison) {
        let histogram = row.histogram.as_deref().map(counts).unwrap_or_default();
        writer.write_record([
            row.organisation,
            row.item,
            row.scale,
            row.answered.to_string(),
            number(row.mean),
            number(row.sd),
            row.dont_know.to_string(),
            row.not_applicable.to_string(),
            histogram,
        ])?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

pub fn to_table(data: &WorkspaceData, comparison: &Comparison, lang: Lang) -> String {
    let t = i18n::cli::disagreement_texts(lang);
    let mut out = String::new();
    let score = |value: Option<f64>| value.map_or("–".to_string(), |v| format_score(lang, v));
    for org in comparison
        .organisations
        .iter()
        .filter(|org| !cooperation::is_cooperation(org))
    {
        out.push_str(&format!("{}\n", printable(&org.name, 80)));
        for spread in disagreement(data, &org.id, &comparison.round)
            .into_iter()
            .take(TABLE_ROWS)
        {
            let histogram = if spread.histogram_shown() {
                counts(&spread.histogram)
            } else {
                t.histogram_hidden.to_string()
            };
            let text = data
                .questionnaire
                .item(&spread.item)
                .map(|item| printable(item.text.get(lang), 60))
                .unwrap_or_default();
            out.push_str(&format!(
                "  {:<6} sd {:>4}  {} {:>4}  n {:>2}  {} {}  {} {}  [{histogram}]  {text}\n",
                spread.item,
                score(spread.sd),
                t.mean,
                score(spread.mean),
                spread.answered,
                t.dont_know,
                spread.dont_know,
                t.not_applicable,
                spread.not_applicable,
            ));
        }
        out.push('\n');
    }
    out
}
