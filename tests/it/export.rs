//! `export-data`: the answers export imports again unchanged, and scores match the
//! comparison.

use rijp::ingest::export_data;
use rijp::model::questionnaire::Questionnaire;
use rijp::store::workspace::Workspace;

#[test]
fn exported_answers_round_trip_through_import() {
    let dir = tempfile::tempdir().unwrap();
    let original = Workspace::at(dir.path().join("original"));
    rijp::ingest::demo::write_demo(&original, &Questionnaire::bundled().unwrap()).unwrap();
    let data = original.load().unwrap();
    let files = export_data::write_csv(&data, &dir.path().join("export")).unwrap();
    assert_eq!(files.len(), 2);

    let copy = Workspace::at(dir.path().join("copy"));
    std::fs::create_dir_all(copy.root()).unwrap();
    let empty = copy.load().unwrap();
    let summary = rijp::ingest::import::import_long_csv(&copy, &empty, &files[0]).unwrap();
    assert_eq!(summary.rows, export_data::answer_rows(&data).len());
    let imported = copy.load().unwrap();

    assert_eq!(
        export_data::answers_csv(&imported).unwrap(),
        export_data::answers_csv(&data).unwrap(),
        "the answers survive export and import unchanged"
    );
    assert_eq!(
        export_data::scores_csv(&imported).unwrap(),
        export_data::scores_csv(&data).unwrap(),
        "and so do the scores"
    );
}

#[test]
fn scores_export_has_every_scale_and_pillar_of_every_organisation_and_round() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path().join("ws"));
    rijp::ingest::demo::write_demo(&workspace, &Questionnaire::bundled().unwrap()).unwrap();
    let data = workspace.load().unwrap();
    let rows = export_data::score_rows(&data);
    let per_organisation = data.questionnaire.scales().count() + data.questionnaire.pillars.len();
    // Round one: four partners; round two: five.
    assert_eq!(rows.len(), (4 + 5) * per_organisation);
    let comparison = rijp::analysis::comparison::compare(&data, &Default::default()).unwrap();
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
        first
            .mean("customer_experience")
            .map(rijp::analysis::scoring::round1)
    );
    let json: serde_json::Value =
        serde_json::from_str(&export_data::to_json(&data).unwrap()).unwrap();
    assert_eq!(json["scores"].as_array().unwrap().len(), rows.len());
    assert_eq!(json["answers"][0]["round"], "2024");
}
