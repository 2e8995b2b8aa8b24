//! The help of the improvement register (`rijp actions …`) and of closing rounds
//! (`rijp round …`), Dutch beside English.

use super::{ArgHelp, Both, CommandHelp};

type Arg = ArgHelp;

pub(super) const ACTIONS: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Beheer de verbeteragenda: acties per deelnemer of voor de samenwerking als \
                geheel, met kenmerk, eigenaar, streefdatum en status (actions/ID.yaml)",
        after_help: "Statussen: voorgesteld, lopend, gereed, vervallen (of proposed, \
in_progress, done, dropped).\n\n\
Voorbeelden:\n  rijp actions add --organisation aldersum --scale digital_skills \\\n    \
--action 'Training voor alle teams' --owner 'HR-adviseur' --due 2025-12-01\n  \
rijp actions set a-0001 --status lopend --note 'Eerste sessies gepland'\n  \
rijp actions list --overdue\n  rijp actions remove a-0001",
        args: &[],
    },
    en: CommandHelp {
        about: "Keep the improvement agenda: actions per partner or for the cooperation as a \
                whole, with characteristic, owner, due date and status (actions/ID.yaml)",
        after_help: "Statuses: voorgesteld, lopend, gereed, vervallen (or proposed, \
in_progress, done, dropped).\n\n\
Examples:\n  rijp actions add --organisation aldersum --scale digital_skills \\\n    \
--action 'Training for every team' --owner 'HR adviser' --due 2025-12-01\n  \
rijp actions set a-0001 --status in_progress --note 'First sessions planned'\n  \
rijp actions list --overdue\n  rijp actions remove a-0001",
        args: &[],
    },
};

const FIELDS_NL: [Arg; 11] = [
    Arg::with_value(
        "organisation",
        "De deelnemer (id of naam) waarvoor de actie is",
        "ORG",
    ),
    Arg::new("cooperation", "De actie is voor de samenwerking als geheel"),
    Arg::with_value(
        "scale",
        "Het id van de dimensie of het kenmerk waar de actie op ingrijpt (digital_skills)",
        "ID",
    ),
    Arg::with_value("action", "Wat er gedaan wordt", "TEKST"),
    Arg::with_value("owner", "Wie de actie trekt", "NAAM"),
    Arg::with_value("due", "De streefdatum", "JJJJ-MM-DD"),
    Arg::with_value("theme", "Het thema van het volwassenheidsprogramma", "ID"),
    Arg::with_value(
        "finding",
        "De bevinding waar de actie op antwoordt",
        "TEKST",
    ),
    Arg::with_value(
        "status",
        "voorgesteld, lopend, gereed of vervallen (standaard bij toevoegen: voorgesteld)",
        "STATUS",
    ),
    Arg::with_value(
        "round",
        "De ronde waarin de actie is afgesproken (standaard: de laatste)",
        "RONDE",
    ),
    Arg::with_value("note", "Een notitie, met de datum van vandaag", "TEKST"),
];

const FIELDS_EN: [Arg; 11] = [
    Arg::with_value(
        "organisation",
        "The partner (id or name) the action is for",
        "ORG",
    ),
    Arg::new(
        "cooperation",
        "The action is for the cooperation as a whole",
    ),
    Arg::with_value(
        "scale",
        "The id of the dimension or characteristic the action addresses (digital_skills)",
        "ID",
    ),
    Arg::with_value("action", "What will be done", "TEXT"),
    Arg::with_value("owner", "Who carries the action", "NAME"),
    Arg::with_value("due", "The due date", "YYYY-MM-DD"),
    Arg::with_value("theme", "The theme of the maturity programme", "ID"),
    Arg::with_value("finding", "The finding the action answers", "TEXT"),
    Arg::with_value(
        "status",
        "proposed, in_progress, done or dropped (default when adding: proposed)",
        "STATUS",
    ),
    Arg::with_value(
        "round",
        "The round in which the action was agreed (default: the latest)",
        "ROUND",
    ),
    Arg::with_value("note", "A note, dated today", "TEXT"),
];

const ID_NL: Arg = Arg::with_value("id", "Het id van de actie (a-0001)", "ID");
const ID_EN: Arg = Arg::with_value("id", "The action's id (a-0001)", "ID");

pub(super) const ACTIONS_ADD: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Voeg een actie toe; alles wordt eerst gecontroleerd, bij een fout wordt niets \
                geschreven",
        after_help: "Voorbeeld:\n  rijp actions add --organisation aldersum --scale \
                     digital_skills --action 'Training' --owner 'HR' --due 2025-12-01",
        args: &FIELDS_NL,
    },
    en: CommandHelp {
        about: "Add an action; everything is checked first, and nothing is written on an error",
        after_help: "Example:\n  rijp actions add --organisation aldersum --scale \
                     digital_skills --action 'Training' --owner 'HR' --due 2025-12-01",
        args: &FIELDS_EN,
    },
};

pub(super) const ACTIONS_SET: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Wijzig een actie: status, streefdatum, eigenaar of een ander veld; --note voegt \
                een notitie toe",
        after_help: "Voorbeeld:\n  rijp actions set a-0001 --status gereed",
        args: &[
            ID_NL,
            FIELDS_NL[0],
            FIELDS_NL[1],
            FIELDS_NL[2],
            FIELDS_NL[3],
            FIELDS_NL[4],
            FIELDS_NL[5],
            FIELDS_NL[6],
            FIELDS_NL[7],
            Arg::with_value(
                "status",
                "voorgesteld, lopend, gereed of vervallen",
                "STATUS",
            ),
            FIELDS_NL[9],
            FIELDS_NL[10],
        ],
    },
    en: CommandHelp {
        about: "Change an action: status, due date, owner or another field; --note adds a note",
        after_help: "Example:\n  rijp actions set a-0001 --status done",
        args: &[
            ID_EN,
            FIELDS_EN[0],
            FIELDS_EN[1],
            FIELDS_EN[2],
            FIELDS_EN[3],
            FIELDS_EN[4],
            FIELDS_EN[5],
            FIELDS_EN[6],
            FIELDS_EN[7],
            Arg::with_value("status", "proposed, in_progress, done or dropped", "STATUS"),
            FIELDS_EN[9],
            FIELDS_EN[10],
        ],
    },
};

pub(super) const ACTIONS_REMOVE: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Verwijder een actie (een vervallen actie kan ook blijven staan met status \
                vervallen)",
        after_help: "Voorbeeld:\n  rijp actions remove a-0001",
        args: &[ID_NL],
    },
    en: CommandHelp {
        about: "Remove an action (a dropped action may also stay, with status dropped)",
        after_help: "Example:\n  rijp actions remove a-0001",
        args: &[ID_EN],
    },
};

pub(super) const ACTIONS_LIST: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Toon de acties, als tabel, CSV of JSON; een open actie na haar streefdatum is \
                verlopen",
        after_help: "Voorbeelden:\n  rijp actions list --organisation aldersum\n  \
                     rijp actions list --status lopend --format csv\n  \
                     rijp actions list --overdue --format json",
        args: &[
            Arg::with_value(
                "organisation",
                "Alleen de acties van deze deelnemer (id of naam)",
                "ORG",
            ),
            Arg::new(
                "cooperation",
                "Alleen de acties voor de samenwerking als geheel",
            ),
            Arg::with_value("status", "Alleen acties met deze status", "STATUS"),
            Arg::new(
                "overdue",
                "Alleen verlopen acties: voorgesteld of lopend, streefdatum voorbij",
            ),
            Arg::with_value("format", "table, csv of json (standaard: table)", "VORM"),
        ],
    },
    en: CommandHelp {
        about: "List the actions as a table, CSV or JSON; an open action past its due date is \
                overdue",
        after_help: "Examples:\n  rijp actions list --organisation aldersum\n  \
                     rijp actions list --status in_progress --format csv\n  \
                     rijp actions list --overdue --format json",
        args: &[
            Arg::with_value(
                "organisation",
                "Only the actions of this partner (id or name)",
                "ORG",
            ),
            Arg::new(
                "cooperation",
                "Only the actions for the cooperation as a whole",
            ),
            Arg::with_value("status", "Only actions with this status", "STATUS"),
            Arg::new(
                "overdue",
                "Only overdue actions: proposed or in progress, past the due date",
            ),
            Arg::with_value("format", "table, csv or json (default: table)", "FORMAT"),
        ],
    },
};

pub(super) const ROUND: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Sluit een ronde of heropen haar: een gesloten ronde neemt geen antwoorden aan",
        after_help: "Bij het sluiten worden de datum en een vingerafdruk van de \
antwoordbestanden vastgelegd; een bestand dat daarna verandert, wordt bij het laden gemeld.\n\n\
Voorbeelden:\n  rijp round close 2025\n  rijp round reopen 2025",
        args: &[],
    },
    en: CommandHelp {
        about: "Close a round or reopen it: a closed round takes no answers",
        after_help: "Closing records the date and a fingerprint of the answer files; a file \
that changes afterwards is reported when the workspace is loaded.\n\n\
Examples:\n  rijp round close 2025\n  rijp round reopen 2025",
        args: &[],
    },
};

const ROUND_ARG_NL: Arg = Arg::with_value("round", "De ronde (id of naam)", "RONDE");
const ROUND_ARG_EN: Arg = Arg::with_value("round", "The round (id or name)", "ROUND");

pub(super) const ROUND_CLOSE: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Sluit een ronde: geen antwoorden meer, het rapport heet voortaan definitief",
        after_help: "Voorbeeld:\n  rijp round close 2025",
        args: &[ROUND_ARG_NL],
    },
    en: CommandHelp {
        about: "Close a round: no more answers, and its report is final from now on",
        after_help: "Example:\n  rijp round close 2025",
        args: &[ROUND_ARG_EN],
    },
};

pub(super) const ROUND_REOPEN: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Heropen een gesloten ronde voor antwoorden; het rapport heet weer concept",
        after_help: "Voorbeeld:\n  rijp round reopen 2025",
        args: &[ROUND_ARG_NL],
    },
    en: CommandHelp {
        about: "Reopen a closed round for answers; its report is a draft again",
        after_help: "Example:\n  rijp round reopen 2025",
        args: &[ROUND_ARG_EN],
    },
};
