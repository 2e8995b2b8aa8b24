#![allow(clippy::unwrap_used)]
//! `export-data`: the answers export imports again unchanged, and scores match the
//! comparison.

use rijp::export;
use rijp::questionnaire::Questionnaire;
use rijp::workspace::Workspace;

#[test]
fn exported_answers_round_trip_through_import() {
    let dir = tempfile::tempdir().unwrap();
    let original = Workspace::at(dir.path().join("original"));
    rijp::demo::write_demo(&original, &Questionnaire::bundled().unwrap()).unwrap();
    let data = original.load().unwrap();
    let files = export::write_csv(&data, &dir.path().join("export")).unwrap();
    assert_eq!(files.len(), 2);

    let copy = Workspace::at(dir.path().join("copy"));
    std::fs::create_dir_all(copy.root()).unwrap();
    let empty = copy.load().unwrap();
    let summary = rijp::import::import_long_csv(&copy, &empty, &files[0]).unwrap();
    assert_eq!(summary.rows, export::answer_rows(&data).len());
    let imported = copy.load().unwrap();

    assert_eq!(
        export::answers_csv(&imported).unwrap(),
        export::answers_csv(&data).unwrap(),
        "the answers survive export and import unchanged"
    );
    assert_eq!(
        export::scores_csv(&imported).unwrap(),
        export::scores_csv(&data).unwrap(),
        "and so do the scores"
    );
}

#[test]
fn scores_export_has_every_scale_and_pillar_of_every_organisation_and_round() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path().join("ws"));
    rijp::demo::write_demo(&workspace, &Questionnaire::bundled().unwrap()).unwrap();
    let data = workspace.load().unwrap();
    let rows = export::score_rows(&data);
    let per_organisation = data.questionnaire.scales().count() + data.questionnaire.pillars.len();
    // Round one: four partners; round two: five.
    assert_eq!(rows.len(), (4 + 5) * per_organisation);
    let comparison = rijp::comparison::compare(&data, &Default::default()).unwrap();
    let first = &comparison.organisations[0];
    let row = rows
        .iter()
        .find(|r| {
            r.round == comparison.round
                && r.organisation_id == first.id
                && r.scale == "customer_experience"
        })
        .unwrap();
    assert_eq!(
        row.score,
        first.mean("customer_experience").map(rijp::scoring::round1)
    );
    let json: serde_json::Value = serde_json::from_str(&export::to_json(&data).unwrap()).unwrap();
    assert_eq!(json["scores"].as_array().unwrap().len(), rows.len());
    assert_eq!(json["answers"][0]["round"], "2024");
}
