//! The long-format CSV importer's checks on any bytes: a count of answers or a list of
//! problems, never a panic.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rijp::store::workspace::{Workspace, WorkspaceData};

fn workspace() -> &'static WorkspaceData {
    static DATA: OnceLock<WorkspaceData> = OnceLock::new();
    DATA.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        Workspace::at(dir.path()).load().expect("an empty workspace loads")
    })
}

fuzz_target!(|data: &[u8]| {
    let file = Path::new("fuzz.csv");
    if let Err(error) = rijp::ingest::import::check_long_csv(file, data, workspace()) {
        assert!(!error.problems.is_empty());
        let _ = error.to_string();
    }
});
