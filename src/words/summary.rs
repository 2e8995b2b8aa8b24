//! The summary a steering group reads first: at most ten sentences on where the partners
//! stand, who is ahead and behind on what, what changed and the largest gaps to targets,
//! in the way consultants' reports put it (model.md, "Rules for findings in words").

use crate::analysis::change::RoundChange;
use crate::analysis::comparison::{Comparison, OrganisationResult, VERDICT_PILLARS};
use crate::analysis::cooperation;
use crate::analysis::programme;
use crate::analysis::scoring::Verdict;
use crate::model::Lang;
use crate::model::names::short_names;
use crate::model::questionnaire::{QuadrantId, Questionnaire};
use crate::store::workspace::WorkspaceData;
use crate::words::findings::{FindingContext, in_sentence};
use crate::words::i18n::{self, format_deviation, join_names};

/// A summary never runs longer than this: a wethouder reads it in a minute.
pub const MAX_SENTENCES: usize = 10;
/// At most this many gaps to targets are named.
const MAX_GAPS: usize = 3;

/// The partners of a comparison (without the cooperation entry) with their short names as a
/// sentence names them: marked "indicatief (n = 1)" under three respondents (the privacy
/// rule marks such an organisation wherever it is named).
fn partners<'a>(
    data: &WorkspaceData,
    comparison: &'a Comparison,
    lang: Lang,
) -> Vec<(&'a OrganisationResult, String)> {
    let partners: Vec<&OrganisationResult> = comparison
        .organisations
        .iter()
        .filter(|o| !cooperation::is_cooperation(o))
        .collect();
    let names: Vec<(&str, Option<&str>)> = partners
        .iter()
        .map(|o| {
            let own = data
                .organisation(&o.id)
                .and_then(|org| org.short_name.as_deref());
            (o.name.as_str(), own)
        })
        .collect();
    partners
        .into_iter()
        .zip(short_names(&names))
        .map(|(org, short)| {
            let name = super::format::indicative_name(&short, org.scores.respondents, lang);
            (org, name)
        })
        .collect()
}

fn quadrant_name(questionnaire: &Questionnaire, quadrant: QuadrantId, lang: Lang) -> String {
    in_sentence(
        &questionnaire
            .quadrant(quadrant)
            .map(|def| def.name.get(lang).to_string())
            .unwrap_or_else(|| quadrant.id().to_string()),
    )
}

/// One sentence grouping the partners (and the benchmark) per quadrant, a second naming the
/// partners on the border of two quadrants, and the self-score caveat.
pub fn quadrant_sentences(
    data: &WorkspaceData,
    comparison: &Comparison,
    lang: Lang,
) -> Vec<String> {
    let texts = i18n::findings::texts(lang);
    let t = &texts.summary;
    let questionnaire = &data.questionnaire;
    let partners = partners(data, comparison, lang);
    let mut groups: Vec<String> = Vec::new();
    for quadrant in QuadrantId::ALL {
        let mut names: Vec<String> = partners
            .iter()
            // A partner on the border of two quadrants is never counted as inside one.
            .filter(|(org, _)| org.quadrant == Some(quadrant) && org.border.is_empty())
            .map(|(_, short)| short.clone())
            .collect();
        if comparison.benchmark.as_ref().and_then(|b| b.quadrant) == Some(quadrant) {
            names.push(t.the_benchmark.to_string());
        }
        if names.is_empty() {
            continue;
        }
        let name = quadrant_name(questionnaire, quadrant, lang);
        let list = join_names(lang, &names);
        groups.push(if groups.is_empty() {
            (t.group_first)(&list, names.len(), &name)
        } else {
            (t.group_next)(&list, &name)
        });
    }
    let mut sentences = Vec::new();
    if !groups.is_empty() {
        sentences.push(format!("{}.", groups.join("; ")));
    }
    // The partners on a border, grouped by the quadrants they lie between.
    let mut borders: Vec<(&[QuadrantId], Vec<String>)> = Vec::new();
    for (org, short) in partners.iter().filter(|(org, _)| !org.border.is_empty()) {
        match borders
            .iter_mut()
            .find(|(border, _)| *border == org.border.as_slice())
        {
            Some((_, names)) => names.push(short.clone()),
            None => borders.push((org.border.as_slice(), vec![short.clone()])),
        }
    }
    for (border, names) in borders {
        let quadrants: Vec<String> = border
            .iter()
            .map(|q| format!("‘{}’", quadrant_name(questionnaire, *q, lang)))
            .collect();
        sentences.push((t.groups_on_border)(
            &join_names(lang, &names),
            names.len(),
            &join_names(lang, &quadrants),
        ));
    }
    if !sentences.is_empty() {
        sentences.push(texts.self_score_caveat.to_string());
    }
    sentences
}

/// Per verdict pillar, who scores above and below the benchmark.
fn pillar_sentences(data: &WorkspaceData, comparison: &Comparison, lang: Lang) -> Vec<String> {
    let t = &i18n::findings::texts(lang).summary;
    if comparison.benchmark.is_none() {
        return Vec::new();
    }
    let partners = partners(data, comparison, lang);
    VERDICT_PILLARS
        .iter()
        .filter_map(|pillar_id| {
            let pillar = data.questionnaire.pillar(pillar_id)?;
            let with = |verdict: Verdict| -> Vec<String> {
                partners
                    .iter()
                    .filter(|(org, _)| {
                        org.verdict(pillar_id).and_then(|v| v.overall) == Some(verdict)
                    })
                    .map(|(_, short)| short.clone())
                    .collect()
            };
            let (above, below) = (with(Verdict::Above), with(Verdict::Below));
            Some((t.summary_pillar)(
                &in_sentence(pillar.name.get(lang)),
                (&join_names(lang, &above), above.len()),
                (&join_names(lang, &below), below.len()),
            ))
        })
        .collect()
}

/// Who changed clearly since the previous round: forward only, back only, or both.
fn change_sentences(
    data: &WorkspaceData,
    comparison: &Comparison,
    change: &RoundChange,
    lang: Lang,
) -> Vec<String> {
    let t = &i18n::findings::texts(lang).summary;
    if change.organisations.iter().any(|org| org.versions_differ()) {
        return vec![(t.summary_across_versions)(&change.previous_label)];
    }
    let named = partners(data, comparison, lang);
    let (mut forward, mut back, mut mixed) = (Vec::new(), Vec::new(), Vec::new());
    for org in &change.organisations {
        let clear = |progress: bool| {
            org.scales
                .iter()
                .any(|c| c.is_clear() && (c.delta > 0.0) == progress)
        };
        let Some(name) = named
            .iter()
            .find(|(partner, _)| partner.id == org.id)
            .map(|(_, name)| name.clone())
        else {
            continue;
        };
        match (clear(true), clear(false)) {
            (true, true) => mixed.push(name),
            (true, false) => forward.push(name),
            (false, true) => back.push(name),
            (false, false) => {}
        }
    }
    let mut sentences = Vec::new();
    if !(forward.is_empty() && back.is_empty() && !mixed.is_empty()) {
        sentences.push((t.summary_change)(
            &change.previous_label,
            &join_names(lang, &forward),
            &join_names(lang, &back),
        ));
    }
    if !mixed.is_empty() {
        sentences.push((t.summary_mixed)(&join_names(lang, &mixed), mixed.len()));
    }
    sentences
}

/// The largest gaps to the desired level over all partners, each partner named once with
/// its characteristics; a characteristic not measured reliably in this round says so.
fn gaps_sentences(context: &FindingContext) -> Vec<String> {
    let (data, comparison, lang) = (context.data, context.comparison, context.lang);
    let t = &i18n::findings::texts(lang).summary;
    let mut gaps: Vec<(String, String, f64)> = Vec::new();
    for (org, short) in partners(data, comparison, lang) {
        for gap in programme::gaps_of(&data.questionnaire, data, org) {
            if let Some(to_desired) = gap.to_desired.filter(|g| *g > 0.0) {
                gaps.push((short.clone(), gap.scale.clone(), to_desired));
            }
        }
    }
    if gaps.is_empty() {
        return Vec::new();
    }
    gaps.sort_by(|a, b| b.2.total_cmp(&a.2));
    gaps.truncate(MAX_GAPS);
    // Partners in the order of their largest gap, each with its gaps, largest first.
    let mut by_partner: Vec<(String, Vec<String>)> = Vec::new();
    for (org, scale, gap) in &gaps {
        let named = format!(
            "{} ({})",
            in_sentence(&data.questionnaire.scale_name(scale, lang)),
            format_deviation(lang, -gap)
        );
        match by_partner.iter_mut().find(|(known, _)| known == org) {
            Some((_, list)) => list.push(named),
            None => by_partner.push((org.clone(), vec![named])),
        }
    }
    let named: Vec<String> = by_partner
        .iter()
        .map(|(org, list)| (t.on_scale)(org, &join_names(lang, list)))
        .collect();
    let mut sentences = vec![(t.summary_gaps)(&join_names(lang, &named), named.len())];
    let weak: Vec<&(String, f64)> = context
        .weak_scales
        .iter()
        .filter(|(scale, _)| gaps.iter().any(|(_, named, _)| named == scale))
        .collect();
    if let Some(lowest) = weak.iter().map(|(_, alpha)| *alpha).reduce(f64::min) {
        let names: Vec<String> = weak
            .iter()
            .map(|(scale, _)| in_sentence(&data.questionnaire.scale_name(scale, lang)))
            .collect();
        let alpha = i18n::format_decimal(lang, lowest, 2);
        sentences.push((i18n::findings::texts(lang).pillars.weak_scales)(
            &join_names(lang, &names),
            names.len(),
            &alpha,
        ));
    }
    sentences
}

/// The summary of a comparison: at most [`MAX_SENTENCES`] sentences.
pub fn executive_summary(context: &FindingContext) -> Vec<String> {
    let (data, comparison, lang) = (context.data, context.comparison, context.lang);
    let mut sentences = quadrant_sentences(data, comparison, lang);
    sentences.extend(pillar_sentences(data, comparison, lang));
    if let Some(change) = &context.change {
        sentences.extend(change_sentences(data, comparison, change, lang));
    }
    sentences.truncate(MAX_SENTENCES);
    // The gaps and their caveat stand together or not at all.
    let gaps = gaps_sentences(context);
    if sentences.len() + gaps.len() <= MAX_SENTENCES {
        sentences.extend(gaps);
    }
    sentences
}
