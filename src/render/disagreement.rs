//! `rijp scores --disagreement`: per organisation the statements its respondents disagree on
//! most, as a table, CSV or JSON, through the privacy rule: a statement's mean, standard
//! deviation and answers per value only from five respondents, below that a word for the
//! agreement with n.

use anyhow::Result;
use serde::Serialize;

use crate::analysis::comparison::Comparison;
use crate::analysis::cooperation;
use crate::analysis::disagreement::{ItemSpread, disagreement};
use crate::analysis::privacy::{self, StatementAgreement, StatementView};
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
    /// Mean, standard deviation and answers per value (from the scale's lowest): absent
    /// below five respondents.
    mean: Option<f64>,
    sd: Option<f64>,
    histogram: Option<Vec<usize>>,
    /// Below five respondents, how far the answers lie apart, in a word.
    agreement: Option<StatementAgreement>,
    dont_know: usize,
    not_applicable: usize,
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
    let (mean, sd, histogram, agreement) = match privacy::statement(&spread) {
        StatementView::Detail {
            mean,
            sd,
            histogram,
            ..
        } => (mean, sd, Some(histogram), None),
        StatementView::Word { agreement, .. } => (None, None, None, Some(agreement)),
        StatementView::Nothing { .. } => (None, None, None, None),
    };
    Row {
        organisation: organisation.to_string(),
        item: spread.item,
        scale: spread.scale,
        answered: spread.answered,
        mean,
        sd,
        histogram,
        agreement,
        dont_know: spread.dont_know,
        not_applicable: spread.not_applicable,
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
        "histogram",
        "agreement",
        "dont_know",
        "not_applicable",
    ])?;
    let number = |value: Option<f64>| value.map(|v| format!("{v:.1}")).unwrap_or_default();
    for row in rows(data, comparison) {
        let histogram = row.histogram.as_deref().map(counts).unwrap_or_default();
        let agreement = row
            .agreement
            .and_then(|a| serde_json::to_value(a).ok())
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        writer.write_record([
            row.organisation,
            row.item,
            row.scale,
            row.answered.to_string(),
            number(row.mean),
            number(row.sd),
            histogram,
            agreement,
            row.dont_know.to_string(),
            row.not_applicable.to_string(),
        ])?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

pub fn to_table(data: &WorkspaceData, comparison: &Comparison, lang: Lang) -> String {
    let t = i18n::cli::disagreement_texts(lang);
    let words = i18n::domain::texts(lang);
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
            let row = row(&org.id, spread);
            let histogram = match (&row.histogram, row.agreement) {
                (Some(histogram), _) => counts(histogram),
                (None, Some(agreement)) => words.statement_agreement(agreement).to_string(),
                (None, None) => t.histogram_hidden.to_string(),
            };
            let text = data
                .questionnaire
                .item(&row.item)
                .map(|item| printable(item.text.get(lang), 60))
                .unwrap_or_default();
            out.push_str(&format!(
                "  {:<6} sd {:>4}  {} {:>4}  n {:>2}  {} {}  {} {}  [{histogram}]  {text}\n",
                row.item,
                score(row.sd),
                t.mean,
                score(row.mean),
                row.answered,
                t.dont_know,
                row.dont_know,
                t.not_applicable,
                row.not_applicable,
            ));
        }
        out.push('\n');
    }
    out
}
