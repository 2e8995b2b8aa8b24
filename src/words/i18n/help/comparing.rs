//! The help of the commands that compare organisations and write what the comparison shows,
//! Dutch beside English.

use super::{ArgHelp, Both, CommandHelp};

type Arg = ArgHelp;

const BENCHMARK_NL: ArgHelp = Arg::with_value(
    "benchmark",
    "Een benchmarkbestand, een benchmark-id in de werkmap, `peers`, of een segment van de \
     werkmap: size:small, size:medium, size:large of cooperation:NAAM",
    "BESTAND|NAAM|peers",
);

const BENCHMARK_EN: ArgHelp = Arg::with_value(
    "benchmark",
    "A benchmark file, a benchmark id in the workspace, `peers`, or a segment of the \
     workspace: size:small, size:medium, size:large or cooperation:NAME",
    "FILE|NAME|peers",
);

pub(super) const SCORES: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Vergelijk alle organisaties van een ronde met een benchmark",
        after_help: "Voorbeelden:\n  rijp scores --workspace demo-ws\n  \
                     rijp scores --round 2024 --benchmark peers --format json",
        args: &[
            BENCHMARK_NL,
            Arg::with_value(
                "format",
                "De vorm van de uitvoer: table, csv of json (standaard: table)",
                "table|csv|json",
            ),
            Arg::new(
                "disagreement",
                "Toon in plaats van de scores per organisatie de stellingen waarover de \
                 respondenten het meest verschillen (de spreiding, en vanaf vijf respondenten de \
                 antwoorden per waarde)",
            ),
        ],
    },
    en: CommandHelp {
        about: "Compare all organisations of a round against a benchmark",
        after_help: "Examples:\n  rijp scores --workspace demo-ws\n  \
                     rijp scores --round 2024 --benchmark peers --format json",
        args: &[
            BENCHMARK_EN,
            Arg::with_value(
                "format",
                "The output format: table, csv or json (default: table)",
                "table|csv|json",
            ),
            Arg::new(
                "disagreement",
                "Instead of the scores: per organisation the statements its respondents disagree \
                 on most (spread, and the answers per value from five respondents)",
            ),
        ],
    },
};

pub(super) const REPORT: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Schrijf het rapport: een PDF om te drukken en rond te sturen, een Word-bestand \
                (.docx), zelfstandige HTML of Markdown met de grafieken ernaast",
        after_help: "Voorbeelden:\n  rijp report --workspace demo-ws --out rapport.pdf\n  \
                     rijp report --workspace demo-ws --out rapport.html\n  \
                     rijp report --workspace demo-ws --out rapport.docx\n  \
                     rijp report --workspace demo-ws --out report.md --lang en \
                     --benchmark landelijk,peers",
        args: &[
            Arg::with_value(
                "out",
                "Het bestand om te schrijven: BESTAND.pdf, BESTAND.docx, BESTAND.html of BESTAND.md",
                "BESTAND",
            ),
            Arg::with_value(
                "benchmark",
                "Benchmarks (bestanden, id's in de werkmap, `peers` of segmenten zoals size:small \
                 of cooperation:NAAM, gescheiden door komma's): met de eerste wordt vergeleken, \
                 de andere staan ernaast",
                "A,B",
            ),
            Arg::with_value(
                "since",
                "Toon de verandering sinds deze eerdere ronde (standaard: de vorige)",
                "RONDE",
            ),
        ],
    },
    en: CommandHelp {
        about: "Write the report: a PDF to print and send on, a Word file (.docx), \
                self-contained HTML, or Markdown with the charts beside it",
        after_help: "Examples:\n  rijp report --workspace demo-ws --out rapport.pdf\n  \
                     rijp report --workspace demo-ws --out rapport.html\n  \
                     rijp report --workspace demo-ws --out rapport.docx\n  \
                     rijp report --workspace demo-ws --out report.md --lang en \
                     --benchmark landelijk,peers",
        args: &[
            Arg::with_value(
                "out",
                "The file to write: FILE.pdf, FILE.docx, FILE.html or FILE.md",
                "FILE",
            ),
            Arg::with_value(
                "benchmark",
                "Benchmarks (files, workspace ids, `peers` or segments such as size:small or \
                 cooperation:NAME, comma-separated): the first is compared against, the others \
                 are listed beside it",
                "A,B",
            ),
            Arg::with_value(
                "since",
                "Show change since this earlier round (default: the previous one)",
                "ROUND",
            ),
        ],
    },
};

pub(super) const EXPORT_DATA: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Exporteer alle antwoorden (in lange vorm, zoals `import` ze leest) en alle scores",
        after_help: "CSV schrijft answers.csv en scores.csv in de map die --out noemt;\n\
XLSX schrijft één spreadsheet (answers, scores, organisations, benchmarks) naar --out;\n\
JSON schrijft één document naar --out, of naar de standaarduitvoer.\n\n\
Voorbeelden:\n  rijp export-data --workspace demo-ws --format csv --out export --delimiter ';'\n  \
rijp export-data --workspace demo-ws --format xlsx --out rijp.xlsx\n  \
rijp export-data --workspace demo-ws --format json --out export.json",
        args: &[
            Arg::with_value("format", "De vorm: csv, xlsx of json", "csv|xlsx|json"),
            Arg::with_value(
                "out",
                "De map (CSV) of het bestand (JSON, XLSX) om te schrijven",
                "BESTAND|MAP",
            ),
            Arg::with_value(
                "delimiter",
                "Het scheidingsteken van CSV, bijvoorbeeld ';' voor Nederlandse Excel \
                 (standaard: ',')",
                "TEKEN",
            ),
        ],
    },
    en: CommandHelp {
        about: "Export all answers (long format, as `import` reads them) and all scores",
        after_help: "CSV writes answers.csv and scores.csv into the folder --out names;\n\
XLSX writes one workbook (answers, scores, organisations, benchmarks) to --out;\n\
JSON writes one document to --out, or to standard output.\n\n\
Examples:\n  rijp export-data --workspace demo-ws --format csv --out export --delimiter ';'\n  \
rijp export-data --workspace demo-ws --format xlsx --out rijp.xlsx\n  \
rijp export-data --workspace demo-ws --format json --out export.json",
        args: &[
            Arg::with_value("format", "The format: csv, xlsx or json", "csv|xlsx|json"),
            Arg::with_value(
                "out",
                "The folder (CSV) or file (JSON, XLSX) to write",
                "FILE|DIR",
            ),
            Arg::with_value(
                "delimiter",
                "The CSV delimiter, for example ';' for Dutch Excel (default: ',')",
                "CHAR",
            ),
        ],
    },
};

pub(super) const EXPORT: Both<CommandHelp> = Both {
    nl: CommandHelp {
        about: "Schrijf elke grafiek van de vergelijking (kwadrant, dimensies, profielen, doelen) \
                als PNG en SVG in een map; meldt elk geschreven bestand",
        after_help: "Voorbeelden:\n  rijp export --workspace demo-ws --out grafieken\n  \
                     rijp export --out charts --lang en --format svg --size print\n  \
                     rijp export --out grafieken --size 2400x1500",
        args: &[
            Arg::with_value(
                "out",
                "De map om in te schrijven (wordt gemaakt als die ontbreekt)",
                "MAP",
            ),
            Arg::with_value(
                "format",
                "Bestandsvormen, gescheiden door komma's: png, svg (standaard: beide)",
                "png,svg",
            ),
            BENCHMARK_NL,
            Arg::with_value(
                "size",
                "Beeldformaat voor een medium: print (16 cm breed, tekst vanaf 8 pt), slide \
                 (16:9) of screen (1600x1000, de standaard); of precieze pixels als BxH",
                "print|slide|screen|BxH",
            ),
        ],
    },
    en: CommandHelp {
        about: "Write every chart of the comparison (quadrant, dimensions, profiles, targets) as \
                PNG and SVG into a folder; prints each file written",
        after_help: "Examples:\n  rijp export --workspace demo-ws --out grafieken\n  \
                     rijp export --out charts --lang en --format svg --size print\n  \
                     rijp export --out charts --size 2400x1500",
        args: &[
            Arg::with_value(
                "out",
                "The folder to write into (created when missing)",
                "DIR",
            ),
            Arg::with_value(
                "format",
                "File formats, comma-separated: png, svg (default: both)",
                "png,svg",
            ),
            BENCHMARK_EN,
            Arg::with_value(
                "size",
                "Image size for a medium: print (16 cm wide, text from 8 pt), slide (16:9) or \
                 screen (1600x1000, the default); or exact pixels as WxH",
                "print|slide|screen|WxH",
            ),
        ],
    },
};
