//! The wide-format CSV importer's checks on any bytes. The input is a mapping and a CSV file
//! separated by a NUL byte; without one, a fixed mapping is used for the whole input.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rijp::ingest::import::WideMapping;
use rijp::store::workspace::{Workspace, WorkspaceData};

const MAPPING: &str = "respondent: \"Respondent\"\norganisation: \"Gemeente\"\nround_value: \"2025\"\nrole: \"Functie\"\nanswers: {\"Eens\": 4, \"Weet niet\": \"?\"}\nitems:\n  \"Q1\": cx01\n  \"Q2\": cx02\n  \"Q3\": ib01\n";

fn workspace() -> &'static WorkspaceData {
    static DATA: OnceLock<WorkspaceData> = OnceLock::new();
    DATA.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        Workspace::at(dir.path()).load().expect("an empty workspace loads")
    })
}

fuzz_target!(|data: &[u8]| {
    let mapping_file = Path::new("fuzz-mapping.yaml");
    let (mapping_text, csv) = match data.iter().position(|byte| *byte == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (MAPPING.as_bytes(), data),
    };
    let Ok(mapping) = rijp::model::yaml::parse_bytes::<WideMapping>(mapping_file, mapping_text) else {
        return;
    };
    if let Err(error) =
        rijp::ingest::import::check_wide_csv(Path::new("fuzz.csv"), csv, mapping_file, &mapping, workspace())
    {
        assert!(!error.problems.is_empty());
        let _ = error.to_string();
    }
});
