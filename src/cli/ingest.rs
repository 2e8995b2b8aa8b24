//! The `import` and `export-data` commands: a few lines each over the library, with every
//! message from the words layer.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, ValueEnum};

use rijp::ingest::export_data;
use rijp::ingest::import::{self, ImportError, ImportOptions};
use rijp::model::questionnaire::Questionnaire;
use rijp::store::atomic_file::{FileAction, failed};
use rijp::words::i18n::{self, Lang};

use super::{Session, write_stdout};

#[derive(Debug, Args)]
pub struct ImportArgs {
    file: PathBuf,
    #[arg(long)]
    sheet: Option<String>,
    #[arg(long, conflicts_with = "mapping")]
    make_mapping: bool,
    #[arg(long)]
    mapping: Option<PathBuf>,
    #[arg(long)]
    verbose: bool,
}

/// Imports a file, or writes a starter mapping for it.
pub fn run_import(session: &mut Session, args: ImportArgs) -> Result<ExitCode> {
    if args.make_mapping {
        return make_starter(session, &args.file, args.sheet.as_deref());
    }
    let workspace = session.workspace()?;
    std::fs::create_dir_all(workspace.root())
        .map_err(failed(FileAction::CreateFolder, workspace.root()))?;
    let data = session.load(&workspace)?;
    let lang = session.lang();
    let options = ImportOptions {
        mapping: args.mapping.as_deref(),
        sheet: args.sheet.as_deref(),
    };
    if args.file.is_dir() && args.mapping.is_none() {
        return import_folder(&workspace, &data, lang, &args.file, args.verbose);
    }
    match import::import(&workspace, &data, &args.file, options) {
        Ok(summary) => {
            for line in i18n::ingest::summary_lines(lang, &args.file, &summary) {
                say!("{line}");
            }
            say_files(&summary.files, args.verbose);
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => refused(lang, error),
    }
}

/// A folder of workbooks sent back filled in: each refused file is listed and adds nothing,
/// the others are imported.
fn import_folder(
    workspace: &rijp::store::workspace::Workspace,
    data: &rijp::store::workspace::WorkspaceData,
    lang: Lang,
    folder: &Path,
    verbose: bool,
) -> Result<ExitCode> {
    let files =
        import::returned::workbooks_in(folder).map_err(failed(FileAction::ReadFolder, folder))?;
    if files.is_empty() {
        let error = ImportError::single(
            folder,
            import::Place::File,
            import::ProblemKind::NoWorkbooks,
        );
        return refused(lang, error.into());
    }
    let done = import::import_workbooks(workspace, data, &files)?;
    if let Some(summary) = done.summary {
        for line in i18n::ingest::summary_lines(lang, folder, &summary) {
            say!("{line}");
        }
        say_files(&summary.files, verbose);
    }
    if done.refused.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!("{}", i18n::ingest::refused_text(lang, &done.refused));
    Ok(ExitCode::FAILURE)
}

/// The files an import wrote, with `--verbose` only: a national import writes thousands.
fn say_files(files: &[PathBuf], verbose: bool) {
    if verbose {
        for path in files {
            say!("  {}", path.display());
        }
    }
}

/// An import error in the user's language; any other error as it is.
fn refused(lang: Lang, error: anyhow::Error) -> Result<ExitCode> {
    match error.downcast_ref::<ImportError>() {
        Some(import_error) => {
            eprintln!("{}", i18n::ingest::error_text(lang, import_error));
            Ok(ExitCode::FAILURE)
        }
        None => Err(error),
    }
}

/// `import --make-mapping`: the starter mapping on standard output.
fn make_starter(session: &mut Session, file: &Path, sheet: Option<&str>) -> Result<ExitCode> {
    // Without a workspace yet, the bundled questionnaire.
    let workspace = session.workspace()?;
    let questionnaire = if workspace.root().exists() {
        session.load(&workspace)?.questionnaire
    } else {
        Questionnaire::bundled()?
    };
    let lang = session.lang();
    match import::starter::starter_for_file(file, sheet, &questionnaire) {
        Ok(starter) => {
            write_stdout(format_args!(
                "{}",
                i18n::ingest::starter_yaml(lang, file, &starter)
            ));
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => refused(lang, error.into()),
    }
}

#[derive(Debug, Args)]
pub struct ExportDataArgs {
    #[arg(long, value_enum)]
    format: ExportFormat,
    #[arg(long)]
    out: Option<PathBuf>,
    #[arg(long)]
    delimiter: Option<char>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
    Xlsx,
}

/// `export-data`: CSV files, one workbook or one JSON document.
pub fn run_export_data(session: &mut Session, args: ExportDataArgs) -> Result<ExitCode> {
    let data = session.open()?;
    let lang = session.lang();
    let t = i18n::ingest::texts(lang);
    let fail = |message: &str| {
        eprintln!("rijp: {message}");
        Ok(ExitCode::FAILURE)
    };
    let ExportDataArgs {
        format,
        out,
        delimiter,
    } = args;
    if delimiter.is_some() && !matches!(format, ExportFormat::Csv) {
        return fail(t.delimiter_only_csv);
    }
    let files = match (format, out) {
        (ExportFormat::Csv, Some(folder)) => {
            let delimiter = match delimiter.map(u8::try_from) {
                None => b',',
                Some(Ok(byte)) if byte.is_ascii() && !byte.is_ascii_alphanumeric() => byte,
                Some(_) => return fail(t.bad_delimiter),
            };
            export_data::write_csv_with(&data, &folder, delimiter)?
        }
        (ExportFormat::Csv, None) => return fail(t.csv_needs_folder),
        (ExportFormat::Xlsx, Some(file)) => {
            export_data::xlsx::write_xlsx(&data, &file)?;
            vec![file]
        }
        (ExportFormat::Xlsx, None) => return fail(t.xlsx_needs_file),
        (ExportFormat::Json, Some(file)) => {
            rijp::store::atomic_file::write_atomic(&file, export_data::to_json(&data)?.as_bytes())?;
            vec![file]
        }
        (ExportFormat::Json, None) => return json_to_stdout(lang, &export_data::to_json(&data)?),
    };
    say!("{}:", i18n::report::texts(lang).export_written);
    for file in files {
        say!("  {}", file.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// The JSON document on standard output. A reader that stops early (`| head`) is not an error.
fn json_to_stdout(lang: Lang, text: &str) -> Result<ExitCode> {
    let mut stdout = std::io::stdout().lock();
    match std::io::Write::write_all(&mut stdout, text.as_bytes()) {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!(
                "rijp: {}: {}",
                i18n::cli::texts(lang).cannot_write_stdout,
                i18n::errors::io_reason(lang, &error)
            );
            Ok(ExitCode::FAILURE)
        }
        _ => Ok(ExitCode::SUCCESS),
    }
}
