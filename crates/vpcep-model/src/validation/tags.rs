//! Tag rules (seed, Table 2): at most 10 tags; key required, unique, at most 36 characters;
//! value at most 43 characters and may be empty; letters, digits, `_` and `-` only.

use super::charset::{charset_message, first_disallowed, is_tag_char, tag_charset_words};
use super::Violation;
use crate::error;
use crate::limits::{MAX_TAGS, MAX_TAG_KEY_CHARS, MAX_TAG_VALUE_CHARS};
use crate::messages as say;
use crate::service::Tag;

fn path(row: usize, leaf: &str) -> String {
    format!("tags[{row}].{leaf}")
}

/// A tag key on its own (without the uniqueness rule, which needs the other rows).
pub fn validate_tag_key(key: &str, row: usize) -> Option<Violation> {
    let count = key.chars().count();
    let (code, message) = if key.is_empty() {
        (error::TAG_EMPTY, say::enter_tag_key())
    } else if count > MAX_TAG_KEY_CHARS {
        (error::TAG_KEY_SIZE, say::tag_key_too_long(MAX_TAG_KEY_CHARS, count))
    } else if let Some(bad) = first_disallowed(key, is_tag_char) {
        (error::TAG_CHARACTERS, charset_message(say::the_tag_key(), tag_charset_words(), bad))
    } else {
        return None;
    };
    Some(Violation::new(path(row, "key"), code, message))
}

/// A tag value (may be empty).
pub fn validate_tag_value(value: &str, row: usize) -> Option<Violation> {
    let count = value.chars().count();
    let (code, message) = if count > MAX_TAG_VALUE_CHARS {
        (error::TAG_VALUE_SIZE, say::tag_value_too_long(MAX_TAG_VALUE_CHARS, count))
    } else if let Some(bad) = first_disallowed(value, is_tag_char) {
        (error::TAG_CHARACTERS, charset_message(say::the_tag_value(), tag_charset_words(), bad))
    } else {
        return None;
    };
    Some(Violation::new(path(row, "value"), code, message))
}

/// Every violation of the tag list.
pub fn validate_tags(tags: &[Tag]) -> Vec<Violation> {
    let mut out = Vec::new();
    if tags.len() > MAX_TAGS {
        out.push(Violation::new("tags", error::TAG_LIMIT, say::too_many_tags(MAX_TAGS, tags.len())));
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
                        say::tag_key_used_by(&tag.key, j + 1),
                    ));
                }
            }
        }
        out.extend(validate_tag_value(&tag.value, row));
    }
    out
}
