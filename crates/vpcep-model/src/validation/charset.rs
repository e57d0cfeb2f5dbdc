//! Hand-written character classes (no `regex`: it would add hundreds of KB to the wasm).

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

/// How a message names a character: `"@"`, or "spaces" for white space.
pub(crate) fn describe_char(c: char) -> String {
    match c {
        ' ' => "spaces are".to_owned(),
        '\t' | '\n' | '\r' => "tabs and line breaks are".to_owned(),
        c => format!("\"{c}\" is"),
    }
}

/// The allowed set in words, for messages.
pub fn tag_charset_words() -> &'static str {
    if TAG_ALLOWS_AT_SIGN {
        "letters, digits, underscores (_), hyphens (-) and at signs (@)"
    } else {
        "letters, digits, underscores (_) and hyphens (-)"
    }
}

/// Names the first character `allowed` refuses, in a sentence about `what`.
pub(crate) fn charset_message(what: &str, allowed_words: &str, bad: char) -> String {
    format!("{what} can contain only {allowed_words}; {} not allowed.", describe_char(bad))
}
