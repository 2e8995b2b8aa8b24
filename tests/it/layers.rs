//! The source tree keeps its layers: a module uses only its own layer and the layers below
//! it, so the domain never depends on how it is shown.

use std::path::{Path, PathBuf};

/// Bottom to top.
const LAYERS: [&str; 7] = [
    "model", "store", "analysis", "ingest", "words", "render", "tui",
];

fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The layer a source file belongs to: its folder under `src/`, or the file `src/LAYER.rs`.
fn layer_of(src: &Path, file: &Path) -> Option<usize> {
    let relative = file.strip_prefix(src).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    LAYERS.iter().position(|layer| *layer == name)
}

#[test]
fn no_module_uses_a_layer_above_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut violations = Vec::new();
    for file in &files {
        let Some(own) = layer_of(&src, file) else {
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        for (number, line) in text.lines().enumerate() {
            for (rank, layer) in LAYERS.iter().enumerate().skip(own + 1) {
                if line.contains(&format!("crate::{layer}::"))
                    || line.contains(&format!("crate::{layer};"))
                {
                    violations.push(format!(
                        "{}:{}: a {} module uses the {layer} layer",
                        file.strip_prefix(&src).unwrap().display(),
                        number + 1,
                        LAYERS[own],
                    ));
                    let _ = rank;
                }
            }
        }
    }
    assert!(violations.is_empty(), "{}", violations.join("\n"));
    assert!(files.len() > 50, "the source tree was not found");
}
