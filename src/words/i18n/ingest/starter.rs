//! The starter mapping as YAML, with its notes in the user's language.

use std::fmt::Write;
use std::path::Path;

use crate::ingest::import::starter::StarterMapping;
use crate::words::i18n::Lang;

struct Notes {
    made_from: &'static str,
    check: &'static str,
    fill_respondent: &'static str,
    fill_organisation: &'static str,
    fill_round: &'static str,
    optional_column: &'static str,
    complete: &'static str,
    roles: &'static str,
    answers: &'static str,
    unmatched: &'static str,
}

const NL: Notes = Notes {
    made_from: "Koppeling voor `rijp import --mapping`, gemaakt uit de kopregel van",
    check: "Controleer elke regel voordat u importeert; de README beschrijft alle sleutels.",
    fill_respondent: "vul in: de kolom met de respondent",
    fill_organisation: "vul in: de organisatie van alle rijen (of `organisation: KOLOM`)",
    fill_round: "vul in: de ronde, bijvoorbeeld \"2025\" (of `round: KOLOM`)",
    optional_column: "optioneel: de kolom met",
    complete: "leeg bij een onvolledige response",
    roles: "functieteksten uit het bestand → board, management, i_adviser, staff of other",
    answers: "antwoordteksten → {min} tot en met {max}, \"?\" (weet niet), \"nvt\" (niet van toepassing) of \"\" (overgeslagen)",
    unmatched: "Kolommen zonder item: vul een item-id in, of laat de regel weg.",
};

const EN: Notes = Notes {
    made_from: "Mapping for `rijp import --mapping`, made from the header row of",
    check: "Check every line before you import; the README describes every key.",
    fill_respondent: "fill in: the column with the respondent",
    fill_organisation: "fill in: the organisation of every row (or `organisation: COLUMN`)",
    fill_round: "fill in: the round, for example \"2025\" (or `round: COLUMN`)",
    optional_column: "optional: the column with",
    complete: "empty for an incomplete response",
    roles: "role texts from the file → board, management, i_adviser, staff or other",
    answers: "answer texts → {min} to {max}, \"?\" (don't know), \"nvt\" (not applicable) or \"\" (skipped)",
    unmatched: "Columns without an item: fill in an item id, or leave the line out.",
};

/// A YAML double-quoted scalar (JSON strings are valid YAML).
fn q(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

/// The mapping file, ready to edit.
pub fn starter_yaml(lang: Lang, file: &Path, mapping: &StarterMapping) -> String {
    let notes = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    let mut out = String::new();
    let file_name = file.file_name().unwrap_or_default().to_string_lossy();
    let _ = writeln!(out, "# {} {file_name}.", notes.made_from);
    let _ = writeln!(out, "# {}\n", notes.check);
    let required = [
        (
            "respondent",
            "respondent",
            &mapping.respondent,
            notes.fill_respondent,
        ),
        (
            "organisation",
            "organisation_value",
            &mapping.organisation,
            notes.fill_organisation,
        ),
        ("round", "round_value", &mapping.round, notes.fill_round),
    ];
    for (key, fallback, column, note) in required {
        match column {
            Some(column) => {
                let _ = writeln!(out, "{key}: {}", q(column));
            }
            None => {
                let _ = writeln!(out, "{fallback}: \"\"  # {note}");
            }
        }
    }
    for (key, column) in [("role", &mapping.role), ("date", &mapping.date)] {
        match column {
            Some(column) => {
                let _ = writeln!(out, "{key}: {}", q(column));
            }
            None => {
                let _ = writeln!(out, "# {key}: \"\"  # {} {key}", notes.optional_column);
            }
        }
    }
    match &mapping.complete {
        Some(column) => {
            let _ = writeln!(out, "complete: {}  # {}", q(column), notes.complete);
        }
        None => {
            let _ = writeln!(out, "# complete: \"\"  # {}", notes.complete);
        }
    }
    let _ = writeln!(out, "roles: {{}}  # {}", notes.roles);
    let answers_note = notes
        .answers
        .replace("{min}", &mapping.scale.0.to_string())
        .replace("{max}", &mapping.scale.1.to_string());
    let _ = writeln!(out, "answers:  # {answers_note}");
    for (text, value) in &mapping.answers {
        let value = if value.parse::<u8>().is_ok() {
            value.clone()
        } else {
            q(value)
        };
        let _ = writeln!(out, "  {}: {value}", q(text));
    }
    if mapping.items.is_empty() {
        out.push_str("items: {}\n");
    } else {
        out.push_str("items:\n");
        for (column, item) in &mapping.items {
            let _ = writeln!(out, "  {}: {item}", q(column));
        }
    }
    if !mapping.unmatched.is_empty() {
        let _ = writeln!(out, "  # {}", notes.unmatched);
        for column in &mapping.unmatched {
            let _ = writeln!(out, "  # {}:", q(column));
        }
    }
    out
}
