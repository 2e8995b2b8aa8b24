//! The improvement register: `actions/ID.yaml`, one file per action. Actions are checked
//! against the workspace when they are loaded and before they are written, by one rule: the
//! organisation, the round and the programme theme must exist, and the scale must be a
//! dimension or characteristic of the questionnaire the round was answered against.

use std::path::PathBuf;

use anyhow::Result;

use super::listing::list_yaml_files;
use super::{Organisation, Workspace, WorkspaceData, save_yaml};
use crate::model::action::{Action, ActionError, ActionField, ActionId};
use crate::model::yaml::{YamlError, YamlProblem};
use crate::store::atomic_file::{FileAction, failed};
use crate::store::slug::slugify;

pub const ACTIONS: &str = "actions";

impl Workspace {
    pub fn action_path(&self, id: &ActionId) -> PathBuf {
        self.root
            .join(ACTIONS)
            .join(format!("{}.yaml", slugify(id.as_str())))
    }

    /// Writes an action to its file, atomically; a damaged file of the same id is not
    /// replaced.
    pub fn save_action(&self, action: &Action) -> Result<PathBuf> {
        let path = self.action_path(&action.id);
        save_yaml(&path, action)?;
        Ok(path)
    }

    /// Removes an action's file.
    pub fn remove_action(&self, id: &ActionId) -> Result<PathBuf> {
        let path = self.action_path(id);
        std::fs::remove_file(&path).map_err(failed(FileAction::Replace, &path))?;
        Ok(path)
    }

    /// The id a new action gets: one past the highest number among the files in `actions/`,
    /// damaged ones included, so no file is ever overwritten by a new action.
    pub fn next_action_id(&self) -> Result<ActionId> {
        let highest = list_yaml_files(&self.root, ACTIONS, 1, false)?
            .iter()
            .filter_map(|listed| listed.path.file_stem()?.to_str())
            .filter_map(|stem| ActionId::from_file_stem(stem).number())
            .max()
            .unwrap_or(0);
        Ok(ActionId::numbered(highest + 1))
    }
}

impl WorkspaceData {
    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions.iter().find(|action| action.id.as_str() == id)
    }

    /// Adds an action, or replaces the one with its id, keeping the list in id order.
    pub fn put_action(&mut self, action: Action) {
        match self.actions.binary_search_by(|a| a.id.cmp(&action.id)) {
            Ok(at) => self.actions[at] = action,
            Err(at) => self.actions.insert(at, action),
        }
    }

    pub fn drop_action(&mut self, id: &ActionId) {
        self.actions.retain(|action| action.id != *id);
    }

    /// The organisation a person means: by id, by name or short name (in any case), or by a
    /// name that gives its id.
    pub fn find_organisation(&self, text: &str) -> Option<&Organisation> {
        let text = text.trim();
        let wanted = text.to_lowercase();
        let short = |org: &Organisation| {
            org.short_name
                .clone()
                .unwrap_or_else(|| crate::model::names::short_name(&org.name))
                .to_lowercase()
        };
        self.organisation(text)
            .or_else(|| {
                self.organisations
                    .iter()
                    .find(|org| org.name.to_lowercase() == wanted || short(org) == wanted)
            })
            .or_else(|| self.organisation(&slugify(text)))
    }

    /// Whether the workspace has everything an action names.
    pub fn check_action(&self, action: &Action) -> Result<(), ActionError> {
        if let Some(organisation) = &action.organisation
            && self.organisation(organisation).is_none()
        {
            return Err(ActionError::UnknownOrganisation(organisation.clone()));
        }
        if self.round(&action.round).is_none() {
            return Err(ActionError::UnknownRound(action.round.clone()));
        }
        let questionnaire = self.questionnaire_of_round(&action.round);
        if questionnaire.scale(&action.scale).is_none() {
            return Err(ActionError::UnknownScale {
                scale: action.scale.clone(),
                round: action.round.clone(),
            });
        }
        if let Some(theme) = &action.theme
            && questionnaire.theme(theme).is_none()
        {
            return Err(ActionError::UnknownTheme(theme.clone()));
        }
        if action.action.trim().is_empty() {
            return Err(ActionError::Empty(ActionField::Action));
        }
        if action.owner.trim().is_empty() {
            return Err(ActionError::Empty(ActionField::Owner));
        }
        Ok(())
    }

    /// Keeps the actions read from `actions/` that the workspace can place; the others are
    /// reported in `problems` and left as they are.
    pub(super) fn admit_actions(&mut self, read: Vec<(PathBuf, Action)>) {
        for (path, action) in read {
            match self.check_action(&action) {
                Ok(()) => self.actions.push(action),
                Err(error) => {
                    self.problems
                        .push(YamlError::new(&path, 1, 1, YamlProblem::Action(error)));
                }
            }
        }
        self.actions.sort_by(|a, b| a.id.cmp(&b.id));
    }
}
