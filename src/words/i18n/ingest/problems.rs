//! One sentence per import problem, in Dutch and English.

use crate::ingest::import::{Needed, ProblemKind};
use crate::words::i18n::Lang;
use crate::words::i18n::ingest::{count, place_in_file, quoted};

/// What is wrong, in the user's language.
pub fn message(lang: Lang, kind: &ProblemKind) -> String {
    match lang {
        Lang::Nl => file_nl(kind).unwrap_or_else(|| row_nl(kind)),
        Lang::En => file_en(kind).unwrap_or_else(|| row_en(kind)),
    }
}

fn needed_nl(needed: Needed) -> &'static str {
    match needed {
        Needed::Organisation => "de organisatie",
        Needed::Respondent => "de respondent",
        Needed::Round => "de ronde",
        Needed::Item => "het item",
    }
}

fn needed_en(needed: Needed) -> &'static str {
    match needed {
        Needed::Organisation => "its organisation",
        Needed::Respondent => "its respondent",
        Needed::Round => "its round",
        Needed::Item => "its item",
    }
}

/// Problems of the file as a whole and of the mapping.
fn file_nl(kind: &ProblemKind) -> Option<String> {
    Some(match kind {
        ProblemKind::Unreadable { reason } => format!("kan het bestand niet lezen ({reason})"),
        ProblemKind::TooLarge { bytes, limit } => {
            format!("het bestand is {bytes} bytes; bestanden boven {limit} bytes worden geweigerd")
        }
        ProblemKind::UnpacksTooLarge { limit } => format!(
            "de werkmap pakt uit tot meer dan {limit} bytes en wordt geweigerd; splits hem of lever een CSV"
        ),
        ProblemKind::TooManyRows { limit } => {
            format!("meer dan {limit} rijen; het bestand wordt geweigerd (splits het in delen)")
        }
        ProblemKind::TooManyCells { limit } => format!(
            "het blad heeft meer dan {limit} cellen (rijen maal kolommen); het bestand wordt geweigerd (verwijder lege rijen en kolommen of splits het)"
        ),
        ProblemKind::NotText { byte } => format!(
            "het bestand is geen tekst in UTF-8 of Windows-1252 (byte {byte}); sla het op als \"CSV UTF-8\" of als Excel-werkmap"
        ),
        ProblemKind::Empty => "het bestand is leeg: er hoort een kopregel te staan".to_string(),
        ProblemKind::NoAnswers => "het bestand heeft een kopregel maar geen antwoorden".to_string(),
        ProblemKind::CsvSyntax { detail } => {
            format!("de CSV is niet te lezen ({})", quoted(detail))
        }
        ProblemKind::Spreadsheet { detail } => {
            format!("de werkmap is niet te lezen ({})", quoted(detail))
        }
        ProblemKind::NoSuchSheet { name, sheets } => format!(
            "de werkmap heeft geen blad '{}' (wel: {})",
            quoted(name),
            quoted(&sheets.join(", "))
        ),
        ProblemKind::MappingSyntax { detail } => {
            format!(
                "de koppeling is geen geldig koppelbestand ({})",
                quoted(&crate::words::i18n::yaml::serde_detail_nl(detail))
            )
        }
        ProblemKind::MappingUnknownItem {
            item,
            column,
            questionnaire,
            version,
        } => format!(
            "'{}' (kolom '{}') is geen item van vragenlijst {questionnaire} versie {version}",
            quoted(item),
            quoted(column)
        ),
        ProblemKind::MappingItemTwice {
            item,
            first,
            second,
        } => format!(
            "item '{}' komt uit twee kolommen: '{}' en '{}'",
            quoted(item),
            quoted(first),
            quoted(second)
        ),
        ProblemKind::MappingBadRole { role, text } => format!(
            "'{}' (voor '{}') is geen rol: gebruik board, management, i_adviser, staff of other",
            quoted(role),
            quoted(text)
        ),
        ProblemKind::MappingBadAnswer {
            value,
            text,
            min,
            max,
        } => format!(
            "'{}' (voor '{}') is geen antwoord: gebruik {min} tot en met {max}, \"?\" voor weet niet, \"nvt\" voor niet van toepassing of \"\" voor overgeslagen",
            quoted(value),
            quoted(text)
        ),
        ProblemKind::MappingBoth { field } => {
            format!("geef {field} (een kolom) of {field}_value, niet allebei")
        }
        ProblemKind::MappingMissing { field } => format!(
            "ontbreekt: noem de kolom met `{field}:` of geef één waarde met `{field}_value:`"
        ),
        ProblemKind::MappingColumnMissing { columns } => format!(
            "de koppeling noemt deze kolom, maar de kopregel heeft hem niet (kolommen: {})",
            quoted(&columns.join(", "))
        ),
        ProblemKind::DamagedAssessment { file, detail } => format!(
            "deze rij zou {} bijwerken, maar dat bestand is beschadigd ({})",
            file.display(),
            quoted(detail)
        ),
        _ => return None,
    })
}

/// Problems of a header, a row or a cell.
fn row_nl(kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::BlankWorkbook => {
            "het bestand is niet ingevuld: bij geen enkele stelling is een antwoord gekozen"
                .to_string()
        }
        ProblemKind::NoWorkbooks => {
            "de map bevat geen spreadsheets (.xlsx, .ods) om te importeren".to_string()
        }
        ProblemKind::NotAnInvitation => {
            "dit is geen invulbestand van `rijp invite` (of het verborgen blad 'rijp' is beschadigd)"
                .to_string()
        }
        ProblemKind::OtherVersion {
            found_id,
            found_version,
            questionnaire,
            version,
        } => format!(
            "dit bestand hoort bij vragenlijst {} versie {}, maar hier geldt {questionnaire} versie {version}; stuur de respondent een nieuwe uitnodiging",
            quoted(found_id),
            quoted(found_version)
        ),
        ProblemKind::ItemChanged { expected, found } => format!(
            "de code van de stelling is veranderd: '{}' in plaats van '{}'",
            quoted(found),
            quoted(expected)
        ),
        ProblemKind::NotInList { text, labels } => format!(
            "'{}' staat niet in de lijst ({})",
            quoted(text),
            quoted(&labels.join("; "))
        ),
        ProblemKind::DuplicateColumn => "deze kolom staat er twee keer".to_string(),
        ProblemKind::UnknownColumn { required, optional } => format!(
            "onbekende kolom; verwacht {} en eventueel {}",
            required.join(", "),
            optional.join(", ")
        ),
        ProblemKind::MissingColumn { other_separator } => {
            let hint = if *other_separator {
                " (is het bestand met iets anders dan ',' of ';' gescheiden?)"
            } else {
                ""
            };
            format!("verplichte kolom ontbreekt{hint}")
        }
        ProblemKind::FieldCount { found, expected } => format!(
            "{}, maar de kopregel heeft er {expected}",
            count(*found, "veld", "velden")
        ),
        ProblemKind::EmptyValue(needed) => {
            format!("leeg: elke rij heeft {} nodig", needed_nl(*needed))
        }
        ProblemKind::UnknownVersion {
            text,
            questionnaire,
        } => format!(
            "onbekende versie '{}' van vragenlijst {questionnaire}",
            quoted(text)
        ),
        ProblemKind::UnknownItem {
            item,
            questionnaire,
            version,
        } => format!(
            "onbekend item '{}' in vragenlijst {questionnaire} versie {version}",
            quoted(item)
        ),
        ProblemKind::NotApplicableNotOffered { item } => format!(
            "‘niet van toepassing’ kan bij stelling ‘{item}’ niet gekozen worden: alleen de stellingen die het aanbieden (zoals die over de samenwerking) staan het toe; gebruik een antwoord van de schaal of ‘weet niet’"
        ),
        ProblemKind::BadAnswer {
            text,
            min,
            max,
            mapped,
        } => {
            let mapping = if *mapped {
                "zet het onder `answers:` in de koppeling, of "
            } else {
                ""
            };
            format!(
                "'{}' is geen antwoord: {mapping}gebruik {min} tot en met {max}, '?' of 'weet niet', of 'nvt' voor niet van toepassing",
                quoted(text)
            )
        }
        ProblemKind::UnknownRole { text, mapped } => {
            let mapping = if *mapped {
                "zet hem onder `roles:` in de koppeling, of "
            } else {
                ""
            };
            format!(
                "onbekende rol '{}': {mapping}gebruik board, management, i_adviser, staff of other",
                quoted(text)
            )
        }
        ProblemKind::BadDate { text } => format!(
            "'{}' is geen bestaande datum (gebruik JJJJ-MM-DD of D-M-JJJJ, eventueel met tijd)",
            quoted(text)
        ),
        ProblemKind::DuplicateAnswer { first, item } => format!(
            "dubbel antwoord: {} beantwoordt item '{}' al voor deze respondent, organisatie en ronde",
            place_in_file(Lang::Nl, first),
            quoted(item)
        ),
        ProblemKind::DuplicateRespondent { first } => format!(
            "{} bevat deze respondent al voor deze organisatie en ronde",
            place_in_file(Lang::Nl, first)
        ),
        other => file_nl(other).unwrap_or_default(),
    }
}

fn file_en(kind: &ProblemKind) -> Option<String> {
    Some(match kind {
        ProblemKind::Unreadable { reason } => format!("cannot read the file ({reason})"),
        ProblemKind::TooLarge { bytes, limit } => {
            format!("the file is {bytes} bytes; files over {limit} bytes are refused")
        }
        ProblemKind::UnpacksTooLarge { limit } => format!(
            "the workbook unpacks to more than {limit} bytes and is refused; split it or deliver a CSV"
        ),
        ProblemKind::TooManyRows { limit } => {
            format!("more than {limit} rows; the file is refused (split it into parts)")
        }
        ProblemKind::TooManyCells { limit } => format!(
            "the sheet has more than {limit} cells (rows times columns); the file is refused (remove empty rows and columns or split it)"
        ),
        ProblemKind::NotText { byte } => format!(
            "the file is not text in UTF-8 or Windows-1252 (byte {byte}); save it as \"CSV UTF-8\" or as an Excel workbook"
        ),
        ProblemKind::Empty => "the file is empty: expected a header line".to_string(),
        ProblemKind::NoAnswers => "the file has a header but no answers".to_string(),
        ProblemKind::CsvSyntax { detail } => format!("the CSV cannot be read ({})", quoted(detail)),
        ProblemKind::Spreadsheet { detail } => {
            format!("the workbook cannot be read ({})", quoted(detail))
        }
        ProblemKind::NoSuchSheet { name, sheets } => format!(
            "the workbook has no sheet '{}' (it has: {})",
            quoted(name),
            quoted(&sheets.join(", "))
        ),
        ProblemKind::MappingSyntax { detail } => {
            format!(
                "the mapping is not a valid mapping file ({})",
                quoted(detail)
            )
        }
        ProblemKind::MappingUnknownItem {
            item,
            column,
            questionnaire,
            version,
        } => format!(
            "'{}' (column '{}') is not an item of questionnaire {questionnaire} version {version}",
            quoted(item),
            quoted(column)
        ),
        ProblemKind::MappingItemTwice {
            item,
            first,
            second,
        } => format!(
            "item '{}' is mapped from two columns: '{}' and '{}'",
            quoted(item),
            quoted(first),
            quoted(second)
        ),
        ProblemKind::MappingBadRole { role, text } => format!(
            "'{}' (for '{}') is not a role: use board, management, i_adviser, staff or other",
            quoted(role),
            quoted(text)
        ),
        ProblemKind::MappingBadAnswer {
            value,
            text,
            min,
            max,
        } => format!(
            "'{}' (for '{}') is not an answer: use {min} to {max}, \"?\" for don't know, \"nvt\" for not applicable or \"\" for skipped",
            quoted(value),
            quoted(text)
        ),
        ProblemKind::MappingBoth { field } => {
            format!("give either {field} (a column) or {field}_value, not both")
        }
        ProblemKind::MappingMissing { field } => format!(
            "missing: name the {field} column with `{field}:` or give one value with `{field}_value:`"
        ),
        ProblemKind::MappingColumnMissing { columns } => format!(
            "the mapping names this column, but the header does not have it (columns: {})",
            quoted(&columns.join(", "))
        ),
        ProblemKind::DamagedAssessment { file, detail } => format!(
            "this row would update {}, but that file is damaged ({})",
            file.display(),
            quoted(detail)
        ),
        _ => return None,
    })
}

fn row_en(kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::BlankWorkbook => {
            "the workbook was not filled in: no statement has an answer".to_string()
        }
        ProblemKind::NoWorkbooks => {
            "the folder holds no workbooks (.xlsx, .ods) to import".to_string()
        }
        ProblemKind::NotAnInvitation => {
            "this is not a workbook of `rijp invite` (or its hidden sheet 'rijp' is damaged)"
                .to_string()
        }
        ProblemKind::OtherVersion {
            found_id,
            found_version,
            questionnaire,
            version,
        } => format!(
            "this file belongs to questionnaire {} version {}, but the workspace uses {questionnaire} version {version}; send the respondent a new invitation",
            quoted(found_id),
            quoted(found_version)
        ),
        ProblemKind::ItemChanged { expected, found } => format!(
            "the statement's code was changed: '{}' instead of '{}'",
            quoted(found),
            quoted(expected)
        ),
        ProblemKind::NotInList { text, labels } => format!(
            "'{}' is not in the list ({})",
            quoted(text),
            quoted(&labels.join("; "))
        ),
        ProblemKind::DuplicateColumn => "this column appears twice".to_string(),
        ProblemKind::UnknownColumn { required, optional } => format!(
            "unknown column; expected {} and optionally {}",
            required.join(", "),
            optional.join(", ")
        ),
        ProblemKind::MissingColumn { other_separator } => {
            let hint = if *other_separator {
                " (is the file separated by something other than ',' or ';'?)"
            } else {
                ""
            };
            format!("required column is missing{hint}")
        }
        ProblemKind::FieldCount { found, expected } => format!(
            "{}, but the header has {expected}",
            count(*found, "field", "fields")
        ),
        ProblemKind::EmptyValue(needed) => {
            format!("empty: every row needs {}", needed_en(*needed))
        }
        ProblemKind::UnknownVersion {
            text,
            questionnaire,
        } => format!(
            "unknown version '{}' of questionnaire {questionnaire}",
            quoted(text)
        ),
        ProblemKind::UnknownItem {
            item,
            questionnaire,
            version,
        } => format!(
            "unknown item '{}' in questionnaire {questionnaire} version {version}",
            quoted(item)
        ),
        ProblemKind::NotApplicableNotOffered { item } => format!(
            "'not applicable' cannot be chosen on item '{item}': only the items that offer it (such as those on the cooperation) allow it; use an answer on the scale or 'don't know'"
        ),
        ProblemKind::BadAnswer {
            text,
            min,
            max,
            mapped,
        } => {
            let mapping = if *mapped {
                "add it under `answers:` in the mapping, or "
            } else {
                ""
            };
            format!(
                "'{}' is not an answer: {mapping}use {min} to {max}, '?' or 'weet niet' for don't know, or 'nvt' for not applicable",
                quoted(text)
            )
        }
        ProblemKind::UnknownRole { text, mapped } => {
            let mapping = if *mapped {
                "add it under `roles:` in the mapping, or "
            } else {
                ""
            };
            format!(
                "unknown role '{}': {mapping}use board, management, i_adviser, staff or other",
                quoted(text)
            )
        }
        ProblemKind::BadDate { text } => format!(
            "'{}' is not a real date (use YYYY-MM-DD or D-M-YYYY, with or without a time)",
            quoted(text)
        ),
        ProblemKind::DuplicateAnswer { first, item } => format!(
            "duplicate answer: {} already answers item '{}' for this respondent, organisation and round",
            place_in_file(Lang::En, first),
            quoted(item)
        ),
        ProblemKind::DuplicateRespondent { first } => format!(
            "{} already holds this respondent for this organisation and round",
            place_in_file(Lang::En, first)
        ),
        other => file_en(other).unwrap_or_default(),
    }
}
