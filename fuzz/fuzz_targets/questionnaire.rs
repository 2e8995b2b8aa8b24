//! The questionnaire loader on any text: a validated questionnaire or a list of problems with
//! positions, never a panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use rijp::model::questionnaire::Questionnaire;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Err(error) = Questionnaire::from_yaml(Path::new("fuzz.yaml"), text)
    {
        assert!(!error.lines().is_empty());
    }
});
