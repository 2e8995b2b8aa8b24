//! A small hand-computed workspace on the mini questionnaire (tests/fixtures), shared by the
//! scoring and command-line tests. Expected values are worked out in `scoring_fixture.rs`.

use std::path::Path;

pub const QUESTIONNAIRE: &str = include_str!("../../fixtures/mini-questionnaire.yaml");

/// Answers per scale prefix for one respondent: (prefix, four answers; "" = missing).
type Answers<'a> = &'a [(&'a str, [&'a str; 4])];

fn assessment(org: &str, respondent: &str, role: &str, answers: Answers) -> String {
    let mut text = format!(
        "organisation: {org}\nrespondent: {respondent}\nrole: {role}\nround: \"2025\"\nquestionnaire: {{id: mini, version: 2}}\nanswers:\n"
    );
    for (prefix, values) in answers {
        for (index, value) in values.iter().enumerate() {
            if !value.is_empty() {
                text.push_str(&format!("  {prefix}{}: {value}\n", index + 1));
            }
        }
    }
    text
}

fn write(root: &Path, relative: &str, text: &str) {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Writes the workspace: organisations a, b and c; round 2025.
pub fn write_workspace(root: &Path) {
    write(root, "mini-questionnaire.yaml", QUESTIONNAIRE);
    write(
        root,
        "rijp.yaml",
        "questionnaire: mini-questionnaire.yaml\n",
    );
    write(
        root,
        "rounds/2025.yaml",
        "name: Meting 2025\ndate: \"2025-03-01\"\n",
    );
    for (id, name) in [
        ("a", "Gemeente A"),
        ("b", "Gemeente B"),
        ("c", "Gemeente C"),
    ] {
        write(
            root,
            &format!("organisations/{id}.yaml"),
            &format!("name: {name}\n"),
        );
    }
    let all = |v: &'static str| [v, v, v, v];
    write(
        root,
        "assessments/2025/a/r1.yaml",
        &assessment(
            "a",
            "r1",
            "i_adviser",
            &[
                ("cx", ["4", "5", "3", "2"]),
                ("oe", all("4")),
                ("ca", all("4")),
                ("cb", all("5")),
                ("la", all("3")),
                ("lb", all("2")),
            ],
        ),
    );
    write(
        root,
        "assessments/2025/a/r2.yaml",
        &assessment(
            "a",
            "r2",
            "staff",
            &[
                ("cx", ["2", "2", "\"?\"", ""]),
                ("oe", all("1")),
                ("ca", all("2")),
                ("cb", all("3")),
                ("la", all("1")),
                ("lb", all("4")),
            ],
        ),
    );
    write(
        root,
        "assessments/2025/a/r3.yaml",
        &assessment("a", "r3", "board", &[("cx", ["5", "", "", ""])]),
    );
    let everything = |v: &'static str| -> Vec<(&'static str, [&'static str; 4])> {
        ["cx", "oe", "ca", "cb", "la", "lb"]
            .into_iter()
            .map(|p| (p, all(v)))
            .collect()
    };
    write(
        root,
        "assessments/2025/b/r1.yaml",
        &assessment("b", "r1", "management", &everything("2")),
    );
    write(
        root,
        "assessments/2025/c/r1.yaml",
        &assessment("c", "r1", "board", &everything("5")),
    );
}
