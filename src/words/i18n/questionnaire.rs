//! Problems in a questionnaire file, said in Dutch or English: one `FILE:LINE:COLUMN:
//! message` line per problem, the form editors jump to.

use crate::model::Lang;
use crate::model::questionnaire::{IdKind, ProblemKind, Subject, ValidationError};

/// The line `rijp validate` prints for a valid file.
pub fn valid_line(
    lang: Lang,
    file: &std::path::Path,
    id: &str,
    version: u32,
    items: usize,
) -> String {
    match lang {
        Lang::Nl => format!(
            "{}: geldig ({id} versie {version}, {items} {})",
            file.display(),
            if items == 1 { "stelling" } else { "stellingen" }
        ),
        Lang::En => format!(
            "{}: valid ({id} version {version}, {items} {})",
            file.display(),
            if items == 1 { "item" } else { "items" }
        ),
    }
}

/// One line per problem.
pub fn problem_lines(lang: Lang, error: &ValidationError) -> Vec<String> {
    error
        .problems
        .iter()
        .map(|problem| {
            format!(
                "{}:{}:{}: {}",
                error.file.display(),
                problem.line,
                problem.column,
                problem_text(lang, &problem.kind)
            )
        })
        .collect()
}

fn subject(lang: Lang, subject: &Subject) -> String {
    match (lang, subject) {
        (Lang::Nl, Subject::Title) => "de titel".to_string(),
        (Lang::Nl, Subject::Description) => "de beschrijving".to_string(),
        (Lang::Nl, Subject::Label(value)) => format!("antwoordlabel {value}"),
        (Lang::Nl, Subject::DontKnow) => "‘weet niet’".to_string(),
        (Lang::Nl, Subject::NotApplicable) => "‘niet van toepassing’".to_string(),
        (Lang::Nl, Subject::Quadrant(id)) => format!("kwadrant ‘{id}’"),
        (Lang::Nl, Subject::Theme(id)) => format!("thema ‘{id}’"),
        (Lang::Nl, Subject::Pillar(id)) => format!("pijler ‘{id}’"),
        (Lang::Nl, Subject::Scale(id)) => format!("‘{id}’"),
        (Lang::Nl, Subject::Guidance(id)) => format!("de handreiking bij ‘{id}’"),
        (Lang::Nl, Subject::Item(id)) => format!("stelling ‘{id}’"),
        (Lang::Nl, Subject::ItemHelp(id)) => format!("de toelichting bij stelling ‘{id}’"),
        (Lang::En, Subject::Title) => "the title".to_string(),
        (Lang::En, Subject::Description) => "the description".to_string(),
        (Lang::En, Subject::Label(value)) => format!("label {value}"),
        (Lang::En, Subject::DontKnow) => "'don't know'".to_string(),
        (Lang::En, Subject::NotApplicable) => "'not applicable'".to_string(),
        (Lang::En, Subject::Quadrant(id)) => format!("quadrant '{id}'"),
        (Lang::En, Subject::Theme(id)) => format!("theme '{id}'"),
        (Lang::En, Subject::Pillar(id)) => format!("pillar '{id}'"),
        (Lang::En, Subject::Scale(id)) => format!("'{id}'"),
        (Lang::En, Subject::Guidance(id)) => format!("the guidance of '{id}'"),
        (Lang::En, Subject::Item(id)) => format!("item '{id}'"),
        (Lang::En, Subject::ItemHelp(id)) => format!("the help of item '{id}'"),
    }
}

fn id_kind(lang: Lang, kind: IdKind) -> &'static str {
    match (lang, kind) {
        (Lang::Nl, IdKind::Theme) => "thema",
        (Lang::Nl, IdKind::Pillar) => "pijler",
        (Lang::Nl, IdKind::Scale) => "kenmerk",
        (Lang::Nl, IdKind::Item) => "stelling",
        (Lang::En, IdKind::Theme) => "theme",
        (Lang::En, IdKind::Pillar) => "pillar",
        (Lang::En, IdKind::Scale) => "scale",
        (Lang::En, IdKind::Item) => "item",
    }
}

/// One problem in words.
pub fn problem_text(lang: Lang, kind: &ProblemKind) -> String {
    match lang {
        Lang::Nl => problem_nl(kind),
        Lang::En => problem_en(kind),
    }
}

fn problem_nl(kind: &ProblemKind) -> String {
    use ProblemKind as P;
    match kind {
        P::Unreadable(reason) => format!("het bestand is niet te lezen: {reason}"),
        P::NotUtf8 { byte } => {
            format!("het bestand is geen UTF-8-tekst (byte {byte} is ongeldig)")
        }
        P::Yaml(message) => crate::words::i18n::yaml::parser_message_nl(message),
        P::MissingTranslation { lang, subject: s } => {
            format!("vertaling ‘{lang}’ ontbreekt bij {}", subject(Lang::Nl, s))
        }
        P::EmptyId => "de id van de vragenlijst is leeg".to_string(),
        P::VersionZero => "de versie moet 1 of hoger zijn".to_string(),
        P::BadScale {
            min,
            max,
            lowest,
            highest,
        } => format!(
            "onbekende antwoordschaal {min}..{max}: min en max zijn hele getallen van {lowest} tot en met {highest}, met min kleiner dan max (0 betekent ‘weet niet’)"
        ),
        P::LabelOutside { value, min, max } => {
            format!("labelwaarde {value} ligt buiten de schaal {min}..{max}")
        }
        P::MidpointOutside => "het middelpunt moet tussen 0 en 100 liggen".to_string(),
        P::UnknownCutoffRule(rule) => format!(
            "onbekende grensregel ‘{rule}’: gebruik midpoint, benchmark_mean of benchmark_median"
        ),
        P::UnknownQuadrant(id) => format!(
            "onbekend kwadrant ‘{id}’: gebruik traditional, industrialised, integrated_experience of future_ready"
        ),
        P::DuplicateQuadrant(id) => format!("kwadrant ‘{id}’ staat er twee keer in"),
        P::MissingQuadrant(id) => format!("kwadrant ‘{id}’ ontbreekt"),
        P::InvalidId { kind, id } => format!(
            "ongeldige id voor {} ‘{id}’: gebruik kleine letters, cijfers, ‘_’ of ‘-’",
            id_kind(Lang::Nl, *kind)
        ),
        P::DuplicateId { id, line, column } => {
            format!("id ‘{id}’ komt twee keer voor (eerst op regel {line}, kolom {column})")
        }
        P::UnknownTheme(id) => {
            format!("onbekende verwijzing: thema ‘{id}’ is niet gedefinieerd")
        }
        P::UnknownSameAs {
            target,
            scale,
            questionnaire,
        } => format!(
            "onbekende verwijzing: same_as ‘{target}’ is geen stelling van ‘{scale}’ in een eerdere versie van ‘{questionnaire}’"
        ),
        P::NoReverseItem(scale) => format!(
            "‘{scale}’ heeft geen omgekeerd geformuleerde stelling: geef elke dimensie en elk kenmerk er een (reverse: true), om instemmen-met-alles te herkennen"
        ),
        P::ReverseNotApplicable(item) => format!(
            "‘{item}’ is omgekeerd geformuleerd en mag dus geen ‘niet van toepassing’ hebben: wie de praktijk niet heeft, moet er laag op scoren, niet zonder score blijven"
        ),
        P::NotApplicableWithoutCode(item) => format!(
            "‘{item}’ staat ‘niet van toepassing’ toe, maar de antwoordschaal heeft geen not_applicable-tekst"
        ),
        P::CooperationWithoutNotApplicable(item) => format!(
            "‘{item}’ hoort bij de samenwerking en moet ‘niet van toepassing’ toestaan (not_applicable: true), voor organisaties die geen ICT delen"
        ),
        P::SameAsOtherScale {
            target,
            scale,
            found_in,
        } => format!(
            "same_as ‘{target}’ hoort in de eerdere versie bij ‘{found_in}’, niet bij ‘{scale}’: een stelling is alleen dezelfde binnen hetzelfde kenmerk"
        ),
        P::UnknownProtocolRole(role) => format!(
            "onbekende rol ‘{role}’ in het protocol: gebruik board, management, i_adviser, staff of other"
        ),
        P::DuplicateProtocolRole(role) => {
            format!("rol ‘{role}’ staat twee keer in het protocol")
        }
        P::BadProtocolCount { role, min, max } => format!(
            "rol ‘{role}’: min {min} en max {max} kunnen niet; max is minstens 1 en niet kleiner dan min"
        ),
        P::TooFewItems {
            scale,
            items,
            minimum,
        } => format!(
            "‘{scale}’ heeft {items} {}; een dimensie of kenmerk heeft er minstens {minimum} nodig",
            if *items == 1 {
                "stelling"
            } else {
                "stellingen"
            }
        ),
        P::EmptyPillar(id) => format!("pijler ‘{id}’ heeft geen dimensies of kenmerken"),
        P::MissingPillar(id) => format!("pijler ‘{id}’ ontbreekt"),
        P::MissingDimension(id) => {
            format!("pijler ‘ambition’ moet de dimensie ‘{id}’ hebben")
        }
    }
}

fn problem_en(kind: &ProblemKind) -> String {
    use ProblemKind as P;
    match kind {
        P::Unreadable(reason) => format!("cannot read the file: {reason}"),
        P::NotUtf8 { byte } => format!("the file is not UTF-8 text (byte {byte} is not valid)"),
        P::Yaml(message) => message.clone(),
        P::MissingTranslation { lang, subject: s } => {
            format!("missing translation '{lang}' for {}", subject(Lang::En, s))
        }
        P::EmptyId => "the questionnaire id is empty".to_string(),
        P::VersionZero => "version must be 1 or higher".to_string(),
        P::BadScale {
            min,
            max,
            lowest,
            highest,
        } => format!(
            "unknown scale {min}..{max}: min and max must be whole numbers {lowest}-{highest} with min < max (0 means 'don't know')"
        ),
        P::LabelOutside { value, min, max } => {
            format!("label value {value} is outside the scale {min}..{max}")
        }
        P::MidpointOutside => "midpoint must lie between 0 and 100".to_string(),
        P::UnknownCutoffRule(rule) => format!(
            "unknown cut-off rule '{rule}': use midpoint, benchmark_mean or benchmark_median"
        ),
        P::UnknownQuadrant(id) => format!(
            "unknown quadrant '{id}': use traditional, industrialised, integrated_experience or future_ready"
        ),
        P::DuplicateQuadrant(id) => format!("duplicate quadrant '{id}'"),
        P::MissingQuadrant(id) => format!("quadrant '{id}' is missing"),
        P::InvalidId { kind, id } => format!(
            "invalid {} id '{id}': use lowercase letters, digits, '_' or '-'",
            id_kind(Lang::En, *kind)
        ),
        P::DuplicateId { id, line, column } => {
            format!("duplicate id '{id}' (first used at line {line}, column {column})")
        }
        P::UnknownTheme(id) => format!("unknown reference: theme '{id}' is not defined"),
        P::UnknownSameAs {
            target,
            scale,
            questionnaire,
        } => format!(
            "unknown reference: same_as '{target}' is not an item of '{scale}' in an earlier version of '{questionnaire}'"
        ),
        P::NoReverseItem(scale) => format!(
            "'{scale}' has no reverse-worded item: give every dimension and characteristic one (reverse: true), to catch agreeing with everything"
        ),
        P::ReverseNotApplicable(item) => format!(
            "'{item}' is reverse-worded, so it may not allow 'not applicable': an organisation without the practice must score low on it, not go unscored"
        ),
        P::NotApplicableWithoutCode(item) => format!(
            "'{item}' allows 'not applicable', but the answer scale has no not_applicable text"
        ),
        P::CooperationWithoutNotApplicable(item) => format!(
            "'{item}' belongs to the cooperation block and must allow 'not applicable' (not_applicable: true), for organisations that share no ICT"
        ),
        P::SameAsOtherScale {
            target,
            scale,
            found_in,
        } => format!(
            "same_as '{target}' belongs to '{found_in}' in the earlier version, not to '{scale}': an item is only the same within the same characteristic"
        ),
        P::UnknownProtocolRole(role) => format!(
            "unknown role '{role}' in the protocol: use board, management, i_adviser, staff or other"
        ),
        P::DuplicateProtocolRole(role) => format!("role '{role}' is in the protocol twice"),
        P::BadProtocolCount { role, min, max } => format!(
            "role '{role}': min {min} and max {max} are impossible; max is at least 1 and not below min"
        ),
        P::TooFewItems {
            scale,
            items,
            minimum,
        } => format!(
            "'{scale}' has {items} {}; a dimension or characteristic needs at least {minimum}",
            if *items == 1 { "item" } else { "items" }
        ),
        P::EmptyPillar(id) => format!("pillar '{id}' has no dimensions or characteristics"),
        P::MissingPillar(id) => format!("pillar '{id}' is missing"),
        P::MissingDimension(id) => format!("pillar 'ambition' must have the dimension '{id}'"),
    }
}
