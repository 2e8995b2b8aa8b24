//! The application state and the dispatch of keys to the screen that is showing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::analysis::comparison::ComparisonRequest;
use crate::model::assessment::Assessment;
use crate::model::questionnaire::Questionnaire;
use crate::render::charts::{self, ChartOptions, ExportOptions, Medium};
use crate::store::workspace::{StoredAssessment, Workspace, WorkspaceData};
use crate::words::i18n::{self, Lang};

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
use super::{chrome, compare, footer, group, help, home, new_assessment, questionnaire, results};

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
    /// How the workspace is named in the title bar.
    pub workspace_label: String,
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
            workspace_label,
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
        }
    }

    /// Whether an action makes sense now; the footer leaves out those that do not (the
    /// help popup still lists every key).
    pub fn offers(&self, action: Action) -> bool {
        let empty = self.is_empty();
        match action {
            Action::LoadDemo => empty,
            Action::Continue => !self.unfinished.is_empty(),
            Action::Results | Action::Compare | Action::Export => !empty,
            Action::NextRound => self.data.rounds.len() > 1,
            // In a confirmation, only finishing a questionnaire has open items to go to.
            Action::NextUnanswered => !self.confirm_quit,
            _ => true,
        }
    }

    /// Where typed characters go, when a text field has the focus.
    fn text_target(&mut self) -> Option<&mut String> {
        if self.confirm_quit || self.help.is_some() {
            return None;
        }
        match self.screen {
            Screen::NewAssessment => self.form.focused_text(&self.data),
            Screen::Questionnaire => self.questionnaire.as_mut()?.comment_text(),
            _ => None,
        }
    }

    /// Handles one key.
    pub fn on_key(&mut self, key: KeyEvent) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        if keymap::is_interrupt(&key) {
            self.running = false;
            return;
        }
        if let KeyCode::Char(character) = key.code
            && !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            let on_form = self.screen == Screen::NewAssessment && self.help.is_none();
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
            self.on_action(binding.action, &key);
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
                Action::Up => *scroll = scroll.saturating_sub(1),
                Action::Down => *scroll = scroll.saturating_add(1),
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
                Screen::Home => home::on_action(self, action, key),
                Screen::NewAssessment => new_assessment::on_action(self, action, key),
                Screen::Questionnaire => questionnaire::on_action(self, action, key),
                Screen::Results => results::on_action(self, action, key),
                Screen::Compare => compare::on_action(self, action, key),
                Screen::Group => group::on_action(self, action, key),
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
            Err(error) => Status::Error(format!("{}: {error:#}", self.texts().config_not_saved)),
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
            Err(error) => Status::Error(format!("{error:#}")),
        });
    }

    /// Goes to the next (`]`) or previous (`[`) round.
    pub fn step_round(&mut self, key: &KeyEvent) {
        let rounds = &self.data.rounds;
        if rounds.is_empty() {
            return;
        }
        let at = self
            .round
            .as_ref()
            .and_then(|id| rounds.iter().position(|round| &round.id == id))
            .unwrap_or(rounds.len() - 1);
        let next = if key.code == KeyCode::Char('[') {
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
        }
    }

    /// Re-reads derived lists after the in-memory data changed.
    fn after_data_change(&mut self) {
        self.unfinished = self
            .data
            .assessments
            .iter()
            .enumerate()
            .filter(|(_, stored)| !stored.assessment.complete)
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

    /// Writes an assessment at once (atomically, under its lock) and updates the in-memory
    /// data. On failure the message says so and quitting will ask first.
    pub fn store_assessment(&mut self, assessment: &Assessment) -> bool {
        let mut assessment = assessment.clone();
        assessment.date = Some(super::today::iso());
        let path = self.workspace.assessment_path(
            &assessment.round,
            &assessment.organisation,
            &assessment.respondent,
        );
        let known = self
            .data
            .assessments
            .iter()
            .find(|stored| stored.path == path)
            .map(|stored| stored.assessment.clone());
        // Another process (an import, a colleague's session) may have saved answers since this
        // one last looked: apply only what changed here to what is on disk now.
        let mut stored = None;
        let result = self.workspace.update_assessment(
            &assessment.round,
            &assessment.organisation,
            &assessment.respondent,
            |on_disk| {
                let merged = match (on_disk, known) {
                    (Some(on_disk), Some(known)) => merge_changes(on_disk, &known, &assessment),
                    _ => assessment.clone(),
                };
                stored = Some(merged.clone());
                merged
            },
        );
        match result.map(|path| (path, stored)) {
            Ok((path, Some(merged))) => {
                self.remember_assessment(path, merged);
                true
            }
            Ok((path, None)) => {
                self.remember_assessment(path, assessment);
                true
            }
            Err(error) => {
                self.unsaved = true;
                self.status = Some(Status::Error(format!(
                    "{}: {error:#}",
                    self.texts().not_saved
                )));
                false
            }
        }
    }

    fn remember_assessment(&mut self, path: PathBuf, assessment: Assessment) {
        self.views.remove(&assessment.round);
        if self.data.round(&assessment.round).is_none() {
            self.data
                .rounds
                .push(crate::store::workspace::Round::named(&assessment.round));
            self.data
                .rounds
                .sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
        }
        let relative = self.relative(&path);
        match self
            .data
            .assessments
            .binary_search_by(|stored| stored.path.cmp(&path))
        {
            Ok(at) => self.data.assessments[at].assessment = assessment,
            Err(at) => self
                .data
                .assessments
                .insert(at, StoredAssessment { path, assessment }),
        }
        self.after_data_change();
        self.status = Some(Status::Info(format!(
            "{}: {relative}",
            self.texts().saved_to
        )));
    }

    /// Adds a newly saved organisation to the in-memory data.
    pub fn add_organisation(&mut self, organisation: crate::store::workspace::Organisation) {
        self.data.organisations.push(organisation);
        self.data
            .organisations
            .sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        // Every round's overview lists every organisation.
        self.views.clear();
    }

    /// Adds a newly saved round to the in-memory data.
    pub fn add_round(&mut self, round: crate::store::workspace::Round) {
        self.data.rounds.push(round);
        self.data
            .rounds
            .sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    }

    /// A path as shown to people: relative to the workspace.
    pub fn relative(&self, path: &Path) -> String {
        path.strip_prefix(self.workspace.root())
            .unwrap_or(path)
            .display()
            .to_string()
    }

    /// The stored assessment at a path, if any.
    pub fn stored(&self, path: &Path) -> Option<&Assessment> {
        self.data
            .assessments
            .binary_search_by(|stored| stored.path.as_path().cmp(path))
            .ok()
            .map(|at| &self.data.assessments[at].assessment)
    }

    /// Draws the whole screen.
    pub fn render(&self, frame: &mut Frame) {
        let area = frame.area();
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            chrome::render_too_small(self, frame, area);
            return;
        }
        let [header, body, status, keys] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(10),
            Constraint::Length(1),
            Constraint::Length(2),
        ])
        .areas(area);
        chrome::render_header(self, frame, header);
        match self.screen {
            Screen::Home => home::render(self, frame, body),
            Screen::NewAssessment => new_assessment::render(self, frame, body),
            Screen::Questionnaire => questionnaire::render(self, frame, body),
            Screen::Results => results::render(self, frame, body),
            Screen::Compare => compare::render(self, frame, body),
            Screen::Group => group::render(self, frame, body),
        }
        chrome::render_status(self, frame, status);
        footer::render(self, frame, keys);
        if let Some(scroll) = self.help {
            help::render(self, frame, area, scroll);
        }
        if self.confirm_quit {
            let popup = chrome::centered(area, 60, 5);
            frame.render_widget(Clear, popup);
            frame.render_widget(
                Paragraph::new(self.texts().quit_unsaved)
                    .wrap(Wrap { trim: true })
                    .block(Block::default().borders(Borders::ALL)),
                popup,
            );
        }
    }
}

fn item_order(questionnaire: &Questionnaire) -> Vec<String> {
    questionnaire.items().map(|item| item.id.clone()).collect()
}

/// Applies to `on_disk` the changes that turned `known` into `edited`: answers and comments
/// set or cleared here, and the respondent's role, date and completion.
fn merge_changes(mut on_disk: Assessment, known: &Assessment, edited: &Assessment) -> Assessment {
    fn apply<V: Clone + PartialEq>(
        target: &mut BTreeMap<String, V>,
        known: &BTreeMap<String, V>,
        edited: &BTreeMap<String, V>,
    ) {
        for (item, value) in edited {
            if known.get(item) != Some(value) {
                target.insert(item.clone(), value.clone());
            }
        }
        for item in known.keys() {
            if !edited.contains_key(item) {
                target.remove(item);
            }
        }
    }
    apply(&mut on_disk.answers, &known.answers, &edited.answers);
    apply(&mut on_disk.comments, &known.comments, &edited.comments);
    on_disk.role = edited.role;
    on_disk.date = edited.date.clone();
    on_disk.complete = edited.complete;
    on_disk
}

#[cfg(test)]
mod merge_tests {
    use super::*;
    use crate::model::assessment::{Answer, QuestionnaireRef, Role};

    #[test]
    fn answers_saved_elsewhere_survive_a_change_made_here() {
        let base = Assessment::new(
            "a",
            "r",
            Role::Staff,
            "2025",
            QuestionnaireRef {
                id: "q".into(),
                version: 1,
            },
        );
        let mut known = base.clone();
        known.answers.insert("cx01".into(), Answer::Value(3));
        let mut on_disk = known.clone();
        on_disk.answers.insert("cx05".into(), Answer::Value(5));
        let mut edited = known.clone();
        edited.answers.insert("cx01".into(), Answer::Value(4));
        edited.answers.insert("cx02".into(), Answer::DontKnow);
        let merged = merge_changes(on_disk, &known, &edited);
        assert_eq!(merged.answers.get("cx01"), Some(&Answer::Value(4)));
        assert_eq!(merged.answers.get("cx02"), Some(&Answer::DontKnow));
        assert_eq!(merged.answers.get("cx05"), Some(&Answer::Value(5)));
    }
}
