//! The improvement agenda: per partner, then for the cooperation as a whole, the actions
//! agreed up to the report's round, beside the characteristic each addresses and its score
//! now; an open action past its due date is marked overdue. In a later round, the change on
//! the characteristic stands beside the action's status, with the caveat that the one did not
//! necessarily cause the other. A report without actions has no agenda.

use jiff::civil::Date;

use crate::analysis::change::OrganisationChange;
use crate::analysis::comparison::OrganisationResult;
use crate::model::action::Action;
use crate::render::actions::status_text;
use crate::render::report::{ReportContext, Section, Table};
use crate::store::clock;
use crate::words::i18n::actions::{agenda_texts, texts};
use crate::words::i18n::report::print_texts;

/// The agenda section, when any action was agreed up to the report's round.
pub fn agenda(ctx: &ReportContext) -> Option<Section> {
    let actions = agreed_so_far(ctx);
    if actions.is_empty() {
        return None;
    }
    let a = agenda_texts(ctx.lang);
    let as_of = as_of(ctx);
    let mut section = Section::new("agenda", "", a.heading);
    section.paragraph(a.intro);
    let mut entries: Vec<(&OrganisationResult, Vec<&Action>)> = ctx
        .partners
        .iter()
        .map(|org| {
            let own = actions
                .iter()
                .filter(|action| action.organisation.as_deref() == Some(org.id.as_str()))
                .copied()
                .collect();
            (*org, own)
        })
        .collect();
    if let Some(cooperation) = &ctx.cooperation {
        let own = actions
            .iter()
            .filter(|action| action.is_for_cooperation())
            .copied()
            .collect();
        entries.push((cooperation, own));
    }
    for (org, own) in entries.into_iter().filter(|(_, own)| !own.is_empty()) {
        let heading = if crate::analysis::cooperation::is_cooperation(org) {
            ctx.t.cooperation_generic.to_string()
        } else {
            org.name.clone()
        };
        let mut part = Section::new(format!("agenda-{}", anchor(org)), "", heading);
        part.table(table(ctx, org, &own, as_of));
        section.section(part);
    }
    section.note((a.overdue_rule)(
        &print_texts(ctx.lang).date(&as_of.to_string()),
    ));
    if ctx.change.is_some() {
        section.note(a.change_caveat);
    }
    Some(section)
}

/// Actions agreed in the report's round or an earlier one, in id order.
fn agreed_so_far<'a>(ctx: &ReportContext<'a>) -> Vec<&'a Action> {
    let rounds = &ctx.data.rounds;
    let position = |round: &str| rounds.iter().position(|r| r.id == round);
    let Some(report_round) = position(&ctx.comparison.round) else {
        return Vec::new();
    };
    ctx.data
        .actions
        .iter()
        .filter(|action| position(&action.round).is_some_and(|at| at <= report_round))
        .collect()
}

/// The day overdue is judged on: the day the report's round closed, else today.
fn as_of(ctx: &ReportContext) -> Date {
    ctx.data
        .round(&ctx.comparison.round)
        .and_then(|round| round.closed.as_ref())
        .map_or_else(clock::today, |closing| closing.date)
}

fn anchor(org: &OrganisationResult) -> String {
    if crate::analysis::cooperation::is_cooperation(org) {
        "cooperation".to_string()
    } else {
        org.id.clone()
    }
}

fn table(ctx: &ReportContext, org: &OrganisationResult, actions: &[&Action], as_of: Date) -> Table {
    let (t, a) = (texts(ctx.lang), agenda_texts(ctx.lang));
    let change = ctx.change.as_ref().and_then(|change| {
        let own = if crate::analysis::cooperation::is_cooperation(org) {
            change.cooperation.as_ref()
        } else {
            change.organisation(&org.id)
        };
        Some((own?, change.previous_label.as_str()))
    });
    let mut headers = vec![
        t.scale.to_string(),
        a.score.to_string(),
        t.action.to_string(),
        t.owner.to_string(),
        t.due.to_string(),
        t.status.to_string(),
    ];
    let mut numeric = vec![false, true, false, false, false, false];
    if let Some((_, previous)) = change {
        headers.push((a.change_since)(previous));
        numeric.push(true);
    }
    let mut table = Table::new(headers, numeric).with_caption((a.caption)(&ctx.short(org)));
    let dates = print_texts(ctx.lang);
    for action in actions {
        let mut row = vec![
            ctx.scale_name(&action.scale),
            ctx.based_score(org, &action.scale),
            action_text(action),
            action.owner.clone(),
            dates.date(&action.due.to_string()),
            status_text(action, as_of, ctx.lang),
        ];
        if let Some((own, _)) = change {
            row.push(change_cell(ctx, own, action));
        }
        table.push(row);
    }
    table
}

/// The action, and the finding it answers when one was written down.
fn action_text(action: &Action) -> String {
    match &action.finding {
        Some(finding) => format!("{} ({finding})", action.action),
        None => action.action.clone(),
    }
}

/// The change on the action's characteristic since the previous round; for an action agreed
/// in the report's own round, that change came before it.
fn change_cell(ctx: &ReportContext, own: &OrganisationChange, action: &Action) -> String {
    if action.round == ctx.comparison.round {
        return agenda_texts(ctx.lang).agreed_now.to_string();
    }
    let Some(scale) = own.scale(&action.scale) else {
        return ctx.deviation(None);
    };
    // The same verdict, in the same words, as the partner's table of change.
    let t = ctx.t;
    let verdict = match scale.exceeds_spread {
        _ if own.versions_differ() => t.no_verdict_across_versions.to_string(),
        Some(true) => t.clear.to_lowercase(),
        Some(false) => t.within_spread.to_string(),
        None => t.not_judged.to_string(),
    };
    format!("{}, {verdict}", ctx.deviation(Some(scale.delta)))
}
