//! Validation of a parsed questionnaire file: every problem is collected (not just the first)
//! with its line and column, so `rijp validate` can list them all at once.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde_saphyr::Spanned;

use super::file::{QuestionnaireFile, TextFile};
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

/// One problem in a questionnaire file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub line: u64,
    pub column: u64,
    pub message: String,
}

/// A questionnaire file that cannot be used, with every problem found.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct ValidationError {
    pub file: PathBuf,
    pub problems: Vec<Problem>,
}

impl ValidationError {
    pub fn single(file: &Path, line: u64, column: u64, message: String) -> Self {
        Self {
            file: file.to_path_buf(),
            problems: vec![Problem {
                line,
                column,
                message,
            }],
        }
    }

    /// One `FILE:LINE:COLUMN: message` line per problem.
    pub fn lines(&self) -> Vec<String> {
        self.problems
            .iter()
            .map(|problem| {
                format!(
                    "{}:{}:{}: {}",
                    self.file.display(),
                    problem.line,
                    problem.column,
                    problem.message
                )
            })
            .collect()
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines().join("\n"))
    }
}

struct Checker {
    problems: Vec<Problem>,
    ids: HashMap<String, (u64, u64)>,
}

impl Checker {
    fn report<T>(&mut self, at: &Spanned<T>, message: String) {
        self.problems.push(Problem {
            line: at.referenced.line(),
            column: at.referenced.column(),
            message,
        });
    }

    fn text(&mut self, text: &Spanned<TextFile>, what: &str) -> Text {
        self.translations(&text.value.nl, &text.value.en, text, what)
    }

    fn translations<T>(
        &mut self,
        nl: &Option<String>,
        en: &Option<String>,
        at: &Spanned<T>,
        what: &str,
    ) -> Text {
        let mut get = |value: &Option<String>, lang: &str| -> String {
            match value.as_deref().map(str::trim) {
                Some(value) if !value.is_empty() => value.to_string(),
                _ => {
                    self.problems.push(Problem {
                        line: at.referenced.line(),
                        column: at.referenced.column(),
                        message: format!("missing translation '{lang}' for {what}"),
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

    fn optional_text(&mut self, text: &Option<Spanned<TextFile>>, what: &str) -> Text {
        match text {
            Some(text) => self.text(text, what),
            None => Text::default(),
        }
    }

    /// Registers an id that must be unique across the whole questionnaire (pillars, scales and
    /// items share one namespace, because answers and reports refer to them by id alone).
    fn unique_id(&mut self, id: &Spanned<String>, kind: &str) -> String {
        let value = id.value.trim().to_string();
        let valid = !value.is_empty()
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !valid {
            self.report(
                id,
                format!("invalid {kind} id '{value}': use lowercase letters, digits, '_' or '-'"),
            );
        }
        let here = (id.referenced.line(), id.referenced.column());
        if let Some((line, column)) = self.ids.get(&value).copied() {
            self.report(
                id,
                format!("duplicate id '{value}' (first used at line {line}, column {column})"),
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
        check.report(&raw.id, "the questionnaire id is empty".to_string());
    }
    if raw.version.value == 0 {
        check.report(&raw.version, "version must be 1 or higher".to_string());
    }
    let title = check.text(&raw.title, "the title");
    let description = check.optional_text(&raw.description, "the description");

    let answer_scale = {
        let scale = &raw.answer_scale.value;
        let (min, max) = (scale.min.value, scale.max.value);
        let valid = (0..=10).contains(&min) && (0..=10).contains(&max) && min < max;
        if !valid {
            check.report(
                &raw.answer_scale,
                format!("unknown scale {min}..{max}: min and max must be whole numbers 0-10 with min < max"),
            );
        }
        let mut labels = Vec::new();
        for label in &scale.labels {
            let value = label.value.value.value;
            if value < min || value > max {
                check.report(
                    &label.value.value,
                    format!("label value {value} is outside the scale {min}..{max}"),
                );
                continue;
            }
            let text = check.translations(
                &label.value.nl,
                &label.value.en,
                label,
                &format!("label {value}"),
            );
            labels.push((value as u8, text));
        }
        AnswerScale {
            min: min.clamp(0, 10) as u8,
            max: max.clamp(0, 10) as u8,
            labels,
            dont_know: check.text(&scale.dont_know, "'don't know'"),
            not_applicable: scale
                .not_applicable
                .as_ref()
                .map(|text| check.text(text, "'not applicable'")),
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
                Err(message) => {
                    check.report(&cutoff.value.rule, message);
                    CutoffRule::Midpoint
                }
            };
            let midpoint = match &cutoff.value.midpoint {
                Some(midpoint) if (0.0..=100.0).contains(&midpoint.value) => midpoint.value,
                Some(midpoint) => {
                    check.report(midpoint, "midpoint must lie between 0 and 100".to_string());
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
                format!(
                    "unknown quadrant '{}': use traditional, industrialised, integrated_experience or future_ready",
                    quadrant.value.id.value
                ),
            );
            continue;
        };
        if quadrants.iter().any(|q: &QuadrantDef| q.id == id) {
            check.report(
                &quadrant.value.id,
                format!("duplicate quadrant '{}'", id.id()),
            );
            continue;
        }
        quadrants.push(QuadrantDef {
            id,
            name: check.text(&quadrant.value.name, &format!("quadrant '{}'", id.id())),
            description: check.optional_text(
                &quadrant.value.description,
                &format!("quadrant '{}'", id.id()),
            ),
        });
    }
    for missing in QuadrantId::ALL
        .into_iter()
        .filter(|id| !quadrants.iter().any(|q| q.id == *id))
    {
        check.report(
            &raw.quadrants,
            format!("quadrant '{}' is missing", missing.id()),
        );
    }

    let mut themes = Vec::new();
    for theme in &raw.themes {
        let id = check.unique_id(&theme.value.id, "theme");
        let name = check.text(&theme.value.name, &format!("theme '{id}'"));
        themes.push(Theme { id, name });
    }
    let theme_ids: HashSet<String> = themes.iter().map(|t| t.id.clone()).collect();

    let mut pillars = Vec::new();
    for pillar in &raw.pillars.value {
        let pillar_id = check.unique_id(&pillar.value.id, "pillar");
        let name = check.text(&pillar.value.name, &format!("pillar '{pillar_id}'"));
        let description =
            check.optional_text(&pillar.value.description, &format!("pillar '{pillar_id}'"));
        let mut scales = Vec::new();
        for scale in &pillar.value.scales.value {
            let scale_id = check.unique_id(&scale.value.id, "scale");
            let what = format!("'{scale_id}'");
            let scale_name = check.text(&scale.value.name, &what);
            let scale_description = check.optional_text(&scale.value.description, &what);
            let mut scale_themes = Vec::new();
            for theme in &scale.value.themes {
                if theme_ids.contains(theme.value.trim()) {
                    scale_themes.push(theme.value.trim().to_string());
                } else {
                    check.report(
                        theme,
                        format!("unknown reference: theme '{}' is not defined", theme.value),
                    );
                }
            }
            let guidance = scale
                .value
                .guidance
                .as_ref()
                .map(|text| check.text(text, &format!("the guidance of '{scale_id}'")));
            let mut items = Vec::new();
            for item in &scale.value.items.value {
                let item_id = check.unique_id(&item.value.id, "item");
                let text = check.text(&item.value.text, &format!("item '{item_id}'"));
                let help = item
                    .value
                    .help
                    .as_ref()
                    .map(|text| check.text(text, &format!("the help of item '{item_id}'")));
                let same_as = item.value.same_as.as_ref().map(|same_as| {
                    let target = same_as.value.trim().to_string();
                    let found = earlier
                        .iter()
                        .filter(|q| q.id == raw.id.value.trim() && q.version < raw.version.value)
                        .any(|q| q.scale(&scale_id).is_some_and(|s| s.items.iter().any(|i| i.id == target)));
                    if !found {
                        check.report(
                            same_as,
                            format!(
                                "unknown reference: same_as '{target}' is not an item of '{scale_id}' in an earlier version of '{}'",
                                raw.id.value.trim()
                            ),
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
                    format!(
                        "'{scale_id}' has no reverse-worded item: give every dimension and characteristic one (reverse: true), to catch agreeing with everything"
                    ),
                );
            }
            if items.len() < MIN_ITEMS_PER_SCALE {
                check.report(
                    &scale.value.id,
                    format!(
                        "'{scale_id}' has {} items; a dimension or characteristic needs at least {MIN_ITEMS_PER_SCALE}",
                        items.len()
                    ),
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
                format!("pillar '{pillar_id}' has no dimensions or characteristics"),
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
            check.report(&raw.pillars, format!("pillar '{required}' is missing"));
        }
    }
    if let Some(ambition) = pillars.iter().find(|p| p.id == super::AMBITION) {
        for dimension in [super::CUSTOMER_EXPERIENCE, super::OPERATIONAL_EFFICIENCY] {
            if !ambition.scales.iter().any(|s| s.id == dimension) {
                check.report(
                    &raw.pillars,
                    format!("pillar 'ambition' must have the dimension '{dimension}'"),
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
    };
    questionnaire.build_index();
    Ok(questionnaire)
}
