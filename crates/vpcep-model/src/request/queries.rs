//! The queries of the list operations that page, and of the quotas.

use serde::{Deserialize, Serialize};

/// `limit` / `offset` of the list operations that page (strings, as the API's examples send
/// them, so that a bad value is answered with the API's own code).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
}

impl PageQuery {
    /// At most `limit` items.
    pub fn limit(limit: u32) -> Self {
        PageQuery { limit: Some(limit.to_string()), offset: None }
    }
}

/// `limit` / `marker` of the lists that page by the last id of the previous page (VPCs).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkerQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The query of `GET …/quotas`: `type=endpoint_service` or `type=endpoint`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotaQuery {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
