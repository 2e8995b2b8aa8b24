//! Validation of a parsed questionnaire file: every problem is collected (not just the first)
//! with its line and column, so `rijp validate` can list them all at once.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde_saphyr::Spanned;

use super::file::{QuestionnaireFile, TextFile};
pub use super::problem::{IdKind, ProblemKind, Subject};
use super::{Questionnaire, Text};

mod pillars;
mod settings;

/// Fewer items than this cannot make a reliable scale (the model's minimum).
pub const MIN_ITEMS_PER_SCALE: usize = 4;

/// Which rules a questionnaire must meet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rules {
    /// Every rule, as `rijp validate` checks a questionnaire before a new round is fielded.
    Strict,
    /// What a questionnaire needs to be used: rules of good practice added since (one
    /// reverse-worded item per scale) do not apply, so workspaces whose rounds were collected
    /// with an older questionnaire keep loading.
    Usable,
}

/// One problem in a questionnaire file, at its line and column (0 when it has none).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub line: u64,
    pub column: u64,
    pub kind: ProblemKind,
}

/// A questionnaire file that cannot be used, with every problem found.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct ValidationError {
    pub file: PathBuf,
    pub problems: Vec<Problem>,
}

impl ValidationError {
    pub fn single(file: &Path, line: u64, column: u64, kind: ProblemKind) -> Self {
        Self {
            file: file.to_path_buf(),
            problems: vec![Problem { line, column, kind }],
        }
    }
}

/// Only the place and the problem as data: people read it through the words layer
/// (`words::i18n::questionnaire`), in their own language.
impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, problem) in self.problems.iter().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            write!(
                f,
                "{}:{}:{}: {:?}",
                self.file.display(),
                problem.line,
                problem.column,
                problem.kind
            )?;
        }
        Ok(())
    }
}

/// Collects every problem while the file is read into a questionnaire; the checks of each
/// part of the file are in `settings` and `pillars`.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    ids: HashMap<String, (u64, u64)>,
}

impl Checker {
    fn report<T>(&mut self, at: &Spanned<T>, kind: ProblemKind) {
        self.problems.push(Problem {
            line: at.referenced.line(),
            column: at.referenced.column(),
            kind,
        });
    }

    fn text(&mut self, text: &Spanned<TextFile>, what: Subject) -> Text {
        self.translations(&text.value.nl, &text.value.en, text, what)
    }

    fn translations<T>(
        &mut self,
        nl: &Option<String>,
        en: &Option<String>,
        at: &Spanned<T>,
        what: Subject,
    ) -> Text {
        let mut get = |value: &Option<String>, lang: &'static str| -> String {
            match value.as_deref().map(str::trim) {
                Some(value) if !value.is_empty() => value.to_string(),
                _ => {
                    self.problems.push(Problem {
                        line: at.referenced.line(),
                        column: at.referenced.column(),
                        kind: ProblemKind::MissingTranslation {
                            lang,
                            subject: what.clone(),
                        },
                    });
                    String::new()
                }
            }
        };
        Text {
            nl: get(nl, "nl"),
            en: get(en, "en"),
        }
    }

    fn optional_text(&mut self, text: &Option<Spanned<TextFile>>, what: Subject) -> Text {
        match text {
            Some(text) => self.text(text, what),
            None => Text::default(),
        }
    }

    /// Registers an id that must be unique across the whole questionnaire (pillars, scales and
    /// items share one namespace, because answers and reports refer to them by id alone).
    fn unique_id(&mut self, id: &Spanned<String>, kind: IdKind) -> String {
        let value = id.value.trim().to_string();
        let valid = !value.is_empty()
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !valid {
            self.report(
                id,
                ProblemKind::InvalidId {
                    kind,
                    id: value.clone(),
                },
            );
        }
        let here = (id.referenced.line(), id.referenced.column());
        if let Some((line, column)) = self.ids.get(&value).copied() {
            self.report(
                id,
                ProblemKind::DuplicateId {
                    id: value.clone(),
                    line,
                    column,
                },
            );
        } else {
            self.ids.insert(value.clone(), here);
        }
        value
    }

    /// The problems in the order of the file (problems at one place in the order found), or
    /// nothing when the file is usable.
    fn finish(self, path: &Path) -> Result<(), ValidationError> {
        if self.problems.is_empty() {
            return Ok(());
        }
        let mut problems = self.problems;
        problems.sort_by_key(|p| (p.line, p.column));
        Err(ValidationError {
            file: path.to_path_buf(),
            problems,
        })
    }
}

pub(super) fn validate(
    path: &Path,
    raw: QuestionnaireFile,
    rules: Rules,
    earlier: &[Questionnaire],
) -> Result<Questionnaire, ValidationError> {
    let mut check = Checker::default();
    let id = raw.id.value.trim().to_string();
    if id.is_empty() {
        check.report(&raw.id, ProblemKind::EmptyId);
    }
    if raw.version.value == 0 {
        check.report(&raw.version, ProblemKind::VersionZero);
    }
    let title = check.text(&raw.title, Subject::Title);
    let description = check.optional_text(&raw.description, Subject::Description);
    let answer_scale = check.answer_scale(&raw.answer_scale);
    let cutoff = check.cutoff(raw.cutoff.as_ref());
    let quadrants = check.quadrants(&raw.quadrants);
    let themes = check.themes(&raw.themes);
    let scale_rules = pillars::ScaleRules {
        rules,
        offers_not_applicable: answer_scale.not_applicable.is_some(),
        themes: themes.iter().map(|t| t.id.clone()).collect(),
        questionnaire: &id,
        earlier_versions: earlier
            .iter()
            .filter(|q| q.id == id && q.version < raw.version.value)
            .collect(),
    };
    let pillars = check.pillars(&raw.pillars, &scale_rules);
    let protocol = check.protocol(raw.protocol.as_ref());
    check.finish(path)?;
    let flags_not_applicable = pillars
        .iter()
        .flat_map(|pillar| &pillar.scales)
        .flat_map(|scale| &scale.items)
        .any(|item| item.not_applicable);
    let mut questionnaire = Questionnaire {
        id,
        version: raw.version.value,
        title,
        description,
        answer_scale,
        cutoff,
        quadrants,
        themes,
        protocol,
        pillars,
        flags_not_applicable,
        item_index: HashMap::new(),
        scale_index: HashMap::new(),
        score_ids: Default::default(),
    };
    questionnaire.build_index();
    Ok(questionnaire)
}
