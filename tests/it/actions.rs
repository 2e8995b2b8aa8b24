//! The improvement register and rounds that close, run as a user runs them: what is written,
//! what is listed, and what is refused with nothing written.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

use crate::support::rijp_ok;

const TODAY: &str = "2026-03-01";
const ALDERSUM: &str = "gemeente-aldersum-fictief";

fn rijp(workspace: &Path) -> Command {
    let mut command = Command::cargo_bin("rijp").unwrap();
    command
        .env_remove("RIJP_WORKSPACE")
        .env("RIJP_TODAY", TODAY)
        .arg("--workspace")
        .arg(workspace);
    command
}

fn demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    rijp_ok(dir.path(), &["demo"]);
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

fn add_two(workspace: &Path) {
    rijp(workspace)
        .args(["actions", "add", "--organisation", "Aldersum"])
        .args([
            "--scale",
            "digital_skills",
            "--action",
            "Training voor alle teams",
        ])
        .args(["--owner", "HR-adviseur", "--due", "2026-01-15"])
        .args(["--finding", "Het verst onder de benchmark"])
        .args(["--theme", "skills_behaviour"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Actie a-0001 toegevoegd"));
    rijp(workspace)
        .args([
            "actions",
            "add",
            "--cooperation",
            "--scale",
            "governance_priorities",
        ])
        .args([
            "--action",
            "Eén portfolio voor de samenwerking",
            "--owner",
            "Stuurgroep",
        ])
        .args(["--due", "2026-09-01", "--status", "in_progress"])
        .assert()
        .success()
        .stdout(predicate::str::contains("a-0002"));
}

fn list_json(workspace: &Path, filters: &[&str]) -> Vec<serde_json::Value> {
    let output = rijp(workspace)
        .args(["actions", "list", "--format", "json"])
        .args(filters)
        .output()
        .unwrap();
    assert!(output.status.success());
    serde_json::from_slice(&output.stdout).unwrap()
}

fn ids(rows: &[serde_json::Value]) -> Vec<&str> {
    rows.iter().map(|row| row["id"].as_str().unwrap()).collect()
}

#[test]
fn actions_are_added_listed_filtered_updated_and_removed() {
    let dir = demo();
    let ws = dir.path();
    add_two(ws);

    let file = std::fs::read_to_string(ws.join("actions/a-0001.yaml")).unwrap();
    assert!(
        file.contains(&format!("organisation: {ALDERSUM}")),
        "{file}"
    );
    assert!(file.contains("status: voorgesteld"), "{file}");
    assert!(
        file.contains("round: '2025'") || file.contains("round: \"2025\""),
        "{file}"
    );

    let all = list_json(ws, &[]);
    assert_eq!(ids(&all), ["a-0001", "a-0002"]);
    let first = &all[0];
    assert_eq!(first["organisation"], ALDERSUM);
    assert_eq!(first["scale"], "digital_skills");
    assert_eq!(first["action"], "Training voor alle teams");
    assert_eq!(first["owner"], "HR-adviseur");
    assert_eq!(first["due"], "2026-01-15");
    assert_eq!(first["status"], "voorgesteld");
    assert_eq!(first["overdue"], true);
    assert_eq!(all[1]["organisation"], serde_json::Value::Null);
    assert_eq!(all[1]["status"], "lopend");
    assert_eq!(all[1]["overdue"], false);

    assert_eq!(ids(&list_json(ws, &["--overdue"])), ["a-0001"]);
    assert_eq!(ids(&list_json(ws, &["--status", "lopend"])), ["a-0002"]);
    assert_eq!(
        ids(&list_json(ws, &["--organisation", ALDERSUM])),
        ["a-0001"]
    );
    assert_eq!(ids(&list_json(ws, &["--cooperation"])), ["a-0002"]);

    rijp(ws)
        .args(["actions", "list", "--lang", "en"])
        .assert()
        .success()
        .stdout(predicate::str::contains("proposed (overdue)"))
        .stdout(predicate::str::contains("the cooperation as a whole"))
        .stdout(predicate::str::contains("Developing staff digital skills"));
    let csv = rijp_ok(ws, &["actions", "list", "--format", "csv"]);
    assert!(csv.starts_with("id,organisation,scale,action,owner,due,status,overdue"));
    assert!(csv.contains("a-0002,,governance_priorities,"), "{csv}");

    rijp(ws)
        .args(["actions", "set", "a-0001", "--status", "gereed"])
        .args(["--note", "Alle teams getraind"])
        .assert()
        .success();
    let file = std::fs::read_to_string(ws.join("actions/a-0001.yaml")).unwrap();
    assert!(file.contains("status: gereed"), "{file}");
    assert!(file.contains("Alle teams getraind"), "{file}");
    assert!(file.contains(TODAY), "{file}");
    assert!(list_json(ws, &["--overdue"]).is_empty());

    rijp(ws)
        .args(["actions", "remove", "a-0001"])
        .assert()
        .success();
    assert!(!ws.join("actions/a-0001.yaml").exists());
    // A removed id is not given again.
    rijp(ws)
        .args(["actions", "add", "--cooperation", "--scale", "vision"])
        .args([
            "--action",
            "Visie herijken",
            "--owner",
            "Stuurgroep",
            "--due",
            "2026-06-01",
        ])
        .assert()
        .success();
    assert_eq!(ids(&list_json(ws, &[])), ["a-0002", "a-0003"]);
}

#[test]
fn bad_input_is_refused_with_the_value_named_and_nothing_written() {
    let dir = demo();
    let ws = dir.path();
    add_two(ws);
    let before = snapshot(ws);
    let add = |extra: &[&str], said: &str| {
        rijp(ws)
            .args(["actions", "add", "--organisation", ALDERSUM])
            .args(["--action", "Iets", "--owner", "Iemand"])
            .args(extra)
            .assert()
            .failure()
            .stderr(predicate::str::contains(said));
    };
    add(
        &["--scale", "kwaliteit", "--due", "2026-05-01"],
        "onbekende dimensie of kenmerk ‘kwaliteit’",
    );
    add(
        &["--scale", "vision", "--due", "2026-02-31"],
        "‘2026-02-31’ is geen datum",
    );
    add(
        &[
            "--scale",
            "vision",
            "--due",
            "2026-05-01",
            "--status",
            "klaar",
        ],
        "onbekende status ‘klaar’",
    );
    add(
        &[
            "--scale",
            "vision",
            "--due",
            "2026-05-01",
            "--theme",
            "geld",
        ],
        "onbekend programmathema ‘geld’",
    );
    rijp(ws)
        .args([
            "actions",
            "add",
            "--organisation",
            "Nergenshuizen",
            "--scale",
            "vision",
        ])
        .args([
            "--action",
            "Iets",
            "--owner",
            "Iemand",
            "--due",
            "2026-05-01",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "onbekende organisatie ‘Nergenshuizen’",
        ));
    rijp(ws)
        .args(["actions", "set", "a-0099", "--status", "gereed"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("onbekende actie ‘a-0099’"));
    rijp(ws)
        .args([
            "--lang", "en", "actions", "set", "a-0001", "--status", "finished",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "unknown status 'finished'; choose from proposed, in_progress, done, dropped",
        ));
    rijp(ws)
        .args(["actions", "set", "a-0001", "--due", "15-01-2026"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("‘15-01-2026’ is geen datum"));
    rijp(ws)
        .args(["actions", "remove", "a-0042"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("a-0042"));
    assert_eq!(snapshot(ws), before);
}

#[test]
fn a_damaged_action_file_is_reported_and_the_rest_still_loads() {
    let dir = demo();
    let ws = dir.path();
    add_two(ws);
    std::fs::write(ws.join("actions/a-0003.yaml"), "scale: vision\naction: [\n").unwrap();
    std::fs::write(
        ws.join("actions/a-0004.yaml"),
        "scale: kwaliteit\naction: x\nowner: y\ndue: 2026-01-01\nstatus: lopend\nround: '2025'\n",
    )
    .unwrap();
    let output = rijp(ws).args(["actions", "list"]).output().unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("actions/a-0003.yaml:2:"), "{stderr}");
    assert!(
        stderr.contains("a-0004.yaml:1:1: onbekende dimensie of kenmerk ‘kwaliteit’"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("a-0001") && stdout.contains("a-0002"),
        "{stdout}"
    );
    // A new action never takes the id of a file that is there, damaged or not.
    rijp(ws)
        .args(["actions", "add", "--cooperation", "--scale", "vision"])
        .args([
            "--action",
            "Visie",
            "--owner",
            "Stuurgroep",
            "--due",
            "2026-06-01",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("a-0005"));
    assert_eq!(
        std::fs::read_to_string(ws.join("actions/a-0003.yaml")).unwrap(),
        "scale: vision\naction: [\n"
    );
}

#[test]
fn a_closed_round_refuses_answers_and_reports_a_file_changed_after_closing() {
    let dir = demo();
    let ws = dir.path();
    rijp(ws)
        .args(["round", "close", "2025"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Ronde Meting 2025 gesloten op 1 maart 2026",
        ));
    let round = std::fs::read_to_string(ws.join("rounds/2025.yaml")).unwrap();
    assert!(round.contains("closed:"), "{round}");
    assert!(round.contains(TODAY), "{round}");
    assert!(
        round.contains(&format!("assessments/2025/{ALDERSUM}/anouk-de-vries.yaml")),
        "{round}"
    );
    rijp(ws)
        .args(["round", "close", "2025"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("al gesloten"));

    let before = snapshot(ws);
    rijp(ws)
        .args([
            "record",
            "--organisation",
            ALDERSUM,
            "--respondent",
            "Nieuw",
        ])
        .args(["--round", "2025"])
        .write_stdin("cx13 4\n")
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "ronde Meting 2025 is op 1 maart 2026 gesloten",
        ));
    let elsewhere = tempfile::tempdir().unwrap();
    let csv = elsewhere.path().join("late-answers.csv");
    std::fs::write(
        &csv,
        "organisation,respondent,round,item,answer\n\
         Gemeente Aldersum (fictief),Nieuw,2025,cx13,4\n",
    )
    .unwrap();
    rijp(ws)
        .args(["--lang", "en", "import"])
        .arg(&csv)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "round Meting 2025 was closed on 1 March 2026 and takes no answers; nothing was written",
        ));
    assert_eq!(snapshot(ws), before);

    // A file edited by hand after closing is said on every load, and still used.
    let edited = ws.join(format!("assessments/2025/{ALDERSUM}/anouk-de-vries.yaml"));
    let mut text = std::fs::read_to_string(&edited).unwrap();
    text.push_str("# bijgewerkt\n");
    std::fs::write(&edited, text).unwrap();
    rijp(ws)
        .args(["scores"])
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "assessments/2025/{ALDERSUM}/anouk-de-vries.yaml: gewijzigd na het sluiten van ronde Meting 2025"
        )));

    rijp(ws)
        .args(["round", "reopen", "Meting 2025"])
        .assert()
        .success();
    let round = std::fs::read_to_string(ws.join("rounds/2025.yaml")).unwrap();
    assert!(!round.contains("closed:"), "{round}");
    rijp(ws)
        .args([
            "record",
            "--organisation",
            ALDERSUM,
            "--respondent",
            "Nieuw",
        ])
        .args(["--round", "2025"])
        .write_stdin("cx13 4\n")
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}

#[test]
fn the_register_commands_have_help_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    rijp(dir.path())
        .args(["actions", "add", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Gebruik: rijp actions add"))
        .stdout(predicate::str::contains("De streefdatum"));
    rijp(dir.path())
        .args(["--lang", "en", "round", "close", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Usage: rijp round close"))
        .stdout(predicate::str::contains("no more answers"));
}

/// The Markdown report of the latest round, in a language.
fn report(workspace: &Path, lang: &str, extra: &[&str]) -> String {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("rapport.md");
    rijp(workspace)
        .args(["--lang", lang, "report", "--out"])
        .arg(&file)
        .args(extra)
        .assert()
        .success();
    std::fs::read_to_string(file).unwrap()
}

/// The report's agenda, from its heading to the next section of the same level.
fn agenda<'a>(report: &'a str, heading: &str) -> &'a str {
    let start = report
        .find(&format!("## {heading}\n"))
        .unwrap_or_else(|| panic!("no agenda in {report}"));
    let rest = &report[start + 3..];
    let end = rest.find("\n## ").map_or(rest.len(), |at| at + 1);
    &rest[..end]
}

#[test]
fn the_report_has_an_agenda_per_partner_and_for_the_cooperation_in_both_languages() {
    let dir = demo();
    let ws = dir.path();
    assert!(!report(ws, "nl", &[]).contains("Verbeteragenda"));
    rijp(ws)
        .args([
            "actions",
            "add",
            "--organisation",
            "Aldersum",
            "--round",
            "2024",
        ])
        .args([
            "--scale",
            "digital_skills",
            "--action",
            "Training voor alle teams",
        ])
        .args([
            "--owner",
            "HR-adviseur",
            "--due",
            "2024-12-01",
            "--status",
            "lopend",
        ])
        .assert()
        .success();
    rijp(ws)
        .args([
            "actions",
            "add",
            "--cooperation",
            "--scale",
            "governance_priorities",
        ])
        .args([
            "--action",
            "Eén portfolio",
            "--owner",
            "Stuurgroep",
            "--due",
            "2026-12-01",
        ])
        .assert()
        .success();

    let nl = report(ws, "nl", &[]);
    assert!(
        nl.contains("Status: concept (de ronde is nog open)"),
        "{nl}"
    );
    let section = agenda(&nl, "Verbeteragenda");
    assert!(
        section.contains("### Gemeente Aldersum (fictief)"),
        "{section}"
    );
    assert!(section.contains("### Samenwerking als geheel"), "{section}");
    assert!(!section.contains("Brakeveen"), "{section}");
    assert!(
        section.contains(
            "| Ontwikkeling digitale vaardigheden medewerkers | 63,1 | Training voor alle teams \
             | HR-adviseur | 1 december 2024 | lopend (verlopen) | +5,6, binnen de 95%-marge |"
        ),
        "{section}"
    );
    assert!(
        section.contains("| voorgesteld | afgesproken in deze ronde |"),
        "{section}"
    );
    assert!(section.contains("vóór 1 maart 2026"), "{section}");
    assert!(
        section.contains("dat betekent niet dat de actie die verandering heeft veroorzaakt"),
        "{section}"
    );

    let en = report(ws, "en", &[]);
    let section = agenda(&en, "Improvement agenda");
    assert!(section.contains("### Cooperation as a whole"), "{section}");
    assert!(
        section.contains("| in progress (overdue) | +5.6, within the 95% margin |"),
        "{section}"
    );
    assert!(
        section.contains("| proposed | agreed in this round |"),
        "{section}"
    );
    assert!(section.contains("before 1 March 2026"), "{section}");

    // A closed round's report is final, and overdue is judged on the day it closed.
    rijp(ws).args(["round", "close", "2024"]).assert().success();
    // The baseline's report shows only what was agreed by then, without a change.
    let baseline = report(ws, "en", &["--round", "2024"]);
    let section = agenda(&baseline, "Improvement agenda");
    assert!(section.contains("Training voor alle teams"), "{section}");
    assert!(!section.contains("Eén portfolio"), "{section}");
    assert!(!section.contains("Change since"), "{section}");
    assert!(
        baseline.contains("Status: final (round closed on 1 March 2026)"),
        "{baseline}"
    );
}

#[test]
fn the_workbook_has_a_sheet_of_actions() {
    use calamine::{Data, Reader};
    let dir = demo();
    let ws = dir.path();
    add_two(ws);
    let out = tempfile::tempdir().unwrap();
    let book = out.path().join("export.xlsx");
    rijp(ws)
        .args(["export-data", "--format", "xlsx", "--out"])
        .arg(&book)
        .assert()
        .success();
    let mut workbook = calamine::open_workbook_auto(&book).unwrap();
    let sheet = workbook.worksheet_range("actions").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|row| row.iter().map(ToString::to_string).collect())
        .collect();
    assert_eq!(
        rows[0],
        [
            "id",
            "organisation_id",
            "organisation",
            "scale",
            "characteristic",
            "finding",
            "action",
            "owner",
            "due",
            "status",
            "theme",
            "round",
            "notes"
        ]
    );
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1][0], "a-0001");
    assert_eq!(rows[1][1], ALDERSUM);
    assert_eq!(rows[1][2], "Gemeente Aldersum (fictief)");
    assert_eq!(rows[1][4], "Ontwikkeling digitale vaardigheden medewerkers");
    assert_eq!(rows[1][9], "voorgesteld");
    assert_eq!(rows[1][10], "Vaardigheden en gedrag");
    assert!(
        matches!(sheet.get((1, 8)), Some(Data::DateTime(_))),
        "the due date is a date: {:?}",
        sheet.get((1, 8))
    );
    assert_eq!(rows[2][1], "");
    assert_eq!(rows[2][9], "lopend");
}
