//! The one key table: every binding with its context, keys, action and label. Input handling,
//! the footer hints and the help popup are all read from it, so they cannot disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::model::assessment::Answer;
use crate::model::questionnaire::AnswerScale;
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
    /// The name typed on the form already has a questionnaire in that organisation and round.
    Duplicate,
    /// The questionnaire is open in another process.
    OpenElsewhere,
    Results,
    Compare,
    Group,
    /// The improvement agenda.
    Agenda,
    /// The form for agreeing an action.
    ActionForm,
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
    NotApplicable,
    Comment,
    Sections,
    NextUnanswered,
    Finish,
    DeleteChar,
    Toggle,
    ToggleAll,
    Sort,
    NextView,
    PrevView,
    /// Writes every chart of the round as PNG and SVG.
    Export,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Continue the questionnaire of the respondent whose name was typed again.
    ContinueExisting,
    /// Make a separate respondent with a numbered name.
    Separate,
    /// Look at a questionnaire open elsewhere without changing it.
    ReadOnly,
    /// Opens the improvement agenda.
    Agenda,
    /// Opens the form for agreeing an action on a characteristic.
    AddAction,
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

/// Every digit: which of them answer depends on the questionnaire's scale (see [`shown`]).
const DIGITS: &[KeyCode] = &[
    K::Char('0'),
    K::Char('1'),
    K::Char('2'),
    K::Char('3'),
    K::Char('4'),
    K::Char('5'),
    K::Char('6'),
    K::Char('7'),
    K::Char('8'),
    K::Char('9'),
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
    bind(C::Home, &[K::Char('a')], "a", A::Agenda, |t| t.meeting.key_agenda, false),
    bind(C::Home, &[K::Char(']')], "[ ]", A::NextRound, |t| t.key_round, true),
    bind(C::Home, &[K::Char('[')], "[", A::PrevRound, |t| t.key_round_back, false),
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
    bind(C::Questionnaire, DIGITS, "", A::Answer, |t| t.key_answer, true),
    bind(C::Questionnaire, &[K::Char('?')], "?", A::DontKnow, |t| t.key_dont_know, true),
    bind(C::Questionnaire, &[K::Char('n')], "n", A::NotApplicable, |t| t.meeting.key_not_applicable, true),
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
    bind(C::Sections, &[K::Home], "Home", A::Top, |t| t.meeting.key_top, false),
    bind(C::Sections, &[K::End], "End", A::Bottom, |t| t.meeting.key_bottom, false),
    bind(C::Sections, &[K::Enter], "Enter", A::Confirm, |t| t.key_jump, true),
    bind(C::Sections, &[K::Esc, K::Char('s')], "Esc", A::Back, |t| t.key_close, true),
    // Confirmation (finish, quit)
    bind(C::Confirm, &[K::Enter, K::Char('y'), K::Char('j')], "Enter", A::Confirm, |t| t.key_confirm, true),
    bind(C::Confirm, &[K::Esc, K::Char('n')], "Esc", A::Back, |t| t.key_cancel, true),
    bind(C::Confirm, &[K::Char('u')], "u", A::NextUnanswered, |t| t.key_first_open, true),
    // A name already in use
    bind(C::Duplicate, &[K::Enter, K::Char('c')], "Enter/c", A::ContinueExisting, |t| t.meeting.key_continue_existing, true),
    bind(C::Duplicate, &[K::Char('s')], "s", A::Separate, |t| t.meeting.key_separate, true),
    bind(C::Duplicate, &[K::Esc], "Esc", A::Back, |t| t.key_back, true),
    // Open elsewhere
    bind(C::OpenElsewhere, &[K::Enter, K::Char('b')], "Enter/b", A::ReadOnly, |t| t.meeting.key_read_only, true),
    bind(C::OpenElsewhere, &[K::Esc], "Esc", A::Back, |t| t.key_back, true),
    // Results
    bind(C::Results, &[K::Left], "←", A::Left, |t| t.key_other_org, false),
    bind(C::Results, &[K::Right], "→", A::Right, |t| t.key_other_org, true),
    bind(C::Results, &[K::Tab], "Tab", A::NextView, |t| t.key_view, true),
    bind(C::Results, &[K::BackTab], "⇧Tab", A::PrevView, |t| t.key_view_back, false),
    bind(C::Results, &[K::Char(']')], "[ ]", A::NextRound, |t| t.key_round, true),
    bind(C::Results, &[K::Char('[')], "[", A::PrevRound, |t| t.key_round_back, false),
    bind(C::Results, &[K::Char('v')], "v", A::Compare, |t| t.key_compare, true),
    bind(C::Results, &[K::Char('e')], "e", A::Export, |t| t.key_export, false),
    bind(C::Results, &[K::Char('a')], "a", A::AddAction, |t| t.meeting.key_add_action, false),
    bind(C::Results, UP, "↑/k", A::Up, |t| t.key_scroll, false),
    bind(C::Results, DOWN, "↓/j", A::Down, |t| t.key_scroll, false),
    bind(C::Results, &[K::PageDown], "PgDn", A::PageDown, |t| t.meeting.key_page_down, false),
    bind(C::Results, &[K::PageUp], "PgUp", A::PageUp, |t| t.meeting.key_page_up, false),
    bind(C::Results, &[K::Home], "Home", A::Top, |t| t.meeting.key_top, false),
    bind(C::Results, &[K::End], "End", A::Bottom, |t| t.meeting.key_bottom, false),
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
    bind(C::Compare, &[K::BackTab], "⇧Tab", A::PrevView, |t| t.key_view_back, false),
    bind(C::Compare, &[K::Char('e')], "e", A::Export, |t| t.key_export, false),
    bind(C::Compare, &[K::Char(']')], "[ ]", A::NextRound, |t| t.key_round, false),
    bind(C::Compare, &[K::Char('[')], "[", A::PrevRound, |t| t.key_round_back, false),
    bind(C::Compare, &[K::PageDown], "PgDn", A::PageDown, |t| t.meeting.key_page_down, false),
    bind(C::Compare, &[K::PageUp], "PgUp", A::PageUp, |t| t.meeting.key_page_up, false),
    bind(C::Compare, &[K::Home], "Home", A::Top, |t| t.meeting.key_top, false),
    bind(C::Compare, &[K::End], "End", A::Bottom, |t| t.meeting.key_bottom, false),
    bind(C::Compare, &[K::Esc], "Esc", A::Back, |t| t.key_back, true),
    // Group session
    bind(C::Group, DIGITS, "", A::Answer, |t| t.key_answer, true),
    bind(C::Group, &[K::Char('?')], "?", A::DontKnow, |t| t.key_dont_know, true),
    bind(C::Group, &[K::Char('n')], "n", A::NotApplicable, |t| t.meeting.key_not_applicable, true),
    bind(C::Group, &[K::Left], "←", A::Left, |t| t.key_respondent, false),
    bind(C::Group, &[K::Right], "→", A::Right, |t| t.key_respondent, true),
    bind(C::Group, UP, "↑/k", A::Up, |t| t.key_prev_item, true),
    bind(C::Group, DOWN, "↓/j", A::Down, |t| t.key_next_item, true),
    bind(C::Group, &[K::Enter], "Enter", A::Down, |t| t.key_next_item, false),
    bind(C::Group, &[K::Char('f')], "f", A::Finish, |t| t.key_finish, true),
    bind(C::Group, &[K::Esc], "Esc", A::Back, |t| t.key_back, false),
    // Improvement agenda
    bind(C::Agenda, UP, "↑/k", A::Up, |t| t.key_move, false),
    bind(C::Agenda, DOWN, "↓/j", A::Down, |t| t.key_move, false),
    bind(C::Agenda, &[K::Char('s')], "s", A::Toggle, |t| t.meeting.key_next_status, true),
    bind(C::Agenda, &[K::Tab], "Tab", A::NextView, |t| t.meeting.key_agenda_filter, true),
    bind(C::Agenda, &[K::Esc], "Esc", A::Back, |t| t.key_back, true),
    // Agreeing an action
    bind(C::ActionForm, &[K::Tab, K::Down], "Tab/↓", A::NextField, |t| t.key_next_field, true),
    bind(C::ActionForm, &[K::BackTab, K::Up], "⇧Tab/↑", A::PrevField, |t| t.key_prev_field, false),
    bind(C::ActionForm, &[K::Left], "←", A::Left, |t| t.key_change, false),
    bind(C::ActionForm, &[K::Right], "→", A::Right, |t| t.key_change, true),
    bind(C::ActionForm, &[K::Backspace], "⌫", A::DeleteChar, |t| t.key_delete, false),
    bind(C::ActionForm, &[K::Enter], "Enter", A::Confirm, |t| t.key_save, true),
    bind(C::ActionForm, &[K::Esc], "Esc", A::Back, |t| t.key_cancel, true),
    // Help popup
    bind(C::Help, UP, "↑/k", A::Up, |t| t.key_scroll, true),
    bind(C::Help, DOWN, "↓/j", A::Down, |t| t.key_scroll, true),
    bind(C::Help, &[K::PageDown], "PgDn", A::PageDown, |t| t.meeting.key_page_down, false),
    bind(C::Help, &[K::PageUp], "PgUp", A::PageUp, |t| t.meeting.key_page_up, false),
    bind(C::Help, &[K::Home], "Home", A::Top, |t| t.meeting.key_top, false),
    bind(C::Help, &[K::End], "End", A::Bottom, |t| t.meeting.key_bottom, false),
    bind(C::Help, &[K::Esc, K::Char('?'), K::F(1)], "Esc", A::Back, |t| t.key_close, true),
    // Everywhere
    bind(C::Global, &[K::Char('?'), K::F(1)], "?/F1", A::Help, |t| t.key_help, true),
    bind(C::Global, &[K::Char('l')], "l", A::SwitchLanguage, |t| t.key_language, true),
    bind(C::Global, &[K::Char('q')], "q", A::Quit, |t| t.key_quit, true),
];

/// How a binding's keys are shown: its own text, except the answer keys, which follow the
/// questionnaire's scale (`1–5`, `0–10`); `0` means "don't know" when the scale has no 0.
pub fn shown(binding: &Binding, scale: &AnswerScale) -> String {
    match binding.action {
        Action::Answer => format!("{}–{}", scale.min, scale.max),
        Action::DontKnow if scale.min > 0 => format!("{}/0", binding.shown),
        _ => binding.shown.to_string(),
    }
}

/// What a digit typed on the questionnaire or group screen means, given a first digit still
/// waiting for a second one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DigitInput {
    Answer(Answer),
    /// A digit that may start a two-digit value (`1` on a 0–10 scale): Enter takes it alone.
    Pending(u8),
    /// Not on the scale.
    Ignored,
}

/// Reads a digit against the scale. On scales with more than nine points a digit that can
/// start a two-digit value waits for the next digit (or Enter); `0` is "don't know" when the
/// scale has no 0.
pub fn read_digit(scale: &AnswerScale, pending: Option<u8>, digit: u8) -> DigitInput {
    let on_scale = |value: u8| (scale.min..=scale.max).contains(&value);
    if let Some(first) = pending {
        let value = first.saturating_mul(10).saturating_add(digit);
        return if on_scale(value) {
            DigitInput::Answer(Answer::Value(value))
        } else {
            DigitInput::Ignored
        };
    }
    if digit == 0 && !on_scale(0) {
        return DigitInput::Answer(Answer::DontKnow);
    }
    if digit > 0 && digit.saturating_mul(10) <= scale.max {
        return DigitInput::Pending(digit);
    }
    if on_scale(digit) {
        DigitInput::Answer(Answer::Value(digit))
    } else {
        DigitInput::Ignored
    }
}

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

    fn scale(min: u8, max: u8) -> AnswerScale {
        AnswerScale {
            min,
            max,
            labels: Vec::new(),
            dont_know: Default::default(),
            not_applicable: None,
        }
    }

    #[test]
    fn digits_follow_the_scale() {
        let five = scale(1, 5);
        assert_eq!(
            read_digit(&five, None, 4),
            DigitInput::Answer(Answer::Value(4))
        );
        assert_eq!(
            read_digit(&five, None, 0),
            DigitInput::Answer(Answer::DontKnow)
        );
        assert_eq!(read_digit(&five, None, 6), DigitInput::Ignored);
        let seven = scale(1, 7);
        assert_eq!(
            read_digit(&seven, None, 7),
            DigitInput::Answer(Answer::Value(7))
        );
        let eleven = scale(0, 10);
        assert_eq!(
            read_digit(&eleven, None, 0),
            DigitInput::Answer(Answer::Value(0))
        );
        assert_eq!(read_digit(&eleven, None, 1), DigitInput::Pending(1));
        assert_eq!(
            read_digit(&eleven, Some(1), 0),
            DigitInput::Answer(Answer::Value(10))
        );
        assert_eq!(read_digit(&eleven, Some(1), 1), DigitInput::Ignored);
        assert_eq!(
            read_digit(&eleven, None, 7),
            DigitInput::Answer(Answer::Value(7))
        );
        let binding = lookup(&[Context::Questionnaire], &key(KeyCode::Char('7')));
        assert_eq!(binding.map(|b| shown(b, &eleven)).as_deref(), Some("0–10"));
        let dont_know = lookup(&[Context::Questionnaire], &key(KeyCode::Char('?')));
        assert_eq!(dont_know.map(|b| shown(b, &five)).as_deref(), Some("?/0"));
        assert_eq!(dont_know.map(|b| shown(b, &eleven)).as_deref(), Some("?"));
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
            Context::Duplicate,
            Context::OpenElsewhere,
            Context::Results,
            Context::Compare,
            Context::Agenda,
            Context::ActionForm,
            Context::Help,
        ] {
            assert!(
                bindings_for(context).any(|b| b.action == Action::Back),
                "{context:?} has no way back"
            );
        }
    }
}
