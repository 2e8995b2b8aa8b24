//! Who is invited: `"Name:role,Name:role"` from the command line, or a CSV file with a name,
//! a role and optionally an e-mail address per line (a header line is recognised by its
//! headings). Every role must be one of the questionnaire's protocol roles.

use std::path::Path;

use crate::ingest::invite::InviteError;
use crate::model::assessment::Role;
use crate::model::questionnaire::Questionnaire;
use crate::store::slug::slugify;

/// One invited respondent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Respondent {
    pub name: String,
    pub role: Role,
    pub email: Option<String>,
}

impl Respondent {
    /// The workbook's file name, made from the name.
    pub fn file_name(&self) -> String {
        format!("{}.xlsx", slugify(&self.name))
    }
}

/// The respondents of `--respondents`: a CSV file when `text` names one, else a list.
pub fn parse(text: &str, questionnaire: &Questionnaire) -> Result<Vec<Respondent>, InviteError> {
    let path = Path::new(text.trim());
    let is_file = path.is_file()
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let roles = protocol_roles(questionnaire);
    let respondents = if is_file {
        from_csv(path, &roles)?
    } else {
        from_list(text, &roles)?
    };
    check_files(&respondents)?;
    Ok(respondents)
}

/// The roles respondents may have: the protocol's, or every role when it names none.
fn protocol_roles(questionnaire: &Questionnaire) -> Vec<Role> {
    let mut roles: Vec<Role> = questionnaire.protocol.iter().map(|q| q.role).collect();
    if roles.is_empty() {
        roles = Role::ALL.to_vec();
    }
    roles
}

fn from_list(text: &str, roles: &[Role]) -> Result<Vec<Respondent>, InviteError> {
    let mut respondents = Vec::new();
    for entry in text.split(',').filter(|e| !e.trim().is_empty()) {
        let (name, role) = match entry.rsplit_once(':') {
            Some((name, role)) => (name, Some(role)),
            None => (entry, None),
        };
        respondents.push(respondent(None, name, role, None, roles)?);
    }
    if respondents.is_empty() {
        return Err(InviteError::NoRespondents);
    }
    Ok(respondents)
}

fn from_csv(file: &Path, roles: &[Role]) -> Result<Vec<Respondent>, InviteError> {
    let bytes = std::fs::read(file).map_err(|e| InviteError::Unreadable {
        file: file.to_path_buf(),
        reason: e.to_string(),
    })?;
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(&bytes)
            .0
            .into_owned(),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let first = text.lines().next().unwrap_or_default();
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut columns = (0, 1, Some(2));
    let mut respondents = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| InviteError::Csv {
            file: file.to_path_buf(),
            detail: e.to_string(),
        })?;
        let line = record.position().map_or(index as u64 + 1, |p| p.line());
        let cell = |column: usize| record.get(column).map(str::trim).unwrap_or_default();
        if index == 0
            && record
                .iter()
                .any(|h| header_column(h) == Some(Heading::Name))
        {
            columns = header(&record);
            continue;
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let (name, role, email) = columns;
        let email = email.map(cell).filter(|e| !e.is_empty());
        let at = Some((file.to_path_buf(), line));
        let role = Some(cell(role)).filter(|r| !r.is_empty());
        respondents.push(respondent(at, cell(name), role, email, roles)?);
    }
    if respondents.is_empty() {
        return Err(InviteError::NoRespondents);
    }
    Ok(respondents)
}

#[derive(Clone, Copy, PartialEq)]
enum Heading {
    Name,
    Role,
    Email,
}

fn header_column(text: &str) -> Option<Heading> {
    match text.trim().to_lowercase().as_str() {
        "name" | "naam" | "respondent" => Some(Heading::Name),
        "role" | "rol" | "functie" => Some(Heading::Role),
        "email" | "e-mail" | "mail" | "e-mailadres" | "emailadres" => Some(Heading::Email),
        _ => None,
    }
}

/// The columns of name, role and e-mail a header names.
fn header(record: &csv::StringRecord) -> (usize, usize, Option<usize>) {
    let find = |wanted: Heading| record.iter().position(|h| header_column(h) == Some(wanted));
    (
        find(Heading::Name).unwrap_or(0),
        find(Heading::Role).unwrap_or(1),
        find(Heading::Email),
    )
}

fn respondent(
    at: Option<(std::path::PathBuf, u64)>,
    name: &str,
    role: Option<&str>,
    email: Option<&str>,
    roles: &[Role],
) -> Result<Respondent, InviteError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(InviteError::NoName { at });
    }
    let Some(role_text) = role.map(str::trim).filter(|r| !r.is_empty()) else {
        return Err(InviteError::NoRole {
            at,
            name: name.to_string(),
        });
    };
    match Role::parse(role_text).filter(|r| roles.contains(r)) {
        Some(role) => Ok(Respondent {
            name: name.to_string(),
            role,
            email: email.map(str::to_string),
        }),
        None => Err(InviteError::UnknownRole {
            at,
            name: name.to_string(),
            role: role_text.to_string(),
            roles: roles.to_vec(),
        }),
    }
}

/// Two respondents whose names make the same file name would overwrite each other.
fn check_files(respondents: &[Respondent]) -> Result<(), InviteError> {
    for (index, respondent) in respondents.iter().enumerate() {
        let file = respondent.file_name();
        if let Some(earlier) = respondents[..index].iter().find(|r| r.file_name() == file) {
            return Err(InviteError::SameFile {
                first: earlier.name.clone(),
                second: respondent.name.clone(),
                file,
            });
        }
    }
    Ok(())
}

/// How a set of respondents departs from the protocol: per role, the count and the
/// protocol's range, for every role outside it.
pub fn departures(
    respondents: &[Respondent],
    questionnaire: &Questionnaire,
) -> Vec<(Role, usize, u32, u32)> {
    questionnaire
        .protocol
        .iter()
        .filter_map(|quota| {
            let count = respondents.iter().filter(|r| r.role == quota.role).count();
            (!quota.admits(count)).then_some((quota.role, count, quota.min, quota.max))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questionnaire() -> Questionnaire {
        Questionnaire::bundled().unwrap()
    }

    #[test]
    fn a_list_gives_names_and_roles() {
        let list = parse(
            "Anouk de Vries:i_adviser, Bram Jansen:MT,Wethouder Smit:bestuurder",
            &questionnaire(),
        )
        .unwrap();
        let got: Vec<(&str, Role)> = list.iter().map(|r| (r.name.as_str(), r.role)).collect();
        assert_eq!(
            got,
            [
                ("Anouk de Vries", Role::IAdviser),
                ("Bram Jansen", Role::Management),
                ("Wethouder Smit", Role::Board)
            ]
        );
        assert_eq!(list[0].file_name(), "anouk-de-vries.xlsx");
    }

    #[test]
    fn a_role_outside_the_protocol_is_refused() {
        let error = parse("Anouk:other", &questionnaire()).unwrap_err();
        assert!(matches!(error, InviteError::UnknownRole { ref role, .. } if role == "other"));
        let error = parse("Anouk", &questionnaire()).unwrap_err();
        assert!(matches!(error, InviteError::NoRole { .. }));
        let error = parse("Anouk:staff,anouk:board", &questionnaire()).unwrap_err();
        assert!(matches!(error, InviteError::SameFile { .. }));
    }

    #[test]
    fn a_csv_with_a_header_names_its_columns() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("r.csv");
        std::fs::write(&file, "e-mail;rol;naam\na@x.nl;staff;Anouk\n;board;Bram\n").unwrap();
        let list = parse(file.to_str().unwrap(), &questionnaire()).unwrap();
        assert_eq!(list[0].email.as_deref(), Some("a@x.nl"));
        assert_eq!(
            (
                list[1].name.as_str(),
                list[1].role,
                list[1].email.as_deref()
            ),
            ("Bram", Role::Board, None)
        );
        std::fs::write(&file, "Anouk,staff\nBram,chef\n").unwrap();
        let error = parse(file.to_str().unwrap(), &questionnaire()).unwrap_err();
        assert!(matches!(
            error,
            InviteError::UnknownRole {
                at: Some((_, 2)),
                ..
            }
        ));
    }
}
