//! The questionnaire as a LimeSurvey survey structure: the tab-separated `.txt` file
//! LimeSurvey imports ("Tab Separated Value survey structure"), and the codes its response
//! export then carries, so that `rijp import` recognises that export with no mapping.
//!
//! One row per survey setting (class `S`), language setting (`SL`), group (`G`), question
//! (`Q`), subquestion (`SQ`) and answer (`A`). The Dutch block comes first, then the English
//! block with the same rows in the same order: LimeSurvey pairs a group of the second
//! language with the first by its `type/scale` (`G1`, …), a question by its code within the
//! group, a subquestion by its code within the question. A subquestion or answer belongs to
//! the question above it, a question to the group above it.
//!
//! The survey: a first group asks for the organisation (a list of the workspace's partners)
//! and the role, and keeps the questionnaire's id and version and the round in two hidden
//! equation questions; then a group per pillar with one array question per scale, its
//! statements as subquestions whose codes are the item ids. A response export then has the
//! headings `ORG`, `ROLE`, `RIJPQ`, `RIJPROUND` and `CX[cx13]`, ….

use std::collections::BTreeSet;

use crate::model::Lang;
use crate::model::assessment::Role;
use crate::model::questionnaire::{Questionnaire, Scale};
use crate::words::i18n::invite::{limesurvey_texts, role_label};

/// The columns of the structure file, in LimeSurvey's order (see the test for what each
/// holds). A column LimeSurvey does not know by name (`hidden`) is a question attribute.
pub const COLUMNS: [&str; 13] = [
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
    "hidden",
];

/// The question codes of the first group.
pub const ORGANISATION_CODE: &str = "ORG";
pub const ROLE_CODE: &str = "ROLE";
/// An equation question holding `QUESTIONNAIRE_ID:VERSION`.
pub const QUESTIONNAIRE_CODE: &str = "RIJPQ";
/// An equation question holding the round.
pub const ROUND_CODE: &str = "RIJPROUND";
/// The answer codes of the two unscored answers; the scale's values are their own codes.
pub const DONT_KNOW_CODE: &str = "WN";
pub const NOT_APPLICABLE_CODE: &str = "NVT";

/// The languages of the survey, the first its base language.
const LANGUAGES: [Lang; 2] = [Lang::Nl, Lang::En];

/// A role's answer code (at most five characters, as LimeSurvey allows).
pub fn role_code(role: Role) -> &'static str {
    match role {
        Role::Board => "BOARD",
        Role::Management => "MT",
        Role::IAdviser => "IADV",
        Role::Staff => "STAFF",
        Role::Other => "OTHER",
    }
}

/// The role of an answer code.
pub fn role_of_code(code: &str) -> Option<Role> {
    Role::ALL
        .into_iter()
        .find(|role| role_code(*role).eq_ignore_ascii_case(code.trim()))
}

/// An organisation's answer code: five characters made from its id, so the same workspace
/// gives the same codes and the import finds the organisation again.
pub fn organisation_code(id: &str) -> String {
    const DIGITS: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut n = xxhash_rust::xxh3::xxh3_64(id.as_bytes()) % 36u64.pow(5);
    let mut code = [b'0'; 5];
    for slot in code.iter_mut().rev() {
        *slot = DIGITS[(n % 36) as usize];
        n /= 36;
    }
    // The letter O first keeps a code from reading as a number in a spreadsheet.
    format!("O{}", String::from_utf8_lossy(&code[1..]))
}

/// Each scale's question code: its items' letter prefix in capitals (`CX` for cx13, …), made
/// unique with a number where two scales share one. LimeSurvey wants a letter first and
/// letters and digits only.
pub fn scale_codes(questionnaire: &Questionnaire) -> Vec<(String, String)> {
    let mut used: BTreeSet<String> = [ORGANISATION_CODE, ROLE_CODE, QUESTIONNAIRE_CODE, ROUND_CODE]
        .iter()
        .map(|c| c.to_string())
        .collect();
    questionnaire
        .scales()
        .map(|scale| {
            let base: String = scale
                .items
                .first()
                .map(|item| item.id.as_str())
                .unwrap_or(scale.id.as_str())
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .collect::<String>()
                .to_ascii_uppercase();
            let base = if base.is_empty() {
                "S".to_string()
            } else {
                base
            };
            let mut code = base.clone();
            let mut n = 2;
            while used.contains(&code) {
                code = format!("{base}{n}");
                n += 1;
            }
            used.insert(code.clone());
            (scale.id.clone(), code)
        })
        .collect()
}

/// What the survey asks for besides the statements.
pub struct Survey<'a> {
    pub questionnaire: &'a Questionnaire,
    pub round: &'a str,
    /// The organisations to choose from: (id, name). None: a text field instead.
    pub organisations: &'a [(String, String)],
    /// The roles to choose from: the protocol's.
    pub roles: &'a [Role],
}

/// One row of the file.
struct Row {
    class: &'static str,
    kind: String,
    name: String,
    text: String,
    help: String,
    language: Lang,
    mandatory: &'static str,
}

fn row(class: &'static str, kind: &str, name: &str, text: &str, language: Lang) -> Row {
    Row {
        class,
        kind: kind.to_string(),
        name: name.to_string(),
        text: text.to_string(),
        help: String::new(),
        language,
        mandatory: "",
    }
}

/// The structure file's text (UTF-8 with a byte-order mark, as LimeSurvey writes it).
pub fn structure(survey: &Survey) -> String {
    let q = survey.questionnaire;
    let mut rows: Vec<Row> = vec![
        row("S", "", "language", LANGUAGES[0].code(), LANGUAGES[0]),
        row(
            "S",
            "",
            "additional_languages",
            LANGUAGES[1].code(),
            LANGUAGES[0],
        ),
        row("S", "", "format", "G", LANGUAGES[0]),
    ];
    for lang in LANGUAGES {
        let t = limesurvey_texts(lang);
        rows.extend([
            row("SL", "", "surveyls_title", &html(q.title.get(lang)), lang),
            row(
                "SL",
                "",
                "surveyls_welcometext",
                &html(q.description.get(lang)),
                lang,
            ),
        ]);
        rows.extend(about_group(survey, lang, t));
        for (number, pillar) in q.pillars.iter().enumerate() {
            let seq = format!("G{}", number + 2);
            let name = html(pillar.name.get(lang));
            rows.push(row(
                "G",
                &seq,
                &name,
                &html(pillar.description.get(lang)),
                lang,
            ));
            for scale in &pillar.scales {
                rows.extend(scale_rows(q, scale, lang, &code_of(q, &scale.id)));
            }
        }
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b'\t')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail; a failure would only leave rows out.
    let _ = writer.write_record(COLUMNS);
    for r in rows {
        let _ = writer.write_record([
            r.class,
            &r.kind,
            &r.name,
            if r.class == "Q" || r.class == "SQ" {
                "1"
            } else {
                ""
            },
            &r.text,
            &r.help,
            if r.class == "S" {
                ""
            } else {
                r.language.code()
            },
            "",
            r.mandatory,
            if r.class == "Q" { "N" } else { "" },
            "",
            if r.class == "Q" { "0" } else { "" },
            if r.kind == "*" { "1" } else { "" },
        ]);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

fn code_of(q: &Questionnaire, scale: &str) -> String {
    scale_codes(q)
        .into_iter()
        .find(|(id, _)| id == scale)
        .map(|(_, code)| code)
        .unwrap_or_default()
}

/// The first group: organisation, role, and the hidden questionnaire version and round.
fn about_group(
    survey: &Survey,
    lang: Lang,
    t: &crate::words::i18n::invite::LimeSurveyTexts,
) -> Vec<Row> {
    let mut rows = vec![row("G", "G1", t.about_group, "", lang)];
    if survey.organisations.is_empty() {
        let mut question = row("Q", "S", ORGANISATION_CODE, t.organisation_question, lang);
        question.mandatory = "Y";
        rows.push(question);
    } else {
        let mut question = row("Q", "L", ORGANISATION_CODE, t.organisation_question, lang);
        question.mandatory = "Y";
        rows.push(question);
        for (id, name) in survey.organisations {
            rows.push(row("A", "0", &organisation_code(id), &html(name), lang));
        }
    }
    let mut question = row("Q", "L", ROLE_CODE, t.role_question, lang);
    question.mandatory = "Y";
    rows.push(question);
    for role in survey.roles {
        rows.push(row(
            "A",
            "0",
            role_code(*role),
            role_label(lang, *role),
            lang,
        ));
    }
    let q = survey.questionnaire;
    let version = format!("{}:{}", q.id, q.version);
    rows.push(row("Q", "*", QUESTIONNAIRE_CODE, &version, lang));
    rows.push(row("Q", "*", ROUND_CODE, &html(survey.round), lang));
    rows
}

/// An array question for a scale: its statements as subquestions (help in italics below the
/// statement), its answers the scale's labels, "weet niet", and "niet van toepassing" when a
/// statement of the scale offers it.
fn scale_rows(q: &Questionnaire, scale: &Scale, lang: Lang, code: &str) -> Vec<Row> {
    let mut rows = vec![row("Q", "F", code, &html(scale.name.get(lang)), lang)];
    for item in &scale.items {
        let mut text = html(item.text.get(lang));
        if let Some(help) = &item.help {
            text.push_str(&format!("<br /><em>{}</em>", html(help.get(lang))));
        }
        rows.push(row("SQ", "0", &item.id, &text, lang));
    }
    let answers = &q.answer_scale;
    for value in answers.min..=answers.max {
        let label = answers
            .label(value)
            .map_or(String::new(), |l| l.get(lang).to_string());
        rows.push(row("A", "0", &value.to_string(), &html(&label), lang));
    }
    rows.push(row(
        "A",
        "0",
        DONT_KNOW_CODE,
        &html(answers.dont_know.get(lang)),
        lang,
    ));
    if let Some(not_applicable) = &answers.not_applicable
        && scale.items.iter().any(|item| q.allows_not_applicable(item))
    {
        rows.push(row(
            "A",
            "0",
            NOT_APPLICABLE_CODE,
            &html(not_applicable.get(lang)),
            lang,
        ));
    }
    rows
}

/// Text as LimeSurvey shows it: HTML, with no line breaks or tabs in a cell.
fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace(['\t', '\r', '\n'], " ")
}
