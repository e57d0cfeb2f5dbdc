//! Tag rules (seed, Table 2): at most 10 tags; key required, unique, at most 36 characters;
//! value at most 43 characters and may be empty; letters, digits, `_` and `-` only.

use super::charset::{charset_message, first_disallowed, is_tag_char, tag_charset_words};
use super::Violation;
use crate::error;
use crate::lang::both;
use crate::limits::{MAX_TAGS, MAX_TAG_KEY_CHARS, MAX_TAG_VALUE_CHARS};
use crate::service::Tag;

fn path(row: usize, leaf: &str) -> String {
    format!("tags[{row}].{leaf}")
}

/// A tag key on its own (without the uniqueness rule, which needs the other rows).
pub fn validate_tag_key(key: &str, row: usize) -> Option<Violation> {
    let count = key.chars().count();
    let (code, message) = if key.is_empty() {
        (error::TAG_EMPTY, both("Enter a tag key.", "Geben Sie einen Tag-Schlüssel ein."))
    } else if count > MAX_TAG_KEY_CHARS {
        (
            error::TAG_KEY_SIZE,
            both(
                format!("The tag key can contain at most {MAX_TAG_KEY_CHARS} characters (it has {count})."),
                format!("Der Tag-Schlüssel darf höchstens {MAX_TAG_KEY_CHARS} Zeichen enthalten (er hat {count})."),
            ),
        )
    } else if let Some(bad) = first_disallowed(key, is_tag_char) {
        (
            error::TAG_CHARACTERS,
            charset_message(both("The tag key", "Der Tag-Schlüssel"), tag_charset_words(), bad),
        )
    } else {
        return None;
    };
    Some(Violation::new(path(row, "key"), code, message))
}

/// A tag value (may be empty).
pub fn validate_tag_value(value: &str, row: usize) -> Option<Violation> {
    let count = value.chars().count();
    let (code, message) = if count > MAX_TAG_VALUE_CHARS {
        (
            error::TAG_VALUE_SIZE,
            both(
                format!(
                    "The tag value can contain at most {MAX_TAG_VALUE_CHARS} characters (it has {count})."
                ),
                format!(
                    "Der Tag-Wert darf höchstens {MAX_TAG_VALUE_CHARS} Zeichen enthalten (er hat {count})."
                ),
            ),
        )
    } else if let Some(bad) = first_disallowed(value, is_tag_char) {
        (
            error::TAG_CHARACTERS,
            charset_message(both("The tag value", "Der Tag-Wert"), tag_charset_words(), bad),
        )
    } else {
        return None;
    };
    Some(Violation::new(path(row, "value"), code, message))
}

/// Every violation of the tag list.
pub fn validate_tags(tags: &[Tag]) -> Vec<Violation> {
    let mut out = Vec::new();
    if tags.len() > MAX_TAGS {
        out.push(Violation::new(
            "tags",
            error::TAG_LIMIT,
            both(
                format!("At most {MAX_TAGS} tags can be added (there are {}).", tags.len()),
                format!("Es können höchstens {MAX_TAGS} Tags hinzugefügt werden (es sind {}).", tags.len()),
            ),
        ));
    }
    for (row, tag) in tags.iter().enumerate() {
        match validate_tag_key(&tag.key, row) {
            Some(v) => out.push(v),
            None => {
                let clash = tags.iter().enumerate().find(|(j, o)| *j != row && o.key == tag.key);
                if let Some((j, _)) = clash {
                    out.push(Violation::new(
                        path(row, "key"),
                        error::TAG_KEY_DUPLICATE,
                        both(
                            format!("The tag key \"{}\" is also used by tag {}; keys must be unique.", tag.key, j + 1),
                            format!(
                                "Der Tag-Schlüssel „{}“ wird auch von Tag {} verwendet; Schlüssel müssen eindeutig sein.",
                                tag.key,
                                j + 1
                            ),
                        ),
                    ));
                }
            }
        }
        out.extend(validate_tag_value(&tag.value, row));
    }
    out
}
