//! Validation of a parsed questionnaire file: every problem is collected (not just the first)
//! with its line and column, so `rijp validate` can list them all at once.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde_saphyr::Spanned;

use super::file::{QuestionnaireFile, TextFile};
pub use super::problem::{IdKind, ProblemKind, Subject};
use super::{
    AnswerScale, CutoffRule, CutoffSetting, Item, Pillar, QuadrantDef, QuadrantId, Questionnaire,
    Scale, Text, Theme,
};

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
}

pub(super) fn validate(
    path: &Path,
    raw: QuestionnaireFile,
    rules: Rules,
    earlier: &[Questionnaire],
) -> Result<Questionnaire, ValidationError> {
    let mut check = Checker {
        problems: Vec::new(),
        ids: HashMap::new(),
    };

    let id = raw.id.value.trim().to_string();
    if id.is_empty() {
        check.report(&raw.id, ProblemKind::EmptyId);
    }
    if raw.version.value == 0 {
        check.report(&raw.version, ProblemKind::VersionZero);
    }
    let title = check.text(&raw.title, Subject::Title);
    let description = check.optional_text(&raw.description, Subject::Description);

    let answer_scale = {
        let scale = &raw.answer_scale.value;
        let (min, max) = (scale.min.value, scale.max.value);
        let valid = (0..=10).contains(&min) && (0..=10).contains(&max) && min < max;
        if !valid {
            check.report(&raw.answer_scale, ProblemKind::BadScale { min, max });
        }
        let mut labels = Vec::new();
        for label in &scale.labels {
            let value = label.value.value.value;
            if value < min || value > max {
                check.report(
                    &label.value.value,
                    ProblemKind::LabelOutside { value, min, max },
                );
                continue;
            }
            let text = check.translations(
                &label.value.nl,
                &label.value.en,
                label,
                Subject::Label(value),
            );
            labels.push((value as u8, text));
        }
        AnswerScale {
            min: min.clamp(0, 10) as u8,
            max: max.clamp(0, 10) as u8,
            labels,
            dont_know: check.text(&scale.dont_know, Subject::DontKnow),
            not_applicable: scale
                .not_applicable
                .as_ref()
                .map(|text| check.text(text, Subject::NotApplicable)),
        }
    };

    let cutoff = match &raw.cutoff {
        None => CutoffSetting {
            rule: CutoffRule::Midpoint,
            midpoint: 50.0,
        },
        Some(cutoff) => {
            let rule = match cutoff.value.rule.value.parse::<CutoffRule>() {
                Ok(rule) => rule,
                Err(_) => {
                    check.report(
                        &cutoff.value.rule,
                        ProblemKind::UnknownCutoffRule(cutoff.value.rule.value.clone()),
                    );
                    CutoffRule::Midpoint
                }
            };
            let midpoint = match &cutoff.value.midpoint {
                Some(midpoint) if (0.0..=100.0).contains(&midpoint.value) => midpoint.value,
                Some(midpoint) => {
                    check.report(midpoint, ProblemKind::MidpointOutside);
                    50.0
                }
                None => 50.0,
            };
            CutoffSetting { rule, midpoint }
        }
    };

    let mut quadrants = Vec::new();
    for quadrant in &raw.quadrants.value {
        let Some(id) = QuadrantId::ALL
            .into_iter()
            .find(|known| known.id() == quadrant.value.id.value)
        else {
            check.report(
                &quadrant.value.id,
                ProblemKind::UnknownQuadrant(quadrant.value.id.value.clone()),
            );
            continue;
        };
        if quadrants.iter().any(|q: &QuadrantDef| q.id == id) {
            check.report(
                &quadrant.value.id,
                ProblemKind::DuplicateQuadrant(id.id().to_string()),
            );
            continue;
        }
        quadrants.push(QuadrantDef {
            id,
            name: check.text(&quadrant.value.name, Subject::Quadrant(id.id().to_string())),
            description: check.optional_text(
                &quadrant.value.description,
                Subject::Quadrant(id.id().to_string()),
            ),
        });
    }
    for missing in QuadrantId::ALL
        .into_iter()
        .filter(|id| !quadrants.iter().any(|q| q.id == *id))
    {
        check.report(
            &raw.quadrants,
            ProblemKind::MissingQuadrant(missing.id().to_string()),
        );
    }

    let mut themes = Vec::new();
    for theme in &raw.themes {
        let id = check.unique_id(&theme.value.id, IdKind::Theme);
        let name = check.text(&theme.value.name, Subject::Theme(id.clone()));
        themes.push(Theme { id, name });
    }
    let theme_ids: HashSet<String> = themes.iter().map(|t| t.id.clone()).collect();

    let mut pillars = Vec::new();
    for pillar in &raw.pillars.value {
        let pillar_id = check.unique_id(&pillar.value.id, IdKind::Pillar);
        let name = check.text(&pillar.value.name, Subject::Pillar(pillar_id.clone()));
        let description = check.optional_text(
            &pillar.value.description,
            Subject::Pillar(pillar_id.clone()),
        );
        let mut scales = Vec::new();
        for scale in &pillar.value.scales.value {
            let scale_id = check.unique_id(&scale.value.id, IdKind::Scale);
            let what = Subject::Scale(scale_id.clone());
            let scale_name = check.text(&scale.value.name, what.clone());
            let scale_description = check.optional_text(&scale.value.description, what);
            let mut scale_themes = Vec::new();
            for theme in &scale.value.themes {
                if theme_ids.contains(theme.value.trim()) {
                    scale_themes.push(theme.value.trim().to_string());
                } else {
                    check.report(theme, ProblemKind::UnknownTheme(theme.value.clone()));
                }
            }
            let guidance = scale
                .value
                .guidance
                .as_ref()
                .map(|text| check.text(text, Subject::Guidance(scale_id.clone())));
            let mut items = Vec::new();
            for item in &scale.value.items.value {
                let item_id = check.unique_id(&item.value.id, IdKind::Item);
                let text = check.text(&item.value.text, Subject::Item(item_id.clone()));
                let help = item
                    .value
                    .help
                    .as_ref()
                    .map(|text| check.text(text, Subject::ItemHelp(item_id.clone())));
                let same_as = item.value.same_as.as_ref().map(|same_as| {
                    let target = same_as.value.trim().to_string();
                    let found = earlier
                        .iter()
                        .filter(|q| q.id == raw.id.value.trim() && q.version < raw.version.value)
                        .any(|q| {
                            q.scale(&scale_id)
                                .is_some_and(|s| s.items.iter().any(|i| i.id == target))
                        });
                    if !found {
                        check.report(
                            same_as,
                            ProblemKind::UnknownSameAs {
                                target: target.clone(),
                                scale: scale_id.clone(),
                                questionnaire: raw.id.value.trim().to_string(),
                            },
                        );
                    }
                    target
                });
                items.push(Item {
                    id: item_id,
                    text,
                    reverse: item.value.reverse,
                    help,
                    same_as,
                });
            }
            if rules == Rules::Strict && !items.is_empty() && !items.iter().any(|i| i.reverse) {
                check.report(
                    &scale.value.id,
                    ProblemKind::NoReverseItem(scale_id.clone()),
                );
            }
            if items.len() < MIN_ITEMS_PER_SCALE {
                check.report(
                    &scale.value.id,
                    ProblemKind::TooFewItems {
                        scale: scale_id.clone(),
                        items: items.len(),
                        minimum: MIN_ITEMS_PER_SCALE,
                    },
                );
            }
            scales.push(Scale {
                id: scale_id,
                name: scale_name,
                description: scale_description,
                themes: scale_themes,
                guidance,
                items,
            });
        }
        if scales.is_empty() {
            check.report(
                &pillar.value.id,
                ProblemKind::EmptyPillar(pillar_id.clone()),
            );
        }
        pillars.push(Pillar {
            id: pillar_id,
            name,
            description,
            scales,
        });
    }
    for required in super::REQUIRED_PILLARS {
        if !pillars.iter().any(|p| p.id == required) {
            check.report(
                &raw.pillars,
                ProblemKind::MissingPillar(required.to_string()),
            );
        }
    }
    if let Some(ambition) = pillars.iter().find(|p| p.id == super::AMBITION) {
        for dimension in [super::CUSTOMER_EXPERIENCE, super::OPERATIONAL_EFFICIENCY] {
            if !ambition.scales.iter().any(|s| s.id == dimension) {
                check.report(
                    &raw.pillars,
                    ProblemKind::MissingDimension(dimension.to_string()),
                );
            }
        }
    }

    if !check.problems.is_empty() {
        let mut problems = check.problems;
        problems.sort_by_key(|p| (p.line, p.column));
        return Err(ValidationError {
            file: path.to_path_buf(),
            problems,
        });
    }
    let mut questionnaire = Questionnaire {
        id,
        version: raw.version.value,
        title,
        description,
        answer_scale,
        cutoff,
        quadrants,
        themes,
        pillars,
        item_index: HashMap::new(),
        scale_index: HashMap::new(),
        score_ids: Default::default(),
    };
    questionnaire.build_index();
    Ok(questionnaire)
}
