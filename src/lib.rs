//! rijp: measure and compare the digital maturity of Dutch municipalities and the ICT
//! cooperations they form.
//!
//! The library holds the whole domain in layers; each layer uses only the layers listed
//! before it, and the binary and the terminal interface are thin layers on top:
//!
//! 1. [`model`]: the questionnaire, assessments, languages and typed ids.
//! 2. [`store`]: the workspace folder of plain YAML files; atomic writes, locks, the cache.
//! 3. [`analysis`]: scoring, benchmarks, comparison, change, the cooperation, programme.
//! 4. [`ingest`]: survey imports, the raw data export and the demo.
//! 5. [`words`]: every user-facing text in Dutch and English, and findings in words.
//! 6. [`render`]: charts, the report, and the `scores` outputs.
//! 7. [`tui`]: the full-screen terminal interface.

pub mod analysis;
pub mod ingest;
pub mod model;
pub mod render;
pub mod store;
pub mod tui;
pub mod words;
