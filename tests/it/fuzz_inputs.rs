//! The fuzz targets' entry points (see `fuzz/`) on arbitrary bytes, in every test run: the
//! loaders and importers answer any input with a value or an error, never a panic.

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use rijp::ingest::import::WideMapping;
use rijp::model::assessment::Assessment;
use rijp::model::questionnaire::Questionnaire;
use rijp::store::workspace::{Workspace, WorkspaceData};

fn workspace() -> &'static WorkspaceData {
    static DATA: OnceLock<WorkspaceData> = OnceLock::new();
    DATA.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        Workspace::at(dir.path()).load().unwrap()
    })
}

/// Bytes that look like the files rijp reads often enough to get past the first line.
fn file_like() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        "(organisation|respondent|round|item|answer|role|date|comment|cx01|[,;:\\-\\[\\]{}&*!|>'\" \n?1-5]){0,80}"
            .prop_map(String::into_bytes),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_questionnaire_loader_never_panics(bytes in file_like()) {
        if let Ok(text) = std::str::from_utf8(&bytes)
            && let Err(error) = Questionnaire::from_yaml(Path::new("q.yaml"), text)
        {
            prop_assert!(!rijp::words::i18n::questionnaire::problem_lines(rijp::model::Lang::En, &error).is_empty());
        }
    }

    #[test]
    fn the_assessment_loader_never_panics_and_round_trips(bytes in file_like()) {
        let path = Path::new("a.yaml");
        if let Ok(assessment) = rijp::model::yaml::parse_bytes::<Assessment>(path, &bytes) {
            let text = rijp::model::yaml::to_string(&assessment).unwrap();
            prop_assert_eq!(rijp::model::yaml::parse::<Assessment>(path, &text).unwrap(), assessment);
        }
    }

    #[test]
    fn the_long_csv_checks_never_panic(bytes in file_like()) {
        let mut csv = b"organisation,respondent,round,item,answer\n".to_vec();
        csv.extend(&bytes);
        for input in [&bytes, &csv] {
            if let Err(error) = rijp::ingest::import::check_long_csv(Path::new("a.csv"), input, workspace()) {
                prop_assert!(!error.problems.is_empty());
            }
        }
    }

    #[test]
    fn the_wide_csv_checks_never_panic(bytes in file_like()) {
        let mapping_file = Path::new("m.yaml");
        let mapping: WideMapping = rijp::model::yaml::parse(
            mapping_file,
            "respondent: R\norganisation: G\nround_value: \"2025\"\nitems: {Q1: cx01, Q2: cx09}\n",
        )
        .unwrap();
        let mut csv = b"R,G,Q1,Q2\n".to_vec();
        csv.extend(&bytes);
        if let Err(error) =
            rijp::ingest::import::check_wide_csv(Path::new("w.csv"), &csv, mapping_file, &mapping, workspace())
        {
            prop_assert!(!error.problems.is_empty());
        }
    }
}
