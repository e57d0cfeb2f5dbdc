//! The rules of a tag action on an existing service (API reference §4.14): the tags to create
//! follow the create form's tag rules, and the service keeps at most [`MAX_TAGS`].

use super::tags::{validate_tag_key, validate_tag_value};
use super::Violation;
use crate::error;
use crate::lang::both;
use crate::limits::MAX_TAGS;
use crate::service::Tag;
use crate::tag_action::TagActionRequest;

/// Every violation of `request` on a service whose tags are `existing`.
pub fn validate_tag_action(request: &TagActionRequest, existing: &[Tag]) -> Vec<Violation> {
    let mut out = Vec::new();
    let creating = match request.action.as_str() {
        "create" => true,
        "delete" => false,
        _ => {
            return vec![Violation::new(
                "action",
                error::INVALID_ACTION,
                both("The action is create or delete.", "Die Aktion ist create oder delete."),
            )]
        }
    };
    if request.tags.is_empty() {
        out.push(Violation::new(
            "tags",
            error::TAG_EMPTY,
            both("Name at least one tag.", "Nennen Sie mindestens ein Tag."),
        ));
    }
    for (row, item) in request.tags.iter().enumerate() {
        if !creating {
            // Deleting checks only that there is a key: a tag made under older rules can go.
            if item.key.is_empty() {
                out.push(Violation::new(
                    format!("tags[{row}].key"),
                    error::TAG_EMPTY,
                    both("Enter a tag key.", "Geben Sie einen Tag-Schlüssel ein."),
                ));
            }
            continue;
        }
        out.extend(validate_tag_key(&item.key, row));
        match &item.value {
            Some(value) => out.extend(validate_tag_value(value, row)),
            None => out.push(Violation::new(
                format!("tags[{row}].value"),
                error::PARAMETER_ERROR,
                both(
                    "A tag to add needs a value (it may be empty).",
                    "Ein hinzuzufügendes Tag braucht einen Wert (er darf leer sein).",
                ),
            )),
        }
        if request.tags[..row].iter().any(|t| t.key == item.key) {
            out.push(Violation::new(
                format!("tags[{row}].key"),
                error::TAG_KEY_DUPLICATE,
                both(
                    format!("The tag key \"{}\" is given twice.", item.key),
                    format!("Der Tag-Schlüssel „{}“ ist doppelt angegeben.", item.key),
                ),
            ));
        }
    }
    let after = request.apply(existing).len();
    if creating && after > MAX_TAGS {
        out.push(Violation::new(
            "tags",
            error::TAG_LIMIT,
            both(
                format!("A service has at most {MAX_TAGS} tags; this would make {after}."),
                format!("Ein Dienst hat höchstens {MAX_TAGS} Tags; dies ergäbe {after}."),
            ),
        ));
    }
    out
}
