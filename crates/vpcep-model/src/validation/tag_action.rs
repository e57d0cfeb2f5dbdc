//! The rules of a tag action on an existing service (API reference §4.14): the tags to create
//! follow the create form's tag rules, and the service keeps at most [`MAX_TAGS`].

use super::tags::{validate_tag_key, validate_tag_value};
use super::Violation;
use crate::error;
use crate::limits::MAX_TAGS;
use crate::messages as say;
use crate::service::Tag;
use crate::tag_action::TagActionRequest;

/// Every violation of `request` on a service whose tags are `existing`.
pub fn validate_tag_action(request: &TagActionRequest, existing: &[Tag]) -> Vec<Violation> {
    let mut out = Vec::new();
    let creating = match request.action.as_str() {
        "create" => true,
        "delete" => false,
        _ => return vec![Violation::new("action", error::INVALID_ACTION, say::tag_action_values())],
    };
    if request.tags.is_empty() {
        out.push(Violation::new("tags", error::TAG_EMPTY, say::name_a_tag()));
    }
    for (row, item) in request.tags.iter().enumerate() {
        if !creating {
            // Deleting checks only that there is a key: a tag made under older rules can go.
            if item.key.is_empty() {
                out.push(Violation::new(format!("tags[{row}].key"), error::TAG_EMPTY, say::enter_tag_key()));
            }
            continue;
        }
        out.extend(validate_tag_key(&item.key, row));
        match &item.value {
            Some(value) => out.extend(validate_tag_value(value, row)),
            None => out.push(Violation::new(
                format!("tags[{row}].value"),
                error::PARAMETER_ERROR,
                say::tag_needs_value(),
            )),
        }
        if request.tags[..row].iter().any(|t| t.key == item.key) {
            out.push(Violation::new(
                format!("tags[{row}].key"),
                error::TAG_KEY_DUPLICATE,
                say::tag_key_twice(&item.key),
            ));
        }
    }
    let after = request.apply(existing).len();
    if creating && after > MAX_TAGS {
        out.push(Violation::new("tags", error::TAG_LIMIT, say::tags_after_change(MAX_TAGS, after)));
    }
    out
}
