//! Subcommand definitions and dispatch. Each command is a few lines over the library.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};

use selection::Selection;

use rijp::analysis::comparison::{self, BenchmarkChoice};
use rijp::ingest::demo;
use rijp::model::assessment::Role;
use rijp::model::questionnaire::Questionnaire;
use rijp::render::charts::{self, ChartFormat, ExportOptions, SizeChoice};
use rijp::render::report;
use rijp::render::scores;
use rijp::store::record;
use rijp::store::workspace::{Workspace, WorkspaceData};
use rijp::words::i18n::{self, Lang};

/// Prints a line to standard output. A closed pipe (`rijp scores | head`) ends the program
/// quietly: by then every file has been written, and a panic would be noise.
macro_rules! say {
    ($($arg:tt)*) => {
        write_stdout(format_args!("{}\n", format_args!($($arg)*)))
    };
}

fn write_stdout(text: std::fmt::Arguments) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = stdout.write_fmt(text).and_then(|()| stdout.flush())
        && error.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

mod ingest;
mod selection;
mod validate;

use ingest::{run_export_data, run_import};

/// Measure and compare the digital maturity of Dutch municipalities and their ICT
/// cooperations. Without a subcommand, opens the terminal interface.
#[derive(Debug, Parser)]
#[command(name = "rijp", version, about, long_about = None)]
pub struct Cli {
    /// The workspace folder (default: the platform's data folder).
    #[arg(long, global = true, env = "RIJP_WORKSPACE", value_name = "DIR")]
    pub workspace: Option<PathBuf>,
    /// Language of the output: nl (default) or en.
    #[arg(long, global = true, value_name = "nl|en")]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ScoresFormat {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
    Xlsx,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check questionnaire files; prints FILE:LINE:COLUMN: message per problem.
    #[command(after_help = "Example:\n  rijp validate questionnaires/digitale-volwassenheid.yaml")]
    Validate {
        /// Questionnaire files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write the fictitious demo cooperation into an empty folder.
    #[command(
        after_help = "Example:\n  rijp demo --workspace demo-ws\n  rijp scores --workspace demo-ws"
    )]
    Demo,
    /// Import answers from a CSV file or a workbook (.xlsx, .ods) in long format, or a wide
    /// survey export with --mapping.
    #[command(
        after_help = "The header is organisation,respondent,round,item,answer with optional role,date,comment.\n\
An answer is 1-5; empty, ? or 'weet niet' for don't know; nvt for not applicable.\n\
Commas, semicolons or tabs; UTF-8 or Windows-1252. A file with any error imports nothing.\n\
With --mapping MAP.yaml, the file is a wide survey export (one row per respondent).\n\nExamples:\n  rijp import --workspace ws antwoorden.csv\n  rijp import --workspace ws --mapping limesurvey.yaml export.csv\n  rijp import --make-mapping export.xlsx > mapping.yaml"
    )]
    Import {
        /// The CSV file or workbook.
        file: PathBuf,
        /// The sheet of a workbook to read (default: the first).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// Write a starter mapping for this file's header row to standard output instead of
        /// importing.
        #[arg(long, conflicts_with = "mapping")]
        make_mapping: bool,
        /// A YAML mapping for a wide file (one row per respondent, one column per question,
        /// as LimeSurvey and Microsoft Forms export): columns to item ids, answer texts to
        /// values, and the respondent, organisation and round columns.
        #[arg(long, value_name = "MAP.yaml")]
        mapping: Option<PathBuf>,
    },
    /// Compare all organisations of a round against a benchmark.
    #[command(
        after_help = "Examples:\n  rijp scores --workspace demo-ws\n  rijp scores --round 2024 --benchmark peers --format json"
    )]
    Scores {
        #[command(flatten)]
        selection: Selection,
        /// A benchmark file, a benchmark id in the workspace, `peers`, or a segment of the
        /// workspace: size:small, size:medium, size:large or cooperation:NAME.
        #[arg(long, value_name = "FILE|NAME|peers")]
        benchmark: Option<String>,
        #[arg(long, value_enum, default_value_t = ScoresFormat::Table)]
        format: ScoresFormat,
        /// Instead of the scores: per organisation the statements its respondents disagree on
        /// most (spread, and the answers per value from five respondents).
        #[arg(long)]
        disagreement: bool,
    },
    /// Write the report: self-contained HTML, a Word file (.docx), or Markdown with the charts
    /// beside it.
    #[command(
        after_help = "Examples:\n  rijp report --workspace demo-ws --out rapport.html\n  rijp report --workspace demo-ws --out rapport.docx\n  rijp report --workspace demo-ws --out report.md --lang en --benchmark landelijk,peers"
    )]
    Report {
        /// The file to write: FILE.html or FILE.md.
        #[arg(long, value_name = "FILE.html|FILE.md")]
        out: PathBuf,
        #[command(flatten)]
        selection: Selection,
        /// Benchmarks (files, workspace ids, `peers` or segments such as size:small or
        /// cooperation:NAME, comma-separated): the first is compared against, the others are
        /// listed beside it.
        #[arg(long, value_delimiter = ',', value_name = "A,B")]
        benchmark: Option<Vec<String>>,
        /// Show change since this earlier round (default: the previous one).
        #[arg(long, value_name = "ROUND")]
        since: Option<String>,
    },
    /// Export all answers (long format, as `import` reads them) and all scores.
    #[command(
        name = "export-data",
        after_help = "CSV writes answers.csv and scores.csv into the folder --out names;\n\
XLSX writes one workbook (answers, scores, organisations, benchmarks) to --out;\n\
JSON writes one document to --out, or to standard output.\n\nExamples:\n  rijp export-data --workspace demo-ws --format csv --out export --delimiter ';'\n  rijp export-data --workspace demo-ws --format xlsx --out rijp.xlsx\n  rijp export-data --workspace demo-ws --format json --out export.json"
    )]
    ExportData {
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// The folder (CSV) or file (JSON, XLSX) to write.
        #[arg(long, value_name = "FILE|DIR")]
        out: Option<PathBuf>,
        /// The CSV delimiter, for example ';' for Dutch Excel (default ',').
        #[arg(long, value_name = "CHAR")]
        delimiter: Option<char>,
    },
    /// Write every chart of the comparison (quadrant, dimensions, profiles, targets) as PNG
    /// and SVG into a folder; prints each file written.
    #[command(
        after_help = "Examples:\n  rijp export --workspace demo-ws --out grafieken\n  rijp export --out charts --lang en --format svg --size print\n  rijp export --out charts --size 2400x1500"
    )]
    Export {
        /// The folder to write into (created when missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// File formats, comma-separated: png, svg (default: both).
        #[arg(long, value_delimiter = ',', value_name = "png,svg")]
        format: Option<Vec<ChartFormat>>,
        #[command(flatten)]
        selection: Selection,
        /// A benchmark file, a benchmark id in the workspace, `peers`, or a segment of the
        /// workspace: size:small, size:medium, size:large or cooperation:NAME.
        #[arg(long, value_name = "FILE|NAME|peers")]
        benchmark: Option<String>,
        /// Image size for a medium: print (16 cm wide, text from 8 pt), slide (16:9) or
        /// screen (1600x1000, the default); or exact pixels as WxH.
        #[arg(long, value_name = "print|slide|screen|WxH")]
        size: Option<SizeChoice>,
    },
    /// Record answers read from standard input, one `ITEM ANSWER` per line; each is saved
    /// before `saved ITEM ANSWER` is printed.
    #[command(hide = true)]
    Record {
        /// The organisation's id.
        #[arg(long)]
        organisation: String,
        #[arg(long)]
        respondent: String,
        #[arg(long)]
        round: String,
    },
    /// Write a large synthetic workspace (for benchmarks), or the same data as a CSV file.
    #[command(hide = true)]
    Generate {
        #[arg(long, default_value_t = 342)]
        municipalities: usize,
        /// Assessments per municipality, over both rounds, on average.
        #[arg(long, default_value_t = 30)]
        respondents: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Write a long-format CSV file for `rijp import` instead of a workspace.
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
    },
}

fn workspace(cli_workspace: &Option<PathBuf>) -> Result<Workspace> {
    Ok(Workspace::at(match cli_workspace {
        Some(path) => path.clone(),
        None => Workspace::default_location()?,
    }))
}

fn load(workspace: &Workspace) -> Result<WorkspaceData> {
    let data = workspace.load()?;
    report_problems(&data, Lang::default());
    Ok(data)
}

/// Loads the workspace a command works on, and the language its output speaks: `--lang`,
/// else the workspace's setting, else Dutch.
fn open(cli_workspace: &Option<PathBuf>, cli_lang: Option<Lang>) -> Result<(WorkspaceData, Lang)> {
    let data = load(&workspace(cli_workspace)?)?;
    let lang = cli_lang.or(data.settings.language).unwrap_or_default();
    Ok((data, lang))
}

/// Damaged files are listed on stderr; the command goes on without them.
fn report_problems(data: &WorkspaceData, lang: Lang) {
    if data.problems.is_empty() {
        return;
    }
    eprintln!("{}", i18n::cli::texts(lang).damaged_files);
    for problem in &data.problems {
        eprintln!("  {problem}");
    }
}

pub fn run(cli: Cli) -> Result<ExitCode> {
    let Some(command) = cli.command else {
        let root = workspace(&cli.workspace)?.root().to_path_buf();
        rijp::tui::open(root, cli.lang)?;
        return Ok(ExitCode::SUCCESS);
    };
    match command {
        Command::Validate { files } => {
            Ok(validate::run_validate(&files, cli.lang.unwrap_or_default()))
        }
        Command::Demo => {
            let workspace = workspace(&cli.workspace)?;
            let questionnaire = Questionnaire::bundled()?;
            let files = demo::write_demo(&workspace, &questionnaire)?;
            let text = i18n::cli::texts(cli.lang.unwrap_or_default());
            say!(
                "{}",
                (text.demo_written)(&workspace.root().display().to_string(), files.len())
            );
            say!(
                "{}: rijp scores --workspace {}",
                text.demo_next,
                workspace.root().display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Import {
            file,
            mapping,
            sheet,
            make_mapping,
        } => {
            let options = rijp::ingest::import::ImportOptions {
                mapping: mapping.as_deref(),
                sheet: sheet.as_deref(),
            };
            run_import(&cli.workspace, cli.lang, &file, options, make_mapping)
        }
        Command::Scores {
            selection,
            benchmark,
            format,
            disagreement,
        } => {
            let (data, lang) = open(&cli.workspace, cli.lang)?;
            let request = selection.request(
                benchmark
                    .as_deref()
                    .map(BenchmarkChoice::parse)
                    .unwrap_or_default(),
            );
            let comparison = comparison::compare(&data, &request)?;
            let text = match (format, disagreement) {
                (ScoresFormat::Table, true) => {
                    rijp::render::disagreement::to_table(&data, &comparison, lang)
                }
                (ScoresFormat::Csv, true) => {
                    rijp::render::disagreement::to_csv(&data, &comparison)?
                }
                (ScoresFormat::Json, true) => {
                    rijp::render::disagreement::to_json(&data, &comparison)?
                }
                (ScoresFormat::Table, false) => {
                    scores::to_table(&comparison, &data.questionnaire, lang)
                }
                (ScoresFormat::Csv, false) => scores::to_csv(&comparison, &data.questionnaire)?,
                (ScoresFormat::Json, false) => scores::to_json(&comparison)?,
            };
            write_stdout(format_args!("{text}"));
            Ok(ExitCode::SUCCESS)
        }
        Command::Report {
            out,
            selection,
            benchmark,
            since,
        } => {
            let (data, lang) = open(&cli.workspace, cli.lang)?;
            let mut choices: Vec<BenchmarkChoice> = benchmark
                .unwrap_or_default()
                .iter()
                .map(|b| BenchmarkChoice::parse(b))
                .collect();
            let first = if choices.is_empty() {
                BenchmarkChoice::Default
            } else {
                choices.remove(0)
            };
            let request = report::ReportRequest {
                comparison: selection.request(first),
                extra_benchmarks: choices,
                since,
                lang,
            };
            let files = report::write_report(&data, &request, &out)?;
            say!("{}:", i18n::report::texts(lang).report_written);
            for file in files {
                say!("  {}", file.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::ExportData {
            format,
            out,
            delimiter,
        } => run_export_data(&cli.workspace, cli.lang, format, out, delimiter),
        Command::Export {
            out,
            format,
            selection,
            benchmark,
            size,
        } => {
            let (data, lang) = open(&cli.workspace, cli.lang)?;
            let request = selection.request(
                benchmark
                    .as_deref()
                    .map(BenchmarkChoice::parse)
                    .unwrap_or_default(),
            );
            let options = ExportOptions {
                out_dir: out,
                formats: format.unwrap_or_default(),
                chart: size.unwrap_or_default().options(lang),
            };
            let progress = Progress::new();
            let files =
                charts::export_all_with_progress(&data, &request, &options, &|done, total| {
                    progress.update(done, total)
                });
            progress.finish();
            for file in files? {
                say!("{}", file.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Record {
            organisation,
            respondent,
            round,
        } => {
            let workspace = workspace(&cli.workspace)?;
            let data = load(&workspace)?;
            let respondent = record::Respondent {
                organisation,
                name: respondent,
                round,
                role: Role::Other,
            };
            record::record_answers(
                &workspace,
                &data.questionnaire,
                &respondent,
                std::io::stdin().lock(),
                &mut std::io::stdout().lock(),
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Generate {
            municipalities,
            respondents,
            seed,
            csv,
        } => {
            let questionnaire = Questionnaire::bundled()?;
            let (written, target) = match csv {
                Some(file) => (
                    demo::write_synthetic_csv(
                        &file,
                        &questionnaire,
                        municipalities,
                        respondents,
                        seed,
                    )?,
                    file,
                ),
                None => {
                    let workspace = workspace(&cli.workspace)?;
                    let written = demo::write_synthetic(
                        &workspace,
                        &questionnaire,
                        municipalities,
                        respondents,
                        seed,
                    )?;
                    (written, workspace.root().to_path_buf())
                }
            };
            say!("{written} assessments written to {}", target.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A progress bar on stderr that appears only when the work takes more than a moment (and
/// only on a terminal).
struct Progress {
    started: std::time::Instant,
    bar: std::sync::OnceLock<indicatif::ProgressBar>,
}

impl Progress {
    const PATIENCE: std::time::Duration = std::time::Duration::from_millis(300);

    fn new() -> Progress {
        Progress {
            started: std::time::Instant::now(),
            bar: std::sync::OnceLock::new(),
        }
    }

    fn update(&self, done: usize, total: usize) {
        if self.bar.get().is_none() && self.started.elapsed() < Self::PATIENCE {
            return;
        }
        let bar = self.bar.get_or_init(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len}") {
                bar.set_style(style);
            }
            bar
        });
        bar.set_position(done as u64);
    }

    fn finish(&self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}
