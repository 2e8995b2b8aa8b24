//! Messages of `rijp benchmark build`, and the words of a position in a distribution.

use std::path::Path;

use crate::analysis::benchmark_build::BuildError;
use crate::words::i18n::Lang;
use crate::words::i18n::errors::comparison_error;

/// Why a benchmark file was not built, in words.
pub fn build_error(lang: Lang, error: &BuildError) -> String {
    match (lang, error) {
        (_, BuildError::Round(round)) => comparison_error(lang, round),
        (Lang::Nl, BuildError::TooFew { available, minimum }) => format!(
            "een benchmark om te publiceren heeft minstens {minimum} organisaties met scores \
             nodig; deze ronde heeft er {available} (geen bestand geschreven)"
        ),
        (Lang::En, BuildError::TooFew { available, minimum }) => format!(
            "a benchmark to publish needs at least {minimum} organisations with scores; this \
             round has {available} (no file written)"
        ),
    }
}

/// The output file exists: it is never replaced.
pub fn out_exists(lang: Lang, file: &Path) -> String {
    match lang {
        Lang::Nl => format!(
            "{} bestaat al; kies een andere naam of haal het bestand weg (een benchmarkbestand \
             wordt nooit overschreven)",
            file.display()
        ),
        Lang::En => format!(
            "{} exists already; choose another name or remove the file (a benchmark file is \
             never overwritten)",
            file.display()
        ),
    }
}

/// (file, organisations) after writing.
pub fn written(lang: Lang, file: &Path, organisations: usize) -> String {
    match lang {
        Lang::Nl => format!(
            "Benchmark van {organisations} organisaties geschreven naar {}",
            file.display()
        ),
        Lang::En => format!(
            "Benchmark of {organisations} organisations written to {}",
            file.display()
        ),
    }
}

/// A segment left out: too few organisations for the minimum.
pub fn segment_left_out(lang: Lang, segment: &str, available: usize, minimum: usize) -> String {
    let organisations_nl = if available == 1 {
        "organisatie"
    } else {
        "organisaties"
    };
    let organisations_en = if available == 1 {
        "organisation"
    } else {
        "organisations"
    };
    match lang {
        Lang::Nl => format!(
            "Segment {segment} weggelaten: {available} {organisations_nl}, minder dan het \
             minimum van {minimum}"
        ),
        Lang::En => format!(
            "Segment {segment} left out: {available} {organisations_en}, fewer than the \
             minimum of {minimum}"
        ),
    }
}
