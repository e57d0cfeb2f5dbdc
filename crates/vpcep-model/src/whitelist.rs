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

/// The body of `POST …/{id}/permissions/action` (API reference §4.9): add or remove records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PermissionActionRequest {
    /// `iam:domain::<domain id>` records (or `*`).
    pub permissions: Vec<String>,
    /// `add` or `remove`.
    pub action: String,
}

impl PermissionActionRequest {
    /// Adds `permissions` to the whitelist.
    pub fn add(permissions: Vec<String>) -> Self {
        PermissionActionRequest { permissions, action: "add".to_owned() }
    }

    /// Removes `permissions` from the whitelist.
    pub fn remove(permissions: Vec<String>) -> Self {
        PermissionActionRequest { permissions, action: "remove".to_owned() }
    }
}

/// The answer of `POST …/{id}/permissions/action`: the whitelist's records after the change
/// (the documented example returns two records after adding one; that it is the whole list
/// is UNCONFIRMED).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PermissionActionResponse {
    pub permissions: Vec<String>,
}

/// The record that lets `domain_id` connect: `iam:domain::<domain_id>` (`iam:domain::*` lets
/// everyone; the list shows that record as `*`).
pub fn permission_for(domain_id: &str) -> String {
    format!("{}{domain_id}", crate::limits::WHITELIST_PREFIX)
}

/// The record as the list shows it: `iam:domain::*` is `*`.
pub fn normalized_permission(permission: &str) -> String {
    match permission.strip_prefix(crate::limits::WHITELIST_PREFIX) {
        Some("*") => "*".to_owned(),
        _ => permission.to_owned(),
    }
}
