//! The form before a questionnaire (or a group session): organisation (pick or create),
//! respondent name(s) and role, round.

use ratatui::crossterm::event::KeyEvent;

use super::app::{App, Screen, Status};
use super::keymap::Action;
use super::{group, questionnaire};
use crate::model::assessment::{Assessment, QuestionnaireRef, Role};
use crate::model::ids::AssessmentKey;
use crate::model::yaml;
use crate::store::slug::slugify;
use crate::store::workspace::{Named, WorkspaceData};
use crate::words::i18n::errors::describe;

mod view;

pub use view::render;

/// A field of the form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Field {
    #[default]
    Organisation,
    NewOrganisation,
    Respondent,
    Role,
    Round,
    NewRound,
}

/// What has been filled in so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormState {
    /// A group session (several respondents at once) rather than one respondent.
    pub group: bool,
    pub field: Field,
    /// Index into the organisations; one past the end means "a new organisation".
    pub organisation: usize,
    pub new_organisation: String,
    /// One name, or for a group session names separated by commas.
    pub respondent: String,
    /// Index into `Role::ALL`.
    pub role: usize,
    /// Index into the rounds; one past the end means "a new round".
    pub round: usize,
    pub new_round: String,
    pub error: Option<String>,
    /// Set while asking what to do about names that already have a questionnaire in the
    /// organisation and round: those names.
    pub duplicate: Option<Vec<String>>,
}

/// What to do with a name that already has a questionnaire in the organisation and round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Existing {
    /// Not decided yet: ask.
    Ask,
    /// The same person: continue that questionnaire.
    Continue,
    /// Another person of the same name: a separate respondent, numbered.
    Separate,
}

impl FormState {
    /// The fields shown, in order: the name fields only when "new" is chosen.
    pub fn fields(&self, data: &WorkspaceData) -> Vec<Field> {
        let mut fields = vec![Field::Organisation];
        if self.organisation >= data.organisations.len() {
            fields.push(Field::NewOrganisation);
        }
        fields.extend([Field::Respondent, Field::Role, Field::Round]);
        if self.round >= data.rounds.len() {
            fields.push(Field::NewRound);
        }
        fields
    }

    /// The text field that has the focus, if the focus is on one.
    pub fn focused_text(&mut self, data: &WorkspaceData) -> Option<&mut String> {
        match self.field {
            Field::NewOrganisation if self.organisation >= data.organisations.len() => {
                Some(&mut self.new_organisation)
            }
            Field::Respondent => Some(&mut self.respondent),
            Field::NewRound if self.round >= data.rounds.len() => Some(&mut self.new_round),
            _ => None,
        }
    }

    /// The organisation and round the form points at, by id, whether new or existing.
    pub fn target_ids(&self, data: &WorkspaceData) -> (String, String) {
        let organisation = data.organisations.get(self.organisation).map_or_else(
            || {
                data.organisation_named(&self.new_organisation)
                    .id()
                    .to_string()
            },
            |o| o.id.clone(),
        );
        let round = data.rounds.get(self.round).map_or_else(
            || data.round_named(&self.new_round).id().to_string(),
            |r| r.id.clone(),
        );
        (organisation, round)
    }

    /// True when the focus is on a field that takes typed text.
    pub fn focused_field_is_text(&self, data: &WorkspaceData) -> bool {
        match self.field {
            Field::NewOrganisation => self.organisation >= data.organisations.len(),
            Field::Respondent => true,
            Field::NewRound => self.round >= data.rounds.len(),
            _ => false,
        }
    }

    fn move_focus(&mut self, data: &WorkspaceData, step: isize) {
        let fields = self.fields(data);
        let at = fields.iter().position(|f| *f == self.field).unwrap_or(0) as isize;
        let next = (at + step).rem_euclid(fields.len() as isize) as usize;
        self.field = fields[next];
    }

    fn change_choice(&mut self, data: &WorkspaceData, step: isize) {
        let cycle = |value: usize, count: usize| -> usize {
            (value as isize + step).rem_euclid(count as isize) as usize
        };
        match self.field {
            Field::Organisation => {
                self.organisation = cycle(self.organisation, data.organisations.len() + 1);
            }
            Field::Role => self.role = cycle(self.role, Role::ALL.len()),
            Field::Round => self.round = cycle(self.round, data.rounds.len() + 1),
            _ => {}
        }
    }
}

/// Opens the form, with the organisation selected on the home screen and the latest round.
pub fn start_form(app: &mut App, group: bool) {
    let data = &app.data;
    let organisation = if data.organisations.is_empty() {
        0
    } else {
        app.home.organisation.min(data.organisations.len() - 1)
    };
    let round = app
        .round
        .as_ref()
        .and_then(|id| data.rounds.iter().position(|r| &r.id == id))
        .unwrap_or(data.rounds.len());
    app.form = FormState {
        group,
        field: if data.organisations.is_empty() {
            Field::NewOrganisation
        } else {
            Field::Respondent
        },
        organisation,
        new_organisation: String::new(),
        respondent: String::new(),
        role: Role::ALL
            .iter()
            .position(|r| *r == Role::IAdviser)
            .unwrap_or(0),
        round,
        new_round: crate::store::clock::today().year().to_string(),
        error: None,
        duplicate: None,
    };
    app.screen = Screen::NewAssessment;
}

pub fn on_action(app: &mut App, action: Action, _key: &KeyEvent) {
    if app.form.duplicate.is_some() {
        let choice = match action {
            Action::ContinueExisting => Existing::Continue,
            Action::Separate => Existing::Separate,
            _ => {
                if action == Action::Back {
                    app.form.duplicate = None;
                }
                return;
            }
        };
        app.form.duplicate = None;
        if let Err(message) = submit(app, choice) {
            app.form.error = Some(message);
        }
        return;
    }
    match action {
        Action::NextField => app.form.move_focus(&app.data, 1),
        Action::PrevField => app.form.move_focus(&app.data, -1),
        Action::Left => app.form.change_choice(&app.data, -1),
        Action::Right => app.form.change_choice(&app.data, 1),
        Action::DeleteChar => {
            if let Some(text) = app.form.focused_text(&app.data) {
                text.pop();
            }
        }
        Action::Confirm => {
            if let Err(message) = submit(app, Existing::Ask) {
                app.form.error = Some(message);
            }
        }
        Action::Back => app.screen = Screen::Home,
        _ => {}
    }
}

/// Creates what is new (organisation, round, assessments) and opens the questionnaire or the
/// group session. A name that already has a questionnaire there is never silently reused:
/// first the user is asked whether it is the same person (continue, never replace) or another
/// (a separate, numbered respondent).
fn submit(app: &mut App, existing: Existing) -> Result<(), String> {
    let texts = app.texts();
    let form = app.form.clone();
    let new_organisation = form.organisation >= app.data.organisations.len();
    if new_organisation && form.new_organisation.trim().is_empty() {
        return Err(texts.error_no_organisation.to_string());
    }
    let names: Vec<String> = if form.group {
        form.respondent
            .split(',')
            .map(|name| name.trim().to_string())
            .filter(|name| !name.is_empty())
            .collect()
    } else {
        Some(form.respondent.trim().to_string())
            .filter(|name| !name.is_empty())
            .into_iter()
            .collect()
    };
    if names.is_empty() {
        return Err(texts.error_no_respondent.to_string());
    }
    let mut slugs: Vec<String> = names
        .iter()
        .map(|entry| slugify(&name_and_role(entry, Role::Other).0))
        .collect();
    slugs.sort();
    slugs.dedup();
    if slugs.len() != names.len() {
        return Err(texts.error_duplicate_respondent.to_string());
    }
    let new_round = form.round >= app.data.rounds.len();
    if new_round && form.new_round.trim().is_empty() {
        return Err(texts.error_no_round.to_string());
    }

    let (organisation_id, round_id) = form.target_ids(&app.data);
    let chosen_role = Role::ALL.get(form.role).copied().unwrap_or_default();
    let mut people: Vec<(String, Role)> = names
        .iter()
        .map(|entry| name_and_role(entry, chosen_role))
        .collect();
    let taken: Vec<String> = people
        .iter()
        .filter(|(name, _)| {
            is_taken(
                app,
                &AssessmentKey::new(&*round_id, &*organisation_id, &**name),
            )
        })
        .map(|(name, _)| name.clone())
        .collect();
    if !taken.is_empty() {
        match existing {
            Existing::Ask => {
                app.form.duplicate = Some(taken);
                return Ok(());
            }
            Existing::Continue => {}
            Existing::Separate => {
                for (name, _) in &mut people {
                    if taken.contains(name) {
                        let key = AssessmentKey::new(&*round_id, &*organisation_id, &**name);
                        *name = separate_name(app, &key);
                    }
                }
            }
        }
    }

    // A name typed for a new organisation or round that is already known means that one.
    if new_organisation
        && let Named::New(organisation) = app.data.organisation_named(&form.new_organisation)
    {
        app.workspace
            .save_organisation(&organisation)
            .map_err(|error| describe(app.lang, &error))?;
        app.add_organisation(organisation);
    }
    if new_round && let Named::New(round) = app.data.round_named(&form.new_round) {
        app.workspace
            .save_round(&round)
            .map_err(|error| describe(app.lang, &error))?;
        app.add_round(round);
    }
    app.round = Some(round_id.clone());

    let mut assessments = open_assessments(app, &round_id, &organisation_id, people)?;
    app.form.error = None;
    if form.group {
        group::open(app, assessments);
    } else if let Some(assessment) = assessments.pop() {
        questionnaire::open(app, assessment);
    }
    Ok(())
}

/// The questionnaires of the people named: each one's existing file, or a new one written now.
fn open_assessments(
    app: &mut App,
    round_id: &str,
    organisation_id: &str,
    people: Vec<(String, Role)>,
) -> Result<Vec<Assessment>, String> {
    let version = QuestionnaireRef {
        id: app.data.questionnaire.id.clone(),
        version: app.data.questionnaire.version,
    };
    let mut assessments = Vec::new();
    for (name, role) in people {
        let path =
            app.workspace
                .assessment_path(&AssessmentKey::new(round_id, organisation_id, &*name));
        let on_disk = match app.stored(&path) {
            Some(known) => Some(known.clone()),
            // Written by another window since this one loaded the workspace.
            None if path.exists() => {
                Some(yaml::read::<Assessment>(&path).map_err(|error| error.to_string())?)
            }
            None => None,
        };
        let assessment = match on_disk {
            Some(existing) => existing,
            None => {
                let fresh =
                    Assessment::new(organisation_id, &name, role, round_id, version.clone());
                if !app.store_assessment(&fresh) {
                    return Err(match &app.status {
                        Some(Status::Error(message)) => message.clone(),
                        _ => String::new(),
                    });
                }
                fresh
            }
        };
        assessments.push(assessment);
    }
    Ok(assessments)
}

/// True when the respondent already has a questionnaire in the organisation and round, known
/// here or written meanwhile by another window.
fn is_taken(app: &App, key: &AssessmentKey) -> bool {
    let path = app.workspace.assessment_path(key);
    app.stored(&path).is_some() || path.exists()
}

/// "Jan de Vries (2)", or the first higher number that is free in the same round and
/// organisation.
fn separate_name(app: &App, key: &AssessmentKey) -> String {
    (2..)
        .map(|number| AssessmentKey {
            respondent: format!("{} ({number})", key.respondent),
            ..key.clone()
        })
        .find(|candidate| !is_taken(app, candidate))
        .map_or_else(|| key.respondent.clone(), |free| free.respondent)
}

/// Reads "Ans (bestuurder)" as a name and a role; without a recognised role in brackets the
/// whole text is the name and the role chosen on the form applies.
fn name_and_role(entry: &str, chosen: Role) -> (String, Role) {
    if let Some(open) = entry.rfind(" (")
        && entry.ends_with(')')
        && let Some(role) = Role::parse(&entry[open + 2..entry.len() - 1])
    {
        return (entry[..open].trim().to_string(), role);
    }
    (entry.trim().to_string(), chosen)
}
