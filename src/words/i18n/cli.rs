//! Messages of the command line.

use crate::words::i18n::Lang;

pub struct CliTexts {
    pub round: &'static str,
    pub benchmark: &'static str,
    pub cutoff: &'static str,
    pub organisation: &'static str,
    pub respondents: &'static str,
    pub quadrant: &'static str,
    pub culture: &'static str,
    pub leadership: &'static str,
    pub customer_experience_short: &'static str,
    pub operational_efficiency_short: &'static str,
    pub damaged_files: &'static str,
    pub unknown_answers: fn(usize) -> String,
    /// (folder, files written)
    pub demo_written: fn(&str, usize) -> String,
    pub demo_next: &'static str,
    pub import_done: &'static str,
    /// (assessments written, where)
    pub generated: fn(usize, &str) -> String,
    pub cannot_write_stdout: &'static str,
    pub percentile_customer: &'static str,
    pub percentile_operations: &'static str,
    /// Under a table with percentile ranks: (organisations in the benchmark)
    pub percentile_note: fn(usize) -> String,
}

pub const NL: CliTexts = CliTexts {
    round: "Ronde",
    benchmark: "Benchmark",
    cutoff: "Grens laag/hoog",
    organisation: "Organisatie",
    respondents: "Resp.",
    quadrant: "Kwadrant",
    culture: "Cultuur",
    leadership: "Leiderschap",
    customer_experience_short: "Klant",
    operational_efficiency_short: "Operatie",
    damaged_files: "Bestanden die niet gelezen konden worden (ongewijzigd gelaten):",
    unknown_answers: |n| {
        let answers = if n == 1 { "antwoord" } else { "antwoorden" };
        format!(
            "{n} {answers} op vragen die deze vragenlijstversie niet meer heeft (bewaard, niet gescoord)"
        )
    },
    demo_written: |folder, files| {
        if files == 1 {
            format!("Demo-samenwerking geschreven in {folder} (1 bestand)")
        } else {
            format!("Demo-samenwerking geschreven in {folder} ({files} bestanden)")
        }
    },
    demo_next: "Bekijk de scores met",
    import_done: "Geïmporteerd",
    generated: |n, target| {
        let assessments = if n == 1 {
            "beoordeling"
        } else {
            "beoordelingen"
        };
        format!("{n} {assessments} geschreven naar {target}")
    },
    cannot_write_stdout: "kan niet naar de standaarduitvoer schrijven",
    percentile_customer: "PR klant",
    percentile_operations: "PR operatie",
    percentile_note: |n| {
        format!(
            "PR: percentielrang, het deel van de {n} organisaties van de benchmark dat lager \
             scoort (in %), met het 95%-interval tussen haakjes; geen rangorde"
        )
    },
};

pub const EN: CliTexts = CliTexts {
    round: "Round",
    benchmark: "Benchmark",
    cutoff: "Low/high cut-off",
    organisation: "Organisation",
    respondents: "Resp.",
    quadrant: "Quadrant",
    culture: "Culture",
    leadership: "Leadership",
    customer_experience_short: "Customer",
    operational_efficiency_short: "Operations",
    damaged_files: "Files that could not be read (left untouched):",
    unknown_answers: |n| {
        let answers = if n == 1 { "answer" } else { "answers" };
        format!(
            "{n} {answers} to items this questionnaire version no longer has (kept, not scored)"
        )
    },
    demo_written: |folder, files| {
        if files == 1 {
            format!("Demo cooperation written to {folder} (1 file)")
        } else {
            format!("Demo cooperation written to {folder} ({files} files)")
        }
    },
    demo_next: "See the scores with",
    import_done: "Imported",
    generated: |n, target| {
        let assessments = if n == 1 { "assessment" } else { "assessments" };
        format!("{n} {assessments} written to {target}")
    },
    cannot_write_stdout: "cannot write to standard output",
    percentile_customer: "PR customer",
    percentile_operations: "PR operations",
    percentile_note: |n| {
        format!(
            "PR: percentile rank, the share of the benchmark's {n} organisations that score \
             lower (in %), with the 95 % interval in brackets; not a ranking"
        )
    },
};

pub fn texts(lang: Lang) -> &'static CliTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// The words of `rijp scores --disagreement`.
pub struct DisagreementTexts {
    pub mean: &'static str,
    pub dont_know: &'static str,
    pub not_applicable: &'static str,
    /// In place of the answer counts below five respondents.
    pub histogram_hidden: &'static str,
}

const DISAGREEMENT_NL: DisagreementTexts = DisagreementTexts {
    mean: "gem.",
    dont_know: "weet niet",
    not_applicable: "n.v.t.",
    histogram_hidden: "verdeling vanaf 5 respondenten",
};

const DISAGREEMENT_EN: DisagreementTexts = DisagreementTexts {
    mean: "mean",
    dont_know: "don't know",
    not_applicable: "n/a",
    histogram_hidden: "distribution from 5 respondents",
};

pub fn disagreement_texts(lang: Lang) -> &'static DisagreementTexts {
    match lang {
        Lang::Nl => &DISAGREEMENT_NL,
        Lang::En => &DISAGREEMENT_EN,
    }
}
