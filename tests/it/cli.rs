//! The command line, run as a user runs it: exit codes, output, files written and error texts
//! for good and bad input.

use crate::support::mini;

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn rijp() -> Command {
    let mut command = Command::cargo_bin("rijp").unwrap();
    command.env_remove("RIJP_WORKSPACE");
    command
}

/// Runs `rijp import CSV --workspace WORKSPACE`.
fn import(csv: impl AsRef<Path>, workspace: impl AsRef<Path>) -> assert_cmd::assert::Assert {
    rijp()
        .arg("import")
        .arg(csv.as_ref())
        .arg("--workspace")
        .arg(workspace.as_ref())
        .assert()
}

fn mini_workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    mini::write_workspace(dir.path());
    dir
}

/// Every file under a folder with its content, to prove nothing changed.
fn snapshot(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(root).unwrap().display().to_string();
                files.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn scores_json_has_the_documented_shape_and_values() {
    let ws = mini_workspace();
    let output = rijp()
        .args(["scores", "--format", "json", "--workspace"])
        .arg(ws.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["round"], "2025");
    assert_eq!(json["cutoff"]["rule"], "midpoint");
    assert_eq!(json["cutoff"]["x"], 50.0);
    assert_eq!(json["cutoff"]["y"], 50.0);
    assert_eq!(json["benchmark"]["illustrative"], false);
    assert_eq!(json["benchmark"]["quadrant"], "future_ready");
    assert_eq!(json["benchmark"]["scores"]["cb"], 66.7);
    let orgs = json["organisations"].as_array().unwrap();
    assert_eq!(orgs.len(), 3);
    let a = &orgs[0];
    assert_eq!(a["id"], "a");
    assert_eq!(a["name"], "Gemeente A");
    assert_eq!(a["respondents"], 3);
    assert_eq!(a["scores"]["customer_experience"], 50.0);
    assert_eq!(a["scores"]["operational_efficiency"], 37.5);
    assert_eq!(a["quadrant"], "integrated_experience");
    assert_eq!(a["culture"]["overall"], "at");
    assert_eq!(a["culture"]["furthest_above"], serde_json::json!(["cb"]));
    assert_eq!(a["culture"]["furthest_below"], serde_json::json!(["ca"]));
    assert_eq!(a["leadership"]["overall"], "below");
    assert_eq!(orgs[1]["quadrant"], "traditional");
}

#[test]
fn scores_json_is_byte_identical_between_runs() {
    let ws = mini_workspace();
    let run = || {
        rijp()
            .args(["scores", "--format", "json", "--workspace"])
            .arg(ws.path())
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn scores_table_and_csv_name_round_benchmark_and_cutoff() {
    let ws = mini_workspace();
    rijp()
        .args(["scores", "--lang", "en", "--workspace"])
        .arg(ws.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("Round: Meting 2025"))
        .stdout(predicate::str::contains("average of the partners, n = 3"))
        .stdout(predicate::str::contains("scale midpoint (x 50.0 / y 50.0)"))
        .stdout(predicate::str::contains("Integrated experience"));
    rijp()
        .args(["scores", "--format", "csv", "--workspace"])
        .arg(ws.path())
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "id,name,respondents,quadrant,customer_experience,operational_efficiency,ca,cb,la,lb",
        ))
        .stdout(predicate::str::contains(
            "a,Gemeente A,3,integrated_experience,50.0,37.5,50.0,75.0,25.0,50.0,at,below",
        ));
}

#[test]
fn unknown_round_benchmark_or_organisation_fails_with_the_known_ones() {
    let ws = mini_workspace();
    rijp()
        .args(["scores", "--round", "1999", "--workspace"])
        .arg(ws.path())
        .assert()
        .failure()
        .stderr(predicate::str::contains("onbekende ronde ‘1999’"))
        .stderr(predicate::str::contains("2025"));
    rijp()
        .args(["scores", "--benchmark", "landelijk", "--workspace"])
        .arg(ws.path())
        .assert()
        .failure()
        .stderr(predicate::str::contains("onbekende benchmark ‘landelijk’"));
    rijp()
        .args(["scores", "--orgs", "zz", "--workspace"])
        .arg(ws.path())
        .assert()
        .failure()
        .stderr(predicate::str::contains("onbekende organisatie ‘zz’"));
}

#[test]
fn demo_writes_five_fictitious_partners_and_refuses_a_non_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("demo-ws");
    rijp()
        .arg("demo")
        .arg("--workspace")
        .arg(&ws)
        .assert()
        .success();
    let output = rijp()
        .args(["scores", "--format", "json", "--workspace"])
        .arg(&ws)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let orgs = json["organisations"].as_array().unwrap();
    assert_eq!(orgs.len(), 5);
    for org in orgs {
        assert!(org["name"].as_str().unwrap().contains("(fictief)"));
        let n = org["respondents"].as_u64().unwrap();
        assert!((3..=7).contains(&n), "{n}");
        assert!(org["quadrant"].is_string());
    }
    assert_eq!(json["benchmark"]["illustrative"], true);
    // Four partners took part in the baseline; the fifth joined later.
    let baseline = rijp()
        .args([
            "scores",
            "--round",
            "2024",
            "--format",
            "json",
            "--workspace",
        ])
        .arg(&ws)
        .output()
        .unwrap();
    let baseline: serde_json::Value = serde_json::from_slice(&baseline.stdout).unwrap();
    assert_eq!(baseline["organisations"].as_array().unwrap().len(), 4);

    let before = snapshot(&ws);
    rijp()
        .arg("demo")
        .arg("--workspace")
        .arg(&ws)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "is niet leeg; de demo wordt alleen in een lege of nieuwe map geschreven",
        ));
    rijp()
        .args(["--lang", "en", "demo", "--workspace"])
        .arg(&ws)
        .assert()
        .failure()
        .stderr(predicate::str::contains("is not empty"));
    assert_eq!(snapshot(&ws), before);
}

#[test]
fn demo_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["one", "two"] {
        rijp()
            .arg("demo")
            .arg("--workspace")
            .arg(dir.path().join(name))
            .assert()
            .success();
    }
    let strip = |files: Vec<(String, Vec<u8>)>| files;
    assert_eq!(
        strip(snapshot(&dir.path().join("one"))),
        strip(snapshot(&dir.path().join("two")))
    );
}

#[test]
fn validate_lists_every_problem_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(
        &bad,
        [
            "id: x",
            "version: 1",
            "title: {nl: a}",
            "answer_scale: {min: 1, max: 1, dont_know: {nl: a, en: b}}",
            "quadrants: []",
            "pillars:",
            "  - id: ambition",
            "    name: {nl: a, en: a}",
            "    scales:",
            "      - id: customer_experience",
            "        name: {nl: a, en: b}",
            "        themes: [nope]",
            "        items:",
            "          - {id: cx1, text: {nl: a, en: b}}",
            "          - {id: cx1, text: {nl: a, en: b}}",
        ]
        .join("\n"),
    )
    .unwrap();
    let file = bad.display().to_string();
    rijp()
        .args(["--lang", "en", "validate"])
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "{file}:3:8: missing translation 'en' for the title"
        )))
        .stderr(predicate::str::contains(format!("{file}:4:15: unknown scale 1..1")))
        .stderr(predicate::str::contains(format!(
            "{file}:10:13: 'customer_experience' has 2 items; a dimension or characteristic needs at least 4"
        )))
        .stderr(predicate::str::contains(format!(
            "{file}:12:18: unknown reference: theme 'nope' is not defined"
        )))
        .stderr(predicate::str::contains(format!(
            "{file}:15:18: duplicate id 'cx1' (first used at line 14, column 18)"
        )))
        .stderr(predicate::str::contains("pillar 'culture' is missing"));
}

#[test]
fn validate_reports_malformed_empty_and_mistyped_files() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let broken = write("broken.yaml", "id: x\nversion: 1\ntitle: {nl: a\n");
    let empty = write("empty.yaml", "");
    let typed = write("typed.yaml", "id: x\nversion: veel\n");
    let unknown = write("unknown.yaml", "id: x\nversion: 1\nfoo: 2\n");
    rijp()
        .args(["--lang", "en", "validate"])
        .args([&broken, &empty, &typed, &unknown])
        .arg("questionnaires/digitale-volwassenheid.yaml")
        .assert()
        .code(1)
        .stderr(predicate::str::is_match(r"broken\.yaml:\d+:\d+: ").unwrap())
        .stderr(predicate::str::contains(
            "empty.yaml:1:1: the file is empty",
        ))
        .stderr(predicate::str::contains("typed.yaml:2:10:"))
        .stderr(predicate::str::contains(
            "unknown.yaml:3:1: unknown field `foo`",
        ))
        .stdout(predicate::str::contains(
            "questionnaires/digitale-volwassenheid.yaml: valid",
        ));
    rijp()
        .args(["validate", "questionnaires/digitale-volwassenheid.yaml"])
        .assert()
        .success();
}

fn write_csv(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn import_creates_organisations_rounds_and_exact_answers() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    let csv = write_csv(
        dir.path(),
        "in.csv",
        "organisation,respondent,round,item,answer,role,date,comment\n\
Gemeente Súdwest,Anouk de Vries,2025,cx13,4,i-adviseur,2025-03-03,Goed bezig\n\
Gemeente Súdwest,Anouk de Vries,2025,cx05,weet niet,i-adviseur,2025-03-03,\n\
Gemeente Súdwest,Anouk de Vries,2025,cx03,,i-adviseur,2025-03-03,\n\
Gemeente Súdwest,Anouk de Vries,2025,cx15,1,i-adviseur,2025-03-03,\n"
            .as_bytes(),
    );
    import(&csv, &ws)
        .success()
        .stdout(predicate::str::contains(
            "4 rijen met 4 antwoorden (2 weet niet, 0 niet van toepassing, 0 overgeslagen)",
        ))
        .stdout(predicate::str::contains(
            "beoordelingen: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 onvolledig",
        ))
        .stdout(predicate::str::contains(
            "1 nieuwe organisatie, 1 nieuwe ronde",
        ));
    let org = std::fs::read_to_string(ws.join("organisations/gemeente-sudwest.yaml")).unwrap();
    assert_eq!(org, "name: Gemeente Súdwest\nprofile: {}\n");
    let assessment =
        std::fs::read_to_string(ws.join("assessments/2025/gemeente-sudwest/anouk-de-vries.yaml"))
            .unwrap();
    assert!(assessment.contains("role: i_adviser"), "{assessment}");
    assert!(assessment.contains("date: \"2025-03-03\""), "{assessment}");
    assert!(
        assessment.contains("answers:\n  cx03: \"?\"\n  cx05: \"?\"\n  cx13: 4\n  cx15: 1\n"),
        "{assessment}"
    );
    assert!(assessment.contains("cx13: Goed bezig"), "{assessment}");
    assert!(ws.join("rounds/2025.yaml").exists());

    // The same file again changes nothing, and the file is left as it was, times and all.
    let file = ws.join("assessments/2025/gemeente-sudwest/anouk-de-vries.yaml");
    let before = std::fs::metadata(&file).unwrap();
    import(&csv, &ws).success().stdout(predicate::str::contains(
        "beoordelingen: 0 nieuw, 0 bijgewerkt, 1 ongewijzigd, 0 onvolledig",
    ));
    let after = std::fs::metadata(&file).unwrap();
    assert_eq!(after.modified().unwrap(), before.modified().unwrap());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), assessment);
}

#[test]
fn import_reads_semicolons_and_a_byte_order_mark() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(
        b"organisation;respondent;round;item;answer\r\nGemeente X;Jan;2025;oe03;5\r\n",
    );
    let csv = write_csv(dir.path(), "excel.csv", &bytes);
    import(&csv, &ws).success();
    let assessment =
        std::fs::read_to_string(ws.join("assessments/2025/gemeente-x/jan.yaml")).unwrap();
    assert!(assessment.contains("oe03: 5"), "{assessment}");
}

#[test]
fn import_with_errors_names_line_and_field_and_writes_nothing() {
    let ws = mini_workspace();
    let before = snapshot(ws.path());
    let dir = tempfile::tempdir().unwrap();
    let csv = write_csv(
        dir.path(),
        "bad.csv",
        b"organisation,respondent,round,item,answer\n\
Gemeente A,r9,2025,cx1,4\n\
Gemeente A,r9,2025,zz9,4\n\
Gemeente A,r9,2025,cx2,7\n\
Gemeente A,r9,2025,cx1,3\n\
Gemeente A,,2025,cx3,3\n",
    );
    let file = csv.display().to_string();
    import(&csv, ws.path())
        .failure()
        .stderr(predicate::str::contains(format!(
            "{file}:3: item: onbekend item 'zz9' in vragenlijst mini versie 2"
        )))
        .stderr(predicate::str::contains(format!(
            "{file}:4: answer: '7' is geen antwoord: gebruik 1 tot en met 5"
        )))
        .stderr(predicate::str::contains(format!(
            "{file}:5: dubbel antwoord: regel 2 beantwoordt item 'cx1' al"
        )))
        .stderr(predicate::str::contains(format!(
            "{file}:6: respondent: leeg: elke rij heeft de respondent nodig"
        )))
        .stderr(predicate::str::contains("Er is niets geïmporteerd."));
    assert_eq!(snapshot(ws.path()), before);
}

#[test]
fn import_rejects_a_bad_header_and_an_empty_file() {
    let ws = mini_workspace();
    let dir = tempfile::tempdir().unwrap();
    let header = write_csv(
        dir.path(),
        "h.csv",
        b"organisatie,respondent,round,item,answer\nA,b,c,cx1,1\n",
    );
    import(&header, ws.path())
        .failure()
        .stderr(predicate::str::contains(":1: organisatie: onbekende kolom"))
        .stderr(predicate::str::contains(
            ":1: organisation: verplichte kolom ontbreekt",
        ));
    let empty = write_csv(dir.path(), "e.csv", b"");
    import(&empty, ws.path())
        .failure()
        .stderr(predicate::str::contains("het bestand is leeg"));
}

#[test]
fn names_with_path_separators_stay_inside_the_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    let csv = write_csv(
        dir.path(),
        "evil.csv",
        b"organisation,respondent,round,item,answer\n../../evil,../../../x/y,../r,cx13,3\n",
    );
    import(&csv, &ws).success();
    assert!(ws.join("organisations/evil.yaml").exists());
    assert!(ws.join("assessments/r/evil/x-y.yaml").exists());
    let outside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let mut outside = outside;
    outside.sort();
    assert_eq!(outside, ["evil.csv", "ws"]);
}

#[test]
fn damaged_files_are_reported_skipped_and_left_untouched() {
    let ws = mini_workspace();
    let damaged = ws.path().join("assessments/2025/b/r1.yaml");
    std::fs::write(
        &damaged,
        "organisation: b\nrespondent: r1\nround: \"2025\"\nanswers: [oops\n",
    )
    .unwrap();
    let wrong_type = ws.path().join("organisations/c.yaml");
    std::fs::write(
        &wrong_type,
        "name: Gemeente C\nprofile:\n  inhabitants: veel\n",
    )
    .unwrap();
    let before = snapshot(ws.path());
    rijp()
        .args(["scores", "--workspace"])
        .arg(ws.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("assessments/2025/b/r1.yaml:"))
        .stderr(predicate::str::contains("organisations/c.yaml:3:16:"))
        .stdout(predicate::str::contains("Gemeente A"));
    assert_eq!(snapshot(ws.path()), before);
}

#[test]
fn import_refuses_to_overwrite_a_damaged_assessment() {
    let ws = mini_workspace();
    let damaged = ws.path().join("assessments/2025/a/r1.yaml");
    std::fs::write(&damaged, "answers: [oops\n").unwrap();
    let before = snapshot(ws.path());
    let dir = tempfile::tempdir().unwrap();
    let csv = write_csv(
        dir.path(),
        "in.csv",
        b"organisation,respondent,round,item,answer\nGemeente A,r1,2025,cx1,4\n",
    );
    import(&csv, ws.path())
        .failure()
        .stderr(predicate::str::contains("a/r1.yaml:1:"))
        .stderr(predicate::str::contains("Er is niets geïmporteerd."));
    assert_eq!(snapshot(ws.path()), before);
}

#[test]
fn an_unwritable_workspace_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    // A workspace below a regular file cannot be created, even by root.
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "x").unwrap();
    let csv = write_csv(
        dir.path(),
        "in.csv",
        b"organisation,respondent,round,item,answer\nA,b,2025,cx13,4\n",
    );
    import(&csv, blocker.join("ws"))
        .failure()
        .stderr(predicate::str::contains("kan de map"))
        .stderr(predicate::str::contains(
            "niet maken: een deel van het pad is geen map",
        ));
    rijp()
        .args(["--lang", "en", "demo"])
        .arg("--workspace")
        .arg(blocker.join("ws"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot create folder"));
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "x");
}

#[test]
fn every_subcommand_has_help_with_an_example() {
    let commands = [
        "validate",
        "demo",
        "import",
        "scores",
        "report",
        "export-data",
        "export",
    ];
    for command in commands {
        rijp()
            .args([command, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Voorbeeld"))
            .stdout(predicate::str::contains(format!("rijp {command} ")));
        rijp()
            .args(["--lang", "en", command, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
}

#[test]
fn answers_to_items_a_later_version_dropped_are_kept_and_reported() {
    let ws = mini_workspace();
    let path = ws.path().join("assessments/2025/a/r1.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("answers:\n", "answers:\n  zz1: 3\n")).unwrap();
    rijp()
        .args(["scores", "--workspace"])
        .arg(ws.path())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "1 antwoord op vragen die deze vragenlijstversie niet meer heeft",
        ));
    // Updating the assessment through an import keeps the old answer on disk.
    let dir = tempfile::tempdir().unwrap();
    let csv = write_csv(
        dir.path(),
        "in.csv",
        b"organisation,respondent,round,item,answer\nGemeente A,r1,2025,cx1,1\n",
    );
    import(&csv, ws.path())
        .success()
        .stdout(predicate::str::contains(
            "beoordelingen: 0 nieuw, 1 bijgewerkt",
        ));
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(after.contains("zz1: 3"), "{after}");
    assert!(after.contains("cx1: 1"), "{after}");
}

#[test]
fn a_closed_output_pipe_ends_quietly() {
    let ws = mini_workspace();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("rijp"))
        .args(["scores", "--format", "json", "--workspace"])
        .arg(ws.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Like `rijp scores | head -0`: the reader is gone before anything is written.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
