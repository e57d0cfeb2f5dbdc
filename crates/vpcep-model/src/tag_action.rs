//! Adding, changing and deleting a service's tags: `POST /v1/{project_id}/endpoint_service/{id}/tags/action`
//! (API reference §4.14).

use serde::{Deserialize, Serialize};

/// One tag of a tag action: `value` is required to create (an existing key gets the new
/// value) and optional to delete (with it, the tag goes only when its value matches).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagActionItem {
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The body of a tag action; the API answers with no body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagActionRequest {
    /// `create` or `delete`.
    pub action: String,
    #[serde(default)]
    pub tags: Vec<TagActionItem>,
}

impl TagActionRequest {
    /// Adds `key` with `value`, or gives an existing `key` that value.
    pub fn set(key: &str, value: &str) -> Self {
        let tags = vec![TagActionItem { key: key.to_owned(), value: Some(value.to_owned()) }];
        TagActionRequest { action: "create".to_owned(), tags }
    }

    /// Deletes the tags with these keys, whatever their values.
    pub fn delete_keys<'a>(keys: impl IntoIterator<Item = &'a str>) -> Self {
        let tags = keys.into_iter().map(|k| TagActionItem { key: k.to_owned(), value: None }).collect();
        TagActionRequest { action: "delete".to_owned(), tags }
    }
}

impl TagActionRequest {
    /// The tags after this action on `tags`, as the API documents it: `create` adds each key
    /// or replaces its value; `delete` removes each key (only where the value matches, when
    /// one is given); a key that is not there is no error. An unknown action changes nothing.
    pub fn apply(&self, tags: &[crate::Tag]) -> Vec<crate::Tag> {
        let mut out = tags.to_vec();
        for item in &self.tags {
            match self.action.as_str() {
                "create" => {
                    let value = item.value.clone().unwrap_or_default();
                    match out.iter_mut().find(|t| t.key == item.key) {
                        Some(t) => t.value = value,
                        None => out.push(crate::Tag { key: item.key.clone(), value }),
                    }
                }
                "delete" => {
                    out.retain(|t| t.key != item.key || item.value.as_ref().is_some_and(|v| *v != t.value))
                }
                _ => {}
            }
        }
        out
    }
}
