//! Questionnaire versions: version 3 checked by `rijp validate` against every rule, rounds on
//! earlier versions compared without a change verdict, and the two unscored answers kept
//! apart.

use std::process::Command;

use rijp::analysis::change;
use rijp::analysis::comparison::{self, ComparisonRequest};
use rijp::analysis::scoring;
use rijp::model::Lang;
use rijp::model::assessment::{Answer, Assessment, QuestionnaireRef, Role};
use rijp::model::questionnaire::Questionnaire;
use rijp::store::workspace::Workspace;

const BUNDLED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/questionnaires/digitale-volwassenheid.yaml"
);

fn validate(text: &str) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("vragenlijst.yaml");
    std::fs::write(&file, text).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .args(["--lang", "en", "validate"])
        .arg(&file)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), said)
}

/// The line (1-based) of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

/// The file with `insert` on a new line after the first line that contains `after`, indented
/// like that line.
fn insert_after(text: &str, after: &str, insert: &str) -> String {
    let mut out = String::new();
    let mut done = false;
    for line in text.lines() {
        out.push_str(line);
        out.push('\n');
        if !done && line.contains(after) {
            let indent = line.len() - line.trim_start().len();
            let indent = if line.trim_start().starts_with("- ") {
                indent + 2
            } else {
                indent
            };
            out.push_str(&" ".repeat(indent));
            out.push_str(insert);
            out.push('\n');
            done = true;
        }
    }
    assert!(done, "no line with {after}");
    out
}

#[test]
fn version_3_passes_validation_and_each_new_rule_is_named_with_its_line() {
    let text = std::fs::read_to_string(BUNDLED).unwrap();
    let (ok, said) = validate(&text);
    assert!(ok, "{said}");
    let q = Questionnaire::bundled().unwrap();
    let reverse = q.items().find(|i| i.reverse).unwrap().id.clone();
    let cooperation_item = q.pillar("cooperation").unwrap().scales[0].items[0]
        .id
        .clone();
    let first_item = q.items().next().unwrap().id.clone();

    // A reverse-worded item that allows "not applicable".
    let broken = insert_after(&text, &format!("- id: {reverse}"), "not_applicable: true");
    let (ok, said) = validate(&broken);
    assert!(!ok);
    let line = line_of(&broken, &format!("- id: {reverse}")) + 1;
    assert!(
        said.contains(&format!("vragenlijst.yaml:{line}:"))
            && said.contains(&format!("'{reverse}' is reverse-worded")),
        "{said}"
    );

    // An item of the cooperation block that does not allow it.
    let marker = format!("- id: {cooperation_item}");
    let at = broken_flag_line(&text, &marker);
    let broken: String = text
        .lines()
        .enumerate()
        .map(|(index, line)| {
            if index + 1 == at {
                line.replace("not_applicable: true", "not_applicable: false")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let (ok, said) = validate(&broken);
    assert!(!ok);
    let line = line_of(&broken, &marker);
    assert!(
        said.contains(&format!("vragenlijst.yaml:{line}:"))
            && said.contains(&format!(
                "'{cooperation_item}' belongs to the cooperation block"
            )),
        "{said}"
    );

    // A same_as that points into another scale of version 2, and one that points nowhere.
    let other_scale_item = "oe10";
    let broken = insert_after(
        &text,
        &format!("- id: {first_item}"),
        &format!("same_as: {other_scale_item}"),
    );
    let (ok, said) = validate(&broken);
    assert!(!ok);
    let line = line_of(&broken, &format!("same_as: {other_scale_item}"));
    assert!(
        said.contains(&format!("vragenlijst.yaml:{line}:"))
            && said.contains("belongs to 'operational_efficiency' in the earlier version"),
        "{said}"
    );
    let broken = insert_after(&text, &format!("- id: {first_item}"), "same_as: cx99");
    let (ok, said) = validate(&broken);
    assert!(!ok);
    assert!(said.contains("same_as 'cx99'"), "{said}");

    // The answer range: 0 is "don't know", so a 0–10 scale is refused with the range.
    let broken = text.replacen("  min: 1\n  max: 5", "  min: 0\n  max: 10", 1);
    let (ok, said) = validate(&broken);
    assert!(!ok);
    assert!(said.contains("whole numbers 1-10"), "{said}");

    // The protocol names roles rijp knows, with a possible range.
    let broken = text.replacen(
        "{role: staff, min: 2, max: 2}",
        "{role: wethouder, min: 2, max: 1}",
        1,
    );
    let (ok, said) = validate(&broken);
    assert!(!ok);
    assert!(said.contains("unknown role 'wethouder'"), "{said}");
    let broken = text.replacen(
        "{role: staff, min: 2, max: 2}",
        "{role: staff, min: 3, max: 2}",
        1,
    );
    let (ok, said) = validate(&broken);
    assert!(!ok);
    assert!(said.contains("role 'staff': min 3 and max 2"), "{said}");

    // Every characteristic outside the cooperation block keeps a reverse-worded item.
    let unreversed = text.replace("reverse: true", "reverse: false");
    let (ok, said) = validate(&unreversed);
    assert!(!ok);
    assert!(said.contains("has no reverse-worded item"), "{said}");
    assert!(
        !said.contains("'joint_governance' has no reverse"),
        "{said}"
    );
}

/// The line of the `not_applicable` flag of the item whose id line holds `marker`.
fn broken_flag_line(text: &str, marker: &str) -> usize {
    let start = line_of(text, marker);
    text.lines()
        .enumerate()
        .skip(start)
        .find(|(_, line)| line.contains("not_applicable: true"))
        .map(|(index, _)| index + 1)
        .unwrap()
}

#[test]
fn version_3_meets_the_shape_asked_of_it() {
    let q = Questionnaire::bundled().unwrap();
    assert_eq!(q.version, 3);
    assert!(q.item_count() <= 90, "{} items", q.item_count());
    let cooperation = q.pillar("cooperation").expect("a cooperation pillar");
    let block: Vec<_> = cooperation.scales.iter().flat_map(|s| &s.items).collect();
    assert!((6..=10).contains(&block.len()), "{} items", block.len());
    for item in &block {
        assert!(item.not_applicable && !item.reverse, "{}", item.id);
    }
    for scale in q.scales() {
        let in_block = q.pillar_of_scale(&scale.id).unwrap().id == "cooperation";
        let dimension = q.pillar_of_scale(&scale.id).unwrap().id == "ambition";
        assert!(
            scale.items.len() >= if dimension { 6 } else { 4 },
            "{}",
            scale.id
        );
        if !in_block {
            assert!(scale.items.iter().any(|i| i.reverse), "{}", scale.id);
        }
        // Guidance is advice, not a claim about what high scorers do.
        let guidance = scale.guidance.as_ref().expect("guidance");
        assert!(guidance.nl.contains("Een eerste stap"), "{}", scale.id);
        assert!(guidance.en.contains("A first step"), "{}", scale.id);
        assert!(!guidance.nl.contains("hoog scoren"), "{}", scale.id);
        for item in &scale.items {
            assert!(!(item.reverse && item.not_applicable), "{}", item.id);
            // "Not applicable" is offered only on flagged items.
            assert_eq!(
                q.allows_not_applicable(item),
                item.not_applicable,
                "{}",
                item.id
            );
        }
    }
    // The respondent protocol's roles are part of the file.
    let protocol: Vec<(Role, u32, u32)> =
        q.protocol.iter().map(|r| (r.role, r.min, r.max)).collect();
    assert_eq!(
        protocol,
        [
            (Role::Board, 1, 1),
            (Role::Management, 2, 2),
            (Role::IAdviser, 1, 1),
            (Role::Staff, 2, 2)
        ]
    );
    // Earlier versions, kept as fielded, still offer "not applicable" on every item.
    for earlier in Questionnaire::bundled_earlier().unwrap() {
        if earlier.answer_scale.not_applicable.is_some() {
            assert!(
                earlier
                    .items()
                    .all(|item| earlier.allows_not_applicable(item))
            );
        }
    }
}

/// Rewrites a round's assessments as if they had been answered against `version`: every
/// item of that version answered with the same value.
fn answer_round_with(workspace: &Workspace, round: &str, version: &Questionnaire) {
    let data = workspace.load().unwrap();
    for stored in data
        .assessments
        .iter()
        .filter(|s| s.assessment.round == round)
    {
        let mut assessment = stored.assessment.clone();
        assessment.questionnaire = QuestionnaireRef {
            id: version.id.clone(),
            version: version.version,
        };
        assessment.answers = Default::default();
        for (index, item) in version.items().enumerate() {
            assessment
                .answers
                .insert(item.id.clone(), Answer::Value(1 + (index % 2) as u8));
        }
        workspace.save_assessment(&assessment).unwrap();
    }
}

#[test]
fn rounds_on_an_earlier_version_get_no_change_verdict_anywhere() {
    for earlier in Questionnaire::bundled_earlier().unwrap() {
        let dir = tempfile::tempdir().unwrap();
        let workspace = Workspace::at(dir.path());
        rijp::ingest::demo::write_demo(&workspace, &Questionnaire::bundled().unwrap()).unwrap();
        answer_round_with(&workspace, "2024", &earlier);
        let data = workspace.load().unwrap();
        assert_eq!(data.questionnaire_of_round("2024").version, earlier.version);
        assert_eq!(data.questionnaire_of_round("2025").version, 3);

        let later = comparison::compare(&data, &ComparisonRequest::default()).unwrap();
        let change = change::since_previous(&data, &later, "x").unwrap().unwrap();
        for org in change.organisations.iter().chain(&change.cooperation) {
            assert!(org.versions_differ(), "{}", org.id);
            assert!(!org.moved(), "{}", org.id);
            for scale in org.scales.iter().chain(&org.pillars) {
                assert_eq!(scale.exceeds_spread, None, "{} {}", org.id, scale.scale);
                assert!(!scale.is_clear());
            }
        }
        // The earlier versions offered "not applicable" on every item and version 3 does
        // not: no item is asked the same way, so nothing is compared.
        let bridge = change.bridge.as_ref().expect("the versions differ");
        assert!(
            bridge.scales.iter().all(|b| b.shared.is_empty()),
            "v{}",
            earlier.version
        );

        for lang in [Lang::Nl, Lang::En] {
            let report = crate::support::report_md(dir.path(), lang.code());
            for verdict in [
                "Duidelijke vooruitgang",
                "duidelijke vooruitgang",
                "achteruitgang bij",
                "groter dan de 95%-marge",
                "Clear progress",
                "clear progress",
                "exceeds the 95% margin",
            ] {
                assert!(
                    !report.contains(verdict),
                    "{verdict} in v{} {lang:?}",
                    earlier.version
                );
            }
            let said = match lang {
                Lang::Nl => "niet met elkaar te vergelijken",
                Lang::En => "cannot be compared",
            };
            assert!(report.contains(said), "{lang:?}");
        }
    }
}

/// A later version of the user's own that keeps the answer format: its unchanged items are
/// compared with version 3 descriptively, the reworded one is left out, and no change is
/// judged clear.
#[test]
fn a_later_version_is_compared_descriptively_on_its_unchanged_items() {
    let v3 = Questionnaire::bundled().unwrap();
    let text = std::fs::read_to_string(BUNDLED).unwrap();
    let reworded = v3.scale("customer_experience").unwrap().items[0].id.clone();
    let v4_text = text.replacen("version: 3", "version: 4", 1).replacen(
        &format!("- id: {reworded}\n"),
        "- id: cx90\n",
        1,
    );
    let v4 = Questionnaire::from_yaml(std::path::Path::new("v4.yaml"), &v4_text).unwrap();
    let bridge = rijp::analysis::bridge::VersionBridge::between(&v3, &v4).unwrap();
    let cx = bridge.scale("customer_experience").unwrap();
    assert_eq!(cx.new_items, ["cx90"]);
    assert_eq!(cx.dropped, [reworded.as_str()]);
    assert_eq!(
        cx.shared.len(),
        v3.scale("customer_experience").unwrap().items.len() - 1
    );
    assert!(bridge.scales.iter().all(|b| b.compared()));
}

#[test]
fn the_demo_rounds_share_one_version_so_their_change_is_judged() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path());
    rijp::ingest::demo::write_demo(&workspace, &Questionnaire::bundled().unwrap()).unwrap();
    let data = workspace.load().unwrap();
    assert_eq!(data.questionnaire_of_round("2024").version, 3);
    assert_eq!(data.questionnaire_of_round("2025").version, 3);
    let later = comparison::compare(&data, &ComparisonRequest::default()).unwrap();
    let change = change::since_previous(&data, &later, "x").unwrap().unwrap();
    assert!(change.bridge.is_none());
    let aldersum = change.organisation("gemeente-aldersum-fictief").unwrap();
    assert!(!aldersum.versions_differ());
    assert!(aldersum.scales.iter().any(|s| s.exceeds_spread.is_some()));
}

#[test]
fn dont_know_and_not_applicable_are_stored_and_counted_apart_and_never_scored() {
    let q = Questionnaire::bundled().unwrap();
    let scale = q.scale("customer_experience").unwrap();
    let mut assessment = Assessment::new(
        "a",
        "r",
        Role::Staff,
        "2025",
        QuestionnaireRef {
            id: q.id.clone(),
            version: q.version,
        },
    );
    let items: Vec<&str> = scale.items.iter().map(|i| i.id.as_str()).collect();
    for (index, item) in items.iter().enumerate() {
        let answer = match index {
            0 => Answer::DontKnow,
            1 => Answer::NotApplicable,
            _ if scale.items[index].reverse => Answer::Value(1),
            _ => Answer::Value(5),
        };
        assessment.answers.insert(item.to_string(), answer);
    }
    let score = scoring::score_scale(scale, &q.answer_scale, &assessment.answers);
    assert_eq!(score.dont_know, 1);
    assert_eq!(score.not_applicable, 1);
    assert_eq!(usize::from(score.answered), items.len() - 2);
    assert_eq!(
        score.score,
        Some(100.0),
        "the two unscored answers do not count"
    );

    // Stored apart: "?" and "nvt" in the file, read back as they were.
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path());
    let path = workspace.save_assessment(&assessment).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(&format!("{}: \"?\"", items[0])), "{text}");
    assert!(text.contains(&format!("{}: nvt", items[1])), "{text}");
    let read: Assessment = rijp::model::yaml::read(&path).unwrap();
    let stored = &read.answers;
    assert_eq!(stored[items[0]], Answer::DontKnow);
    assert_eq!(stored[items[1]], Answer::NotApplicable);
}

/// `rijp scores --disagreement`: a statement's mean, sd and answers per value only from five
/// respondents, a word for the agreement below that.
#[test]
fn disagreement_outside_the_interface_follows_the_privacy_rule() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path());
    rijp::ingest::demo::write_demo(&workspace, &Questionnaire::bundled().unwrap()).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .args([
            "scores",
            "--disagreement",
            "--format",
            "json",
            "--workspace",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert!(!rows.is_empty());
    for row in &rows {
        let answered = row["answered"].as_u64().unwrap();
        if answered < 5 {
            // Below five: no figure anyone could read an answer from, only a word.
            for hidden in ["histogram", "sd", "mean"] {
                assert!(row[hidden].is_null(), "{row}");
            }
            assert!(row["agreement"].is_string(), "{row}");
        } else {
            assert_eq!(row["histogram"].as_array().unwrap().len(), 5, "{row}");
            assert!(row["sd"].is_number(), "{row}");
            assert!(row["agreement"].is_null(), "{row}");
        }
    }
    assert!(rows.iter().any(|row| row["agreement"].is_string()));
    assert!(rows.iter().any(|row| row["histogram"].is_array()));
}
