//! Hand-written character classes (no `regex`: it would add hundreds of KB to the wasm).

use crate::lang::Bilingual;
use crate::limits::TAG_ALLOWS_AT_SIGN;
use crate::messages as say;

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
        ' ' => say::spaces_refused(),
        '\t' | '\n' | '\r' => say::line_breaks_refused(),
        c => say::character_refused(c),
    }
}

/// The characters of a name in words, for messages.
pub fn name_charset_words() -> Bilingual {
    say::name_characters()
}

/// The allowed set of a tag in words, for messages.
pub fn tag_charset_words() -> Bilingual {
    if TAG_ALLOWS_AT_SIGN {
        say::tag_characters_with_at_sign()
    } else {
        say::name_characters()
    }
}

/// Names the first character `allowed` refuses, in a sentence about `what` ("The name").
pub(crate) fn charset_message(what: Bilingual, allowed_words: Bilingual, bad: char) -> Bilingual {
    say::only_characters(&what, &allowed_words, &refused_char(bad))
}
