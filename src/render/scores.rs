//! The `scores` command's outputs: a table for people, CSV for spreadsheets and JSON for
//! other tools. All three are rendered from one [`Comparison`].

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;

use crate::analysis::comparison::{Comparison, VERDICT_PILLARS};
use crate::analysis::distribution::Position;
use crate::analysis::scoring::{PillarVerdict, Verdict, round1};
use crate::model::printable::printable;
use crate::model::questionnaire::{
    CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY, QuadrantId, Questionnaire,
};
use crate::words::format::{benchmark_line, cutoff_line};
use crate::words::i18n::{self, Lang, format_deviation, format_score};

/// Names longer than this are cut short in the table, so one cannot push the scores off the
/// screen.
const MAX_NAME_CHARS: usize = 60;
/// The table's columns: organisation, respondents, the two dimensions, quadrant and the two
/// verdict pillars; with a distribution, the two dimensions' percentile ranks after them.
const COLUMNS: usize = 7;
/// Which of the columns hold numbers (aligned right).
const NUMERIC: [bool; COLUMNS] = [false, true, true, true, false, true, true];

#[derive(Serialize)]
struct JsonCutoff {
    rule: &'static str,
    x: f64,
    y: f64,
    fallback_to_midpoint: bool,
}

#[derive(Serialize)]
struct JsonBenchmark {
    name: String,
    year: Option<u32>,
    source: Option<String>,
    illustrative: bool,
    origin: crate::analysis::benchmark::BenchmarkOrigin,
    quadrant: Option<QuadrantId>,
    scores: BTreeMap<String, f64>,
}

#[derive(Serialize)]
struct JsonVerdict {
    overall: Option<Verdict>,
    mean_deviation: Option<f64>,
    furthest_above: Vec<String>,
    furthest_below: Vec<String>,
}

#[derive(Serialize)]
struct JsonOrganisation {
    id: String,
    name: String,
    respondents: usize,
    scores: BTreeMap<String, Option<f64>>,
    pillars: BTreeMap<String, Option<f64>>,
    quadrant: Option<QuadrantId>,
    /// The quadrants the organisation is on the border of; empty when clearly inside one.
    border: Vec<QuadrantId>,
    deviations: BTreeMap<String, f64>,
    culture: JsonVerdict,
    leadership: JsonVerdict,
    /// Percentile rank in the benchmark with its 95 % interval and the benchmark's n, per
    /// scale; empty when the benchmark has no distribution.
    percentiles: BTreeMap<String, Position>,
    unknown_answers: usize,
}

#[derive(Serialize)]
struct JsonComparison {
    round: String,
    questionnaire: crate::model::assessment::QuestionnaireRef,
    cutoff: JsonCutoff,
    benchmark: Option<JsonBenchmark>,
    benchmark_missing: Option<String>,
    organisations: Vec<JsonOrganisation>,
}

fn json_verdict(verdict: Option<&PillarVerdict>) -> JsonVerdict {
    let verdict = verdict.cloned().unwrap_or_default();
    JsonVerdict {
        overall: verdict.overall,
        mean_deviation: verdict.mean_deviation.map(round1),
        furthest_above: verdict.furthest_above,
        furthest_below: verdict.furthest_below,
    }
}

/// The comparison as JSON (scores rounded to one decimal).
pub fn to_json(comparison: &Comparison) -> Result<String> {
    let json = JsonComparison {
        round: comparison.round.clone(),
        questionnaire: comparison.questionnaire.clone(),
        cutoff: JsonCutoff {
            rule: comparison.cutoff.rule.id(),
            x: round1(comparison.cutoff.x),
            y: round1(comparison.cutoff.y),
            fallback_to_midpoint: comparison.cutoff_fallback,
        },
        benchmark: comparison.benchmark.as_ref().map(|b| JsonBenchmark {
            name: b.benchmark.name.clone(),
            year: b.benchmark.year,
            source: b.benchmark.source.clone(),
            illustrative: b.benchmark.illustrative,
            origin: b.benchmark.origin.clone(),
            quadrant: b.quadrant,
            scores: b
                .benchmark
                .scores
                .iter()
                .map(|(id, stat)| (id.clone(), round1(stat.mean)))
                .collect(),
        }),
        benchmark_missing: comparison
            .benchmark_missing
            .as_ref()
            .map(|missing| crate::words::format::benchmark_missing(missing, Lang::En)),
        organisations: comparison
            .organisations
            .iter()
            .map(|org| JsonOrganisation {
                id: org.id.clone(),
                name: org.name.clone(),
                respondents: org.scores.respondents,
                scores: org
                    .scores
                    .scales
                    .iter()
                    .map(|(id, stats)| (id.clone(), stats.mean.map(round1)))
                    .collect(),
                pillars: org
                    .scores
                    .pillars
                    .iter()
                    .map(|(id, stats)| (id.clone(), stats.mean.map(round1)))
                    .collect(),
                quadrant: org.quadrant,
                border: org.border.clone(),
                deviations: org
                    .deviations
                    .iter()
                    .map(|(id, d)| (id.clone(), round1(*d)))
                    .collect(),
                culture: json_verdict(org.verdict(VERDICT_PILLARS[0])),
                leadership: json_verdict(org.verdict(VERDICT_PILLARS[1])),
                percentiles: org.percentiles.clone(),
                unknown_answers: org.unknown_answers,
            })
            .collect(),
    };
    Ok(serde_json::to_string_pretty(&json)? + "\n")
}

/// Whether any organisation has a percentile rank in the benchmark.
fn has_percentiles(comparison: &Comparison) -> bool {
    comparison
        .organisations
        .iter()
        .any(|org| !org.percentiles.is_empty())
}

/// The comparison as CSV: one row per organisation, then the benchmark; with percentile
/// ranks (and their interval and n) per scale when the benchmark has a distribution.
pub fn to_csv(comparison: &Comparison, questionnaire: &Questionnaire) -> Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let scale_ids: Vec<&str> = questionnaire.scales().map(|s| s.id.as_str()).collect();
    let mut header = vec!["id", "name", "respondents", "quadrant"];
    header.extend(&scale_ids);
    header.extend(["culture_overall", "leadership_overall"]);
    let with_percentiles = has_percentiles(comparison);
    let percentile_columns: Vec<String> = if with_percentiles {
        scale_ids
            .iter()
            .flat_map(|id| {
                [
                    format!("pr_{id}"),
                    format!("pr_{id}_low"),
                    format!("pr_{id}_high"),
                    format!("pr_{id}_n"),
                ]
            })
            .collect()
    } else {
        Vec::new()
    };
    header.extend(percentile_columns.iter().map(String::as_str));
    writer.write_record(&header)?;
    let number = |value: Option<f64>| value.map(|v| format!("{:.1}", v)).unwrap_or_default();
    let verdict = |v: Option<&PillarVerdict>| {
        v.and_then(|v| v.overall)
            .map(|o| match o {
                Verdict::Below => "below",
                Verdict::At => "at",
                Verdict::Above => "above",
            })
            .unwrap_or_default()
            .to_string()
    };
    for org in &comparison.organisations {
        let mut row = vec![
            org.id.clone(),
            org.name.clone(),
            org.scores.respondents.to_string(),
            org.quadrant.map(|q| q.id().to_string()).unwrap_or_default(),
        ];
        row.extend(scale_ids.iter().map(|id| number(org.mean(id))));
        row.push(verdict(org.verdict(VERDICT_PILLARS[0])));
        row.push(verdict(org.verdict(VERDICT_PILLARS[1])));
        if with_percentiles {
            for id in &scale_ids {
                match org.percentiles.get(*id) {
                    Some(p) => row.extend([
                        p.rank.to_string(),
                        p.low.to_string(),
                        p.high.to_string(),
                        p.n.to_string(),
                    ]),
                    None => row.extend(std::iter::repeat_n(String::new(), 4)),
                }
            }
        }
        writer.write_record(&row)?;
    }
    if let Some(benchmark) = &comparison.benchmark {
        let mut row = vec![
            "benchmark".to_string(),
            benchmark.benchmark.name.clone(),
            String::new(),
            benchmark
                .quadrant
                .map(|q| q.id().to_string())
                .unwrap_or_default(),
        ];
        row.extend(
            scale_ids
                .iter()
                .map(|id| number(benchmark.benchmark.mean(id))),
        );
        row.extend([String::new(), String::new()]);
        row.extend(percentile_columns.iter().map(|_| String::new()));
        writer.write_record(&row)?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

/// The comparison as a table for the terminal.
pub fn to_table(comparison: &Comparison, questionnaire: &Questionnaire, lang: Lang) -> String {
    let text = i18n::cli::texts(lang);
    let rows = table_rows(comparison, questionnaire, lang);
    let mut out = String::new();
    out.push_str(&format!(
        "{}: {}\n{}: {}\n{}: {}\n\n",
        text.round,
        comparison.round_label,
        text.benchmark,
        benchmark_line(comparison, lang),
        text.cutoff,
        cutoff_line(comparison, lang)
    ));
    out.push_str(&aligned(&rows, comparison.benchmark.is_some()));
    if let Some(n) = comparison
        .organisations
        .iter()
        .find_map(|org| org.percentiles.get(CUSTOMER_EXPERIENCE))
        .map(|p| p.n)
    {
        out.push_str(&format!("\n{}\n", (text.percentile_note)(n)));
    }
    let unknown: usize = comparison
        .organisations
        .iter()
        .map(|o| o.unknown_answers)
        .sum();
    if unknown > 0 {
        out.push_str(&format!("\n{}\n", (text.unknown_answers)(unknown)));
    }
    out
}

/// The header, one row per organisation and, last, the benchmark's.
fn table_rows(
    comparison: &Comparison,
    questionnaire: &Questionnaire,
    lang: Lang,
) -> Vec<Vec<String>> {
    let rows = fixed_rows(comparison, questionnaire, lang);
    if !has_percentiles(comparison) {
        return rows.into_iter().map(Vec::from).collect();
    }
    let text = i18n::cli::texts(lang);
    let rank = |org: Option<&crate::analysis::comparison::OrganisationResult>, id: &str| {
        org.and_then(|org| org.percentiles.get(id))
            .map(|p| format!("{} ({}–{})", p.rank, p.low, p.high))
            .unwrap_or_default()
    };
    rows.into_iter()
        .enumerate()
        .map(|(index, row)| {
            let org = index
                .checked_sub(1)
                .and_then(|i| comparison.organisations.get(i));
            let extra = if index == 0 {
                [
                    text.percentile_customer.to_string(),
                    text.percentile_operations.to_string(),
                ]
            } else {
                [
                    rank(org, CUSTOMER_EXPERIENCE),
                    rank(org, OPERATIONAL_EFFICIENCY),
                ]
            };
            let mut row = Vec::from(row);
            let [customer, operations] = extra;
            row.insert(4, operations);
            row.insert(4, customer);
            row
        })
        .collect()
}

/// The seven columns every table has.
fn fixed_rows(
    comparison: &Comparison,
    questionnaire: &Questionnaire,
    lang: Lang,
) -> Vec<[String; COLUMNS]> {
    let text = i18n::cli::texts(lang);
    let words = i18n::domain::texts(lang);
    let score = |value: Option<f64>| match value {
        Some(v) => format_score(lang, v),
        None => "–".to_string(),
    };
    let quadrant = |q: Option<QuadrantId>| {
        q.and_then(|q| questionnaire.quadrant(q))
            .map(|def| def.name.get(lang).to_string())
            .unwrap_or_else(|| words.insufficient.to_string())
    };
    let verdict = |v: Option<&PillarVerdict>| match v.and_then(|v| v.overall.zip(v.mean_deviation))
    {
        Some((overall, deviation)) => {
            let marker = match overall {
                Verdict::Below => "▼",
                Verdict::At => "=",
                Verdict::Above => "▲",
            };
            format!("{marker} {}", format_deviation(lang, deviation))
        }
        None => "–".to_string(),
    };

    let mut rows: Vec<[String; COLUMNS]> = vec![[
        text.organisation.to_string(),
        text.respondents.to_string(),
        text.customer_experience_short.to_string(),
        text.operational_efficiency_short.to_string(),
        text.quadrant.to_string(),
        text.culture.to_string(),
        text.leadership.to_string(),
    ]];
    for org in &comparison.organisations {
        rows.push([
            printable(&org.name, MAX_NAME_CHARS),
            org.scores.respondents.to_string(),
            score(org.mean(crate::model::questionnaire::CUSTOMER_EXPERIENCE)),
            score(org.mean(crate::model::questionnaire::OPERATIONAL_EFFICIENCY)),
            crate::words::format::bordered(&quadrant(org.quadrant), &org.border, lang),
            verdict(org.verdict(VERDICT_PILLARS[0])),
            verdict(org.verdict(VERDICT_PILLARS[1])),
        ]);
    }
    if let Some(benchmark) = &comparison.benchmark {
        rows.push([
            format!(
                "{}: {}",
                text.benchmark,
                printable(&benchmark.benchmark.name, MAX_NAME_CHARS)
            ),
            String::new(),
            score(
                benchmark
                    .benchmark
                    .mean(crate::model::questionnaire::CUSTOMER_EXPERIENCE),
            ),
            score(
                benchmark
                    .benchmark
                    .mean(crate::model::questionnaire::OPERATIONAL_EFFICIENCY),
            ),
            quadrant(benchmark.quadrant),
            String::new(),
            String::new(),
        ]);
    }
    rows
}

/// The rows in columns, numbers to the right, with a rule under the header and one above the
/// benchmark's row when there is one.
fn aligned(rows: &[Vec<String>], benchmark_last: bool) -> String {
    let columns = rows.first().map(Vec::len).unwrap_or_default();
    let mut widths = vec![0usize; columns];
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    // The percentile columns, when present, stand after the two dimensions and are numbers.
    let numeric: Vec<bool> = if columns == COLUMNS {
        NUMERIC.to_vec()
    } else {
        let mut numeric = NUMERIC.to_vec();
        numeric.insert(4, true);
        numeric.insert(4, true);
        numeric
    };
    let mut out = String::new();
    for (index, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .zip(&numeric)
            .map(|((cell, width), right)| {
                let pad = width - cell.chars().count();
                if *right {
                    format!("{}{cell}", " ".repeat(pad))
                } else {
                    format!("{cell}{}", " ".repeat(pad))
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
        if index == 0 || (index == rows.len() - 2 && benchmark_last) {
            let total: usize = widths.iter().sum::<usize>() + 2 * (widths.len() - 1);
            out.push_str(&"─".repeat(total));
            out.push('\n');
        }
    }
    out
}
