//! Hostile and broken input: alias bombs, deep nesting, huge files, very long strings, control
//! characters and right-to-left text. rijp must answer each with a clear error (or handle it),
//! in bounded time and memory, and never crash or write outside the workspace.

use std::io::Write;
use std::path::{Component, Path};
use std::process::Command;

use proptest::prelude::*;
use rijp::model::assessment::Assessment;
use rijp::model::ids::AssessmentKey;
use rijp::model::questionnaire::Questionnaire;
use rijp::model::yaml::{self, MAX_YAML_BYTES};
use rijp::store::workspace::Workspace;

/// The classic "billion laughs": nine levels of ten aliases each, 10^9 strings when expanded.
fn alias_bomb() -> String {
    let mut text = String::from(
        "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for level in 1..=9 {
        let previous = format!("*a{}", level - 1);
        let list = vec![previous; 10].join(",");
        text.push_str(&format!("a{level}: &a{level} [{list}]\n"));
    }
    text
}

fn deep_flow_nesting() -> String {
    format!("answers: {}{}\n", "[".repeat(100_000), "]".repeat(100_000))
}

fn deep_block_nesting() -> String {
    let mut text = String::new();
    for depth in 0..5_000 {
        text.push_str(&" ".repeat(depth));
        text.push_str("k:\n");
    }
    text
}

fn huge_file(path: &Path) {
    // A sparse file: 100 MB as far as anyone asking its size knows, instantly made.
    let file = std::fs::File::create(path).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap();
}

#[test]
fn alias_bombs_and_deep_nesting_are_refused_with_a_position() {
    let path = Path::new("hostile.yaml");
    for (name, text) in [
        ("alias bomb", alias_bomb()),
        ("deep flow nesting", deep_flow_nesting()),
        ("deep block nesting", deep_block_nesting()),
    ] {
        let error = yaml::parse::<Assessment>(path, &text).unwrap_err();
        assert!(error.line >= 1, "{name}: {error}");
        assert!(!error.message().is_empty(), "{name}");
        let error = Questionnaire::from_yaml(path, &text).unwrap_err();
        assert!(
            !rijp::words::i18n::questionnaire::problem_lines(rijp::model::Lang::En, &error)
                .is_empty(),
            "{name}"
        );
    }
}

#[test]
fn a_100_megabyte_file_is_refused_by_its_size_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    huge_file(&path);
    let error = yaml::read::<Assessment>(&path).unwrap_err();
    assert!(
        error
            .message()
            .contains(&format!("files over {MAX_YAML_BYTES} bytes are refused")),
        "{error}"
    );
    let error = Questionnaire::load(&path).unwrap_err();
    assert!(
        rijp::words::i18n::questionnaire::problem_lines(rijp::model::Lang::En, &error)
            .iter()
            .any(|line| line.contains("are refused")),
        "{:?}",
        rijp::words::i18n::questionnaire::problem_lines(rijp::model::Lang::En, &error)
    );
}

#[test]
fn very_long_strings_and_control_characters_load_and_stay_inside_the_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path());
    rijp::ingest::demo::write_demo(&workspace, &Questionnaire::bundled().unwrap()).unwrap();
    let long_name = "Gemeente ".repeat(100_000);
    let rtl = "\u{202E}lmay.\u{0007}\u{001b}]0;title\u{0007}\u{0000}../../../etc/passwd";
    let csv = dir.path().join("hostile.csv");
    let mut file = std::fs::File::create(&csv).unwrap();
    writeln!(file, "organisation,respondent,round,item,answer,comment").unwrap();
    writeln!(
        file,
        "\"{long_name}\",\"{rtl}\",2025,cx13,4,\"{long_name}\""
    )
    .unwrap();
    writeln!(file, "مدينة الاختبار,\"أحمد \u{200F}\",2025,cx13,2,").unwrap();
    writeln!(
        file,
        "\"Gemeente \u{1b}[31mRood\u{7}\u{202E}\",Piet,2025,cx13,3,"
    )
    .unwrap();
    drop(file);
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .arg("import")
        .arg(&csv)
        .arg("--workspace")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");

    let data = workspace.load().unwrap();
    assert!(data.problems.is_empty(), "{:?}", data.problems);
    let hostile = data
        .assessments
        .iter()
        .find(|stored| stored.assessment.respondent == rtl)
        .expect("the name with control characters is kept as given");
    assert_eq!(
        hostile.assessment.comments["cx13"].len(),
        long_name.trim().len()
    );
    for stored in &data.assessments {
        let relative = stored.path.strip_prefix(dir.path()).unwrap();
        assert!(
            relative
                .components()
                .all(|part| matches!(part, Component::Normal(_))),
            "{}",
            relative.display()
        );
        assert!(relative.as_os_str().len() < 250, "{}", relative.display());
    }
    assert!(
        data.assessments
            .iter()
            .any(|stored| stored.assessment.respondent.starts_with("أحمد"))
    );

    // The table shows the names without handing the terminal its control sequences.
    let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
        .arg("scores")
        .arg("--workspace")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(!table.contains('\u{001b}'), "{table}");
    assert!(!table.contains('\u{0007}'), "{table}");
    assert!(!table.contains('\u{202E}'), "{table}");
    assert!(table.contains("Gemeente \\u{1b}[31mRood"), "{table}");
}

#[test]
fn a_huge_or_binary_import_file_gets_a_short_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.csv");
    huge_file(&huge);
    let binary = dir.path().join("binary.csv");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41, 0x80, 0x0a]).unwrap();
    let long_header = dir.path().join("header.csv");
    std::fs::write(&long_header, format!("{}\n", "x".repeat(1_000_000))).unwrap();
    for file in [&huge, &binary, &long_header] {
        let output = Command::new(env!("CARGO_BIN_EXE_rijp"))
            .arg("import")
            .arg(file)
            .arg("--workspace")
            .arg(dir.path().join("ws"))
            .output()
            .unwrap();
        assert!(!output.status.success());
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(message.contains("Er is niets geïmporteerd"), "{message}");
        assert!(message.len() < 4_000, "a {} byte message", message.len());
    }
}

#[test]
fn hostile_files_in_a_workspace_are_listed_as_problems_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::at(dir.path());
    rijp::ingest::demo::write_demo(&workspace, &Questionnaire::bundled().unwrap()).unwrap();
    let intact = workspace.load().unwrap();
    let folder = dir
        .path()
        .join("assessments")
        .join("2025")
        .join("gemeente-aldersum-fictief");
    std::fs::write(folder.join("bomb.yaml"), alias_bomb()).unwrap();
    std::fs::write(folder.join("deep.yaml"), deep_flow_nesting()).unwrap();
    std::fs::write(folder.join("binary.yaml"), [0xff, 0xfe, 0x00, 0x80]).unwrap();
    std::fs::write(folder.join("empty.yaml"), "").unwrap();
    huge_file(&folder.join("huge.yaml"));
    std::fs::write(
        dir.path().join("organisations").join("bomb.yaml"),
        alias_bomb(),
    )
    .unwrap();
    std::os::unix::fs::symlink("/dev/zero", folder.join("endless.yaml")).unwrap();

    let data = workspace.load().unwrap();
    let problems: Vec<String> = data
        .problems
        .iter()
        .map(|p| p.file.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for name in [
        "bomb.yaml",
        "deep.yaml",
        "binary.yaml",
        "empty.yaml",
        "huge.yaml",
    ] {
        assert!(
            problems.contains(&name.to_string()),
            "{name} not in {problems:?}"
        );
    }
    assert_eq!(data.assessments.len(), intact.assessments.len());
    assert_eq!(data.organisations.len(), intact.organisations.len());
    for problem in &data.problems {
        assert!(problem.to_string().len() < 1_000, "{problem}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn file_names_from_any_text_stay_inside_the_workspace(
        round in ".{0,80}",
        organisation in ".{0,300}",
        respondent in prop_oneof![".{0,300}", "[./\\\\]{0,40}", Just("..".to_string())],
    ) {
        let workspace = Workspace::at("/werk/ruimte");
        let paths = [
            workspace.assessment_path(&AssessmentKey::new(&*round, &*organisation, &*respondent)),
            workspace.organisation_path(&organisation),
            workspace.round_path(&round),
            workspace.benchmark_path(&respondent),
        ];
        for path in paths {
            let relative = path.strip_prefix("/werk/ruimte").unwrap();
            prop_assert!(relative.components().all(|c| matches!(c, Component::Normal(_))), "{}", path.display());
            for part in relative.iter() {
                let part = part.to_str().unwrap();
                prop_assert!(part.len() <= 70, "{part}");
                prop_assert!(part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'), "{part}");
                prop_assert!(!part.starts_with('.'), "{part}");
            }
        }
    }
}
