//! Twelve partners with names of real length (and one with an emoji), from the synthetic
//! generator: the workspace charts and the report must still hold at this size.
#![allow(dead_code)]

use std::path::Path;

use rijp::ingest::demo::synthetic::synthetic;
use rijp::model::questionnaire::Questionnaire;
use rijp::store::workspace::{Settings, Workspace, WorkspaceData};

/// Long names as real cooperations have them, some sharing a prefix.
pub const NAMES: [(&str, Option<&str>); 12] = [
    ("Werkplein Hart van West-Brabant", None),
    ("Gemeente Súdwest-Fryslân", None),
    ("Gemeente Sint-Michielsgestel", None),
    (
        "Intergemeentelijke Sociale Dienst Kop van Noord-Holland",
        Some("ISD Kop van NH"),
    ),
    ("Gemeente Alphen-Chaam", None),
    ("Gemeente Bergen op Zoom", None),
    ("Gemeente Capelle aan den IJssel", None),
    ("Gemeente Nieuwegein 🌷", None),
    ("Gemeente Hollands Kroon", None),
    ("Gemeente Midden-Groningen", None),
    ("Gemeente Krimpenerwaard", None),
    ("Omgevingsdienst Midden- en West-Brabant", None),
];

pub const COOPERATION: &str = "Samenwerkingsverband Digitale Dienstverlening Zuidwest";

/// Writes the workspace into `root` (an empty folder).
pub fn write(root: &Path) {
    let workspace = Workspace::at(root);
    let questionnaire = Questionnaire::bundled().unwrap();
    let mut data = synthetic(&questionnaire, NAMES.len(), 10, 12);
    for (organisation, (name, short)) in data.organisations.iter_mut().zip(NAMES) {
        organisation.name = name.to_string();
        organisation.short_name = short.map(str::to_string);
    }
    workspace
        .save_settings(&Settings {
            name: Some(COOPERATION.to_string()),
            default_benchmark: Some("peers".to_string()),
            ..Settings::default()
        })
        .unwrap();
    for round in &data.rounds {
        workspace.save_round(round).unwrap();
    }
    for organisation in &data.organisations {
        workspace.save_organisation(organisation).unwrap();
    }
    for assessment in &data.assessments {
        workspace.save_assessment(assessment).unwrap();
    }
}

/// The workspace in a fresh temporary folder, loaded.
pub fn load() -> (tempfile::TempDir, WorkspaceData) {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path());
    let data = Workspace::at(dir.path()).load().unwrap();
    (dir, data)
}
