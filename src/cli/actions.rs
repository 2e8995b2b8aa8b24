//! `rijp actions add|set|remove|list`: the improvement register from the command line. Every
//! value is checked against the workspace before anything is written; a refusal names the
//! value and writes nothing.

use std::process::ExitCode;

use anyhow::Result;
use clap::{ArgGroup, Args, Subcommand, ValueEnum};

use rijp::model::action::{Action, ActionError, ActionNote, ActionStatus, parse_date};
use rijp::render::actions as listing;
use rijp::store::clock::today;
use rijp::store::workspace::WorkspaceData;
use rijp::words::i18n::actions::texts;

use super::{Session, write_stdout};

#[derive(Debug, Args)]
pub struct ActionsArgs {
    #[command(subcommand)]
    command: ActionsCommand,
}

#[derive(Debug, Subcommand)]
enum ActionsCommand {
    Add(AddArgs),
    Set(SetArgs),
    Remove(RemoveArgs),
    List(ListArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("whose").required(true).args(["organisation", "cooperation"])))]
struct AddArgs {
    #[arg(long)]
    organisation: Option<String>,
    #[arg(long)]
    cooperation: bool,
    #[arg(long)]
    scale: String,
    #[arg(long)]
    action: String,
    #[arg(long)]
    owner: String,
    #[arg(long)]
    due: String,
    #[arg(long)]
    theme: Option<String>,
    #[arg(long)]
    finding: Option<String>,
    #[arg(long)]
    status: Option<String>,
    #[arg(long)]
    round: Option<String>,
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
struct SetArgs {
    id: String,
    #[arg(long, conflicts_with = "cooperation")]
    organisation: Option<String>,
    #[arg(long)]
    cooperation: bool,
    #[arg(long)]
    scale: Option<String>,
    #[arg(long)]
    action: Option<String>,
    #[arg(long)]
    owner: Option<String>,
    #[arg(long)]
    due: Option<String>,
    #[arg(long)]
    theme: Option<String>,
    #[arg(long)]
    finding: Option<String>,
    #[arg(long)]
    status: Option<String>,
    #[arg(long)]
    round: Option<String>,
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
struct RemoveArgs {
    id: String,
}

#[derive(Debug, Args)]
struct ListArgs {
    #[arg(long, conflicts_with = "cooperation")]
    organisation: Option<String>,
    #[arg(long)]
    cooperation: bool,
    #[arg(long)]
    status: Option<String>,
    #[arg(long)]
    overdue: bool,
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Csv,
    Json,
}

pub fn run(session: &mut Session, args: ActionsArgs) -> Result<ExitCode> {
    let workspace = session.workspace()?;
    let mut data = session.load(&workspace)?;
    let lang = session.lang();
    let t = texts(lang);
    match args.command {
        ActionsCommand::Add(args) => {
            let action = new_action(&workspace, &data, args)?;
            data.check_action(&action)?;
            let path = workspace.save_action(&action)?;
            say!(
                "{}",
                (t.added)(action.id.as_str(), &path.display().to_string())
            );
        }
        ActionsCommand::Set(args) => {
            let action = changed_action(&data, args)?;
            data.check_action(&action)?;
            let path = workspace.save_action(&action)?;
            say!(
                "{}",
                (t.updated)(action.id.as_str(), &path.display().to_string())
            );
        }
        ActionsCommand::Remove(args) => {
            let id = known(&data, &args.id)?.id.clone();
            let path = workspace.remove_action(&id)?;
            data.drop_action(&id);
            say!("{}", (t.removed)(id.as_str(), &path.display().to_string()));
        }
        ActionsCommand::List(args) => {
            let today = today();
            let organisation = match &args.organisation {
                Some(text) => Some(organisation_id(&data, text)?),
                None => None,
            };
            let status = args.status.as_deref().map(status).transpose()?;
            let shown: Vec<&Action> = data
                .actions
                .iter()
                .filter(|a| organisation.is_none() || a.organisation == organisation)
                .filter(|a| !args.cooperation || a.is_for_cooperation())
                .filter(|a| status.is_none_or(|s| a.status == s))
                .filter(|a| !args.overdue || a.is_overdue(today))
                .collect();
            let text = match args.format {
                ListFormat::Table => listing::to_table(&data, &shown, today, lang),
                ListFormat::Csv => listing::to_csv(&shown, today)?,
                ListFormat::Json => listing::to_json(&shown, today)?,
            };
            write_stdout(format_args!("{text}"));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn new_action(
    workspace: &rijp::store::workspace::Workspace,
    data: &WorkspaceData,
    args: AddArgs,
) -> Result<Action> {
    let organisation = match &args.organisation {
        Some(text) => Some(organisation_id(data, text)?),
        None => None,
    };
    let round = match &args.round {
        Some(text) => data.find_round(text)?.id.clone(),
        None => data.latest_round().ok_or(ActionError::NoRound)?.id.clone(),
    };
    Ok(Action {
        id: workspace.next_action_id()?,
        organisation,
        scale: args.scale,
        finding: args.finding.filter(|f| !f.trim().is_empty()),
        action: args.action,
        owner: args.owner,
        due: date(&args.due)?,
        status: args
            .status
            .as_deref()
            .map(status)
            .transpose()?
            .unwrap_or(ActionStatus::Proposed),
        theme: args.theme,
        round,
        notes: args.note.map(note).into_iter().collect(),
    })
}

fn changed_action(data: &WorkspaceData, args: SetArgs) -> Result<Action> {
    let mut action = known(data, &args.id)?.clone();
    if let Some(text) = &args.organisation {
        action.organisation = Some(organisation_id(data, text)?);
    }
    if args.cooperation {
        action.organisation = None;
    }
    if let Some(text) = &args.round {
        action.round = data.find_round(text)?.id.clone();
    }
    if let Some(text) = &args.due {
        action.due = date(text)?;
    }
    if let Some(text) = &args.status {
        action.status = status(text)?;
    }
    action.scale = args.scale.unwrap_or(action.scale);
    action.action = args.action.unwrap_or(action.action);
    action.owner = args.owner.unwrap_or(action.owner);
    if let Some(theme) = args.theme {
        action.theme = Some(theme).filter(|t| !t.trim().is_empty());
    }
    if let Some(finding) = args.finding {
        action.finding = Some(finding).filter(|f| !f.trim().is_empty());
    }
    action.notes.extend(args.note.map(note));
    Ok(action)
}

fn known<'a>(data: &'a WorkspaceData, id: &str) -> Result<&'a Action, ActionError> {
    data.action(id.trim())
        .ok_or_else(|| ActionError::UnknownAction(id.to_string()))
}

fn organisation_id(data: &WorkspaceData, text: &str) -> Result<String, ActionError> {
    data.find_organisation(text)
        .map(|org| org.id.clone())
        .ok_or_else(|| ActionError::UnknownOrganisation(text.to_string()))
}

fn date(text: &str) -> Result<jiff::civil::Date, ActionError> {
    parse_date(text).ok_or_else(|| ActionError::BadDate(text.to_string()))
}

fn status(text: &str) -> Result<ActionStatus, ActionError> {
    text.parse()
        .map_err(|()| ActionError::UnknownStatus(text.to_string()))
}

fn note(text: String) -> ActionNote {
    ActionNote {
        date: today(),
        text,
    }
}
