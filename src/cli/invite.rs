//! `rijp invite`: one fillable workbook per respondent, in a folder.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, ValueEnum};

use rijp::ingest::invite::{InviteError, respondents};
use rijp::model::assessment::Role;
use rijp::model::questionnaire::Questionnaire;
use rijp::render::invitation::limesurvey;
use rijp::render::invitation::workbook::{Invitation, workbook_bytes};
use rijp::store::atomic_file::{FileAction, failed, write_atomic};
use rijp::store::slug::slugify;
use rijp::store::workspace::{Named, WorkspaceData};
use rijp::words::i18n::{self, invite};

use super::Session;

#[derive(Debug, Args)]
pub struct InviteArgs {
    #[arg(long)]
    organisation: Option<String>,
    #[arg(long)]
    round: String,
    #[arg(long)]
    respondents: Option<String>,
    #[arg(long)]
    out: PathBuf,
    #[arg(long, value_enum, default_value = "xlsx")]
    format: InviteFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum InviteFormat {
    Xlsx,
    Limesurvey,
}

pub fn run(session: &mut Session, args: InviteArgs) -> Result<ExitCode> {
    // Without a workspace yet, the bundled questionnaire.
    let workspace = session.workspace()?;
    let data = if workspace.root().exists() {
        Some(session.load(&workspace)?)
    } else {
        None
    };
    let lang = session.lang();
    let questionnaire = match &data {
        Some(data) => data.questionnaire.clone(),
        None => Questionnaire::bundled()?,
    };
    let t = invite::texts(lang);
    let fail = |message: &str| {
        eprintln!("rijp: {message}");
        Ok(ExitCode::FAILURE)
    };
    if matches!(args.format, InviteFormat::Limesurvey) {
        let organisations: Vec<(String, String)> = match (&data, args.organisation.as_deref()) {
            (Some(data), _) if !data.organisations.is_empty() => data
                .organisations
                .iter()
                .map(|o| (o.id.clone(), o.name.clone()))
                .collect(),
            (_, Some(name)) if !name.trim().is_empty() => {
                vec![(slugify(name), name.trim().to_string())]
            }
            _ => Vec::new(),
        };
        let (_, round) = names(data.as_ref(), "", &args.round);
        let roles: Vec<Role> = questionnaire.protocol.iter().map(|q| q.role).collect();
        let survey = limesurvey::Survey {
            questionnaire: &questionnaire,
            round: &round,
            organisations: &organisations,
            roles: &roles,
        };
        write_atomic(&args.out, limesurvey::structure(&survey).as_bytes())?;
        say!("{}:", t.structure_written);
        say!("  {}", args.out.display());
        return Ok(ExitCode::SUCCESS);
    }
    let Some(organisation) = args
        .organisation
        .as_deref()
        .filter(|o| !o.trim().is_empty())
    else {
        return fail(t.needs_organisation);
    };
    let Some(list) = args.respondents.as_deref() else {
        return fail(t.needs_respondents);
    };
    let respondents = match respondents::parse(list, &questionnaire) {
        Ok(respondents) => respondents,
        Err(error) => return fail(&invite::error_text(lang, &error)),
    };
    let (organisation, round) = names(data.as_ref(), organisation, &args.round);
    std::fs::create_dir_all(&args.out).map_err(failed(FileAction::CreateFolder, &args.out))?;
    let files: Vec<PathBuf> = respondents
        .iter()
        .map(|r| args.out.join(r.file_name()))
        .collect();
    if let Some(file) = files.iter().find(|f| f.exists()) {
        let error = InviteError::Exists { file: file.clone() };
        return fail(&invite::error_text(lang, &error));
    }
    say!("{}:", t.written);
    for (respondent, file) in respondents.iter().zip(&files) {
        let invitation = Invitation {
            questionnaire: &questionnaire,
            lang,
            organisation: &organisation,
            round: &round,
            respondent,
        };
        write_atomic(file, &workbook_bytes(&invitation)?)?;
        match &respondent.email {
            Some(email) => say!("  {}  <{email}>", file.display()),
            None => say!("  {}", file.display()),
        }
    }
    let departures = respondents::departures(&respondents, &questionnaire);
    if !departures.is_empty() {
        let detail = departures
            .iter()
            .map(|(role, count, min, max)| {
                let range = if min == max {
                    min.to_string()
                } else {
                    format!("{min}–{max}")
                };
                format!("{}: {count}/{range}", i18n::domain::texts(lang).role(*role))
            })
            .collect::<Vec<_>>()
            .join(", ");
        say!("{}", (t.mix_differs)(&detail));
    }
    Ok(ExitCode::SUCCESS)
}

/// The organisation's and round's names as the workspace knows them, so the import finds
/// them again; as given when the workspace has no such organisation or round.
fn names(data: Option<&WorkspaceData>, organisation: &str, round: &str) -> (String, String) {
    let Some(data) = data else {
        return (organisation.trim().to_string(), round.trim().to_string());
    };
    let organisation = match data.organisation_named(organisation) {
        Named::Known(known) => known.name.clone(),
        Named::New(new) => new.name,
    };
    let round = match data.round_named(round) {
        Named::Known(known) => known.id.clone(),
        Named::New(_) => round.trim().to_string(),
    };
    (organisation, round)
}
