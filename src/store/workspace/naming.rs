//! Which organisation or round a name means, and the one to create when none does. The one
//! rule for the import and the interface alike, so that "Gemeente Aldersum" typed on the form
//! and "gemeente aldersum" in a survey export land in the same organisation.

use super::{Organisation, Round, WorkspaceData};
use crate::store::slug::slugify;

/// What a name refers to: a known organisation or round, or a new one not yet saved.
#[derive(Clone, Debug, PartialEq)]
pub enum Named<'a, T> {
    Known(&'a T),
    New(T),
}

impl WorkspaceData {
    /// The organisation meant by `name`: one with that name (ignoring case) or id, else a new
    /// one whose id is made from the name.
    pub fn organisation_named(&self, name: &str) -> Named<'_, Organisation> {
        let name = name.trim();
        match self
            .organisations
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(name) || o.id == name)
        {
            Some(known) => Named::Known(known),
            None => Named::New(Organisation {
                id: slugify(name),
                name: name.to_string(),
                ..Organisation::default()
            }),
        }
    }

    /// The round meant by `name`: one with that id or name, else a new one whose id is made
    /// from the name (the name is kept when it differs from the id).
    pub fn round_named(&self, name: &str) -> Named<'_, Round> {
        let name = name.trim();
        match self
            .rounds
            .iter()
            .find(|r| r.id == name || r.name.as_deref() == Some(name))
        {
            Some(known) => Named::Known(known),
            None => {
                let id = slugify(name);
                Named::New(Round {
                    name: (name != id).then(|| name.to_string()),
                    id,
                    date: None,
                    closed: None,
                })
            }
        }
    }
}

impl Named<'_, Organisation> {
    pub fn id(&self) -> &str {
        match self {
            Named::Known(organisation) => &organisation.id,
            Named::New(organisation) => &organisation.id,
        }
    }
}

impl Named<'_, Round> {
    pub fn id(&self) -> &str {
        match self {
            Named::Known(round) => &round.id,
            Named::New(round) => &round.id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> WorkspaceData {
        let folder = tempfile::tempdir().unwrap();
        let mut data = crate::store::workspace::Workspace::at(folder.path())
            .load()
            .unwrap();
        data.organisations.push(Organisation {
            id: "gemeente-aldersum".into(),
            name: "Gemeente Aldersum".into(),
            ..Organisation::default()
        });
        data.rounds.push(Round {
            id: "2025".into(),
            name: Some("Voorjaar 2025".into()),
            date: None,
            closed: None,
        });
        data
    }

    #[test]
    fn a_known_name_in_any_case_or_an_id_finds_the_organisation() {
        let data = data();
        for name in [
            "gemeente aldersum",
            "Gemeente Aldersum ",
            "gemeente-aldersum",
        ] {
            assert!(
                matches!(data.organisation_named(name), Named::Known(o) if o.id == "gemeente-aldersum")
            );
        }
        let new = data.organisation_named("Gemeente Bremerdam");
        assert_eq!(new.id(), "gemeente-bremerdam");
        assert!(matches!(new, Named::New(o) if o.name == "Gemeente Bremerdam"));
    }

    #[test]
    fn a_round_is_found_by_id_or_name_and_a_new_one_keeps_a_name_that_differs() {
        let data = data();
        assert_eq!(data.round_named("Voorjaar 2025").id(), "2025");
        assert_eq!(data.round_named("2025").id(), "2025");
        assert_eq!(
            data.round_named("Najaar 2026"),
            Named::New(Round {
                id: "najaar-2026".into(),
                name: Some("Najaar 2026".into()),
                date: None,
                closed: None,
            })
        );
        assert_eq!(
            data.round_named("2026"),
            Named::New(Round {
                id: "2026".into(),
                name: None,
                date: None,
                closed: None,
            })
        );
    }
}
