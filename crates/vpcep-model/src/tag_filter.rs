//! Querying services by tag: `POST /v1/{project_id}/endpoint_service/resource_instances/action`
//! (API reference §4.14).

use serde::{Deserialize, Serialize};

use crate::service::Tag;

/// A tag condition: the key, with any of `values` (no values: any value).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagCondition {
    pub key: String,
    #[serde(default)]
    pub values: Vec<String>,
}

/// A `matches` entry; the API knows `resource_name` (fuzzy, case-insensitive).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceMatch {
    pub key: String,
    pub value: String,
}

/// The body of the filter action. `tags` are AND over keys, OR over values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceInstancesRequest {
    /// `filter` (the resources) or `count` (only `total_count`).
    pub action: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<TagCondition>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub matches: Vec<ResourceMatch>,
    /// A string on the wire, as in the API's example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
}

impl ResourceInstancesRequest {
    /// A filter for services that carry every tag in `tags`.
    pub fn with_tags(tags: Vec<TagCondition>) -> Self {
        ResourceInstancesRequest {
            action: "filter".to_owned(),
            tags,
            matches: Vec::new(),
            limit: Some("1000".to_owned()),
            offset: None,
        }
    }
}

/// One matching resource.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceInstance {
    pub resource_id: String,
    pub resource_name: String,
    #[serde(default)]
    pub tags: Vec<Tag>,
}

/// The answer of the filter action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceInstancesResponse {
    #[serde(default)]
    pub resources: Vec<ResourceInstance>,
    pub total_count: u32,
}

/// Whether `tags` satisfy every condition.
pub fn tags_match(tags: &[Tag], conditions: &[TagCondition]) -> bool {
    conditions
        .iter()
        .all(|c| tags.iter().any(|t| t.key == c.key && (c.values.is_empty() || c.values.contains(&t.value))))
}
