//! The questionnaire as a LimeSurvey survey structure, in Dutch and English; the codes and
//! the format's rules are in [`crate::ingest::invite::limesurvey`].

use crate::ingest::invite::limesurvey::{
    COLUMNS, DONT_KNOW_CODE, NOT_APPLICABLE_CODE, ORGANISATION_CODE, QUESTIONNAIRE_CODE, ROLE_CODE,
    ROUND_CODE, organisation_code, role_code, scale_codes,
};
use crate::model::Lang;
use crate::model::assessment::Role;
use crate::model::questionnaire::{Questionnaire, Scale};
use crate::words::i18n::invite::{limesurvey_texts, role_label};

/// The languages of the survey, the first its base language.
const LANGUAGES: [Lang; 2] = [Lang::Nl, Lang::En];

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
