//! Writes collected respondents into the workspace: new organisations and rounds first, then
//! every assessment, in parallel, each re-read and updated under its lock and written
//! atomically. Existing assessment files that do not parse stop the import before anything
//! is written.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use anyhow::Result;

use crate::ingest::import::ImportSummary;
use crate::ingest::import::collect::{Collector, Pending};
use crate::ingest::import::error::{ImportError, ProblemKind};
use crate::model::assessment::{Assessment, QuestionnaireRef, Role};
use crate::model::ids::AssessmentKey;
use crate::store::slug::slugify;
use crate::store::workspace::{BulkWrite, Named, Organisation, Round, Workspace, WorkspaceData};

/// Where one collected respondent goes.
struct Target<'a> {
    round: String,
    organisation: String,
    /// Usually one; more when different spellings name the same organisation.
    pending: Vec<&'a Pending>,
}

/// Merges the collected respondents with the workspace and writes them.
pub fn write(
    workspace: &Workspace,
    data: &WorkspaceData,
    collector: &Collector,
    file: &Path,
    summary: &mut ImportSummary,
) -> Result<()> {
    let mut organisations: BTreeMap<String, Organisation> = BTreeMap::new();
    let mut rounds: BTreeMap<String, Round> = BTreeMap::new();
    let mut targets: BTreeMap<AssessmentKey, Target> = BTreeMap::new();
    // Files the workspace's load parsed need no second look before the write re-reads them.
    let loaded: HashSet<&Path> = data.assessments.iter().map(|a| a.path.as_path()).collect();
    for pending in &collector.pending {
        let organisation = match data.organisation_named(&pending.organisation) {
            Named::Known(known) => known.id.clone(),
            Named::New(new) => organisations
                .entry(new.id.clone())
                .or_insert(new)
                .id
                .clone(),
        };
        let round = match data.round_named(&pending.round) {
            Named::Known(known) => {
                // Before anything is written: a closed round takes no answers.
                data.refuse_closed(&known.id)?;
                known.id.clone()
            }
            Named::New(new) => rounds.entry(new.id.clone()).or_insert(new).id.clone(),
        };
        if pending.complete == Some(false) {
            summary.incomplete += 1;
            summary
                .incomplete_respondents
                .push((pending.respondent.clone(), pending.organisation.clone()));
        }
        // Respondents whose names make the same file name are one respondent.
        let key = AssessmentKey::new(&*round, &*organisation, slugify(&pending.respondent));
        if let Some(target) = targets.get_mut(&key) {
            target.pending.push(pending);
            continue;
        }
        let path = workspace.assessment_path(&AssessmentKey::new(
            &*round,
            &*organisation,
            &*pending.respondent,
        ));
        if loaded.contains(path.as_path()) {
            summary.assessments_updated += 1;
        } else if path.exists() {
            // Checked now, so a damaged file stops the import before anything is written.
            crate::model::yaml::read::<Assessment>(&path).map_err(|e| {
                ImportError::single(
                    file,
                    pending.first.clone(),
                    ProblemKind::DamagedAssessment {
                        file: path.clone(),
                        detail: e.to_string(),
                    },
                )
            })?;
            summary.assessments_updated += 1;
        } else {
            summary.assessments_created += 1;
        }
        targets.insert(
            key,
            Target {
                round,
                organisation,
                pending: vec![pending],
            },
        );
    }
    let organisations: Vec<Organisation> = organisations.into_values().collect();
    summary
        .files
        .extend(workspace.save_organisations(&organisations)?);
    summary.organisations_created.extend(
        organisations
            .into_iter()
            .map(|organisation| organisation.name),
    );
    let rounds: Vec<Round> = rounds.into_values().collect();
    summary.files.extend(workspace.save_rounds(&rounds)?);
    summary
        .rounds_created
        .extend(rounds.into_iter().map(|round| round.id));
    let targets: Vec<Target> = targets.into_values().collect();
    let done = write_assessments(workspace, data, collector, &targets)?;
    summary.files.extend(done.written);
    summary.assessments_unchanged = done.unchanged;
    summary.assessments_updated -= done.unchanged.min(summary.assessments_updated);
    Ok(())
}

/// Each assessment is re-read and updated under its lock, so answers another process saved
/// since the check are kept.
fn write_assessments(
    workspace: &Workspace,
    data: &WorkspaceData,
    collector: &Collector,
    targets: &[Target],
) -> Result<BulkWrite> {
    let questionnaire = QuestionnaireRef {
        id: data.questionnaire.id.clone(),
        version: data.questionnaire.version,
    };
    let targets: Vec<(&Target, &Pending)> = targets
        .iter()
        .filter_map(|target| target.pending.first().map(|first| (target, *first)))
        .collect();
    // Written through the store in one batch, so the cache learns every file and the first
    // load after an import parses none of them.
    workspace.update_assessments(
        &targets,
        |(target, first)| {
            AssessmentKey::new(&*target.round, &*target.organisation, &*first.respondent)
        },
        |(target, first), existing| {
            let mut assessment = existing.unwrap_or_else(|| {
                let version = target.pending.iter().find_map(|p| p.version);
                Assessment::new(
                    &target.organisation,
                    &first.respondent,
                    Role::Other,
                    &target.round,
                    QuestionnaireRef {
                        version: version.unwrap_or(questionnaire.version),
                        ..questionnaire.clone()
                    },
                )
            });
            for pending in &target.pending {
                apply(&mut assessment, pending, collector);
            }
            assessment
        },
    )
}

/// Puts what the file says about one respondent into the assessment.
fn apply(assessment: &mut Assessment, pending: &Pending, collector: &Collector) {
    if let Some(role) = pending.role {
        assessment.role = role;
    }
    if let Some(date) = pending.date {
        assessment.date = Some(date.to_string());
    }
    if let Some(complete) = pending.complete {
        assessment.complete = complete;
    }
    for (item, answer, _) in &pending.answers {
        assessment
            .answers
            .insert(collector.shared_item_id(*item), *answer);
    }
    for (item, comment) in &pending.comments {
        let id = collector.item_id(*item).to_string();
        assessment.comments.insert(id, comment.clone());
    }
}
