//! The one key table: every binding with its context, keys, action and label. Input handling,
//! the footer hints and the help popup are all read from it, so they cannot disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::words::i18n::tui::TuiTexts;

/// Where a binding applies: a screen, a popup on a screen, or everywhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    Global,
    Home,
    NewAssessment,
    Questionnaire,
    Comment,
    Sections,
    Confirm,
    Results,
    Compare,
    Group,
    Help,
}

/// What a key asks the application to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    SwitchLanguage,
    Back,
    Up,
    Down,
    Left,
    Right,
    Confirm,
    NextField,
    PrevField,
    SwitchFocus,
    NewAssessment,
    NewGroupSession,
    Continue,
    Results,
    Compare,
    PrevRound,
    NextRound,
    LoadDemo,
    /// A digit on the answer scale; the value is the key's digit.
    Answer,
    DontKnow,
    Comment,
    Sections,
    NextUnanswered,
    Finish,
    DeleteChar,
    Toggle,
    ToggleAll,
    Sort,
    NextView,
    /// Writes every chart of the round as PNG and SVG.
    Export,
}

/// One line of the key table.
pub struct Binding {
    pub context: Context,
    pub keys: &'static [KeyCode],
    /// The keys as shown to people.
    pub shown: &'static str,
    pub action: Action,
    pub label: fn(&TuiTexts) -> &'static str,
    /// Shown in the footer (all bindings are shown in the help popup).
    pub footer: bool,
}

const fn bind(
    context: Context,
    keys: &'static [KeyCode],
    shown: &'static str,
    action: Action,
    label: fn(&TuiTexts) -> &'static str,
    footer: bool,
) -> Binding {
    Binding {
        context,
        keys,
        shown,
        action,
        label,
        footer,
    }
}

use Action as A;
use Context as C;
use KeyCode as K;

const DIGITS: &[KeyCode] = &[
    K::Char('1'),
    K::Char('2'),
    K::Char('3'),
    K::Char('4'),
    K::Char('5'),
];
const UP: &[KeyCode] = &[K::Up, K::Char('k')];
const DOWN: &[KeyCode] = &[K::Down, K::Char('j')];

/// Every binding. Screen and popup bindings come before the global ones they may override
/// (`?` is "don't know" in the questionnaire, help elsewhere).
#[rustfmt::skip]
pub static KEYMAP: &[Binding] = &[
    // Home
    bind(C::Home, &[K::Char('n')], "n", A::NewAssessment, |t| t.key_new, true),
    bind(C::Home, &[K::Char('c')], "c", A::Continue, |t| t.key_continue, true),
    bind(C::Home, &[K::Char('r')], "r", A::Results, |t| t.key_results, true),
    bind(C::Home, &[K::Char('v')], "v", A::Compare, |t| t.key_compare, true),
    bind(C::Home, &[K::Char('g')], "g", A::NewGroupSession, |t| t.key_group, true),
    bind(C::Home, &[K::Char('e')], "e", A::Export, |t| t.key_export, true),
    bind(C::Home, &[K::Char('d')], "d", A::LoadDemo, |t| t.key_demo, false),
    bind(C::Home, &[K::Char('['), K::Char(']')], "[ ]", A::NextRound, |t| t.key_round, true),
    bind(C::Home, UP, "↑/k", A::Up, |t| t.key_move, false),
    bind(C::Home, DOWN, "↓/j", A::Down, |t| t.key_move, false),
    bind(C::Home, &[K::Tab], "Tab", A::SwitchFocus, |t| t.key_focus, false),
    bind(C::Home, &[K::Enter], "Enter", A::Confirm, |t| t.key_open, false),
    // New assessment and group session form
    bind(C::NewAssessment, &[K::Tab, K::Down], "Tab/↓", A::NextField, |t| t.key_next_field, true),
    bind(C::NewAssessment, &[K::BackTab, K::Up], "⇧Tab/↑", A::PrevField, |t| t.key_prev_field, false),
    bind(C::NewAssessment, &[K::Left], "←", A::Left, |t| t.key_change, false),
    bind(C::NewAssessment, &[K::Right], "→", A::Right, |t| t.key_change, true),
    bind(C::NewAssessment, &[K::Backspace], "⌫", A::DeleteChar, |t| t.key_delete, false),
    bind(C::NewAssessment, &[K::Enter], "Enter", A::Confirm, |t| t.key_start, true),
    bind(C::NewAssessment, &[K::Esc], "Esc", A::Back, |t| t.key_back, true),
    // Questionnaire
    bind(C::Questionnaire, DIGITS, "1–5", A::Answer, |t| t.key_answer, true),
    bind(C::Questionnaire, &[K::Char('0'), K::Char('?')], "0/?", A::DontKnow, |t| t.key_dont_know, true),
    bind(C::Questionnaire, UP, "↑/k", A::Up, |t| t.key_prev_item, true),
    bind(C::Questionnaire, DOWN, "↓/j", A::Down, |t| t.key_next_item, true),
    bind(C::Questionnaire, &[K::Left], "←", A::Left, |t| t.key_choose_on_scale, false),
    bind(C::Questionnaire, &[K::Right], "→", A::Right, |t| t.key_choose_on_scale, false),
    bind(C::Questionnaire, &[K::Enter], "Enter", A::Confirm, |t| t.key_confirm, false),
    bind(C::Questionnaire, &[K::Char('c')], "c", A::Comment, |t| t.key_comment, true),
    bind(C::Questionnaire, &[K::Char('s')], "s", A::Sections, |t| t.key_sections, true),
    bind(C::Questionnaire, &[K::Char('u')], "u", A::NextUnanswered, |t| t.key_unanswered, false),
    bind(C::Questionnaire, &[K::Char('f')], "f", A::Finish, |t| t.key_finish, true),
    bind(C::Questionnaire, &[K::Esc], "Esc", A::Back, |t| t.key_back, false),
    // Comment editor
    bind(C::Comment, &[K::Enter], "Enter", A::Confirm, |t| t.key_save, true),
    bind(C::Comment, &[K::Backspace], "⌫", A::DeleteChar, |t| t.key_delete, false),
    bind(C::Comment, &[K::Esc], "Esc", A::Back, |t| t.key_cancel, true),
    // Section list
    bind(C::Sections, UP, "↑/k", A::Up, |t| t.key_move, true),
    bind(C::Sections, DOWN, "↓/j", A::Down, |t| t.key_move, true),
    bind(C::Sections, &[K::Enter], "Enter", A::Confirm, |t| t.key_jump, true),
    bind(C::Sections, &[K::Esc, K::Char('s')], "Esc", A::Back, |t| t.key_close, true),
    // Confirmation (finish, quit)
    bind(C::Confirm, &[K::Enter, K::Char('y'), K::Char('j')], "Enter", A::Confirm, |t| t.key_confirm, true),
    bind(C::Confirm, &[K::Esc, K::Char('n')], "Esc", A::Back, |t| t.key_cancel, true),
    bind(C::Confirm, &[K::Char('u')], "u", A::NextUnanswered, |t| t.key_first_open, true),
    // Results
    bind(C::Results, &[K::Left], "←", A::Left, |t| t.key_other_org, false),
    bind(C::Results, &[K::Right], "→", A::Right, |t| t.key_other_org, true),
    bind(C::Results, &[K::Tab], "Tab", A::NextView, |t| t.key_view, true),
    bind(C::Results, &[K::Char('['), K::Char(']')], "[ ]", A::NextRound, |t| t.key_round, true),
    bind(C::Results, &[K::Char('v')], "v", A::Compare, |t| t.key_compare, true),
    bind(C::Results, &[K::Char('e')], "e", A::Export, |t| t.key_export, false),
    bind(C::Results, UP, "↑/k", A::Up, |t| t.key_scroll, false),
    bind(C::Results, DOWN, "↓/j", A::Down, |t| t.key_scroll, false),
    bind(C::Results, &[K::Esc], "Esc", A::Back, |t| t.key_back, true),
    // Compare
    bind(C::Compare, UP, "↑/k", A::Up, |t| t.key_move, false),
    bind(C::Compare, DOWN, "↓/j", A::Down, |t| t.key_move, false),
    bind(C::Compare, &[K::Char(' ')], "Space", A::Toggle, |t| t.key_toggle, true),
    bind(C::Compare, &[K::Char('a')], "a", A::ToggleAll, |t| t.key_toggle_all, false),
    bind(C::Compare, &[K::Left], "←", A::Left, |t| t.key_sort_column, false),
    bind(C::Compare, &[K::Right], "→", A::Right, |t| t.key_sort_column, true),
    bind(C::Compare, &[K::Char('s')], "s", A::Sort, |t| t.key_sort, true),
    bind(C::Compare, &[K::Tab], "Tab", A::NextView, |t| t.key_view, true),
    bind(C::Compare, &[K::Char('e')], "e", A::Export, |t| t.key_export, false),
    bind(C::Compare, &[K::Char('['), K::Char(']')], "[ ]", A::NextRound, |t| t.key_round, false),
    bind(C::Compare, &[K::Esc], "Esc", A::Back, |t| t.key_back, true),
    // Group session
    bind(C::Group, DIGITS, "1–5", A::Answer, |t| t.key_answer, true),
    bind(C::Group, &[K::Char('0'), K::Char('?')], "0/?", A::DontKnow, |t| t.key_dont_know, true),
    bind(C::Group, &[K::Left], "←", A::Left, |t| t.key_respondent, false),
    bind(C::Group, &[K::Right], "→", A::Right, |t| t.key_respondent, true),
    bind(C::Group, UP, "↑/k", A::Up, |t| t.key_prev_item, true),
    bind(C::Group, DOWN, "↓/j", A::Down, |t| t.key_next_item, true),
    bind(C::Group, &[K::Enter], "Enter", A::Down, |t| t.key_next_item, false),
    bind(C::Group, &[K::Char('f')], "f", A::Finish, |t| t.key_finish, true),
    bind(C::Group, &[K::Esc], "Esc", A::Back, |t| t.key_back, false),
    // Help popup
    bind(C::Help, UP, "↑/k", A::Up, |t| t.key_scroll, true),
    bind(C::Help, DOWN, "↓/j", A::Down, |t| t.key_scroll, true),
    bind(C::Help, &[K::Esc, K::Char('?'), K::F(1)], "Esc", A::Back, |t| t.key_close, true),
    // Everywhere
    bind(C::Global, &[K::Char('?'), K::F(1)], "?/F1", A::Help, |t| t.key_help, true),
    bind(C::Global, &[K::Char('l')], "l", A::SwitchLanguage, |t| t.key_language, true),
    bind(C::Global, &[K::Char('q')], "q", A::Quit, |t| t.key_quit, true),
];

/// Ctrl-C always quits, also while typing; the terminal is in raw mode, so it arrives as a key.
pub fn is_interrupt(key: &KeyEvent) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c')
}

/// The binding for a key in the given contexts, searched in order, then globally.
pub fn lookup(contexts: &[Context], key: &KeyEvent) -> Option<&'static Binding> {
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    contexts
        .iter()
        .chain(std::iter::once(&Context::Global))
        .find_map(|context| {
            KEYMAP
                .iter()
                .find(|binding| binding.context == *context && binding.keys.contains(&key.code))
        })
}

/// The bindings shown for a context: the context's own, then the global ones.
pub fn bindings_for(context: Context) -> impl Iterator<Item = &'static Binding> {
    KEYMAP
        .iter()
        .filter(move |binding| binding.context == context)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEvent;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn question_mark_is_dont_know_in_the_questionnaire_and_help_elsewhere() {
        let in_questionnaire = lookup(&[Context::Questionnaire], &key(KeyCode::Char('?')));
        assert_eq!(in_questionnaire.map(|b| b.action), Some(Action::DontKnow));
        let on_home = lookup(&[Context::Home], &key(KeyCode::Char('?')));
        assert_eq!(on_home.map(|b| b.action), Some(Action::Help));
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (index, binding) in KEYMAP.iter().enumerate() {
            for other in &KEYMAP[index + 1..] {
                if other.context == binding.context {
                    for code in binding.keys {
                        assert!(
                            !other.keys.contains(code),
                            "{code:?} bound twice in {:?}",
                            binding.context
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_context_with_a_footer_offers_a_way_out() {
        for context in [
            Context::NewAssessment,
            Context::Comment,
            Context::Sections,
            Context::Confirm,
            Context::Results,
            Context::Compare,
            Context::Help,
        ] {
            assert!(
                bindings_for(context).any(|b| b.action == Action::Back),
                "{context:?} has no way back"
            );
        }
    }
}
