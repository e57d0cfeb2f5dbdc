//! Which API the console talks to: the embedded mock, or the cloud's APIs over HTTP through
//! the same-origin gateway. Tokens are not settings: see [`super::session`].

use serde::{Deserialize, Serialize};

use super::browser::{storage_get, storage_set};

const SETTINGS_KEY: &str = "vpcep-console.api-settings.v1";

/// Embedded mock or HTTP.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ApiMode {
    /// The embedded mock, in this page.
    Mock,
    /// The cloud's APIs over HTTP, through the gateway (`vpcep-server --api otc`, or its mock).
    Http,
}

/// What the Settings page keeps (in localStorage).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiSettings {
    /// Which API.
    pub mode: ApiMode,
    /// Where the gateway is: `{base}/{service}/{region}/…` (by default the same-origin `/api`
    /// of `vpcep-server`, so no CORS is needed).
    pub base: String,
}

impl Default for ApiSettings {
    fn default() -> Self {
        ApiSettings { mode: ApiMode::Mock, base: "/api".to_owned() }
    }
}

impl ApiSettings {
    /// The saved settings, else the defaults. Read with the browser's `JSON.parse` (every page
    /// reads them at start; serde_json stays in the chunks that need it).
    pub fn load() -> Self {
        storage_get(SETTINGS_KEY).and_then(|j| Self::from_json(&j)).unwrap_or_default()
    }

    /// The settings in `json` (`{"mode":"http","base":"/api"}`), if they read.
    fn from_json(json: &str) -> Option<Self> {
        let value = js_sys::JSON::parse(json).ok()?;
        let field = |name: &str| js_sys::Reflect::get(&value, &name.into()).ok().and_then(|v| v.as_string());
        let mode = match field("mode")?.as_str() {
            "mock" => ApiMode::Mock,
            "http" => ApiMode::Http,
            _ => return None,
        };
        Some(ApiSettings { mode, base: field("base")? })
    }

    /// Saves the settings.
    pub fn save(&self) {
        if let Ok(j) = serde_json::to_string(self) {
            storage_set(SETTINGS_KEY, &j);
        }
    }
}
