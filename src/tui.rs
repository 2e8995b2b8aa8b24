//! The full-screen terminal interface: administer the questionnaire (alone or as a group) and
//! explore the results. It builds on the domain and never the other way round.
//!
//! [`App`] holds the state and turns keys into changes; every screen draws itself from that
//! state in its own module. Frame drawing does no file I/O and no scoring: the comparison of a
//! round is computed once and kept until an answer in that round changes.

mod action_form;
mod agenda;
mod app;
mod chrome;
mod compare;
pub mod config;
mod footer;
mod group;
mod help;
mod home;
pub mod keymap;
mod new_assessment;
mod quadrant;
mod questionnaire;
mod results;
mod round_view;
mod scroll;
mod text;
mod theme;

use std::io;
use std::path::PathBuf;

use anyhow::{Context, Result, anyhow};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, Event, KeyEventKind};

use crate::store::workspace::Workspace;
use crate::words::i18n::Lang;

pub use app::{App, Screen};
pub use compare::{CompareView, SortKey};
pub use config::{Config, ConfigStore};
pub use quadrant::letter as quadrant_letter;
pub use results::ResultsTab;

/// The smallest terminal the interface draws in; below it, it says so instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

/// Restores the terminal when dropped, so every way out of [`open`] (an error included)
/// leaves the terminal as it was; a panic is covered by the hook `ratatui::try_init` installs.
struct RestoreGuard;

impl Drop for RestoreGuard {
    fn drop(&mut self) {
        ratatui::restore();
    }
}

/// Opens the interface on a workspace folder (created when missing) and runs it until the
/// user quits. `lang` overrides the remembered language.
pub fn open(root: PathBuf, lang: Option<Lang>) -> Result<()> {
    std::fs::create_dir_all(&root)
        .with_context(|| format!("cannot create workspace {}", root.display()))?;
    let config = ConfigStore::default_location();
    let mut terminal = ratatui::try_init().context("cannot open the terminal interface")?;
    let _guard = RestoreGuard;
    // A national workspace takes a moment to load: say so at once rather than show nothing.
    let loading_lang = lang.or(config.load().language).unwrap_or_default();
    terminal
        .draw(|frame| render_loading(frame, &root, loading_lang))
        .map_err(|error| anyhow!("cannot draw: {error}"))?;
    let mut app = App::load(Workspace::at(root), lang, config)?;
    run(&mut terminal, &mut app, read_event)
}

fn render_loading(frame: &mut ratatui::Frame, root: &std::path::Path, lang: Lang) {
    let text = crate::words::i18n::tui::texts(lang);
    let message = format!("{} {}", text.loading, root.display());
    frame.render_widget(
        ratatui::widgets::Paragraph::new(message).alignment(ratatui::layout::Alignment::Center),
        ratatui::layout::Rect {
            y: frame.area().height / 2,
            height: 1,
            ..frame.area()
        },
    );
}

fn read_event() -> io::Result<Event> {
    event::read()
}

/// The loop: draw, then wait for an event and hand it to the app, until it stops. Generic over
/// the backend and the event source, so tests drive it with a `TestBackend`.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    mut next_event: impl FnMut() -> io::Result<Event>,
) -> Result<()> {
    while app.running {
        app.area = terminal
            .size()
            .map_err(|error| anyhow!("cannot read the terminal size: {error}"))?
            .into();
        terminal
            .draw(|frame| app.render(frame))
            .map_err(|error| anyhow!("cannot draw: {error}"))?;
        match next_event().context("cannot read from the terminal")? {
            Event::Key(key) if key.kind == KeyEventKind::Press => app.on_key(key),
            // A resize needs no handling: the next draw adapts to the new size.
            _ => {}
        }
    }
    Ok(())
}
