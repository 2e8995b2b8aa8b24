//! The assessment loader on any bytes: an assessment that survives a round trip through YAML,
//! or an error, never a panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use rijp::model::assessment::Assessment;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.yaml");
    if let Ok(assessment) = rijp::model::yaml::parse_bytes::<Assessment>(path, data) {
        let text = rijp::model::yaml::to_string(&assessment).expect("an assessment can be written");
        let again: Assessment =
            rijp::model::yaml::parse(path, &text).expect("what rijp writes, it reads back");
        assert_eq!(again, assessment);
    }
});
