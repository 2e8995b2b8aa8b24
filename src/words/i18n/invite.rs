//! The words of `rijp invite`: what a respondent's workbook says (sheet names, headings, how
//! to fill it in) and what the command says back, in Dutch and English.

use crate::ingest::invite::InviteError;
use crate::model::assessment::Role;
use crate::words::i18n::Lang;
use crate::words::i18n::domain;
use crate::words::i18n::ingest::quoted;

/// The fixed texts of a respondent's workbook and of the command.
pub struct InviteTexts {
    pub intro_sheet: &'static str,
    pub questionnaire_sheet: &'static str,
    pub for_whom: fn(&str, &str, &str, &str) -> String,
    pub introduction: &'static str,
    pub how_to: &'static str,
    pub steps: [&'static str; 5],
    pub organisation: &'static str,
    pub round: &'static str,
    pub respondent: &'static str,
    pub role: &'static str,
    pub answered: &'static str,
    /// Between the count and the total in the progress cell ("12 van 90").
    pub of: &'static str,
    pub code: &'static str,
    pub statement: &'static str,
    pub help: &'static str,
    pub answer: &'static str,
    pub comment: &'static str,
    pub list_error_title: &'static str,
    pub list_error: &'static str,
    pub written: &'static str,
    pub structure_written: &'static str,
    pub needs_organisation: &'static str,
    pub needs_respondents: &'static str,
    pub mix_differs: fn(&str) -> String,
}

pub const NL: InviteTexts = InviteTexts {
    intro_sheet: "Introductie",
    questionnaire_sheet: "Vragenlijst",
    for_whom: |respondent, role, organisation, round| {
        format!("Voor {respondent} ({role}), {organisation}, ronde {round}")
    },
    introduction: "Inleiding en begrippen",
    how_to: "Zo vult u de vragenlijst in",
    steps: [
        "1. Ga naar het blad 'Vragenlijst'. Organisatie, ronde, naam en rol zijn al ingevuld.",
        "2. Kies bij elke stelling in de kolom 'Antwoord' een antwoord uit de lijst (klik op de cel en dan op het pijltje). 'Niet van toepassing' staat alleen in de lijst bij de stellingen die het toestaan.",
        "3. Wilt u iets toelichten, schrijf het dan in de kolom 'Opmerking' naast de stelling.",
        "4. Bovenaan het blad ziet u hoeveel stellingen u al hebt beantwoord. Een stelling die u leeg laat, telt als niet beantwoord.",
        "5. Sla het bestand op (als .xlsx of .ods) en stuur haar terug. Verander verder niets: de antwoorden worden automatisch ingelezen.",
    ],
    organisation: "Organisatie",
    round: "Ronde",
    respondent: "Respondent",
    role: "Rol",
    answered: "Beantwoord",
    of: "van",
    code: "Code",
    statement: "Stelling",
    help: "Toelichting",
    answer: "Antwoord",
    comment: "Opmerking",
    list_error_title: "Kies uit de lijst",
    list_error: "Kies een antwoord uit de lijst, of laat de cel leeg.",
    written: "Excel-bestanden geschreven",
    structure_written: "LimeSurvey-vragenlijst geschreven",
    needs_organisation: "geef de organisatie met --organisation NAAM",
    needs_respondents: "geef de respondenten met --respondents \"Naam:rol,Naam:rol\" of --respondents BESTAND.csv",
    mix_differs: |detail| {
        format!(
            "Let op: deze respondenten wijken af van het protocol van de vragenlijst ({detail})."
        )
    },
};

pub const EN: InviteTexts = InviteTexts {
    intro_sheet: "Introduction",
    questionnaire_sheet: "Questionnaire",
    for_whom: |respondent, role, organisation, round| {
        format!("For {respondent} ({role}), {organisation}, round {round}")
    },
    introduction: "Introduction and terms",
    how_to: "How to fill in the questionnaire",
    steps: [
        "1. Go to the sheet 'Questionnaire'. Organisation, round, name and role are filled in already.",
        "2. For each statement, choose an answer from the list in the column 'Answer' (click the cell, then the arrow). 'Not applicable' is in the list only for the statements that allow it.",
        "3. To explain an answer, write in the column 'Comment' next to the statement.",
        "4. At the top of the sheet you see how many statements you have answered. A statement left empty counts as not answered.",
        "5. Save the workbook (as .xlsx or .ods) and send it back. Change nothing else: the answers are read in automatically.",
    ],
    organisation: "Organisation",
    round: "Round",
    respondent: "Respondent",
    role: "Role",
    answered: "Answered",
    of: "of",
    code: "Code",
    statement: "Statement",
    help: "Help",
    answer: "Answer",
    comment: "Comment",
    list_error_title: "Choose from the list",
    list_error: "Choose an answer from the list, or leave the cell empty.",
    written: "Workbooks written",
    structure_written: "LimeSurvey survey written",
    needs_organisation: "name the organisation with --organisation NAME",
    needs_respondents: "name the respondents with --respondents \"Name:role,Name:role\" or --respondents FILE.csv",
    mix_differs: |detail| {
        format!("Note: these respondents depart from the questionnaire's protocol ({detail}).")
    },
};

pub fn texts(lang: Lang) -> &'static InviteTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// The roles a respondent may have, as the command line takes them.
fn role_ids(roles: &[Role]) -> String {
    roles.iter().map(|r| r.id()).collect::<Vec<_>>().join(", ")
}

/// Why the invitations could not be written.
pub fn error_text(lang: Lang, error: &InviteError) -> String {
    let place = |source: &Option<(std::path::PathBuf, u64)>| match source {
        Some((file, line)) => format!("{}:{line}: ", file.display()),
        None => String::new(),
    };
    match (lang, error) {
        (Lang::Nl, InviteError::NoName { at }) => {
            format!("{}een respondent zonder naam", place(at))
        }
        (Lang::En, InviteError::NoName { at }) => {
            format!("{}a respondent without a name", place(at))
        }
        (Lang::Nl, InviteError::NoRole { at, name }) => format!(
            "{}respondent '{}' heeft geen rol; schrijf 'Naam:rol'",
            place(at),
            quoted(name)
        ),
        (Lang::En, InviteError::NoRole { at, name }) => format!(
            "{}respondent '{}' has no role; write 'Name:role'",
            place(at),
            quoted(name)
        ),
        (
            Lang::Nl,
            InviteError::UnknownRole {
                at,
                name,
                role,
                roles,
            },
        ) => format!(
            "{}respondent '{}': '{}' is geen rol van het protocol van de vragenlijst (wel: {})",
            place(at),
            quoted(name),
            quoted(role),
            role_ids(roles)
        ),
        (
            Lang::En,
            InviteError::UnknownRole {
                at,
                name,
                role,
                roles,
            },
        ) => format!(
            "{}respondent '{}': '{}' is not a role of the questionnaire's protocol (known: {})",
            place(at),
            quoted(name),
            quoted(role),
            role_ids(roles)
        ),
        (
            Lang::Nl,
            InviteError::SameFile {
                first,
                second,
                file,
            },
        ) => format!(
            "'{}' en '{}' krijgen hetzelfde bestand {file}; geef ze verschillende namen",
            quoted(first),
            quoted(second)
        ),
        (
            Lang::En,
            InviteError::SameFile {
                first,
                second,
                file,
            },
        ) => format!(
            "'{}' and '{}' would get the same file {file}; give them different names",
            quoted(first),
            quoted(second)
        ),
        (Lang::Nl, InviteError::NoRespondents) => "er zijn geen respondenten opgegeven".into(),
        (Lang::En, InviteError::NoRespondents) => "no respondents were given".into(),
        (Lang::Nl, InviteError::Exists { file }) => format!(
            "{} bestaat al; kies een andere map of haal het bestand weg (een teruggestuurd bestand wordt nooit overschreven)",
            file.display()
        ),
        (Lang::En, InviteError::Exists { file }) => format!(
            "{} exists already; choose another folder or remove the file (a returned workbook is never overwritten)",
            file.display()
        ),
        (Lang::Nl, InviteError::Unreadable { file, reason }) => {
            format!("{}: kan het bestand niet lezen ({reason})", file.display())
        }
        (Lang::En, InviteError::Unreadable { file, reason }) => {
            format!("{}: cannot read the file ({reason})", file.display())
        }
        (Lang::Nl, InviteError::Csv { file, detail }) => {
            format!(
                "{}: de CSV is niet te lezen ({})",
                file.display(),
                quoted(detail)
            )
        }
        (Lang::En, InviteError::Csv { file, detail }) => {
            format!(
                "{}: the CSV cannot be read ({})",
                file.display(),
                quoted(detail)
            )
        }
    }
}

/// A role as the workbook names it.
pub fn role_label(lang: Lang, role: Role) -> &'static str {
    domain::texts(lang).role(role)
}

/// The texts of the LimeSurvey survey's first group.
pub struct LimeSurveyTexts {
    pub about_group: &'static str,
    pub organisation_question: &'static str,
    pub role_question: &'static str,
}

const LIMESURVEY_NL: LimeSurveyTexts = LimeSurveyTexts {
    about_group: "Over u",
    organisation_question: "Voor welke organisatie vult u de vragenlijst in?",
    role_question: "Wat is uw rol in die organisatie?",
};

const LIMESURVEY_EN: LimeSurveyTexts = LimeSurveyTexts {
    about_group: "About you",
    organisation_question: "Which organisation are you answering for?",
    role_question: "What is your role in that organisation?",
};

pub fn limesurvey_texts(lang: Lang) -> &'static LimeSurveyTexts {
    match lang {
        Lang::Nl => &LIMESURVEY_NL,
        Lang::En => &LIMESURVEY_EN,
    }
}
