//! The application state and the dispatch of keys to the screen that is showing.

use std::collections::BTreeMap;

use anyhow::Result;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;

use crate::analysis::comparison::ComparisonRequest;
use crate::model::assessment::Assessment;
use crate::model::questionnaire::Questionnaire;
use crate::render::charts::{self, ChartOptions, ExportOptions, Medium};
use crate::store::workspace::{OpenHold, Workspace, WorkspaceData};
use crate::words::i18n::{self, Lang};

use super::action_form::ActionForm;
use super::agenda::AgendaState;
use super::compare::CompareState;
use super::config::{Config, ConfigStore};
use super::group::GroupState;
use super::home::HomeState;
use super::keymap::{self, Action, Context};
use super::new_assessment::FormState;
use super::questionnaire::QuestionnaireState;
use super::results::ResultsState;
use super::round_view::RoundView;
use super::{MIN_HEIGHT, MIN_WIDTH};
use super::{action_form, agenda, compare, group, home, new_assessment, questionnaire, results};

mod draw;
mod store;

/// The folder in the workspace that charts are exported to, one subfolder per round.
pub const EXPORT_FOLDER: &str = "export";

/// The screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    NewAssessment,
    Questionnaire,
    Results,
    Compare,
    Group,
    Agenda,
    ActionForm,
}

/// A one-line message under the screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Info(String),
    Error(String),
}

/// The whole interface state.
pub struct App {
    /// The workspace folder written to.
    pub workspace: Workspace,
    /// Everything in the workspace, loaded once and kept up to date after every write.
    pub data: WorkspaceData,
    pub lang: Lang,
    config: ConfigStore,
    pub screen: Screen,
    /// Scroll position of the help popup while it is open.
    pub help: Option<u16>,
    /// Set while asking whether to quit although something could not be saved.
    pub confirm_quit: bool,
    /// An answer or comment could not be written.
    pub unsaved: bool,
    /// The round looked at; `None` while the workspace has none.
    pub round: Option<String>,
    views: BTreeMap<String, RoundView>,
    /// Indices into `data.assessments` of assessments not marked complete.
    pub unfinished: Vec<usize>,
    /// Every item id in questionnaire order.
    pub item_order: Vec<String>,
    pub status: Option<Status>,
    /// False once the user has quit.
    pub running: bool,
    pub home: HomeState,
    pub form: FormState,
    pub questionnaire: Option<QuestionnaireState>,
    pub results: ResultsState,
    pub compare: CompareState,
    pub group: Option<GroupState>,
    pub agenda: AgendaState,
    /// The action being agreed, while its form is open.
    pub action_form: Option<ActionForm>,
    /// How the workspace is named in the title bar.
    pub workspace_label: String,
    /// The size of the screen last drawn: while it is too small, only quitting acts.
    pub area: Rect,
    /// The questionnaires this window holds open, so another window knows.
    holds: Vec<OpenHold>,
    /// How far the help popup may scroll, as last drawn.
    pub help_limit: super::scroll::ScrollLimit,
}

impl App {
    /// Loads the workspace and the remembered language; `lang` overrides both.
    pub fn load(workspace: Workspace, lang: Option<Lang>, config: ConfigStore) -> Result<App> {
        let data = workspace.load()?;
        let remembered = config.load().language;
        let lang = lang
            .or(remembered)
            .or(data.settings.language)
            .unwrap_or_default();
        let workspace_label = workspace.root().display().to_string();
        let item_order = item_order(&data.questionnaire);
        let mut app = App {
            workspace,
            data,
            lang,
            config,
            screen: Screen::Home,
            help: None,
            confirm_quit: false,
            unsaved: false,
            round: None,
            views: BTreeMap::new(),
            unfinished: Vec::new(),
            item_order,
            status: None,
            running: true,
            home: HomeState::default(),
            form: FormState::default(),
            questionnaire: None,
            results: ResultsState::default(),
            compare: CompareState::default(),
            group: None,
            agenda: AgendaState::default(),
            action_form: None,
            workspace_label,
            area: Rect::new(0, 0, MIN_WIDTH, MIN_HEIGHT),
            holds: Vec::new(),
            help_limit: super::scroll::ScrollLimit::default(),
        };
        app.after_data_change();
        app.round = app.data.latest_round().map(|round| round.id.clone());
        app.prepare();
        Ok(app)
    }

    pub fn texts(&self) -> &'static i18n::tui::TuiTexts {
        i18n::tui::texts(self.lang)
    }

    /// The view of the round looked at, once computed.
    pub fn view(&self) -> Option<&RoundView> {
        self.round.as_ref().and_then(|round| self.views.get(round))
    }

    /// True when the workspace holds no organisation yet.
    pub fn is_empty(&self) -> bool {
        self.data.organisations.is_empty() && self.data.assessments.is_empty()
    }

    /// The contexts whose bindings apply now, innermost first.
    pub fn contexts(&self) -> Vec<Context> {
        if self.confirm_quit {
            return vec![Context::Confirm];
        }
        if self.help.is_some() {
            return vec![Context::Help];
        }
        self.screen_contexts()
    }

    /// The contexts of the screen itself and its popups, ignoring the help popup.
    pub fn screen_contexts(&self) -> Vec<Context> {
        match self.screen {
            Screen::Home => vec![Context::Home],
            Screen::NewAssessment if self.form.duplicate.is_some() => vec![Context::Duplicate],
            Screen::NewAssessment => vec![Context::NewAssessment],
            Screen::Questionnaire => {
                match self.questionnaire.as_ref().and_then(|q| q.popup.as_ref()) {
                    Some(popup) => vec![popup.context()],
                    None => vec![Context::Questionnaire],
                }
            }
            Screen::Results => vec![Context::Results],
            Screen::Compare => vec![Context::Compare],
            Screen::Group if self.group.as_ref().is_some_and(|g| g.confirm_finish) => {
                vec![Context::Confirm]
            }
            Screen::Group => vec![Context::Group],
            Screen::Agenda => vec![Context::Agenda],
            Screen::ActionForm => vec![Context::ActionForm],
        }
    }

    /// Whether an action makes sense now; the footer leaves out those that do not (the
    /// help popup still lists every key).
    pub fn offers(&self, action: Action) -> bool {
        let empty = self.is_empty();
        match action {
            Action::LoadDemo => empty,
            Action::Continue => !self.unfinished.is_empty(),
            Action::Results | Action::Compare | Action::Export | Action::Agenda => !empty,
            Action::NextRound | Action::PrevRound => self.data.rounds.len() > 1,
            // On a narrow compare screen the table and the partner list take turns: only the
            // keys of the one shown.
            Action::Left | Action::Right | Action::Sort if self.screen == Screen::Compare => {
                self.compare_shows_table()
            }
            Action::Toggle | Action::ToggleAll if self.screen == Screen::Compare => {
                self.compare_shows_list()
            }
            Action::NextView | Action::PrevView if self.screen == Screen::Compare => {
                !self.compare_side_by_side()
            }
            // In a confirmation, only finishing a questionnaire has open items to go to.
            Action::NextUnanswered => !self.confirm_quit,
            // Only where the statement at the cursor offers it.
            Action::NotApplicable => self
                .current_item()
                .is_some_and(|item| self.data.questionnaire.allows_not_applicable_id(item)),
            _ => true,
        }
    }

    /// Whether the compare screen is wide enough for the list, the chart and the table at once.
    pub fn compare_side_by_side(&self) -> bool {
        self.area.width >= super::compare::SIDE_BY_SIDE
    }

    fn compare_shows_table(&self) -> bool {
        self.compare_side_by_side() || self.compare.view == super::compare::CompareView::Table
    }

    fn compare_shows_list(&self) -> bool {
        self.compare_side_by_side() || self.compare.view == super::compare::CompareView::Chart
    }

    /// The statement at the cursor of the questionnaire or the group session.
    pub fn current_item(&self) -> Option<&str> {
        let cursor = match self.screen {
            Screen::Questionnaire => self.questionnaire.as_ref()?.cursor,
            Screen::Group => self.group.as_ref()?.cursor,
            _ => return None,
        };
        self.item_order.get(cursor).map(String::as_str)
    }

    /// Where typed characters go, when a text field has the focus.
    fn text_target(&mut self) -> Option<&mut String> {
        if self.confirm_quit || self.help.is_some() {
            return None;
        }
        match self.screen {
            Screen::NewAssessment if self.form.duplicate.is_some() => None,
            Screen::NewAssessment => self.form.focused_text(&self.data),
            Screen::Questionnaire => self.questionnaire.as_mut()?.comment_text(),
            Screen::ActionForm => self.action_form.as_mut()?.focused_text(),
            _ => None,
        }
    }

    /// True while typed letters go into a text field, so they are no commands.
    pub fn is_typing(&self) -> bool {
        if self.confirm_quit || self.help.is_some() {
            return false;
        }
        match self.screen {
            Screen::NewAssessment => {
                self.form.duplicate.is_none() && self.form.focused_field_is_text(&self.data)
            }
            Screen::Questionnaire => self
                .questionnaire
                .as_ref()
                .is_some_and(|q| matches!(q.popup, Some(super::questionnaire::Popup::Comment(_)))),
            Screen::ActionForm => self
                .action_form
                .as_ref()
                .is_some_and(|form| form.field != super::action_form::FormField::Scale),
            _ => false,
        }
    }

    /// True while the screen is too small to show anything but the request to enlarge it.
    pub fn too_small(&self) -> bool {
        self.area.width < MIN_WIDTH || self.area.height < MIN_HEIGHT
    }

    /// Holds a respondent's questionnaire open for this window; false when another window or
    /// computer has it open. A failure to take the hold is no reason to refuse.
    pub fn hold_open(&mut self, assessment: &Assessment) -> bool {
        match self.workspace.hold_open(&assessment.key()) {
            Ok(Some(hold)) => {
                self.holds.push(hold);
                true
            }
            Ok(None) => false,
            Err(_) => true,
        }
    }

    /// Leaves the questionnaire or the group session, releasing what it held open.
    pub fn close_session(&mut self) {
        self.questionnaire = None;
        self.group = None;
        self.holds.clear();
        self.screen = Screen::Home;
    }

    /// Quits; a comment being typed is saved first rather than lost.
    fn interrupt(&mut self) {
        questionnaire::save_open_comment(self);
        self.running = false;
    }

    /// Handles one key.
    pub fn on_key(&mut self, key: KeyEvent) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        if keymap::is_interrupt(&key) {
            self.interrupt();
            return;
        }
        // Nothing may act unseen: on a screen too small to show, only quitting does.
        if self.too_small() {
            if key.code == KeyCode::Char('q') && key.modifiers.is_empty() {
                self.interrupt();
            }
            return;
        }
        if let KeyCode::Char(character) = key.code
            && !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            let on_form = self.help.is_none()
                && ((self.screen == Screen::NewAssessment && self.form.duplicate.is_none())
                    || self.screen == Screen::ActionForm);
            if let Some(text) = self.text_target() {
                text.push(character);
                return;
            }
            // On the form a letter is meant as text, never as a command.
            if on_form && !self.confirm_quit {
                return;
            }
        }
        let contexts = self.contexts();
        if let Some(binding) = keymap::lookup(&contexts, &key) {
            let (screen, status) = (self.screen, self.status.clone());
            self.on_action(binding.action, &key);
            // A message belongs to the screen it was said on: leaving it, an old one goes.
            if self.screen != screen && self.status == status {
                self.status = None;
            }
        }
        self.prepare();
    }

    fn on_action(&mut self, action: Action, key: &KeyEvent) {
        if self.confirm_quit {
            match action {
                Action::Confirm => self.running = false,
                Action::Back => self.confirm_quit = false,
                _ => {}
            }
            return;
        }
        if let Some(scroll) = self.help.as_mut() {
            match action {
                Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::Top
                | Action::Bottom => {
                    let page = self.area.height.saturating_sub(6).max(1);
                    *scroll = super::scroll::step(*scroll, action, page, self.help_limit.get());
                }
                Action::Back | Action::Help => self.help = None,
                Action::Quit => self.quit(),
                Action::SwitchLanguage => self.switch_language(),
                _ => {}
            }
            return;
        }
        match action {
            Action::Quit => self.quit(),
            Action::Help => self.help = Some(0),
            Action::SwitchLanguage => self.switch_language(),
            Action::Export => self.export_charts(),
            _ => match self.screen {
                Screen::Home => home::on_action(self, action),
                Screen::NewAssessment => new_assessment::on_action(self, action, key),
                Screen::Questionnaire => questionnaire::on_action(self, action, key),
                Screen::Results => results::on_action(self, action),
                Screen::Compare => compare::on_action(self, action),
                Screen::Group => group::on_action(self, action, key),
                Screen::Agenda => agenda::on_action(self, action),
                Screen::ActionForm => action_form::on_action(self, action),
            },
        }
    }

    fn quit(&mut self) {
        if self.unsaved {
            self.confirm_quit = true;
        } else {
            self.running = false;
        }
    }

    fn switch_language(&mut self) {
        self.lang = self.lang.toggled();
        let saved = self.config.save(&Config {
            language: Some(self.lang),
        });
        self.status = Some(match saved {
            Ok(()) => Status::Info(self.texts().language_name.to_string()),
            Err(error) => Status::Error(format!(
                "{}: {}",
                self.texts().config_not_saved,
                crate::words::i18n::errors::describe(self.lang, &error)
            )),
        });
    }

    /// Writes every chart of the round looked at into `export/ROUND` in the workspace, in the
    /// interface's language.
    fn export_charts(&mut self) {
        let Some(round) = self.round.clone() else {
            return;
        };
        let out_dir = self
            .workspace
            .root()
            .join(EXPORT_FOLDER)
            .join(crate::store::slug::slugify(&round));
        let request = ComparisonRequest {
            round: Some(round),
            ..ComparisonRequest::default()
        };
        let options = ExportOptions {
            out_dir: out_dir.clone(),
            formats: Vec::new(),
            chart: ChartOptions::for_medium(self.lang, Medium::Screen),
        };
        self.status = Some(match charts::export_all(&self.data, &request, &options) {
            Ok(files) => Status::Info(format!(
                "{} {} {}",
                files.len(),
                self.texts().exported,
                self.relative(&out_dir)
            )),
            Err(error) => Status::Error(crate::words::i18n::errors::describe(self.lang, &error)),
        });
    }

    /// Goes to the next (`]`) or previous (`[`) round.
    /// Steps to the next round, or with `back` the previous one, wrapping around.
    pub fn step_round(&mut self, back: bool) {
        let rounds = &self.data.rounds;
        if rounds.is_empty() {
            return;
        }
        let at = self
            .round
            .as_ref()
            .and_then(|id| rounds.iter().position(|round| &round.id == id))
            .unwrap_or(rounds.len() - 1);
        let next = if back {
            at.checked_sub(1).unwrap_or(rounds.len() - 1)
        } else {
            (at + 1) % rounds.len()
        };
        self.round = Some(rounds[next].id.clone());
    }

    /// Computes what the current screen needs and is not cached yet. Runs after every key,
    /// never while drawing; the questionnaire screens need no comparison, so answering stays
    /// fast.
    pub fn prepare(&mut self) {
        if matches!(self.screen, Screen::Questionnaire | Screen::Group) {
            return;
        }
        let Some(round) = &self.round else {
            return;
        };
        let view = self
            .views
            .entry(round.clone())
            .or_insert_with(|| RoundView::build(&self.data, round));
        if self.screen == Screen::Results {
            view.prepare_findings(&self.data, self.lang);
            view.prepare_previous(&self.data);
            if self.results.tab == results::ResultsTab::Disagreement
                && let Some(organisation) = &self.results.organisation
            {
                view.prepare_disagreement(&self.data, organisation);
            }
        }
    }

    /// Re-reads derived lists after the in-memory data changed. A questionnaire is unfinished
    /// while it is not closed and a statement is still open: answers imported from a file
    /// without a completion column are whole, and nothing in them is left to continue.
    fn after_data_change(&mut self) {
        let item_order = &self.item_order;
        self.unfinished = self
            .data
            .assessments
            .iter()
            .enumerate()
            .filter(|(_, stored)| {
                !stored.assessment.complete
                    && item_order
                        .iter()
                        .any(|item| !stored.assessment.answers.contains_key(item))
            })
            .map(|(index, _)| index)
            .collect();
    }

    /// Reloads everything from disk (after the demo was written).
    pub fn reload(&mut self) -> Result<()> {
        self.data = self.workspace.load()?;
        self.item_order = item_order(&self.data.questionnaire);
        self.views.clear();
        self.after_data_change();
        self.round = self.data.latest_round().map(|round| round.id.clone());
        Ok(())
    }
}

fn item_order(questionnaire: &Questionnaire) -> Vec<String> {
    questionnaire.items().map(|item| item.id.clone()).collect()
}
