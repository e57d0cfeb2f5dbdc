//! The query of the list operation (API reference §4.2): raw as sent, and checked.

use serde::{Deserialize, Serialize};

use crate::error::{self, ErrorCode};
use crate::limits::{DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT};
use crate::service::ServiceStatus;

/// The list query exactly as it arrives: every parameter optional and unparsed, so that a bad
/// value is answered with the API's own error code.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListServicesQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint_service_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_dir: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
}

impl ListServicesQuery {
    /// The parameters as `key=value` pairs, in the API's order, for a URL query string.
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        let all = [
            ("endpoint_service_name", &self.endpoint_service_name),
            ("id", &self.id),
            ("status", &self.status),
            ("sort_key", &self.sort_key),
            ("sort_dir", &self.sort_dir),
            ("limit", &self.limit),
            ("offset", &self.offset),
        ];
        all.into_iter().filter_map(|(k, v)| v.as_deref().map(|v| (k, v))).collect()
    }

    /// Checks every parameter; the first bad one gives the error the API answers.
    pub fn parse(&self) -> Result<ServiceListParams, ErrorCode> {
        let limit = match self.limit.as_deref() {
            None => DEFAULT_LIST_LIMIT,
            Some(s) => s.parse::<u32>().ok().filter(|l| *l <= MAX_LIST_LIMIT).ok_or(error::INVALID_LIMIT)?,
        };
        let offset = match self.offset.as_deref() {
            None => 0,
            Some(s) => s.parse::<u32>().map_err(|_| error::INVALID_OFFSET)?,
        };
        let sort_key = match self.sort_key.as_deref() {
            None => SortKey::CreatedAt,
            Some(s) => SortKey::parse(s).ok_or(error::INVALID_SORT_KEY)?,
        };
        let sort_dir = match self.sort_dir.as_deref() {
            None => SortDir::Desc,
            Some(s) => SortDir::parse(s).ok_or(error::INVALID_SORT_DIR)?,
        };
        let status = match self.status.as_deref() {
            None | Some("") => None,
            Some(s) => {
                let st = ServiceStatus::from_wire(s);
                if !st.is_known() {
                    return Err(error::INVALID_STATUS);
                }
                Some(st)
            }
        };
        Ok(ServiceListParams {
            name: self.endpoint_service_name.clone().filter(|s| !s.is_empty()),
            id: self.id.clone().filter(|s| !s.is_empty()),
            status,
            sort_key,
            sort_dir,
            limit,
            offset,
        })
    }
}

/// A checked list query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceListParams {
    /// Case-insensitive substring of `service_name`.
    pub name: Option<String>,
    pub id: Option<String>,
    pub status: Option<ServiceStatus>,
    pub sort_key: SortKey,
    pub sort_dir: SortDir,
    pub limit: u32,
    pub offset: u32,
}

/// `sort_key`: the API sorts by creation (default) or update time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    CreatedAt,
    UpdatedAt,
}

impl SortKey {
    /// Accepts today's spelling (`created_at`) and the older one (`create_at`).
    pub fn parse(s: &str) -> Option<SortKey> {
        match s {
            "created_at" | "create_at" => Some(SortKey::CreatedAt),
            "updated_at" | "update_at" => Some(SortKey::UpdatedAt),
            _ => None,
        }
    }

    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::CreatedAt => "created_at",
            SortKey::UpdatedAt => "updated_at",
        }
    }
}

/// `sort_dir`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortDir {
    Asc,
    Desc,
}

impl SortDir {
    /// Parses `asc` or `desc`.
    pub fn parse(s: &str) -> Option<SortDir> {
        match s {
            "asc" => Some(SortDir::Asc),
            "desc" => Some(SortDir::Desc),
            _ => None,
        }
    }

    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            SortDir::Asc => "asc",
            SortDir::Desc => "desc",
        }
    }
}
