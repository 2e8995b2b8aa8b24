//! Errors said in the reader's language: the lower layers return errors as data (a file
//! problem, a questionnaire problem), and this is where they become sentences.

use std::io::ErrorKind;

use crate::analysis::comparison::ComparisonError;
use crate::ingest::demo::DemoError;
use crate::model::Lang;
use crate::model::action::ActionError;
use crate::model::printable::printable;
use crate::model::questionnaire::ValidationError;
use crate::model::yaml::YamlError;
use crate::store::atomic_file::{FileAction, FileError};
use crate::store::record::RecordError;
use crate::store::workspace::{RoundError, WorkspaceError};
use crate::words::i18n::questionnaire::problem_lines;

/// An error for the person at the terminal: known kinds in their language, with the place
/// they are about; anything else as it was raised.
pub fn describe(lang: Lang, error: &anyhow::Error) -> String {
    for cause in error.chain() {
        if let Some(invalid) = cause.downcast_ref::<ValidationError>() {
            return problem_lines(lang, invalid).join("\n");
        }
        if let Some(file) = cause.downcast_ref::<FileError>() {
            return file_error(lang, file);
        }
        if let Some(workspace) = cause.downcast_ref::<WorkspaceError>() {
            return crate::words::i18n::yaml::workspace_error(lang, workspace);
        }
        if let Some(yaml) = cause.downcast_ref::<YamlError>() {
            return crate::words::i18n::yaml::yaml_error(lang, yaml);
        }
        if let Some(build) = cause.downcast_ref::<crate::analysis::benchmark_build::BuildError>() {
            return crate::words::i18n::benchmark::build_error(lang, build);
        }
        if let Some(comparison) = cause.downcast_ref::<ComparisonError>() {
            return comparison_error(lang, comparison);
        }
        if let Some(record) = cause.downcast_ref::<RecordError>() {
            return record_error(lang, record);
        }
        if let Some(demo) = cause.downcast_ref::<DemoError>() {
            return demo_error(lang, demo);
        }
        if let Some(action) = cause.downcast_ref::<ActionError>() {
            return crate::words::i18n::actions::action_error(lang, action);
        }
        if let Some(round) = cause.downcast_ref::<RoundError>() {
            return crate::words::i18n::actions::round_error(lang, round);
        }
    }
    format!("{error:#}")
}

/// A refused file-system operation: what, where, and why in plain words.
pub fn file_error(lang: Lang, error: &FileError) -> String {
    let path = error.path.display();
    let action = match (lang, error.action) {
        (Lang::Nl, FileAction::CreateFolder) => format!("kan de map {path} niet maken"),
        (Lang::Nl, FileAction::WriteInFolder) => format!("kan niet schrijven in de map {path}"),
        (Lang::Nl, FileAction::Write) => format!("kan {path} niet schrijven"),
        (Lang::Nl, FileAction::Replace) => format!("kan {path} niet vervangen"),
        (Lang::Nl, FileAction::OpenLock) => format!("kan het slotbestand {path} niet openen"),
        (Lang::Nl, FileAction::Lock) => format!("kan {path} niet vergrendelen"),
        (Lang::Nl, FileAction::ReadFolder) => format!("kan de map {path} niet lezen"),
        (Lang::En, FileAction::CreateFolder) => format!("cannot create folder {path}"),
        (Lang::En, FileAction::WriteInFolder) => format!("cannot write in folder {path}"),
        (Lang::En, FileAction::Write) => format!("cannot write {path}"),
        (Lang::En, FileAction::Replace) => format!("cannot replace {path}"),
        (Lang::En, FileAction::OpenLock) => format!("cannot open lock file {path}"),
        (Lang::En, FileAction::Lock) => format!("cannot lock {path}"),
        (Lang::En, FileAction::ReadFolder) => format!("cannot read folder {path}"),
    };
    format!("{action}: {}", io_reason(lang, &error.source))
}

/// Why the system refused, in words; the system's own message for rare cases.
pub fn io_reason(lang: Lang, error: &std::io::Error) -> String {
    let known = match (lang, error.kind()) {
        (Lang::Nl, ErrorKind::PermissionDenied) => "geen toestemming",
        (Lang::Nl, ErrorKind::NotFound) => "bestaat niet",
        (Lang::Nl, ErrorKind::ReadOnlyFilesystem) => "alleen-lezen bestandssysteem",
        (Lang::Nl, ErrorKind::StorageFull) => "de schijf is vol",
        (Lang::Nl, ErrorKind::AlreadyExists) => "bestaat al",
        (Lang::Nl, ErrorKind::NotADirectory) => "een deel van het pad is geen map",
        (Lang::Nl, ErrorKind::FileTooLarge) => {
            "het bestand mag niet groter worden (schijf of limiet vol)"
        }
        (Lang::Nl, ErrorKind::QuotaExceeded) => "de schijfruimte van deze gebruiker is op",
        (Lang::En, ErrorKind::PermissionDenied) => "permission denied",
        (Lang::En, ErrorKind::NotFound) => "does not exist",
        (Lang::En, ErrorKind::ReadOnlyFilesystem) => "read-only file system",
        (Lang::En, ErrorKind::StorageFull) => "the disk is full",
        (Lang::En, ErrorKind::AlreadyExists) => "already exists",
        (Lang::En, ErrorKind::NotADirectory) => "part of the path is not a folder",
        (Lang::En, ErrorKind::FileTooLarge) => "the file may not grow (disk or limit full)",
        (Lang::En, ErrorKind::QuotaExceeded) => "this user's disk quota is used up",
        _ => return error.to_string(),
    };
    known.to_string()
}

/// Why a comparison cannot be made, with what the workspace does have.
pub fn comparison_error(lang: Lang, error: &ComparisonError) -> String {
    let list = |names: &[String]| names.join(", ");
    match (lang, error) {
        (Lang::Nl, ComparisonError::UnknownRound { round, known }) => {
            format!(
                "onbekende ronde ‘{round}’; de werkmap heeft: {}",
                list(known)
            )
        }
        (Lang::Nl, ComparisonError::NoRounds) => {
            "de werkmap heeft nog geen rondes: importeer antwoorden of start met `rijp demo`"
                .to_string()
        }
        (Lang::Nl, ComparisonError::UnknownBenchmark { id, known }) => {
            let mut known = known.clone();
            known.push("peers".to_string());
            format!(
                "onbekende benchmark ‘{id}’; de werkmap heeft: {}",
                list(&known)
            )
        }
        (Lang::Nl, ComparisonError::UnknownOrganisation { name, available }) => format!(
            "onbekende organisatie ‘{name}’ (of zonder antwoorden in deze ronde); beschikbaar: {}",
            list(available)
        ),
        (Lang::En, ComparisonError::UnknownRound { round, known }) => {
            format!(
                "unknown round '{round}'; the workspace has: {}",
                list(known)
            )
        }
        (Lang::En, ComparisonError::NoRounds) => {
            "the workspace has no rounds yet: import answers or run `rijp demo`".to_string()
        }
        (Lang::En, ComparisonError::UnknownBenchmark { id, known }) => {
            let mut known = known.clone();
            known.push("peers".to_string());
            format!(
                "unknown benchmark '{id}'; the workspace has: {}",
                list(&known)
            )
        }
        (Lang::En, ComparisonError::UnknownOrganisation { name, available }) => format!(
            "unknown organisation '{name}' (or it has no answers in this round); available: {}",
            list(available)
        ),
    }
}

/// Why answers read line by line were not recorded: which line, and what was wrong with it.
pub fn record_error(lang: Lang, error: &RecordError) -> String {
    let quoted = |text: &str| printable(text, 80);
    match (lang, error) {
        (Lang::Nl, RecordError::UnknownOrganisation { organisation, file }) => format!(
            "onbekende organisatie ‘{}’: er is geen bestand {}",
            quoted(organisation),
            file.display()
        ),
        (Lang::Nl, RecordError::Busy(who)) => format!(
            "de antwoorden van {} ({}, ronde {}) worden al door een andere rijp geschreven; \
             sluit die en probeer het opnieuw",
            quoted(&who.name),
            quoted(&who.organisation),
            quoted(&who.round)
        ),
        (Lang::Nl, RecordError::Unreadable(source)) => {
            format!("kan de antwoorden niet lezen: {}", io_reason(lang, source))
        }
        (Lang::Nl, RecordError::UnknownItem { line, item }) => {
            format!("regel {line}: onbekende vraag ‘{}’", quoted(item))
        }
        (
            Lang::Nl,
            RecordError::NotAnAnswer {
                line,
                text,
                min,
                max,
            },
        ) => format!(
            "regel {line}: ‘{}’ is geen antwoord: gebruik {min} tot en met {max}, of ‘?’ voor \
             weet niet",
            quoted(text)
        ),
        (Lang::Nl, RecordError::NotApplicableNotOffered { line, item }) => format!(
            "regel {line}: ‘niet van toepassing’ kan bij stelling ‘{}’ niet gekozen worden; \
             gebruik een antwoord van de schaal of ‘?’ voor weet niet",
            quoted(item)
        ),
        (Lang::Nl, RecordError::Unacknowledged(source)) => {
            format!(
                "kan het antwoord niet bevestigen: {}",
                io_reason(lang, source)
            )
        }
        (Lang::En, RecordError::UnknownOrganisation { organisation, file }) => format!(
            "unknown organisation '{}': no file {}",
            quoted(organisation),
            file.display()
        ),
        (Lang::En, RecordError::Busy(who)) => format!(
            "the answers of {} ({}, round {}) are being written by another rijp; close it and \
             try again",
            quoted(&who.name),
            quoted(&who.organisation),
            quoted(&who.round)
        ),
        (Lang::En, RecordError::Unreadable(source)) => {
            format!("cannot read the answers: {}", io_reason(lang, source))
        }
        (Lang::En, RecordError::UnknownItem { line, item }) => {
            format!("line {line}: unknown item '{}'", quoted(item))
        }
        (
            Lang::En,
            RecordError::NotAnAnswer {
                line,
                text,
                min,
                max,
            },
        ) => format!(
            "line {line}: '{}' is not an answer: use {min} to {max}, or '?' for don't know",
            quoted(text)
        ),
        (Lang::En, RecordError::NotApplicableNotOffered { line, item }) => format!(
            "line {line}: 'not applicable' cannot be chosen on item '{}'; use an answer on \
             the scale or '?' for don't know",
            quoted(item)
        ),
        (Lang::En, RecordError::Unacknowledged(source)) => {
            format!("cannot acknowledge the answer: {}", io_reason(lang, source))
        }
    }
}

/// Why the demo or the synthetic data was not written.
pub fn demo_error(lang: Lang, error: &DemoError) -> String {
    match (lang, error) {
        (Lang::Nl, DemoError::NotEmpty(folder)) => format!(
            "{} is niet leeg; de demo wordt alleen in een lege of nieuwe map geschreven",
            folder.display()
        ),
        (Lang::Nl, DemoError::SyntheticNotEmpty(folder)) => format!(
            "{} is niet leeg; synthetische gegevens worden alleen in een lege of nieuwe map \
             geschreven",
            folder.display()
        ),
        (Lang::Nl, DemoError::CsvText(source)) => {
            format!("kan de CSV-tekst niet opbouwen: {source}")
        }
        (Lang::En, DemoError::NotEmpty(folder)) => format!(
            "{} is not empty; the demo is only written into an empty or new folder",
            folder.display()
        ),
        (Lang::En, DemoError::SyntheticNotEmpty(folder)) => format!(
            "{} is not empty; synthetic data is only written into an empty or new folder",
            folder.display()
        ),
        (Lang::En, DemoError::CsvText(source)) => format!("cannot build the CSV text: {source}"),
    }
}
