//! Short names for organisations: the one rule that charts, the terminal interface and the
//! report all use, so a partner is called the same everywhere.

/// Words that start many organisation names and say nothing to a reader who knows that
/// every partner is one; dropped per name, so one name without them changes no other.
const GENERIC_PREFIXES: [&str; 3] = ["Gemeente ", "gemeente ", "Gem. "];

/// A name short enough for a label or a column: without a generic prefix such as
/// "Gemeente " and without a trailing remark in brackets ("(fictief)").
pub fn short_name(name: &str) -> String {
    let name = name.trim();
    let name = GENERIC_PREFIXES
        .iter()
        .find_map(|prefix| name.strip_prefix(prefix))
        .filter(|rest| !rest.trim().is_empty())
        .unwrap_or(name);
    let name = match name.rfind(" (") {
        Some(at) if name.ends_with(')') && at > 0 => &name[..at],
        _ => name,
    };
    name.trim().to_string()
}

/// Short names for a set of organisations, each given as its full name and an optional
/// short name of its own (which wins). A derived short name that two organisations would
/// share falls back to the full names, so labels always tell partners apart.
pub fn short_names(names: &[(&str, Option<&str>)]) -> Vec<String> {
    let mut shorts: Vec<String> = names
        .iter()
        .map(|(name, own)| match own {
            Some(own) if !own.trim().is_empty() => own.trim().to_string(),
            _ => short_name(name),
        })
        .collect();
    for index in 0..shorts.len() {
        let clashes = shorts
            .iter()
            .enumerate()
            .any(|(other, short)| other != index && *short == shorts[index]);
        if clashes && names[index].1.is_none() {
            shorts[index] = names[index].0.trim().to_string();
        }
    }
    shorts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefix_is_dropped_per_name() {
        let names = [
            ("Gemeente Aldersum (fictief)", None),
            ("Werkplein Hart van West-Brabant", None),
            ("Gemeente Brakeveen", Some("Brakeveen-Oost")),
        ];
        assert_eq!(
            short_names(&names),
            [
                "Aldersum",
                "Werkplein Hart van West-Brabant",
                "Brakeveen-Oost"
            ]
        );
    }

    #[test]
    fn names_that_would_clash_stay_whole() {
        let names = [("Gemeente Aa", None), ("Aa", None)];
        assert_eq!(short_names(&names), ["Gemeente Aa", "Aa"]);
        assert_eq!(short_name("Gemeente "), "Gemeente");
    }
}
