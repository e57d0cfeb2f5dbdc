//! Which API the console talks to: the embedded mock, or the VPCEP v1 REST API over HTTP.
//! The token lives only in sessionStorage; it is never logged and never put in a URL.

use serde::{Deserialize, Serialize};

use super::browser::{storage_get, storage_set};

const SETTINGS_KEY: &str = "vpcep-console.api-settings.v1";
const TOKEN_KEY: &str = "vpcep-console.token";

/// Embedded mock or HTTP.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ApiMode {
    /// The embedded mock, in this page.
    Mock,
    /// The VPCEP REST API over HTTP.
    Http,
}

/// What the Settings page keeps (in localStorage).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiSettings {
    /// Which API.
    pub mode: ApiMode,
    /// Where the cloud services are reached: `{base}/vpcep/v1/{project_id}/…`,
    /// `{base}/vpc/…`, `{base}/elb/…`, `{base}/ecs/…` (by default a same-origin path that
    /// `trunk serve` proxies, so no CORS is needed).
    pub base: String,
    /// The project (of the region) in every path.
    pub project_id: String,
}

impl Default for ApiSettings {
    fn default() -> Self {
        ApiSettings { mode: ApiMode::Mock, base: "/api".to_owned(), project_id: String::new() }
    }
}

impl ApiSettings {
    /// The saved settings, else the defaults.
    pub fn load() -> Self {
        storage_get(SETTINGS_KEY).and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default()
    }

    /// Saves the settings.
    pub fn save(&self) {
        if let Ok(j) = serde_json::to_string(self) {
            storage_set(SETTINGS_KEY, &j);
        }
    }
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The IAM token of this browser tab.
pub fn token() -> String {
    session().and_then(|s| s.get_item(TOKEN_KEY).ok().flatten()).unwrap_or_default()
}

/// Keeps the token for this tab only.
pub fn set_token(token: &str) {
    if let Some(s) = session() {
        let _ = if token.is_empty() { s.remove_item(TOKEN_KEY) } else { s.set_item(TOKEN_KEY, token) };
    }
}
