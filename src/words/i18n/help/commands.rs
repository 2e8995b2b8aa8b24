//! Each command's help, Dutch beside English.

use super::comparing::{EXPORT, EXPORT_DATA, REPORT, SCORES};
use super::register::{
    ACTIONS, ACTIONS_ADD, ACTIONS_LIST, ACTIONS_REMOVE, ACTIONS_SET, ROUND, ROUND_CLOSE,
    ROUND_REOPEN,
};
use super::{ArgHelp, Both, CommandHelp, ROOT};

type Arg = ArgHelp;

/// Every command, `rijp` itself first.
/// A command under another is named by both (`actions add`).
pub(super) const ALL: [(&str, &Both<CommandHelp>); 23] = [
    (ROOT, &RIJP),
    ("validate", &VALIDATE),
    ("protocol", &PROTOCOL),
    ("demo", &DEMO),
    ("import", &IMPORT),
    ("invite", &INVITE),
    ("scores", &SCORES),
    ("report", &REPORT),
    ("export-data", &EXPORT_DATA),
    ("export", &EXPORT),
    ("actions", &ACTIONS),
    ("actions add", &ACTIONS_ADD),
    ("actions set", &ACTIONS_SET),
    ("actions remove", &ACTIONS_REMOVE),
    ("actions list", &ACTIONS_LIST),
    ("benchmark", &BENCHMARK),
    ("benchmark build", &BENCHMARK_BUILD),
    ("round", &ROUND),
    ("round close", &ROUND_CLOSE),
    ("round reopen", &ROUND_REOPEN),
    ("record", &RECORD),
    ("generate", &GENERATE),
    ("help", &HELP),
];

/// The arguments every command shares, or every command that compares.
pub(super) const SHARED: Both<&[ArgHelp]> = Both {
    nl: &[
        Arg::with_value(
            "round",
            "De ronde (id of naam); de laatste als die ontbreekt",
            "RONDE",
        ),
        Arg::with_value(
            "orgs",
            "Alleen deze organisaties (id's of namen, gescheiden door komma's)",
            "a,b,c",
        ),
        Arg::with_value(
            "cutoff",
            "De grens tussen laag en hoog: midpoint, benchmark_mean of benchmark_median \
             (standaard: die van de vragenlijst)",
            "REGEL",
        ),
        Arg::with_value(
            "workspace",
            "De werkmap (standaard: RIJP_WORKSPACE, anders de gegevensmap van het platform)",
            "MAP",
        ),
        Arg::with_value(
            "lang",
            "De taal van de uitvoer: nl of en (standaard: die van de werkmap, anders nl)",
            "nl|en",
        ),
    ],
    en: &[
        Arg::with_value(
            "round",
            "The round (id or name); the latest when omitted",
            "ROUND",
        ),
        Arg::with_value(
            "orgs",
            "Only these organisations (ids or names, comma-separated)",
            "a,b,c",
        ),
        Arg::with_value(
            "cutoff",
            "The low/high cut-off rule: midpoint, benchmark_mean or benchmark_median \
             (default: the questionnaire's)",
            "RULE",
        ),
        Arg::with_value(
            "workspace",
            "The workspace folder (default: RIJP_WORKSPACE, else the platform's data folder)",
            "DIR",
        ),
        Arg::with_value(
            "lang",
            "Language of the output: nl or en (default: the workspace's, else nl)",
            "nl|en",
        ),
    ],
};

const RIJP: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Meet en vergelijk de digitale volwassenheid van Nederlandse gemeenten en hun \
                ICT-samenwerkingen. Zonder opdracht opent rijp de terminalinterface.",
        after_help: "Voorbeelden:\n  rijp demo --workspace demo-ws\n  \
                     rijp --workspace demo-ws\n  rijp help scores",
        args: &[],
    },
    en: CommandHelp {
        about: "Measure and compare the digital maturity of Dutch municipalities and their ICT \
                cooperations. Without a command, rijp opens the terminal interface.",
        after_help: "Examples:\n  rijp demo --workspace demo-ws\n  \
                     rijp --workspace demo-ws\n  rijp help scores",
        args: &[],
    },
};

const VALIDATE: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Controleer vragenlijstbestanden; meldt elk probleem als BESTAND:REGEL:KOLOM: melding",
        after_help: "Voorbeeld:\n  rijp validate questionnaires/digitale-volwassenheid.yaml",
        args: &[Arg::with_value(
            "files",
            "De vragenlijstbestanden om te controleren",
            "BESTAND",
        )],
    },
    en: CommandHelp {
        about: "Check questionnaire files; prints FILE:LINE:COLUMN: message per problem",
        after_help: "Example:\n  rijp validate questionnaires/digitale-volwassenheid.yaml",
        args: &[Arg::with_value(
            "files",
            "Questionnaire files to check",
            "FILE",
        )],
    },
};

const PROTOCOL: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Toon het respondentenprotocol: wie per deelnemer antwoordt, hoe uitnodigen, de pretest",
        after_help: "Voorbeeld:\n  rijp protocol\n  rijp protocol --lang en",
        args: &[],
    },
    en: CommandHelp {
        about: "Show the respondent protocol: who answers per partner, how to invite, the pretest",
        after_help: "Example:\n  rijp protocol\n  rijp protocol --lang en",
        args: &[],
    },
};

const DEMO: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Schrijf de fictieve demo-samenwerking in een lege map",
        after_help: "Voorbeeld:\n  rijp demo --workspace demo-ws\n  rijp scores --workspace demo-ws",
        args: &[],
    },
    en: CommandHelp {
        about: "Write the fictitious demo cooperation into an empty folder",
        after_help: "Example:\n  rijp demo --workspace demo-ws\n  rijp scores --workspace demo-ws",
        args: &[],
    },
};

const IMPORT: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Importeer antwoorden uit een CSV-bestand of een spreadsheet (.xlsx, .ods) in lange \
                vorm, of een brede enquête-export met --mapping",
        after_help: "De kopregel is organisation,respondent,round,item,answer, met naar keuze \
role,date,comment.\n\
Een antwoord is 1-5; leeg, ? of 'weet niet' voor weet niet; nvt voor niet van toepassing.\n\
Komma's, puntkomma's of tabs; UTF-8 of Windows-1252. Een bestand met een fout importeert niets.\n\
Met --mapping MAP.yaml is het bestand een brede enquête-export (één rij per respondent).\n\n\
Voorbeelden:\n  rijp import --workspace ws antwoorden.csv\n  \
rijp import --workspace ws --mapping limesurvey.yaml export.csv\n  \
rijp import --make-mapping export.xlsx > mapping.yaml",
        args: &[
            Arg::with_value(
                "file",
                "Het CSV-bestand of de spreadsheet, of een map met ingevulde Excel-bestanden \
                 van `rijp invite`",
                "BESTAND",
            ),
            Arg::with_value(
                "sheet",
                "Het blad van een spreadsheet om te lezen (standaard: het eerste)",
                "NAAM",
            ),
            Arg::new(
                "make_mapping",
                "Schrijf een begin-mapping voor de kopregel van dit bestand naar de \
                 standaarduitvoer, in plaats van te importeren",
            ),
            Arg::with_value(
                "mapping",
                "Een YAML-mapping voor een breed bestand (één rij per respondent, één kolom per \
                 vraag, zoals LimeSurvey en Microsoft Forms exporteren): kolommen naar vraag-id's, \
                 antwoordteksten naar waarden, en de kolommen van respondent, organisatie en ronde",
                "MAP.yaml",
            ),
            Arg::new("verbose", "Noem ook elk bestand dat de import schreef"),
        ],
    },
    en: CommandHelp {
        about: "Import answers from a CSV file or a workbook (.xlsx, .ods) in long format, or a \
                wide survey export with --mapping",
        after_help: "The header is organisation,respondent,round,item,answer with optional \
role,date,comment.\n\
An answer is 1-5; empty, ? or 'weet niet' for don't know; nvt for not applicable.\n\
Commas, semicolons or tabs; UTF-8 or Windows-1252. A file with any error imports nothing.\n\
With --mapping MAP.yaml, the file is a wide survey export (one row per respondent).\n\n\
Examples:\n  rijp import --workspace ws antwoorden.csv\n  \
rijp import --workspace ws --mapping limesurvey.yaml export.csv\n  \
rijp import --make-mapping export.xlsx > mapping.yaml",
        args: &[
            Arg::with_value(
                "file",
                "The CSV file or workbook, or a folder of filled-in workbooks of `rijp invite`",
                "FILE",
            ),
            Arg::with_value(
                "sheet",
                "The sheet of a workbook to read (default: the first)",
                "NAME",
            ),
            Arg::new(
                "make_mapping",
                "Write a starter mapping for this file's header row to standard output instead \
                 of importing",
            ),
            Arg::with_value(
                "mapping",
                "A YAML mapping for a wide file (one row per respondent, one column per question, \
                 as LimeSurvey and Microsoft Forms export): columns to item ids, answer texts to \
                 values, and the respondent, organisation and round columns",
                "MAP.yaml",
            ),
            Arg::new("verbose", "Also list every file the import wrote"),
        ],
    },
};

const INVITE: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Schrijf per respondent een invulbaar Excel-bestand (.xlsx) dat `rijp import` \
                zonder koppeling terugleest, of de vragenlijst voor LimeSurvey",
        after_help: "Elk bestand heeft een blad met de inleiding en een blad met de stellingen: \
per stelling een keuzelijst met de antwoorden en een cel voor een opmerking; de rest is \
beveiligd. Organisatie, ronde, naam en rol staan er al in.\n\
Met --format limesurvey: de vragenlijst als LimeSurvey-structuur (.txt); een antwoordexport \
daarvan leest `rijp import` zonder koppeling.\n\
Rollen: board, management, i_adviser, staff (of bestuurder, MT, i-adviseur, medewerker).\n\
Een CSV-bestand heeft per regel naam, rol en naar keuze e-mail.\n\n\
Voorbeelden:\n  rijp invite --organisation \"Gemeente Aldersum\" --round 2025 \
--respondents \"Anouk de Vries:i_adviser,Bram Jansen:management\" --out uitnodigingen\n  \
rijp invite --organisation \"Gemeente Aldersum\" --round 2025 --respondents respondenten.csv \
--out uitnodigingen\n  rijp import antwoorden/\n  \
rijp invite --format limesurvey --round 2025 --out vragenlijst.txt\n  \
rijp import results-survey123456.csv",
        args: &[
            Arg::with_value(
                "organisation",
                "De organisatie waarvoor de respondenten invullen",
                "NAAM",
            ),
            Arg::with_value("round", "De ronde waarin de antwoorden horen", "RONDE"),
            Arg::with_value(
                "respondents",
                "De respondenten: \"Naam:rol,Naam:rol\" of een CSV-bestand met naam, rol en \
                 naar keuze e-mail",
                "LIJST|BESTAND.csv",
            ),
            Arg::with_value(
                "out",
                "De map waarin de Excel-bestanden komen (met --format limesurvey: het .txt-bestand)",
                "MAP",
            ),
            Arg::with_value(
                "format",
                "xlsx: een Excel-bestand per respondent (standaard); limesurvey: de vragenlijst \
                 als LimeSurvey-structuur (.txt, tab-gescheiden) om in LimeSurvey te importeren",
                "FORMAAT",
            ),
        ],
    },
    en: CommandHelp {
        about: "Write a fillable workbook (.xlsx) per respondent that `rijp import` reads back \
                with no mapping, or the questionnaire for LimeSurvey",
        after_help: "Each workbook has a sheet with the introduction and a sheet with the \
statements: per statement a drop-down list of the answers and a cell for a comment; the rest is \
protected. Organisation, round, name and role are filled in.\n\
With --format limesurvey: the questionnaire as a LimeSurvey survey structure (.txt); `rijp \
import` reads a response export of it with no mapping.\n\
Roles: board, management, i_adviser, staff (or bestuurder, MT, i-adviseur, medewerker).\n\
A CSV file has a name, a role and optionally an e-mail address per line.\n\n\
Examples:\n  rijp invite --organisation \"Gemeente Aldersum\" --round 2025 \
--respondents \"Anouk de Vries:i_adviser,Bram Jansen:management\" --out invitations\n  \
rijp invite --organisation \"Gemeente Aldersum\" --round 2025 --respondents respondents.csv \
--out invitations\n  rijp import answers/\n  \
rijp invite --format limesurvey --round 2025 --out survey.txt\n  \
rijp import results-survey123456.csv",
        args: &[
            Arg::with_value(
                "organisation",
                "The organisation the respondents answer for",
                "NAME",
            ),
            Arg::with_value("round", "The round the answers belong to", "ROUND"),
            Arg::with_value(
                "respondents",
                "The respondents: \"Name:role,Name:role\" or a CSV file with name, role and \
                 optionally e-mail",
                "LIST|FILE.csv",
            ),
            Arg::with_value(
                "out",
                "The folder the workbooks are written to (with --format limesurvey: the .txt file)",
                "DIR",
            ),
            Arg::with_value(
                "format",
                "xlsx: a workbook per respondent (the default); limesurvey: the questionnaire as \
                 a LimeSurvey survey structure (.txt, tab-separated) to import into LimeSurvey",
                "FORMAT",
            ),
        ],
    },
};

const RECORD: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Leg antwoorden vast van de standaardinvoer, één `VRAAG ANTWOORD` per regel; elk \
                wordt bewaard voordat `saved VRAAG ANTWOORD` gemeld wordt",
        after_help: "Voorbeeld:\n  printf 'cx01 4\\ncx02 ?\\n' | rijp record --workspace ws \
                     --organisation a --respondent r1 --round 2025",
        args: &[
            Arg::with_value("organisation", "Het id van de organisatie", "ID"),
            Arg::with_value("respondent", "De naam van de respondent", "NAAM"),
            Arg::with_value("round", "Het id van de ronde", "RONDE"),
        ],
    },
    en: CommandHelp {
        about: "Record answers read from standard input, one `ITEM ANSWER` per line; each is \
                saved before `saved ITEM ANSWER` is printed",
        after_help: "Example:\n  printf 'cx01 4\\ncx02 ?\\n' | rijp record --workspace ws \
                     --organisation a --respondent r1 --round 2025",
        args: &[
            Arg::with_value("organisation", "The organisation's id", "ID"),
            Arg::with_value("respondent", "The respondent's name", "NAME"),
            Arg::with_value("round", "The round's id", "ROUND"),
        ],
    },
};

const BENCHMARK: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Maak een benchmark om te publiceren uit de werkmap",
        after_help: "Voorbeeld:\n  rijp benchmark build --out benchmark-2025.yaml --segment size",
        args: &[],
    },
    en: CommandHelp {
        about: "Make a benchmark to publish from the workspace",
        after_help: "Example:\n  rijp benchmark build --out benchmark-2025.yaml --segment size",
        args: &[],
    },
};

const BENCHMARK_BUILD: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Schrijf een benchmarkbestand: per dimensie en kenmerk het aantal organisaties, \
                gemiddelde, sd, mediaan en kwantielen, zonder namen of losse scores",
        after_help: "Kwantielen: type 7 (lineaire interpolatie, zoals PERCENTILE.INC), p5 tot p95 \
per 5 %. Een groep van minder dan 5 organisaties wordt geweigerd (het geheel) of weggelaten (een \
segment). Een bestaand bestand wordt nooit overschreven.\n\n\
Voorbeelden:\n  rijp benchmark build --out landelijk-2025.yaml --name \"Gemeenten 2025\"\n  \
rijp benchmark build --out per-grootte.yaml --segment size --round 2025",
        args: &[
            Arg::with_value("out", "Het bestand om te schrijven (.yaml)", "BESTAND"),
            Arg::with_value(
                "round",
                "De ronde (id of naam); de laatste als die ontbreekt",
                "RONDE",
            ),
            Arg::with_value(
                "name",
                "De naam van de benchmark (standaard: de naam van de werkmap)",
                "NAAM",
            ),
            Arg::with_value(
                "segment",
                "Ook per segment: size (grootteklasse), cooperation (samenwerking) of none \
                 (standaard)",
                "SEGMENT",
            ),
        ],
    },
    en: CommandHelp {
        about: "Write a benchmark file: per dimension and characteristic the number of \
                organisations, mean, sd, median and quantiles, without names or single scores",
        after_help: "Quantiles: type 7 (linear interpolation, as PERCENTILE.INC), p5 to p95 in \
steps of 5 %. A group of fewer than 5 organisations is refused (the whole) or left out (a \
segment). An existing file is never overwritten.\n\n\
Examples:\n  rijp benchmark build --out national-2025.yaml --name \"Municipalities 2025\"\n  \
rijp benchmark build --out by-size.yaml --segment size --round 2025",
        args: &[
            Arg::with_value("out", "The file to write (.yaml)", "FILE"),
            Arg::with_value(
                "round",
                "The round (id or name); the latest when left out",
                "ROUND",
            ),
            Arg::with_value(
                "name",
                "The benchmark's name (default: the workspace's name)",
                "NAME",
            ),
            Arg::with_value(
                "segment",
                "Also per segment: size (size class), cooperation or none (the default)",
                "SEGMENT",
            ),
        ],
    },
};

const GENERATE: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Schrijf een grote synthetische werkmap (voor benchmarks), of dezelfde gegevens als \
                CSV-bestand",
        after_help: "Voorbeeld:\n  rijp generate --workspace landelijk-ws\n  \
                     rijp generate --csv landelijk.csv --municipalities 40",
        args: &[
            Arg::with_value(
                "municipalities",
                "Het aantal gemeenten (standaard: 342)",
                "AANTAL",
            ),
            Arg::with_value(
                "respondents",
                "Beoordelingen per gemeente, over beide rondes, gemiddeld (standaard: 30)",
                "AANTAL",
            ),
            Arg::with_value(
                "seed",
                "Het startgetal van het toeval: hetzelfde getal geeft dezelfde bestanden \
                 (standaard: 1)",
                "GETAL",
            ),
            Arg::with_value(
                "csv",
                "Schrijf een CSV-bestand in lange vorm voor `rijp import` in plaats van een \
                 werkmap",
                "BESTAND",
            ),
        ],
    },
    en: CommandHelp {
        about: "Write a large synthetic workspace (for benchmarks), or the same data as a CSV file",
        after_help: "Example:\n  rijp generate --workspace national-ws\n  \
                     rijp generate --csv national.csv --municipalities 40",
        args: &[
            Arg::with_value(
                "municipalities",
                "The number of municipalities (default: 342)",
                "N",
            ),
            Arg::with_value(
                "respondents",
                "Assessments per municipality, over both rounds, on average (default: 30)",
                "N",
            ),
            Arg::with_value(
                "seed",
                "The seed of the randomness: the same seed gives the same files (default: 1)",
                "NUMBER",
            ),
            Arg::with_value(
                "csv",
                "Write a long-format CSV file for `rijp import` instead of a workspace",
                "FILE",
            ),
        ],
    },
};

const HELP: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Toon deze hulp, of de hulp bij een opdracht",
        after_help: "Voorbeeld:\n  rijp help scores",
        args: &[Arg::with_value(
            "command",
            "De opdracht waarvan de hulp getoond wordt",
            "OPDRACHT",
        )],
    },
    en: CommandHelp {
        about: "Print this help, or the help of a command",
        after_help: "Example:\n  rijp help scores",
        args: &[Arg::with_value(
            "command",
            "The command whose help is printed",
            "COMMAND",
        )],
    },
};
