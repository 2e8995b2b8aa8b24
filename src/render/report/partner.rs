//! One section per partner: profile, findings, scores with their spread, change since the
//! previous round, and gaps to targets.

use crate::analysis::benchmark::SizeClass;
use crate::analysis::comparison::OrganisationResult;
use crate::analysis::privacy::{self, StatementView};
use crate::analysis::programme;
use crate::analysis::protocol::{NotApplicableShare, RoleMix};
use crate::analysis::respondents::{self, Agreement, BasisNotes};
use crate::analysis::segments;
use crate::model::questionnaire::{
    CULTURE, CUSTOMER_EXPERIENCE, LEADERSHIP, OPERATIONAL_EFFICIENCY,
};
use crate::render::charts::ChartId;
use crate::render::report::{Block, ReportContext, Section, Table};
use crate::words::findings::{self, Subject};

/// A profile figure: whole numbers with thousands separators, others with one decimal.
fn number(ctx: &ReportContext, value: f64) -> String {
    crate::words::i18n::format_figure(ctx.lang, value)
}

fn profile(ctx: &ReportContext, org: &OrganisationResult) -> Table {
    let t = ctx.t;
    let mut table = Table::new(
        vec![t.indicator.to_string(), t.value.to_string()],
        // The values include sentences (who answered, against the protocol): they wrap.
        vec![false, false],
    )
    .with_caption((t.profile_caption)(&ctx.short(org)));
    let Some(organisation) = ctx.data.organisation(&org.id) else {
        return table;
    };
    let p = &organisation.profile;
    let rows: [(&str, Option<String>); 8] = [
        (t.inhabitants, p.inhabitants.map(|v| number(ctx, v as f64))),
        (
            t.size_class_label,
            p.inhabitants
                .map(|v| t.size_class(SizeClass::of(v)).to_string()),
        ),
        (t.staff_fte, p.staff_fte.map(|v| number(ctx, v))),
        (
            t.workstations,
            p.workstations.map(|v| number(ctx, v as f64)),
        ),
        (t.ict_budget, p.ict_budget_eur.map(|v| number(ctx, v))),
        (t.ict_staff_fte, p.ict_staff_fte.map(|v| number(ctx, v))),
        (
            t.business_applications,
            p.business_applications.map(|v| v.to_string()),
        ),
        (
            t.digital_satisfaction,
            // A grade: always with its decimal (8,0 beside 6,9).
            p.digital_satisfaction.map(|v| ctx.score(Some(v))),
        ),
    ];
    for (label, value) in rows {
        if let Some(value) = value {
            table.push(vec![label.to_string(), value]);
        }
    }
    if !organisation.cooperations.is_empty() {
        table.push(vec![
            t.cooperations.to_string(),
            organisation.cooperations.join(", "),
        ]);
    }
    for row in who_answered(ctx, org) {
        table.push(row);
    }
    table
}

/// The respondents per role (counts are not answers: shown at any size), held against the
/// respondent protocol, and how often "not applicable" was chosen where it was offered.
fn who_answered(ctx: &ReportContext, org: &OrganisationResult) -> Vec<Vec<String>> {
    let t = ctx.t;
    let words = crate::words::i18n::domain::texts(ctx.lang);
    let mix = RoleMix::of(ctx.questionnaire, org);
    let roles: Vec<String> = mix
        .roles
        .iter()
        .filter(|role| role.count > 0)
        .map(|role| (words.role_count)(role.role, role.count))
        .collect();
    let mut rows = vec![vec![
        t.respondents.to_string(),
        format!("{}: {}", org.respondents.len(), roles.join(", ")),
    ]];
    if mix.has_protocol() {
        let departures: Vec<String> = mix
            .departures()
            .iter()
            .map(|role| {
                let range = match role.quota {
                    Some(quota) if quota.min == quota.max => quota.min.to_string(),
                    Some(quota) => format!("{}–{}", quota.min, quota.max),
                    None => "0".to_string(),
                };
                (t.protocol_role)(&(words.role_count)(role.role, role.count), &range)
            })
            .collect();
        let verdict = if departures.is_empty() {
            t.protocol_met.to_string()
        } else {
            (t.protocol_departs)(&departures.join(", "))
        };
        rows.push(vec![t.protocol.to_string(), verdict]);
    }
    let not_applicable = NotApplicableShare::of(ctx.questionnaire, org);
    if not_applicable.possible > 0 && not_applicable.chosen > 0 {
        let partner = ctx
            .data
            .organisation(&org.id)
            .is_some_and(|organisation| !organisation.cooperations.is_empty());
        rows.push(vec![
            t.not_applicable_label.to_string(),
            (t.not_applicable_share)(
                &ctx.share(not_applicable.share()),
                not_applicable.chosen,
                not_applicable.possible,
                not_applicable.flag(partner),
            ),
        ]);
    }
    rows
}

fn agreement_word(ctx: &ReportContext, agreement: Option<Agreement>) -> String {
    match agreement {
        Some(Agreement::High) => ctx.t.agreement_high.to_string(),
        Some(Agreement::Moderate) => ctx.t.agreement_moderate.to_string(),
        Some(Agreement::Low) => ctx.t.agreement_low.to_string(),
        None => "–".to_string(),
    }
}

pub fn basis_words(ctx: &ReportContext, basis: &BasisNotes) -> String {
    let t = ctx.t;
    if basis.is_sound() {
        return t.sound.to_string();
    }
    let mut notes = Vec::new();
    if basis.insufficient {
        notes.push(crate::words::i18n::domain::texts(ctx.lang).insufficient);
    }
    if basis.few_respondents {
        notes.push(t.basis_few);
    }
    if basis.many_dont_know {
        notes.push(t.basis_dont_know);
    }
    if basis.incomplete {
        notes.push(t.basis_incomplete);
    }
    notes.join(", ")
}

fn scores(ctx: &ReportContext, org: &OrganisationResult) -> Table {
    let t = ctx.t;
    let mut table = Table::new(
        vec![
            t.characteristic.to_string(),
            t.score.to_string(),
            t.benchmark.to_string(),
            t.deviation.to_string(),
            t.n.to_string(),
            t.sd.to_string(),
            t.min_max.to_string(),
            t.agreement.to_string(),
            t.basis.to_string(),
        ],
        vec![false, true, true, true, true, true, true, false, false],
    );
    let profile = respondents::profile(ctx.questionnaire, org);
    let benchmark = ctx.comparison.benchmark.as_ref().map(|b| &b.benchmark);
    for spread in &profile.scales {
        let stats = &spread.stats;
        let range = match (stats.min, stats.max) {
            (Some(min), Some(max)) => format!("{}–{}", ctx.score(Some(min)), ctx.score(Some(max))),
            _ => "–".to_string(),
        };
        table.push(vec![
            ctx.scale_name(&spread.scale),
            ctx.score(stats.mean),
            ctx.score(benchmark.and_then(|b| b.mean(&spread.scale))),
            ctx.deviation(org.deviations.get(&spread.scale).copied()),
            stats.n.to_string(),
            ctx.score(stats.sd),
            range,
            agreement_word(ctx, spread.agreement),
            basis_words(ctx, &spread.basis),
        ]);
    }
    table
}

/// How each role group sees the organisation, per pillar.
fn roles_table(ctx: &ReportContext, org: &OrganisationResult) -> Table {
    let t = ctx.t;
    let words = crate::words::i18n::domain::texts(ctx.lang);
    let mut headers = vec![t.role.to_string(), t.n.to_string()];
    headers.extend(
        ctx.questionnaire
            .pillars
            .iter()
            .map(|p| p.name.get(ctx.lang).to_string()),
    );
    let mut numeric = vec![true; headers.len()];
    numeric[0] = false;
    let mut table = Table::new(headers, numeric);
    for group in respondents::profile(ctx.questionnaire, org).roles {
        let mut row = vec![
            words.role(group.role).to_string(),
            group.respondents.to_string(),
        ];
        row.extend(
            ctx.questionnaire
                .pillars
                .iter()
                .map(|p| ctx.score(group.scores.pillars.get(&p.id).and_then(|stats| stats.mean))),
        );
        table.push(row);
    }
    table
}

/// Why no role breakdown is shown, true for the organisation at hand: no role counts three
/// respondents, or the others together would form a smaller group.
fn roles_hidden(ctx: &ReportContext, org: &OrganisationResult) -> String {
    let t = ctx.t;
    let words = crate::words::i18n::domain::texts(ctx.lang);
    let mix = RoleMix::of(ctx.questionnaire, org);
    if mix.respondents < privacy::ROLE_GROUP_FROM {
        return (t.roles_hidden_few)(mix.respondents);
    }
    let largest = mix
        .roles
        .iter()
        .filter(|role| role.count >= privacy::ROLE_GROUP_FROM)
        .max_by_key(|role| role.count);
    match largest {
        Some(role) => (t.roles_hidden_rest)(
            &(words.role_count)(role.role, role.count),
            mix.respondents - role.count,
        ),
        None => t.roles_hidden.to_string(),
    }
}

/// The statements the organisation's respondents disagree on most, through the privacy
/// rule: figures and answers per value only from five respondents, a word below that.
fn disagreement_table(ctx: &ReportContext, org: &OrganisationResult) -> Option<Table> {
    const SHOWN: usize = 5;
    let t = ctx.t;
    let words = crate::words::i18n::domain::texts(ctx.lang);
    let spreads =
        crate::analysis::disagreement::disagreement(ctx.data, &org.id, &ctx.comparison.round);
    if spreads.is_empty() {
        return None;
    }
    let mut table = Table::new(
        vec![
            t.statement.to_string(),
            t.n.to_string(),
            "sd".to_string(),
            t.mean_answer.to_string(),
            t.distribution.to_string(),
        ],
        vec![false, true, true, true, false],
    )
    .with_caption(t.disagreement_caption);
    let mut any_reverse = false;
    for spread in spreads.into_iter().take(SHOWN) {
        // A reverse-worded statement is marked as in the charts: its answers here are raw,
        // its score in the charts is flipped.
        let item = ctx.questionnaire.item(&spread.item);
        any_reverse |= item.is_some_and(|item| item.reverse);
        let text = item
            .map(|item| {
                let text = item.text.get(ctx.lang);
                if item.reverse {
                    format!("{text} *")
                } else {
                    text.to_string()
                }
            })
            .unwrap_or_else(|| spread.item.clone());
        let (sd, mean, distribution) = match privacy::statement(&spread) {
            StatementView::Detail {
                mean,
                sd,
                histogram,
                ..
            } => (
                ctx.score(sd),
                ctx.score(mean),
                histogram
                    .iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(" · "),
            ),
            StatementView::Word { agreement, .. } => (
                "–".to_string(),
                "–".to_string(),
                words.statement_agreement(agreement).to_string(),
            ),
            StatementView::Nothing { .. } => ("–".to_string(), "–".to_string(), "–".to_string()),
        };
        table.push(vec![
            text,
            spread.answered.to_string(),
            sd,
            mean,
            distribution,
        ]);
    }
    let scale = &ctx.questionnaire.answer_scale;
    table.note((t.disagreement_note)(scale.min, scale.max));
    if any_reverse {
        table.note(t.reverse_answers_note.to_string());
    }
    Some(table)
}

fn segment_table(ctx: &ReportContext, org: &OrganisationResult) -> Table {
    let t = ctx.t;
    let pillars: Vec<&crate::model::questionnaire::Pillar> =
        ctx.questionnaire.pillars.iter().collect();
    let mut headers = vec![t.benchmark.to_string(), t.n.to_string()];
    headers.extend(
        pillars
            .iter()
            .map(|p| format!("{} ({})", p.name.get(ctx.lang), t.deviation.to_lowercase())),
    );
    let mut numeric = vec![true; headers.len()];
    numeric[0] = false;
    let mut table = Table::new(headers, numeric).with_caption(t.segments_caption);
    for segment in segments::for_organisation_from(ctx.data, &ctx.round_scores, &org.id) {
        let label = crate::words::format::segment_label(&segment.segment, ctx.lang);
        match &segment.benchmark {
            Ok(benchmark) => {
                let organisations = match benchmark.origin {
                    crate::analysis::benchmark::BenchmarkOrigin::Peers {
                        organisations, ..
                    } => organisations,
                    crate::analysis::benchmark::BenchmarkOrigin::File { .. } => 0,
                };
                let mut row = vec![label, organisations.to_string()];
                for pillar in &pillars {
                    let deviations: Vec<f64> = pillar
                        .scales
                        .iter()
                        .filter_map(|s| Some(org.mean(&s.id)? - benchmark.mean(&s.id)?))
                        .collect();
                    row.push(if deviations.is_empty() {
                        "–".to_string()
                    } else {
                        ctx.deviation(Some(crate::analysis::scoring::mean(&deviations)))
                    });
                }
                table.push(row);
            }
            Err(too_few) => {
                let mut row = vec![label, format!("< {}", too_few.required)];
                row.extend(pillars.iter().map(|_| "–".to_string()));
                table.push(row);
            }
        }
    }
    table
}

fn change(ctx: &ReportContext, org: &OrganisationResult, section: &mut Section) {
    let t = ctx.t;
    let Some(change) = &ctx.change else {
        section.paragraph(t.no_previous_round);
        return;
    };
    let Some(own) = change.organisation(&org.id) else {
        section.paragraph(t.new_partner);
        return;
    };
    section.table(change_table(ctx, change, own, false));
    if !own.not_compared.is_empty() {
        let names: Vec<String> = own.not_compared.iter().map(|s| ctx.scale_name(s)).collect();
        section.note(format!("–: {}", names.join(", ")));
    }
    section.note(if own.versions_differ() {
        t.change_across_versions
    } else {
        t.change_rule
    });
}

/// One organisation's change per characteristic, each figure with its base; a partner's
/// figure on fewer than three respondents is marked (the cooperation's n counts partners).
pub fn change_table(
    ctx: &ReportContext,
    change: &crate::analysis::change::RoundChange,
    own: &crate::analysis::change::OrganisationChange,
    is_cooperation: bool,
) -> Table {
    let t = ctx.t;
    let mut table = Table::new(
        vec![
            t.characteristic.to_string(),
            format!("{} ({})", t.before, change.previous_label),
            t.n.to_string(),
            format!("{} ({})", t.after, change.round_label),
            t.n.to_string(),
            t.delta.to_string(),
            t.clear.to_string(),
        ],
        vec![false, true, true, true, true, true, false],
    );
    // Each figure with its base, and marked like an organisation where it rests on fewer
    // than three respondents.
    let figure = |score: f64, n: usize| {
        if is_cooperation {
            ctx.score(Some(score))
        } else {
            crate::words::format::indicative_name(&ctx.score(Some(score)), n, ctx.lang)
        }
    };
    for scale in &own.scales {
        let clear = match scale.exceeds_spread {
            _ if own.versions_differ() => t.no_verdict_across_versions,
            Some(true) => t.yes,
            Some(false) => t.within_spread,
            None => t.not_judged,
        };
        table.push(vec![
            ctx.scale_name(&scale.scale),
            figure(scale.before, scale.n_before),
            scale.n_before.to_string(),
            figure(scale.after, scale.n_after),
            scale.n_after.to_string(),
            ctx.deviation(Some(scale.delta)),
            clear.to_string(),
        ]);
    }
    table
}

fn gaps(ctx: &ReportContext, org: &OrganisationResult, section: &mut Section) {
    let t = ctx.t;
    let gaps = programme::gaps_of(ctx.questionnaire, ctx.data, org);
    if gaps.is_empty() {
        section.paragraph(t.no_targets);
        return;
    }
    section.table(gap_table(ctx, gaps.iter(), false));
    section.figure(ChartId::targets(&org.id));
}

/// A table of gaps; with `with_organisation`, a first column names the organisation.
pub fn gap_table<'a>(
    ctx: &ReportContext,
    gaps: impl Iterator<Item = &'a programme::Gap>,
    with_organisation: bool,
) -> Table {
    let t = ctx.t;
    let mut headers = vec![
        t.characteristic.to_string(),
        t.score.to_string(),
        t.minimum.to_string(),
        t.desired.to_string(),
        t.to_minimum.to_string(),
        t.to_desired.to_string(),
    ];
    let mut numeric = vec![false, true, true, true, true, true];
    if with_organisation {
        headers.insert(0, t.organisation.to_string());
        numeric.insert(0, false);
    }
    let mut table = Table::new(headers, numeric);
    for gap in gaps {
        let mut row = vec![
            ctx.scale_name(&gap.scale),
            ctx.score(Some(gap.score)),
            ctx.score(gap.minimum),
            ctx.score(gap.desired),
            ctx.score(gap.to_minimum),
            ctx.score(gap.to_desired),
        ];
        if with_organisation {
            let name = ctx
                .data
                .organisation(&gap.organisation)
                .map(|o| o.name.clone())
                .unwrap_or_else(|| gap.organisation.clone());
            row.insert(0, name);
        }
        if gap.below_minimum() {
            table.push_marked(row);
        } else {
            table.push(row);
        }
    }
    table
}

/// The partner's position in a benchmark that publishes its distribution: a sentence per
/// dimension with its rank, the benchmark's n and the interval, and the characteristics in a
/// table with the same figures.
fn positions(ctx: &ReportContext, org: &OrganisationResult) -> Option<Section> {
    let benchmark = &ctx.comparison.benchmark.as_ref()?.benchmark;
    if !benchmark.has_quantiles() || org.percentiles.is_empty() {
        return None;
    }
    let t = ctx.t;
    let name =
        crate::words::format::indicative_name(&ctx.short(org), org.scores.respondents, ctx.lang);
    let mut part = Section::new(
        format!("partner-{}-position", org.id),
        "",
        t.position_heading,
    );
    let dimensions = [CUSTOMER_EXPERIENCE, OPERATIONAL_EFFICIENCY];
    for scale in ctx.questionnaire.scales() {
        let Some(position) = org.percentiles.get(&scale.id) else {
            continue;
        };
        if !dimensions.contains(&scale.id.as_str()) {
            continue;
        }
        let scale_name = findings::in_sentence(scale.name.get(ctx.lang));
        part.paragraph((t.position_sentence)(
            &name,
            &scale_name,
            position.rank,
            position.n,
            position.low,
            position.high,
        ));
    }
    let headers = vec![
        t.characteristic.to_string(),
        t.position_column.to_string(),
        t.interval_column.to_string(),
        t.n.to_string(),
    ];
    let mut table =
        Table::new(headers, vec![false, true, true, true]).with_caption(t.position_caption);
    for scale in ctx.questionnaire.scales() {
        if dimensions.contains(&scale.id.as_str()) {
            continue;
        }
        if let Some(position) = org.percentiles.get(&scale.id) {
            table.push(vec![
                scale.name.get(ctx.lang).to_string(),
                format!("{} %", position.rank),
                format!("{}–{} %", position.low, position.high),
                position.n.to_string(),
            ]);
        }
    }
    if !table.rows.is_empty() {
        part.table(table);
    }
    part.note(t.position_note);
    Some(part)
}

/// The section of one partner.
pub fn section(ctx: &ReportContext, org: &OrganisationResult) -> Section {
    let t = ctx.t;
    // Named with its mark under three respondents: the heading covers every table below it.
    let name = crate::words::format::indicative_name(&org.name, org.scores.respondents, ctx.lang);
    let mut section = Section::new(format!("partner-{}", org.id), "partner", name);

    let mut part = Section::new(format!("partner-{}-profile", org.id), "", t.profile);
    part.table(profile(ctx, org));
    section.section(part);

    let mut part = Section::new(format!("partner-{}-findings", org.id), "", t.findings);
    for finding in findings::write(&ctx.findings, Subject::Organisation(&org.id)) {
        part.push(Block::Finding {
            heading: finding.heading,
            text: finding.text,
        });
    }
    part.figure(ChartId::profile(CULTURE, &org.id));
    part.figure(ChartId::profile(LEADERSHIP, &org.id));
    section.section(part);

    if let Some(part) = positions(ctx, org) {
        section.section(part);
    }

    let mut part = Section::new(
        format!("partner-{}-scores", org.id),
        "",
        t.respondents_heading,
    );
    part.table(scores(ctx, org));
    if let Some(result) = &ctx.comparison.benchmark {
        part.note(format!(
            "{}: {}",
            t.benchmark,
            crate::render::report::benchmark_label(&result.benchmark, ctx.lang)
        ));
    }
    let roles = roles_table(ctx, org);
    if roles.rows.is_empty() {
        part.note(roles_hidden(ctx, org));
    } else {
        part.table(roles);
    }
    if let Some(table) = disagreement_table(ctx, org) {
        part.table(table);
    }
    part.table(segment_table(ctx, org));
    if crate::analysis::privacy::indicative(org.scores.respondents) {
        part.note((crate::words::i18n::findings::texts(ctx.lang).indicative)(
            org.scores.respondents,
        ));
    }
    section.section(part);

    let mut part = Section::new(format!("partner-{}-change", org.id), "", t.change);
    change(ctx, org, &mut part);
    section.section(part);

    let mut part = Section::new(format!("partner-{}-gaps", org.id), "", t.gaps);
    gaps(ctx, org, &mut part);
    section.section(part);
    section
}
