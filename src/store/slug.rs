//! Safe file names from user text: organisation and respondent names become names that can
//! never escape the workspace (no separators, no `..`, no control characters).

/// Turns free text into a lowercase ASCII file-name stem of letters, digits and single dashes.
/// Diacritics are folded (`ë` → `e`); anything else becomes a dash. Never empty: text without
/// any usable character becomes `naamloos`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for character in text.chars().flat_map(fold_diacritic) {
        if character.is_ascii_alphanumeric() {
            slug.push(character.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 64 {
            break;
        }
    }
    let slug = slug.trim_matches('-').to_string();
    if slug.is_empty() {
        "naamloos".to_string()
    } else {
        slug
    }
}

/// True when `text` is already a valid slug (as `slugify` would produce).
pub fn is_slug(text: &str) -> bool {
    !text.is_empty() && slugify(text) == text
}

fn fold_diacritic(character: char) -> impl Iterator<Item = char> {
    let folded: &str = match character {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ç' | 'Ç' => "c",
        'ñ' | 'Ñ' => "n",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ĳ' | 'Ĳ' => "ij",
        _ => "",
    };
    let single = folded.is_empty().then_some(character);
    folded.chars().chain(single)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_safe_file_stems() {
        assert_eq!(
            slugify("Gemeente Súdwest-Fryslân"),
            "gemeente-sudwest-fryslan"
        );
        assert_eq!(slugify("../../etc/passwd"), "etc-passwd");
        assert_eq!(slugify("a/b\\c"), "a-b-c");
        assert_eq!(slugify("   "), "naamloos");
        assert_eq!(slugify(".."), "naamloos");
        assert_eq!(slugify("Ĳsselstein"), "ijsselstein");
        assert_eq!(slugify("\u{202e}evil\u{0007}"), "evil");
    }

    #[test]
    fn slugs_are_bounded_in_length() {
        assert!(slugify(&"x".repeat(10_000)).len() <= 64);
    }
}
