//! User text made safe to print: control and direction-changing characters are shown as
//! visible escapes and very long text is cut short, so a hostile name or file cannot rewrite
//! the terminal (escape sequences, right-to-left overrides) or flood it.

/// True for characters that change how a terminal shows what follows: C0 and C1 controls and
/// the Unicode bidirectional embedding, override and isolate marks.
pub fn is_unsafe(character: char) -> bool {
    character.is_control()
        || matches!(
            character,
            '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// The text with every unsafe character written as `\u{…}`, and cut to at most `max_chars`
/// characters (ending in `…` when cut). Tabs and line breaks are escaped too: the result is
/// always one line.
pub fn printable(text: &str, max_chars: usize) -> String {
    let mut shown = String::with_capacity(text.len().min(max_chars * 4));
    for (count, character) in text.chars().enumerate() {
        if count >= max_chars {
            shown.push('…');
            break;
        }
        if is_unsafe(character) {
            shown.push_str(&format!("\\u{{{:x}}}", u32::from(character)));
        } else {
            shown.push(character);
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_right_to_left_overrides_become_visible() {
        assert_eq!(
            printable("a\u{1b}[31mb\u{7}\u{202e}c", 100),
            "a\\u{1b}[31mb\\u{7}\\u{202e}c"
        );
        assert_eq!(
            printable("Gemeente Súdwest-Fryslân", 100),
            "Gemeente Súdwest-Fryslân"
        );
        assert_eq!(printable("مدينة", 100), "مدينة");
    }

    #[test]
    fn long_text_is_cut_short() {
        assert_eq!(printable(&"x".repeat(1_000), 5), "xxxxx…");
        assert_eq!(printable("kort", 10), "kort");
    }
}
