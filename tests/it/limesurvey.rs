//! `rijp invite --format limesurvey`: the questionnaire as LimeSurvey's tab-separated survey
//! structure, checked against the rules of that format as LimeSurvey's own import reads it
//! (`TSVImportSurvey` in application/helpers/admin/import_helper.php); and a response export
//! of that survey imported with no mapping.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::process::{Command, Output};

use rijp::model::assessment::{Answer, Role};
use rijp::model::questionnaire::Questionnaire;
use rijp::store::workspace::Workspace;

fn rijp(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rijp"))
        .current_dir(dir)
        .args(args)
        .args(["--workspace", "ws"])
        .output()
        .unwrap()
}

/// A demo workspace (five partners) and the survey structure written for it.
fn survey(dir: &Path) -> Vec<HashMap<String, String>> {
    assert!(rijp(dir, &["demo"]).status.success());
    let output = rijp(
        dir,
        &[
            "invite",
            "--format",
            "limesurvey",
            "--round",
            "2026",
            "--out",
            "survey.txt",
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(dir.join("survey.txt")).unwrap();
    // UTF-8 with a byte-order mark, as LimeSurvey writes and reads it.
    let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    // What each column holds, as LimeSurvey's import reads it:
    // class        S (survey setting), SL (language setting), G (group), Q (question),
    //              SQ (subquestion), A (answer)
    // type/scale   G: the group's sequence (G1, …), pairing it across languages; Q: the
    //              question type (L list, F array, S short text, * equation); SQ and A: the
    //              scale id (0)
    // name         S/SL: the setting; G: the group's name; Q: the question code; SQ: the
    //              subquestion code; A: the answer code
    // relevance    Q and SQ: when it is shown (1: always); A: the assessment value
    // text         the setting's value, the group's description, the question, subquestion
    //              or answer text (HTML)
    // help         Q: the help text
    // language     the row's language (nl, en); empty on S rows
    // validation   Q: a regular expression the answer must match (none)
    // mandatory    Q: Y when the question must be answered
    // other        Q: Y for an "other" option (never)
    // default      Q: a default answer (none)
    // same_default Q: 1 when the default applies to every language (0)
    // hidden       any column LimeSurvey does not know by name is a question attribute:
    //              1 hides the two equation questions from the respondent
    assert_eq!(
        header,
        [
            "class",
            "type/scale",
            "name",
            "relevance",
            "text",
            "help",
            "language",
            "validation",
            "mandatory",
            "other",
            "default",
            "same_default",
            "hidden"
        ]
    );
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            assert_eq!(record.len(), header.len(), "every row has every column");
            header
                .iter()
                .cloned()
                .zip(record.iter().map(String::from))
                .collect()
        })
        .collect()
}

fn is_code(text: &str, max: usize) -> bool {
    !text.is_empty()
        && text.len() <= max
        && text.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && text.chars().all(|c| c.is_ascii_alphanumeric())
}

#[test]
fn the_survey_structure_keeps_the_rules_of_limesurveys_format() {
    let dir = tempfile::tempdir().unwrap();
    let rows = survey(dir.path());
    let get = |row: &HashMap<String, String>, column: &str| row[column].clone();
    let classes: BTreeSet<String> = rows.iter().map(|r| get(r, "class")).collect();
    assert_eq!(
        classes,
        ["A", "G", "Q", "S", "SL", "SQ"].map(String::from).into()
    );
    let setting = |name: &str| {
        rows.iter()
            .find(|r| r["class"] == "S" && r["name"] == name)
            .map(|r| get(r, "text"))
    };
    assert_eq!(setting("language").as_deref(), Some("nl"));
    assert_eq!(setting("additional_languages").as_deref(), Some("en"));

    // The Dutch block first, then the English block with the same rows in the same order.
    let body: Vec<&HashMap<String, String>> = rows.iter().filter(|r| r["class"] != "S").collect();
    let languages: Vec<&str> = body.iter().map(|r| r["language"].as_str()).collect();
    let half = body.len() / 2;
    assert!(languages[..half].iter().all(|l| *l == "nl"));
    assert!(languages[half..].iter().all(|l| *l == "en"));
    let shape = |r: &&HashMap<String, String>| {
        (
            r["class"].clone(),
            r["type/scale"].clone(),
            r["name"].clone(),
        )
    };
    let dutch: Vec<_> = body[..half].iter().map(shape).collect();
    let english: Vec<_> = body[half..].iter().map(shape).collect();
    // Group names differ per language; everything else that pairs rows is the same.
    let pairing = |rows: &[(String, String, String)]| -> Vec<(String, String, String)> {
        rows.iter()
            .map(|(c, t, n)| {
                (
                    c.clone(),
                    t.clone(),
                    if c == "G" || c == "SL" {
                        String::new()
                    } else {
                        n.clone()
                    },
                )
            })
            .collect()
    };
    assert_eq!(pairing(&dutch), pairing(&english));
    let welcome = body[..half]
        .iter()
        .find(|r| r["name"] == "surveyls_welcometext")
        .unwrap();
    assert!(welcome["text"].starts_with("Deze vragenlijst meet"));

    // Question codes: a letter, then letters and digits, at most 20, unique; answer codes
    // at most 5 characters, unique within their question; subquestion codes the item ids.
    let questionnaire = Questionnaire::bundled().unwrap();
    let mut question_codes = BTreeSet::new();
    let mut subquestions = Vec::new();
    let mut current: Option<(String, String)> = None;
    let mut answer_codes: HashMap<String, Vec<String>> = HashMap::new();
    let mut subs_of: HashMap<String, Vec<String>> = HashMap::new();
    let mut seen_answer = false;
    for row in &body[..half] {
        match row["class"].as_str() {
            "G" => current = None,
            "Q" => {
                let code = get(row, "name");
                assert!(is_code(&code, 20), "question code {code}");
                assert!(question_codes.insert(code.clone()), "{code} twice");
                current = Some((code, get(row, "type/scale")));
                seen_answer = false;
            }
            "SQ" => {
                let (question, kind) = current.clone().expect("a subquestion follows a question");
                assert_eq!(kind, "F");
                assert!(!seen_answer, "subquestions come before the answers");
                let code = get(row, "name");
                assert!(is_code(&code, 20), "subquestion code {code}");
                subquestions.push(code.clone());
                subs_of.entry(question).or_default().push(code);
            }
            "A" => {
                let (question, kind) = current.clone().expect("an answer follows a question");
                assert!(kind == "F" || kind == "L", "{kind}");
                seen_answer = true;
                let code = get(row, "name");
                assert!(!code.is_empty() && code.len() <= 5, "answer code {code}");
                assert!(
                    code.chars().all(|c| c.is_ascii_alphanumeric()),
                    "answer code {code}"
                );
                let codes = answer_codes.entry(question).or_default();
                assert!(!codes.contains(&code), "{code} twice");
                codes.push(code);
            }
            _ => {}
        }
    }
    let items: Vec<String> = questionnaire.items().map(|i| i.id.clone()).collect();
    assert_eq!(subquestions, items, "every statement once, in order");
    assert!(question_codes.contains("ORG") && question_codes.contains("ROLE"));
    // The organisations are the workspace's five partners; the roles the protocol's.
    assert_eq!(answer_codes["ORG"].len(), 5);
    assert_eq!(answer_codes["ROLE"], ["BOARD", "MT", "IADV", "STAFF"]);
    // "Niet van toepassing" only on the arrays whose statements offer it.
    for (question, subs) in &subs_of {
        let offers = subs
            .iter()
            .all(|id| questionnaire.allows_not_applicable_id(id));
        let codes = &answer_codes[question];
        assert_eq!(codes[..6], ["1", "2", "3", "4", "5", "WN"]);
        assert_eq!(codes.contains(&"NVT".to_string()), offers, "{question}");
    }
    let equation = body.iter().find(|r| r["name"] == "RIJPROUND").unwrap();
    assert_eq!(
        (
            equation["type/scale"].as_str(),
            equation["text"].as_str(),
            equation["hidden"].as_str()
        ),
        ("*", "2026", "1")
    );
}

/// A response export as LimeSurvey writes it (CSV, every field quoted, headings
/// `CODE[SUBCODE]`, answer codes), of the survey's structure.
fn response_export(
    rows: &[HashMap<String, String>],
    responses: &[Vec<(String, String)>],
) -> String {
    let mut headings: Vec<String> = ["id", "submitdate", "lastpage", "startlanguage", "seed"]
        .map(String::from)
        .to_vec();
    headings.extend(["ORG", "ROLE", "RIJPQ", "RIJPROUND"].map(String::from));
    let mut question = String::new();
    for row in rows.iter().filter(|r| r["language"] == "nl") {
        match row["class"].as_str() {
            "Q" => question = row["name"].clone(),
            "SQ" => headings.push(format!("{question}[{}]", row["name"])),
            _ => {}
        }
    }
    let mut writer = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(Vec::new());
    writer.write_record(&headings).unwrap();
    for response in responses {
        let values: HashMap<&str, &str> = response
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        writer
            .write_record(
                headings
                    .iter()
                    .map(|h| values.get(h.as_str()).copied().unwrap_or("")),
            )
            .unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

fn response(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn a_response_export_of_the_survey_is_imported_with_no_mapping() {
    let dir = tempfile::tempdir().unwrap();
    let rows = survey(dir.path());
    let aldersum = rows
        .iter()
        .find(|r| r["class"] == "A" && r["text"].starts_with("Gemeente Aldersum"))
        .unwrap()["name"]
        .clone();
    let base = [
        ("RIJPQ", "digitale-volwassenheid:3"),
        ("RIJPROUND", "2026"),
        ("startlanguage", "nl"),
    ];
    let mut complete = response(&base);
    complete.extend(response(&[
        ("id", "17"),
        ("submitdate", "2026-03-04 10:12:00"),
        ("ORG", &aldersum),
        ("ROLE", "BOARD"),
        ("CX[cx13]", "4"),
        ("CX[cx14]", "WN"),
        ("OE[oe09]", "1"),
        ("SO[so01]", "NVT"),
    ]));
    let mut incomplete = response(&base);
    incomplete.extend(response(&[
        ("id", "18"),
        ("submitdate", ""),
        // An export of full answers names the organisation and the role.
        ("ORG", "Gemeente Brakeveen (fictief)"),
        ("ROLE", "Medewerker"),
        ("CX[cx13]", "Helemaal eens"),
    ]));
    std::fs::write(
        dir.path().join("results-survey123456.csv"),
        response_export(&rows, &[complete, incomplete]),
    )
    .unwrap();

    let output = rijp(dir.path(), &["import", "results-survey123456.csv"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains(
            "2 rijen met 5 antwoorden (1 weet niet, 1 niet van toepassing, 175 overgeslagen)"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("onvolledig: 18 (Gemeente Brakeveen (fictief))"),
        "{stdout}"
    );

    let data = Workspace::at(dir.path().join("ws")).load().unwrap();
    let find = |who: &str| {
        &data
            .assessments
            .iter()
            .find(|a| a.assessment.respondent == who && a.assessment.round == "2026")
            .unwrap()
            .assessment
    };
    let first = find("17");
    assert_eq!(first.organisation, "gemeente-aldersum-fictief");
    assert_eq!(first.role, Role::Board);
    assert_eq!(first.date.as_deref(), Some("2026-03-04"));
    assert!(first.complete);
    assert_eq!(first.answers.len(), 4);
    assert_eq!(first.answers["cx13"], Answer::Value(4));
    assert_eq!(first.answers["cx14"], Answer::DontKnow);
    assert_eq!(first.answers["oe09"], Answer::Value(1));
    assert_eq!(first.answers["so01"], Answer::NotApplicable);
    let second = find("18");
    assert_eq!(second.organisation, "gemeente-brakeveen-fictief");
    assert_eq!(second.role, Role::Staff);
    assert!(!second.complete);
    assert_eq!(second.answers["cx13"], Answer::Value(5));
}

#[test]
fn a_response_outside_the_codes_or_of_another_version_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let rows = survey(dir.path());
    let good = response(&[
        ("id", "17"),
        ("submitdate", "2026-03-04 10:12:00"),
        ("ORG", "Gemeente Aldersum (fictief)"),
        ("ROLE", "MT"),
        ("RIJPQ", "digitale-volwassenheid:3"),
        ("RIJPROUND", "2026"),
        ("CX[cx13]", "4"),
    ]);
    let mut bad = good.clone();
    bad[0].1 = "18".into();
    bad[6].1 = "6".into();
    let mut old = good.clone();
    old[0].1 = "19".into();
    old[4].1 = "digitale-volwassenheid:2".into();
    let before = Workspace::at(dir.path().join("ws"))
        .load()
        .unwrap()
        .assessments
        .len();
    std::fs::write(
        dir.path().join("results.csv"),
        response_export(&rows, &[good, bad, old]),
    )
    .unwrap();
    let output = rijp(dir.path(), &["import", "results.csv"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines[0],
        "results.csv:3: CX[cx13]: '6' staat niet in de lijst (1; 2; 3; 4; 5; WN)"
    );
    assert!(lines[1].starts_with("results.csv:4: RIJPQ: dit bestand hoort bij vragenlijst digitale-volwassenheid versie 2"), "{stderr}");
    assert_eq!(lines[2], "Er is niets geïmporteerd.");
    let after = Workspace::at(dir.path().join("ws"))
        .load()
        .unwrap()
        .assessments
        .len();
    assert_eq!(before, after);
}
