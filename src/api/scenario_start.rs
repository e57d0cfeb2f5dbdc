//! The scenario a page starts with: the one in the URL (which starts every region afresh
//! from its account, and then leaves the URL, so that a reload keeps what the person did),
//! else the one kept from before, else the default.

use wasm_bindgen::JsValue;

use super::browser::{storage_get, storage_set};
use super::scenario::{Scenario, QUERY_KEYS};
use crate::i18n::lang;

/// Where the scenario is kept between visits.
pub const SCENARIO_KEY: &str = "vpcep-console.scenario.v1";

/// What the page starts with.
pub struct ScenarioStart {
    /// The scenario.
    pub scenario: Scenario,
    /// It came from the URL: every region starts again from its account.
    pub fresh: bool,
    /// What was wrong with the URL's scenario, if anything (the kept one is used then).
    pub error: Option<String>,
    /// A state carried by the URL (`?state=`), to import.
    pub state: Option<String>,
}

/// Keeps `scenario` for the next visit.
pub fn keep(scenario: &Scenario) {
    if let Ok(json) = serde_json::to_string(scenario) {
        storage_set(SCENARIO_KEY, &json);
    }
}

/// The scenario kept from before, if it still reads and keeps the limits (else the default).
fn kept() -> Scenario {
    storage_get(SCENARIO_KEY)
        .and_then(|j| serde_json::from_str::<Scenario>(&j).ok())
        .filter(|s| s.check().is_ok())
        .unwrap_or_default()
}

/// What the link asked of the mock: the scenario's keys and `state`, taken off the URL at once
/// (before the router reads it, so that a reload keeps what the person did), as a query for
/// [`scenario_at_start`] in the mock's chunk. Empty when the link asks nothing.
pub fn take_link_query() -> String {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(search.trim_start_matches('?')).unwrap_or_default();
    let (asked, rest): (Vec<_>, Vec<_>) =
        pairs.into_iter().partition(|(k, _)| QUERY_KEYS.contains(&k.as_str()) || k == "state");
    if asked.is_empty() {
        return String::new();
    }
    leave_url(&rest);
    serde_urlencoded::to_string(&asked).unwrap_or_default()
}

/// The scenario the embedded mock starts with, from what the link asked (see
/// [`take_link_query`]).
pub fn scenario_at_start(query: &str) -> ScenarioStart {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    let state = pairs.iter().find(|(k, _)| k == "state").map(|(_, v)| v.clone());
    match Scenario::from_query(query) {
        Ok(None) => ScenarioStart { scenario: kept(), fresh: false, error: None, state },
        Ok(Some(scenario)) => {
            keep(&scenario);
            ScenarioStart { scenario, fresh: true, error: None, state }
        }
        Err(why) => {
            ScenarioStart { scenario: kept(), fresh: false, error: Some(why.get(lang()).to_owned()), state }
        }
    }
}

/// Puts the URL back without what the link asked of the mock.
fn leave_url(rest: &[(String, String)]) {
    let rest = serde_urlencoded::to_string(rest).unwrap_or_default();
    let Some(window) = web_sys::window() else { return };
    let path = window.location().pathname().unwrap_or_default();
    let url = if rest.is_empty() { path } else { format!("{path}?{rest}") };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
