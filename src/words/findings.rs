//! Findings in words, in Dutch or English, in the register of a consultant's report: the
//! quadrant and what it means, per pillar below/at/above the benchmark with the
//! characteristics furthest above and below, the clearest changes since the previous round,
//! the largest gaps to target and the respondent disagreement worth discussing.
//!
//! Everything is read from a [`Comparison`] and what is derived from it (change, respondent
//! profile, gaps); nothing is scored here.

use anyhow::Result;
use serde::Serialize;

use crate::analysis::change::{self, RoundChange};
use crate::analysis::comparison::{Comparison, OrganisationResult};
use crate::analysis::cooperation;
use crate::analysis::reliability;
use crate::analysis::respondents;
use crate::analysis::scoring::PillarVerdict;
use crate::model::questionnaire::{CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY, Questionnaire};
use crate::model::questionnaire::{Pillar, QuadrantId};
use crate::store::workspace::WorkspaceData;
use crate::words::i18n::{self, Lang, format_deviation, format_score, join_names};

mod sections;

/// At most this many names in one list: a sentence naming more stops being read.
pub const MAX_NAMES: usize = 4;
/// Guidance ("Hoger scoren?") is given for at most this many characteristics furthest below.
const MAX_GUIDANCE: usize = 2;
/// At most this many role differences are named.
const MAX_ROLE_GAPS: usize = 2;

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    Quadrant,
    Pillar,
    Change,
    Targets,
    Respondents,
}

/// One paragraph of findings: a heading and its sentences.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    pub heading: String,
    pub text: String,
}

/// What findings are written from: the comparison, and the change since the previous round
/// when there is one. Build it once to write findings for many organisations.
pub struct FindingContext<'a> {
    pub comparison: &'a Comparison,
    pub data: &'a WorkspaceData,
    pub change: Option<RoundChange>,
    pub lang: Lang,
    /// Scales measured unreliably in this round (Cronbach's alpha below the threshold),
    /// with their alpha: a finding resting on one says so.
    pub weak_scales: Vec<(String, f64)>,
}

impl<'a> FindingContext<'a> {
    /// Computes the change since the previous round (if any).
    pub fn new(
        comparison: &'a Comparison,
        data: &'a WorkspaceData,
        lang: Lang,
    ) -> Result<FindingContext<'a>> {
        let change = change::since_previous(data, comparison, &cooperation_name(data, lang))?;
        Ok(FindingContext::with_change(comparison, data, change, lang))
    }

    /// With the change already known (or without one).
    pub fn with_change(
        comparison: &'a Comparison,
        data: &'a WorkspaceData,
        change: Option<RoundChange>,
        lang: Lang,
    ) -> FindingContext<'a> {
        let partners: Vec<String> = comparison
            .organisations
            .iter()
            .filter(|o| !cooperation::is_cooperation(o))
            .map(|o| o.id.clone())
            .collect();
        let weak_scales = reliability::for_round(data, &comparison.round, &partners)
            .into_iter()
            .filter(|scale| scale.is_low())
            .filter_map(|scale| scale.alpha.map(|alpha| (scale.scale, alpha)))
            .collect();
        FindingContext {
            comparison,
            data,
            change,
            lang,
            weak_scales,
        }
    }
}

/// The cooperation entry's name: the workspace's name, or a generic one. A name that ends
/// in a remark in brackets takes the marker inside them, so brackets never double.
pub fn cooperation_name(data: &WorkspaceData, lang: Lang) -> String {
    let texts = i18n::report::texts(lang);
    match data.settings.name.as_deref().map(str::trim) {
        Some(name) if name.ends_with(')') && name.contains(" (") => {
            format!("{}; {})", &name[..name.len() - 1], texts.cooperation_marker)
        }
        Some(name) if !name.is_empty() => format!("{name} ({})", texts.cooperation_marker),
        _ => texts.cooperation_generic.to_string(),
    }
}

/// Whom findings are about: one organisation of the comparison, or the cooperation as a
/// whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject<'a> {
    Organisation(&'a str),
    Cooperation,
}

/// The findings for one organisation of a comparison, or for the cooperation. Empty when the
/// organisation is not in the comparison. When the previous round cannot be compared, the
/// change finding is left out.
pub fn for_organisation(
    comparison: &Comparison,
    data: &WorkspaceData,
    subject: Subject,
    lang: Lang,
) -> Vec<Finding> {
    let change = change::since_previous(data, comparison, &cooperation_name(data, lang))
        .ok()
        .flatten();
    let context = FindingContext::with_change(comparison, data, change, lang);
    write(&context, subject)
}

/// The findings for one organisation, or for the cooperation.
pub fn write(context: &FindingContext, subject: Subject) -> Vec<Finding> {
    let questionnaire = &context.data.questionnaire;
    let entry;
    let organisation = match subject {
        Subject::Cooperation => {
            let name = cooperation_name(context.data, context.lang);
            entry = cooperation::for_comparison(context.comparison, questionnaire, &name);
            entry.as_ref()
        }
        Subject::Organisation(id) => context.comparison.organisation(id),
    };
    let Some(organisation) = organisation else {
        return Vec::new();
    };
    let is_cooperation = cooperation::is_cooperation(organisation);
    let writer = Writer {
        questionnaire,
        lang: context.lang,
        texts: i18n::findings::texts(context.lang),
    };
    let mut findings = vec![if is_cooperation {
        writer.cooperation_quadrant(context.comparison, organisation)
    } else {
        writer.quadrant(context.comparison, organisation)
    }];
    findings.extend(writer.pillars(organisation, &context.weak_scales));
    if let Some(change) = &context.change {
        let own = if is_cooperation {
            change.cooperation.as_ref()
        } else {
            change.organisation(&organisation.id)
        };
        findings.extend(writer.change(
            context.comparison,
            change,
            organisation,
            own,
            is_cooperation,
            &context.weak_scales,
        ));
    }
    if !is_cooperation {
        findings.extend(writer.targets(context.data, organisation, &context.weak_scales));
        findings.push(writer.respondents(organisation));
    }
    findings
}

struct Writer<'a> {
    questionnaire: &'a Questionnaire,
    lang: Lang,
    texts: &'static i18n::findings::FindingTexts,
}

/// A name as it reads mid-sentence: the first letter in lower case (names of
/// characteristics and quadrants read as common nouns), and quoted when it holds a comma, so
/// a list of names never breaks on it ('digitaal, tenzij').
pub fn in_sentence(name: &str) -> String {
    let mut chars = name.chars();
    let lowered: String = match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    };
    if lowered.contains(',') {
        format!("‘{lowered}’")
    } else {
        lowered
    }
}

impl Writer<'_> {
    /// An organisation as the subject of a sentence; the cooperation without a name of its
    /// own is "de samenwerking als geheel", not its capitalised label.
    fn subject_name(&self, org: &OrganisationResult) -> String {
        let generic = i18n::report::texts(self.lang).cooperation_generic;
        if cooperation::is_cooperation(org) && org.name == generic {
            self.texts.change.the_cooperation.to_string()
        } else {
            org.name.clone()
        }
    }

    fn name(&self, scale_id: &str) -> String {
        in_sentence(&self.questionnaire.scale_name(scale_id, self.lang))
    }

    /// "name (+4,2)" for each, at most [`MAX_NAMES`], joined naturally; and how many.
    fn list(&self, entries: &[(String, String)]) -> (String, usize) {
        self.list_at_most(entries, MAX_NAMES)
    }

    /// Every entry: the characteristics that stand out are already bounded by the stand-out
    /// margin, and the charts and tables name them all, so the words must too.
    fn list_all(&self, entries: &[(String, String)]) -> (String, usize) {
        self.list_at_most(entries, usize::MAX)
    }

    fn list_at_most(&self, entries: &[(String, String)], limit: usize) -> (String, usize) {
        // A tie with the last one named is named too: the list never splits equal figures.
        let cut = entries
            .get(limit.saturating_sub(1))
            .map(|(_, figure)| figure);
        let shown = entries
            .iter()
            .enumerate()
            .take_while(|(index, (_, figure))| *index < limit || Some(figure) == cut)
            .count();
        let named: Vec<String> = entries
            .iter()
            .take(shown)
            .map(|(id, figure)| format!("{} ({figure})", self.name(id)))
            .collect();
        (join_names(self.lang, &named), named.len())
    }

    /// A quadrant's name mid-sentence ('traditioneel').
    fn quadrant_name(&self, quadrant: QuadrantId) -> String {
        in_sentence(
            &self
                .questionnaire
                .quadrant(quadrant)
                .map(|def| def.name.get(self.lang).to_string())
                .unwrap_or_else(|| quadrant.id().to_string()),
        )
    }

    /// "‘a’ en ‘b’": quadrant names quoted and joined.
    fn quadrant_list(&self, quadrants: &[QuadrantId]) -> String {
        let names: Vec<String> = quadrants
            .iter()
            .map(|q| format!("‘{}’", self.quadrant_name(*q)))
            .collect();
        join_names(self.lang, &names)
    }

    fn quadrant(&self, comparison: &Comparison, org: &OrganisationResult) -> Finding {
        let t = &self.texts.quadrant;
        let position = org
            .mean(OPERATIONAL_EFFICIENCY)
            .zip(org.mean(CUSTOMER_EXPERIENCE));
        let mut text = match (org.quadrant, position) {
            (Some(quadrant), Some((x, y))) => {
                let (x_text, y_text) = (format_score(self.lang, x), format_score(self.lang, y));
                let border = comparison.cutoff.border(x, y, comparison.margins.at);
                let mut text = if border.is_empty() {
                    let mut text =
                        (t.quadrant)(&org.name, &self.quadrant_name(quadrant), &x_text, &y_text);
                    if let Some(def) = self.questionnaire.quadrant(quadrant) {
                        text = format!("{text} {}", def.description.get(self.lang));
                    }
                    text
                } else {
                    (t.quadrant_border)(&org.name, &self.quadrant_list(&border), &x_text, &y_text)
                };
                if let Some(benchmark_quadrant) =
                    comparison.benchmark.as_ref().and_then(|b| b.quadrant)
                {
                    text = format!(
                        "{text} {}",
                        (t.benchmark_quadrant)(&self.quadrant_name(benchmark_quadrant))
                    );
                }
                text
            }
            _ => (t.no_quadrant)(&org.name),
        };
        if org.scores.respondents < respondents::MIN_RESPONDENTS {
            text = format!("{text} {}", (self.texts.indicative)(org.scores.respondents));
        }
        Finding {
            kind: FindingKind::Quadrant,
            heading: t.heading.to_string(),
            text,
        }
    }

    /// The cooperation as a whole: first how its partners are spread over the quadrants,
    /// then where their mean falls, never as if the cooperation stood in one quadrant.
    fn cooperation_quadrant(&self, comparison: &Comparison, entry: &OrganisationResult) -> Finding {
        let t = &self.texts.quadrant;
        let partners: Vec<&OrganisationResult> = comparison
            .organisations
            .iter()
            .filter(|o| !cooperation::is_cooperation(o))
            .collect();
        // Partners on a border are counted apart, never as inside a quadrant.
        let mut counts: Vec<String> = QuadrantId::ALL
            .iter()
            .filter_map(|quadrant| {
                let count = partners
                    .iter()
                    .filter(|p| p.quadrant == Some(*quadrant) && p.border.is_empty())
                    .count();
                (count > 0).then(|| (t.in_quadrant_count)(count, &self.quadrant_name(*quadrant)))
            })
            .collect();
        let on_border = partners
            .iter()
            .filter(|p| p.quadrant.is_some() && !p.border.is_empty())
            .count();
        if on_border > 0 {
            counts.push((t.on_border_count)(on_border));
        }
        let mut sentences = Vec::new();
        let placed: Vec<QuadrantId> = partners.iter().filter_map(|p| p.quadrant).collect();
        if counts.len() == 1 && on_border == 0 && placed.len() == partners.len() {
            sentences.push((t.cooperation_together)(
                &self.quadrant_name(placed[0]),
                partners.len(),
            ));
        } else if !counts.is_empty() {
            sentences.push((t.cooperation_spread)(
                &join_names(self.lang, &counts),
                partners.len(),
            ));
        }
        match entry
            .mean(OPERATIONAL_EFFICIENCY)
            .zip(entry.mean(CUSTOMER_EXPERIENCE))
        {
            Some((x, y)) => {
                let border = comparison.cutoff.border(x, y, comparison.margins.at);
                let place = if border.is_empty() {
                    (t.in_quadrant)(&self.quadrant_name(comparison.cutoff.quadrant(x, y)))
                } else {
                    (t.on_border_of)(&self.quadrant_list(&border))
                };
                sentences.push((t.cooperation_position)(
                    &place,
                    &format_score(self.lang, x),
                    &format_score(self.lang, y),
                ));
            }
            None => sentences.push((t.no_quadrant)(&entry.name)),
        }
        sentences.push(self.texts.self_score_caveat.to_string());
        Finding {
            kind: FindingKind::Quadrant,
            heading: t.heading.to_string(),
            text: sentences.join(" "),
        }
    }

    fn pillars(&self, org: &OrganisationResult, weak_scales: &[(String, f64)]) -> Vec<Finding> {
        self.questionnaire
            .pillars
            .iter()
            .filter(|pillar| {
                crate::analysis::comparison::VERDICT_PILLARS.contains(&pillar.id.as_str())
            })
            .map(|pillar| Finding {
                kind: FindingKind::Pillar,
                heading: pillar.name.get(self.lang).to_string(),
                text: self.pillar(org, pillar, weak_scales),
            })
            .collect()
    }

    /// One pillar against the benchmark: the verdict, what stands out above and below, how to
    /// score higher, and how far the named characteristics can be trusted.
    fn pillar(
        &self,
        org: &OrganisationResult,
        pillar: &Pillar,
        weak_scales: &[(String, f64)],
    ) -> String {
        let t = &self.texts.pillars;
        let pillar_name = in_sentence(pillar.name.get(self.lang));
        let verdict = org.verdict(&pillar.id);
        let Some((overall, deviation)) = verdict.and_then(|v| v.overall.zip(v.mean_deviation))
        else {
            return (t.pillar_no_benchmark)(&pillar_name);
        };
        let mut sentences = vec![(t.pillar_verdict)(
            &pillar_name,
            &self.subject_name(org),
            i18n::domain::texts(self.lang).verdict(overall),
            &format_deviation(self.lang, deviation),
        )];
        let verdict = verdict.cloned().unwrap_or_default();
        sentences.extend(self.standing_out(org, &verdict));
        sentences.extend(self.guidance(&verdict.furthest_below));
        sentences.extend(self.weak_scale_note(&verdict, weak_scales));
        if org.scores.respondents < respondents::MIN_RESPONDENTS
            && !cooperation::is_cooperation(org)
        {
            sentences.push((self.texts.indicative)(org.scores.respondents));
        }
        sentences.join(" ")
    }

    /// The characteristics furthest above and furthest below the benchmark, with their
    /// deviations, or that none stands out.
    fn standing_out(&self, org: &OrganisationResult, verdict: &PillarVerdict) -> [String; 2] {
        let t = &self.texts.pillars;
        let listed = |ids: &[String]| -> Vec<(String, String)> {
            ids.iter()
                .map(|id| {
                    let d = org.deviations.get(id).copied().unwrap_or_default();
                    (id.clone(), format_deviation(self.lang, d))
                })
                .collect()
        };
        let (above, n_above) = self.list_all(&listed(&verdict.furthest_above));
        let (below, n_below) = self.list_all(&listed(&verdict.furthest_below));
        [
            if n_above > 0 {
                (t.furthest_above)(&above, n_above)
            } else {
                t.none_above.to_string()
            },
            if n_below > 0 {
                (t.furthest_below)(&below, n_below)
            } else {
                t.none_below.to_string()
            },
        ]
    }

    /// What high scorers do differently, next to what lags most.
    fn guidance(&self, furthest_below: &[String]) -> Vec<String> {
        furthest_below
            .iter()
            .take(MAX_GUIDANCE)
            .filter_map(|scale_id| {
                let guidance = self.questionnaire.scale(scale_id)?.guidance.as_ref()?;
                Some((self.texts.pillars.guidance)(
                    &self.name(scale_id),
                    guidance.get(self.lang),
                ))
            })
            .collect()
    }

    /// A warning when characteristics named above or below were not measured reliably in this
    /// round, with the lowest alpha among them.
    fn weak_scale_note(
        &self,
        verdict: &PillarVerdict,
        weak_scales: &[(String, f64)],
    ) -> Option<String> {
        let named: Vec<&String> = verdict
            .furthest_above
            .iter()
            .chain(&verdict.furthest_below)
            .collect();
        self.weak_named(&named, weak_scales)
    }

    /// A warning when characteristics a finding names were not measured reliably in this
    /// round (Cronbach's alpha below 0,7), with the lowest alpha among them.
    fn weak_named(&self, named: &[&String], weak_scales: &[(String, f64)]) -> Option<String> {
        let weak: Vec<&(String, f64)> = weak_scales
            .iter()
            .filter(|(scale, _)| named.contains(&scale))
            .collect();
        let lowest = weak.iter().map(|(_, alpha)| *alpha).reduce(f64::min)?;
        let names: Vec<String> = weak.iter().map(|(scale, _)| self.name(scale)).collect();
        let alpha = crate::words::i18n::format_decimal(self.lang, lowest, 2);
        Some((self.texts.pillars.weak_scales)(
            &join_names(self.lang, &names),
            names.len(),
            &alpha,
        ))
    }
}
