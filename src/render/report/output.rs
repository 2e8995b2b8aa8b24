//! Writing the report: the format from the file's extension, the charts drawn for print, and
//! the files written atomically.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::{
    Document, Figure, ReportError, ReportErrorKind, ReportInput, build, docx, markdown, pdf,
    to_html,
};
use crate::analysis::comparison::{self, BenchmarkChoice, ComparisonRequest};
use crate::render::charts::{self, ChartOptions, Medium};
use crate::store::atomic_file::write_atomic;
use crate::store::staged::write_atomic_all;
use crate::words::i18n::{self, Lang};

/// The report's file format, from the output file's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Html,
    Markdown,
    Docx,
    Pdf,
}

impl ReportFormat {
    /// The format `path` names; when it names none, why, in `lang`.
    pub fn from_path(path: &Path, lang: Lang) -> Result<ReportFormat, ReportError> {
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match extension.as_str() {
            "html" | "htm" => Ok(ReportFormat::Html),
            "md" | "markdown" => Ok(ReportFormat::Markdown),
            "docx" => Ok(ReportFormat::Docx),
            "pdf" => Ok(ReportFormat::Pdf),
            _ => Err(ReportError {
                lang,
                kind: ReportErrorKind::UnknownFormat {
                    file: path.to_path_buf(),
                },
            }),
        }
    }
}

/// The document as Markdown, with the figures it shows, to write into `chart_folder` beside
/// it (each as PNG and SVG).
pub fn to_markdown<'a>(document: &'a Document, chart_folder: &'a str) -> (String, Vec<&'a Figure>) {
    markdown::render(document, chart_folder)
}

/// The document as a Word file.
pub fn to_docx(document: &Document) -> Result<Vec<u8>> {
    docx::render(document)
}

/// The document as a tagged PDF for A4.
pub fn to_pdf(document: &Document) -> Result<Vec<u8>> {
    pdf::render(document)
}

/// Writes the report in the format its extension names; returns the files written.
pub fn write(document: &Document, path: &Path) -> Result<Vec<PathBuf>> {
    match ReportFormat::from_path(path, document.lang)? {
        ReportFormat::Html => {
            write_atomic(path, to_html(document).as_bytes())?;
            Ok(vec![path.to_path_buf()])
        }
        ReportFormat::Docx => {
            write_atomic(path, &to_docx(document)?)?;
            Ok(vec![path.to_path_buf()])
        }
        ReportFormat::Pdf => {
            write_atomic(path, &to_pdf(document)?)?;
            Ok(vec![path.to_path_buf()])
        }
        ReportFormat::Markdown => {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "rapport".to_string());
            let folder_name = format!("{stem}-charts");
            let (text, figures) = to_markdown(document, &folder_name);
            let folder = path.parent().unwrap_or(Path::new(".")).join(&folder_name);
            let mut files = Vec::new();
            for figure in figures {
                let png = folder.join(format!("{}.png", figure.file_stem));
                let bytes = figure.png().with_context(|| {
                    (i18n::report::error_texts(document.lang).cannot_render_chart)(
                        &png.display().to_string(),
                    )
                })?;
                files.push((png, bytes));
                let svg = folder.join(format!("{}.svg", figure.file_stem));
                files.push((svg, figure.svg.clone().into_bytes()));
            }
            write_atomic_all(&files)?;
            write_atomic(path, text.as_bytes())?;
            let mut written = vec![path.to_path_buf()];
            written.extend(files.into_iter().map(|(file, _)| file));
            Ok(written)
        }
    }
}

/// What the `report` command asks for.
#[derive(Clone, Debug, Default)]
pub struct ReportRequest {
    pub comparison: ComparisonRequest,
    /// Benchmarks listed beside the comparison's own.
    pub extra_benchmarks: Vec<BenchmarkChoice>,
    /// The earlier round to show change against; the previous round when `None`.
    pub since: Option<String>,
    pub lang: Lang,
}

/// How the report draws its charts: for print, without their own title block (the report
/// names round and benchmark on its title page and each figure in its caption).
pub fn chart_options(lang: Lang) -> ChartOptions {
    ChartOptions {
        titled: false,
        ..ChartOptions::for_medium(lang, Medium::Print)
    }
}

/// Builds the report a request asks for and writes it to `path` (`.html`, `.md`,
/// `.docx` or `.pdf`); returns the files written.
pub fn write_report(
    data: &crate::store::workspace::WorkspaceData,
    request: &ReportRequest,
    path: &Path,
) -> Result<Vec<PathBuf>> {
    ReportFormat::from_path(path, request.lang)?;
    let (comparison, previous) = charts::compare_with_previous(data, &request.comparison)?;
    let figures = charts::draw_charts(
        data,
        &comparison,
        previous.as_ref(),
        &chart_options(request.lang),
    )?;
    let mut extra_benchmarks = Vec::new();
    for choice in &request.extra_benchmarks {
        let other = comparison::compare(
            data,
            &ComparisonRequest {
                benchmark: choice.clone(),
                ..request.comparison.clone()
            },
        )?;
        extra_benchmarks.extend(other.benchmark.map(|b| b.benchmark));
    }
    let document = build(ReportInput {
        data,
        comparison: &comparison,
        extra_benchmarks,
        figures,
        since: request.since.clone(),
        lang: request.lang,
    })?;
    write(&document, path)
}
