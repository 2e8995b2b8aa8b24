//! The `import` and `export-data` commands: a few lines each over the library, with every
//! message from the words layer.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};

use rijp::ingest::export_data;
use rijp::ingest::import::{self, ImportError, ImportOptions};
use rijp::model::questionnaire::Questionnaire;
use rijp::words::i18n::{self, Lang};

use super::{ExportFormat, load, open, workspace, write_stdout};

/// Imports a file, or writes a starter mapping for it.
pub fn run_import(
    cli_workspace: &Option<PathBuf>,
    cli_lang: Option<Lang>,
    file: &Path,
    options: ImportOptions,
    make_mapping: bool,
) -> Result<ExitCode> {
    if make_mapping {
        return make_starter(cli_workspace, cli_lang, file, options.sheet);
    }
    let workspace = workspace(cli_workspace)?;
    std::fs::create_dir_all(workspace.root()).with_context(|| {
        let t = i18n::ingest::texts(cli_lang.unwrap_or_default());
        format!(
            "{} {}",
            t.cannot_create_workspace,
            workspace.root().display()
        )
    })?;
    let data = load(&workspace)?;
    let lang = cli_lang.or(data.settings.language).unwrap_or_default();
    match import::import(&workspace, &data, file, options) {
        Ok(summary) => {
            for line in i18n::ingest::summary_lines(lang, file, &summary) {
                say!("{line}");
            }
            for path in summary.files {
                say!("  {}", path.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => refused(lang, error),
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
fn make_starter(
    cli_workspace: &Option<PathBuf>,
    cli_lang: Option<Lang>,
    file: &Path,
    sheet: Option<&str>,
) -> Result<ExitCode> {
    // Without a workspace yet, the bundled questionnaire.
    let workspace = workspace(cli_workspace)?;
    let (questionnaire, lang) = if workspace.root().exists() {
        let data = load(&workspace)?;
        let lang = cli_lang.or(data.settings.language).unwrap_or_default();
        (data.questionnaire, lang)
    } else {
        let questionnaire = Questionnaire::bundled().map_err(|e| anyhow::anyhow!("{e}"))?;
        (questionnaire, cli_lang.unwrap_or_default())
    };
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

/// `export-data`: CSV files, one workbook or one JSON document.
pub fn run_export_data(
    cli_workspace: &Option<PathBuf>,
    cli_lang: Option<Lang>,
    format: ExportFormat,
    out: Option<PathBuf>,
    delimiter: Option<char>,
) -> Result<ExitCode> {
    let (data, lang) = open(cli_workspace, cli_lang)?;
    let t = i18n::ingest::texts(lang);
    let fail = |message: &str| {
        eprintln!("rijp: {message}");
        Ok(ExitCode::FAILURE)
    };
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
        (ExportFormat::Json, None) => {
            let text = export_data::to_json(&data)?;
            let mut stdout = std::io::stdout().lock();
            return match std::io::Write::write_all(&mut stdout, text.as_bytes()) {
                // A reader that stops early (`| head`) is not an error.
                Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(error).context("stdout")
                }
                _ => Ok(ExitCode::SUCCESS),
            };
        }
    };
    say!("{}:", i18n::report::texts(lang).export_written);
    for file in files {
        say!("  {}", file.display());
    }
    Ok(ExitCode::SUCCESS)
}
