//! Questionnaire versions: version 2 checked by `rijp validate`, a version-1 baseline and a
//! version-2 round compared on what both measure, and the two unscored answers kept apart.

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

#[test]
fn version_2_passes_validation_and_bad_references_are_named_with_their_line() {
    let text = std::fs::read_to_string(BUNDLED).unwrap();
    let (ok, said) = validate(&text);
    assert!(ok, "{said}");

    // A same_as that points to no item of version 1.
    let broken = text.replacen("same_as: cx07", "same_as: cx99", 1);
    let (ok, said) = validate(&broken);
    assert!(!ok);
    let line = line_of(&broken, "same_as: cx99");
    assert!(
        said.contains(&format!("vragenlijst.yaml:{line}:")) && said.contains("same_as 'cx99'"),
        "{said}"
    );

    // A characteristic without a reverse-worded item.
    let unreversed = text.replace("reverse: true", "reverse: false");
    let (ok, said) = validate(&unreversed);
    assert!(!ok);
    assert!(
        said.contains("'customer_centric' has no reverse-worded item"),
        "{said}"
    );
}

#[test]
fn version_2_meets_the_shape_asked_of_it() {
    let q = Questionnaire::bundled().unwrap();
    assert_eq!(q.version, 2);
    for scale in q.scales() {
        let reverse = scale.items.iter().filter(|i| i.reverse).count();
        let dimension = q.pillar_of_scale(&scale.id).unwrap().id == "ambition";
        let (low, high, reverse_max) = if dimension { (6, 8, 2) } else { (5, 6, 1) };
        assert!(
            (low..=high).contains(&scale.items.len()),
            "{} has {} items",
            scale.id,
            scale.items.len()
        );
        assert!((1..=reverse_max).contains(&reverse), "{}", scale.id);
        assert!(scale.guidance.is_some(), "{} lacks guidance", scale.id);
    }
    assert_eq!(
        q.answer_scale.label(3).unwrap().nl,
        "Niet eens, niet oneens"
    );
    assert_eq!(
        q.answer_scale.not_applicable.as_ref().unwrap().nl,
        "Niet van toepassing"
    );
    // Every same_as points to an item of the same scale in version 1.
    let v1 = Questionnaire::bundled_earlier().unwrap().remove(0);
    assert_eq!(v1.version, 1);
    for scale in q.scales() {
        for item in &scale.items {
            if let Some(same_as) = &item.same_as {
                let earlier = v1.scale(&scale.id).unwrap();
                assert!(
                    earlier.items.iter().any(|i| &i.id == same_as),
                    "{}",
                    item.id
                );
            }
        }
    }
}

#[test]
fn a_version_1_baseline_and_a_version_2_round_give_a_change_per_scale() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path());
    rijp::ingest::demo::write_demo(&workspace, &Questionnaire::bundled().unwrap()).unwrap();
    let data = workspace.load().unwrap();
    assert_eq!(data.questionnaire_of_round("2024").version, 1);
    assert_eq!(data.questionnaire_of_round("2025").version, 2);

    let later = comparison::compare(&data, &ComparisonRequest::default()).unwrap();
    let change = change::since_previous(&data, &later, "x").unwrap().unwrap();
    let bridge = change.bridge.as_ref().expect("the versions differ");
    assert_eq!((bridge.earlier_version, bridge.later_version), (1, 2));
    let aldersum = change.organisation("gemeente-aldersum-fictief").unwrap();
    let compared: Vec<&str> = aldersum.scales.iter().map(|c| c.scale.as_str()).collect();
    assert!(compared.contains(&"customer_experience"), "{compared:?}");
    for scale in &bridge.scales {
        if bridge.scale(&scale.scale).is_some_and(|b| !b.compared()) {
            assert!(!compared.contains(&scale.scale.as_str()), "{}", scale.scale);
        }
    }
    // The baseline keeps the scores it was answered with: version-1 items only.
    let earlier = comparison::compare(
        &data,
        &ComparisonRequest {
            round: Some("2024".to_string()),
            ..ComparisonRequest::default()
        },
    )
    .unwrap();
    let baseline = earlier.organisation("gemeente-aldersum-fictief").unwrap();
    assert_eq!(baseline.unknown_answers, 0);

    let text = rijp::words::findings::for_organisation(
        &later,
        &data,
        rijp::words::findings::Subject::Organisation("gemeente-aldersum-fictief"),
        Lang::Nl,
    )
    .into_iter()
    .map(|f| f.text)
    .collect::<Vec<_>>()
    .join(" ");
    assert!(
        text.contains("De vragenlijst is tussen de rondes gewijzigd (versie 1 naar 2)"),
        "{text}"
    );
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

/// `rijp scores --disagreement`: outside the interface the answer histogram only from five
/// respondents, the spread below that.
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
            assert!(row["histogram"].is_null(), "{row}");
        } else {
            assert_eq!(row["histogram"].as_array().unwrap().len(), 5, "{row}");
        }
        assert!(row["sd"].is_number(), "{row}");
    }
    assert!(rows.iter().any(|row| row["histogram"].is_array()));
}
