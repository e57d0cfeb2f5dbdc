//! Hand-written character classes (no `regex`: it would add hundreds of KB to the wasm).

use crate::lang::{both, Bilingual};
use crate::limits::TAG_ALLOWS_AT_SIGN;

/// Name characters: ASCII letters, digits, `_` and `-`.
pub fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// Tag characters: ASCII letters, digits, `_`, `-`, and `@` where [`TAG_ALLOWS_AT_SIGN`].
pub fn is_tag_char(c: char) -> bool {
    is_name_char(c) || (TAG_ALLOWS_AT_SIGN && c == '@')
}

/// The first character of `s` that `allowed` refuses.
pub fn first_disallowed(s: &str, allowed: fn(char) -> bool) -> Option<char> {
    s.chars().find(|c| !allowed(*c))
}

/// How a message names a refused character: `"@" is not allowed`, or spaces.
pub(crate) fn refused_char(c: char) -> Bilingual {
    match c {
        ' ' => both("spaces are not allowed", "Leerzeichen sind nicht erlaubt"),
        '\t' | '\n' | '\r' => {
            both("tabs and line breaks are not allowed", "Tabulatoren und Zeilenumbrüche sind nicht erlaubt")
        }
        c => both(format!("\"{c}\" is not allowed"), format!("„{c}“ ist nicht erlaubt")),
    }
}

/// The characters of a name in words, for messages.
pub fn name_charset_words() -> Bilingual {
    both(
        "letters, digits, underscores (_) and hyphens (-)",
        "Buchstaben, Ziffern, Unterstriche (_) und Bindestriche (-)",
    )
}

/// The allowed set of a tag in words, for messages.
pub fn tag_charset_words() -> Bilingual {
    if TAG_ALLOWS_AT_SIGN {
        both(
            "letters, digits, underscores (_), hyphens (-) and at signs (@)",
            "Buchstaben, Ziffern, Unterstriche (_), Bindestriche (-) und At-Zeichen (@)",
        )
    } else {
        name_charset_words()
    }
}

/// Names the first character `allowed` refuses, in a sentence about `what` ("The name").
pub(crate) fn charset_message(what: Bilingual, allowed_words: Bilingual, bad: char) -> Bilingual {
    let refused = refused_char(bad);
    both(
        format!("{} can contain only {}; {}.", what.en, allowed_words.en, refused.en),
        format!("{} darf nur {} enthalten; {}.", what.de, allowed_words.de, refused.de),
    )
}
