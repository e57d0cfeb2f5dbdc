//! Whitelist records: the accounts allowed to connect (API reference §4.8, §4.9).

use serde::{Deserialize, Serialize};

/// One whitelist record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PermissionRecord {
    pub id: String,
    /// `iam:domain::<domain_id>` or `*` (everyone).
    pub permission: String,
    #[serde(default = "domain_id_type")]
    pub permission_type: String,
    #[serde(default)]
    pub description: String,
    pub created_at: String,
}

fn domain_id_type() -> String {
    "domainId".to_owned()
}

/// The envelope of `GET …/{id}/permissions`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListPermissionsResponse {
    pub permissions: Vec<PermissionRecord>,
    pub total_count: u32,
}
