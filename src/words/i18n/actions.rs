//! The words of the improvement register and of closing rounds: status names, the
//! `actions` and `round` commands' messages and tables, the report's agenda, and why an
//! action or a round was refused.

use crate::model::Lang;
use crate::model::action::{ActionError, ActionField, ActionStatus};
use crate::model::printable::printable;
use crate::store::workspace::{ClosedRoundChange, FileChange, RoundError};
use crate::words::i18n::report::print_texts;

pub struct ActionTexts {
    /// The register's columns, in the order of `rijp actions list`.
    pub id: &'static str,
    pub organisation: &'static str,
    pub scale: &'static str,
    pub action: &'static str,
    pub owner: &'static str,
    pub due: &'static str,
    pub status: &'static str,
    pub theme: &'static str,
    pub round: &'static str,
    pub finding: &'static str,
    pub notes: &'static str,
    /// The organisation column for an action of the cooperation as a whole.
    pub cooperation: &'static str,
    /// Beside the status of an open action past its due date.
    pub overdue: &'static str,
    pub none: &'static str,
    /// (id, file)
    pub added: fn(&str, &str) -> String,
    pub updated: fn(&str, &str) -> String,
    pub removed: fn(&str, &str) -> String,
    /// (id, status): an action moved on in the interface.
    pub status_changed: fn(&str, &str) -> String,
    /// (round, closing day, answer files fingerprinted)
    pub round_closed: fn(&str, &str, usize) -> String,
    pub round_reopened: fn(&str) -> String,
    /// The heading over answer files of closed rounds that changed after closing.
    pub changed_after_closing: &'static str,
    /// (round, closing day): why the interface shows a questionnaire without taking answers.
    pub closed_read_only: fn(&str, &str) -> String,
}

const NL: ActionTexts = ActionTexts {
    id: "Id",
    organisation: "Organisatie",
    scale: "Kenmerk",
    action: "Actie",
    owner: "Eigenaar",
    due: "Streefdatum",
    status: "Status",
    theme: "Thema",
    round: "Ronde",
    finding: "Bevinding",
    notes: "Notities",
    cooperation: "de samenwerking als geheel",
    overdue: "verlopen",
    none: "Geen acties.",
    added: |id, file| format!("Actie {id} toegevoegd: {file}"),
    updated: |id, file| format!("Actie {id} bijgewerkt: {file}"),
    removed: |id, file| format!("Actie {id} verwijderd: {file}"),
    status_changed: |id, status| format!("Actie {id}: {status}"),
    round_closed: |round, date, files| {
        let files_word = if files == 1 {
            "antwoordbestand"
        } else {
            "antwoordbestanden"
        };
        format!(
            "Ronde {round} gesloten op {date}; vingerafdruk van {files} {files_word} vastgelegd"
        )
    },
    round_reopened: |round| format!("Ronde {round} is weer open voor antwoorden"),
    changed_after_closing: "Antwoordbestanden van gesloten rondes die na het sluiten zijn \
                            gewijzigd (ze worden gebruikt zoals ze nu zijn):",
    closed_read_only: |round, day| {
        format!(
            "Alleen bekijken: ronde {round} is op {day} gesloten en neemt geen antwoorden meer aan."
        )
    },
};

const EN: ActionTexts = ActionTexts {
    id: "Id",
    organisation: "Organisation",
    scale: "Characteristic",
    action: "Action",
    owner: "Owner",
    due: "Due",
    status: "Status",
    theme: "Theme",
    round: "Round",
    finding: "Finding",
    notes: "Notes",
    cooperation: "the cooperation as a whole",
    overdue: "overdue",
    none: "No actions.",
    added: |id, file| format!("Action {id} added: {file}"),
    updated: |id, file| format!("Action {id} updated: {file}"),
    removed: |id, file| format!("Action {id} removed: {file}"),
    status_changed: |id, status| format!("Action {id}: {status}"),
    round_closed: |round, date, files| {
        let files_word = if files == 1 {
            "answer file"
        } else {
            "answer files"
        };
        format!("Round {round} closed on {date}; fingerprint of {files} {files_word} recorded")
    },
    round_reopened: |round| format!("Round {round} is open for answers again"),
    changed_after_closing: "Answer files of closed rounds changed after closing (they are \
                            used as they are now):",
    closed_read_only: |round, day| {
        format!("View only: round {round} was closed on {day} and takes no answers.")
    },
};

pub fn texts(lang: Lang) -> &'static ActionTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// A status as people say it.
pub fn status_name(lang: Lang, status: ActionStatus) -> &'static str {
    match (lang, status) {
        (Lang::Nl, ActionStatus::Proposed) => "voorgesteld",
        (Lang::Nl, ActionStatus::InProgress) => "lopend",
        (Lang::Nl, ActionStatus::Done) => "gereed",
        (Lang::Nl, ActionStatus::Dropped) => "vervallen",
        (Lang::En, ActionStatus::Proposed) => "proposed",
        (Lang::En, ActionStatus::InProgress) => "in progress",
        (Lang::En, ActionStatus::Done) => "done",
        (Lang::En, ActionStatus::Dropped) => "dropped",
    }
}

/// The statuses as a list to choose from, in the language asked for.
fn status_choices(lang: Lang) -> String {
    ActionStatus::ALL
        .iter()
        .map(|status| match lang {
            Lang::Nl => status.codes().0,
            Lang::En => status.codes().1,
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why an action was refused: the value named, and what would do.
pub fn action_error(lang: Lang, error: &ActionError) -> String {
    let q = |text: &str| printable(text, 80);
    match (lang, error) {
        (Lang::Nl, ActionError::UnknownOrganisation(name)) => {
            format!("onbekende organisatie ‘{}’", q(name))
        }
        (Lang::En, ActionError::UnknownOrganisation(name)) => {
            format!("unknown organisation '{}'", q(name))
        }
        (Lang::Nl, ActionError::UnknownScale { scale, round }) => format!(
            "onbekende dimensie of kenmerk ‘{}’ in de vragenlijst van ronde {}",
            q(scale),
            q(round)
        ),
        (Lang::En, ActionError::UnknownScale { scale, round }) => format!(
            "unknown dimension or characteristic '{}' in the questionnaire of round {}",
            q(scale),
            q(round)
        ),
        (Lang::Nl, ActionError::UnknownTheme(theme)) => {
            format!("onbekend programmathema ‘{}’", q(theme))
        }
        (Lang::En, ActionError::UnknownTheme(theme)) => {
            format!("unknown programme theme '{}'", q(theme))
        }
        (Lang::Nl, ActionError::UnknownRound(round)) => format!("onbekende ronde ‘{}’", q(round)),
        (Lang::En, ActionError::UnknownRound(round)) => format!("unknown round '{}'", q(round)),
        (Lang::Nl, ActionError::NoRound) => {
            "de werkmap heeft nog geen rondes: een actie hoort bij de ronde waarin ze is \
             afgesproken"
                .to_string()
        }
        (Lang::En, ActionError::NoRound) => {
            "the workspace has no rounds yet: an action belongs to the round it was agreed in"
                .to_string()
        }
        (Lang::Nl, ActionError::UnknownAction(id)) => format!("onbekende actie ‘{}’", q(id)),
        (Lang::En, ActionError::UnknownAction(id)) => format!("unknown action '{}'", q(id)),
        (Lang::Nl, ActionError::BadDate(text)) => format!(
            "‘{}’ is geen datum: schrijf JJJJ-MM-DD, een dag die bestaat",
            q(text)
        ),
        (Lang::En, ActionError::BadDate(text)) => format!(
            "'{}' is not a date: write YYYY-MM-DD, a day that exists",
            q(text)
        ),
        (Lang::Nl, ActionError::UnknownStatus(text)) => format!(
            "onbekende status ‘{}’; kies uit {}",
            q(text),
            status_choices(lang)
        ),
        (Lang::En, ActionError::UnknownStatus(text)) => format!(
            "unknown status '{}'; choose from {}",
            q(text),
            status_choices(lang)
        ),
        (Lang::Nl, ActionError::Empty(ActionField::Action)) => {
            "de actie is leeg: zeg wat er gedaan wordt".to_string()
        }
        (Lang::Nl, ActionError::Empty(ActionField::Owner)) => {
            "de eigenaar is leeg: zeg wie de actie trekt".to_string()
        }
        (Lang::En, ActionError::Empty(ActionField::Action)) => {
            "the action is empty: say what will be done".to_string()
        }
        (Lang::En, ActionError::Empty(ActionField::Owner)) => {
            "the owner is empty: say who carries the action".to_string()
        }
    }
}

/// Why a round cannot be closed, reopened or answered.
pub fn round_error(lang: Lang, error: &RoundError) -> String {
    let q = |text: &str| printable(text, 80);
    let day = |date: &jiff::civil::Date| print_texts(lang).date(&date.to_string());
    match (lang, error) {
        (Lang::Nl, RoundError::Unknown { round, known }) => format!(
            "onbekende ronde ‘{}’; de werkmap heeft: {}",
            q(round),
            known.join(", ")
        ),
        (Lang::En, RoundError::Unknown { round, known }) => format!(
            "unknown round '{}'; the workspace has: {}",
            q(round),
            known.join(", ")
        ),
        (Lang::Nl, RoundError::Closed { round, date }) => format!(
            "ronde {} is op {} gesloten en neemt geen antwoorden meer aan; er is niets \
             geschreven (heropen de ronde met `rijp round reopen`)",
            q(round),
            day(date)
        ),
        (Lang::En, RoundError::Closed { round, date }) => format!(
            "round {} was closed on {} and takes no answers; nothing was written (reopen the \
             round with `rijp round reopen`)",
            q(round),
            day(date)
        ),
        (Lang::Nl, RoundError::AlreadyClosed { round, date }) => {
            format!("ronde {} is al gesloten (op {})", q(round), day(date))
        }
        (Lang::En, RoundError::AlreadyClosed { round, date }) => {
            format!("round {} is already closed (on {})", q(round), day(date))
        }
        (Lang::Nl, RoundError::NotClosed(round)) => format!("ronde {} is niet gesloten", q(round)),
        (Lang::En, RoundError::NotClosed(round)) => format!("round {} is not closed", q(round)),
    }
}

/// A file of a closed round that changed after closing, as one line.
pub fn closed_round_change(lang: Lang, change: &ClosedRoundChange) -> String {
    let round = printable(&change.round, 80);
    let what = match (lang, change.change) {
        (Lang::Nl, FileChange::Changed) => format!("gewijzigd na het sluiten van ronde {round}"),
        (Lang::Nl, FileChange::Added) => format!("toegevoegd na het sluiten van ronde {round}"),
        (Lang::Nl, FileChange::Removed) => {
            format!("verwijderd na het sluiten van ronde {round}")
        }
        (Lang::En, FileChange::Changed) => format!("changed after round {round} was closed"),
        (Lang::En, FileChange::Added) => format!("added after round {round} was closed"),
        (Lang::En, FileChange::Removed) => format!("removed after round {round} was closed"),
    };
    format!("{}: {what}", printable(&change.file, 200))
}

/// The report's improvement agenda.
pub struct AgendaTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    /// The current score on the characteristic.
    pub score: &'static str,
    /// (previous round): the change on the characteristic since it.
    pub change_since: fn(&str) -> String,
    /// In the change column for an action agreed in the report's own round.
    pub agreed_now: &'static str,
    /// (day): what overdue means in this report.
    pub overdue_rule: fn(&str) -> String,
    /// Under a table with a change column: the change is not the action's doing.
    pub change_caveat: &'static str,
    /// (partner): a table's caption.
    pub caption: fn(&str) -> String,
}

const AGENDA_NL: AgendaTexts = AgendaTexts {
    heading: "Verbeteragenda",
    intro: "De acties die de deelnemers en de samenwerking hebben afgesproken, bij het kenmerk \
            waar ze op ingrijpen, met eigenaar, streefdatum en status.",
    score: "Score nu",
    change_since: |round| format!("Verandering sinds {round}"),
    agreed_now: "afgesproken in deze ronde",
    overdue_rule: |day| {
        format!(
            "Verlopen: een voorgestelde of lopende actie waarvan de streefdatum vóór {day} ligt."
        )
    },
    change_caveat: "De verandering op het kenmerk staat naast de status van de actie; dat \
                    betekent niet dat de actie die verandering heeft veroorzaakt.",
    caption: |whose| format!("Verbeteragenda: {whose}"),
};

const AGENDA_EN: AgendaTexts = AgendaTexts {
    heading: "Improvement agenda",
    intro: "The actions the partners and the cooperation agreed, beside the characteristic \
            they address, with owner, due date and status.",
    score: "Score now",
    change_since: |round| format!("Change since {round}"),
    agreed_now: "agreed in this round",
    overdue_rule: |day| {
        format!("Overdue: a proposed or in-progress action whose due date is before {day}.")
    },
    change_caveat: "The change on the characteristic is shown beside the action's status; \
                    that does not mean the action caused the change.",
    caption: |whose| format!("Improvement agenda: {whose}"),
};

pub fn agenda_texts(lang: Lang) -> &'static AgendaTexts {
    match lang {
        Lang::Nl => &AGENDA_NL,
        Lang::En => &AGENDA_EN,
    }
}

/// Why the interface takes no answers for a round: closed, and when.
pub fn closed_read_only(lang: Lang, error: &RoundError) -> String {
    match error {
        RoundError::Closed { round, date } => (texts(lang).closed_read_only)(
            &printable(round, 80),
            &print_texts(lang).date(&date.to_string()),
        ),
        other => round_error(lang, other),
    }
}

/// The interface's agenda screen.
pub struct AgendaScreenTexts {
    pub title: &'static str,
    pub all: &'static str,
    pub open: &'static str,
    pub overdue: &'static str,
    pub empty: &'static str,
}

const AGENDA_SCREEN_NL: AgendaScreenTexts = AgendaScreenTexts {
    title: "Verbeteragenda",
    all: "alle acties",
    open: "open acties",
    overdue: "verlopen acties",
    empty: "Geen acties. Voeg er een toe met `rijp actions add`.",
};

const AGENDA_SCREEN_EN: AgendaScreenTexts = AgendaScreenTexts {
    title: "Improvement agenda",
    all: "all actions",
    open: "open actions",
    overdue: "overdue actions",
    empty: "No actions. Add one with `rijp actions add`.",
};

pub fn agenda_screen_texts(lang: Lang) -> &'static AgendaScreenTexts {
    match lang {
        Lang::Nl => &AGENDA_SCREEN_NL,
        Lang::En => &AGENDA_SCREEN_EN,
    }
}

/// The interface's form for agreeing an action.
pub struct FormTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub due_hint: &'static str,
    /// (characteristic, deviation): the finding the form starts with.
    pub finding_below: fn(&str, &str) -> String,
}

const FORM_NL: FormTexts = FormTexts {
    title: "Actie afspreken",
    intro: "Tab naar het volgende veld, ←/→ kiest het kenmerk, Enter bewaart, Esc breekt af.",
    due_hint: "Streefdatum als JJJJ-MM-DD. De actie komt op de verbeteragenda als voorgesteld.",
    finding_below: |scale, deviation| format!("{scale}: {deviation} ten opzichte van de benchmark"),
};

const FORM_EN: FormTexts = FormTexts {
    title: "Agree an action",
    intro: "Tab to the next field, ←/→ chooses the characteristic, Enter saves, Esc cancels.",
    due_hint: "Due date as YYYY-MM-DD. The action joins the improvement agenda as proposed.",
    finding_below: |scale, deviation| format!("{scale}: {deviation} against the benchmark"),
};

pub fn form_texts(lang: Lang) -> &'static FormTexts {
    match lang {
        Lang::Nl => &FORM_NL,
        Lang::En => &FORM_EN,
    }
}

/// The report's status on its title page: a draft while its round is open, final with the
/// day the round closed.
/// The report's status as the running header or footer of every printed page gives it.
pub fn running_status(lang: Lang, closed: Option<jiff::civil::Date>) -> String {
    let day = |date: jiff::civil::Date| print_texts(lang).date(&date.to_string());
    match (lang, closed) {
        (Lang::Nl, None) => "Concept".to_string(),
        (Lang::En, None) => "Draft".to_string(),
        (Lang::Nl, Some(date)) => format!("Definitief, {}", day(date)),
        (Lang::En, Some(date)) => format!("Final, {}", day(date)),
    }
}

pub fn report_status(lang: Lang, closed: Option<jiff::civil::Date>) -> String {
    let day = |date: jiff::civil::Date| print_texts(lang).date(&date.to_string());
    match (lang, closed) {
        (Lang::Nl, None) => "Status: concept (de ronde is nog open)".to_string(),
        (Lang::En, None) => "Status: draft (the round is still open)".to_string(),
        (Lang::Nl, Some(date)) => format!("Status: definitief (ronde gesloten op {})", day(date)),
        (Lang::En, Some(date)) => format!("Status: final (round closed on {})", day(date)),
    }
}
