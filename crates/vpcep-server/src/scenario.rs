//! Scenarios of the console's Scenario panel played by the server's mock: `--scenario QUERY`
//! for every project (the same query as the console's links:
//! `scenario=empty&latency=random&creating_s=10&fail=500&fail_on=create_service`), and
//! `GET`/`PUT /api/_scenario/{project}` for one project (the panel in HTTP mode): the starting
//! account, the latency of every API answer, the Creating and Deleting times, and a failure
//! for the next call of an operation or a rate of them.

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::Mutex;
use std::time::Duration;

use axum::response::{IntoResponse, Response};
use vpcep_mock::scenario::Scenario;

use crate::api::Answer;

/// The scenarios being played: one for every project (`--scenario`), and one per project
/// set from the console (at most [`crate::limits::MAX_PROJECTS`]).
pub struct Playing {
    everywhere: Mutex<Option<Scenario>>,
    by_project: Mutex<HashMap<String, Scenario>>,
}

/// A number in [0, 1): std's randomly keyed hasher over the time (enough for latencies and
/// rates; no random-number crate for that).
fn random() -> f64 {
    let bits = RandomState::new().hash_one(std::time::SystemTime::now());
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

impl Playing {
    /// Reads `--scenario QUERY`; an error names what is wrong.
    pub fn parse(query: &str) -> Result<Scenario, String> {
        Scenario::from_query(query.trim_start_matches('?'))
            .map_err(|e| format!("--scenario: {}", e.en))?
            .ok_or_else(|| "--scenario: no scenario key (scenario, latency, creating_s, …) in it".to_owned())
    }

    /// Plays `scenario` (if any) in every project.
    pub fn new(scenario: Option<Scenario>) -> Self {
        Playing { everywhere: Mutex::new(scenario), by_project: Mutex::new(HashMap::new()) }
    }

    /// The scenario of `project`: its own, else the one of every project.
    pub fn of(&self, project: &str) -> Option<Scenario> {
        let own = self.by_project.lock().unwrap_or_else(|e| e.into_inner()).get(project).cloned();
        own.or_else(|| self.everywhere.lock().unwrap_or_else(|e| e.into_inner()).clone())
    }

    /// Plays `scenario` in `project`.
    pub fn set(&self, project: &str, scenario: Scenario) {
        let mut map = self.by_project.lock().unwrap_or_else(|e| e.into_inner());
        if !map.contains_key(project) && map.len() >= crate::limits::MAX_PROJECTS {
            if let Some(k) = map.keys().next().cloned() {
                map.remove(&k);
            }
        }
        map.insert(project.to_owned(), scenario);
    }

    /// Waits the latency of one answer in `project`, then gives the failure it meets, if any
    /// (a "next call" failure is used up).
    pub async fn before(&self, project: &str, operation: &str) -> Option<Response> {
        let (latency, fault) = {
            let mut own = self.by_project.lock().unwrap_or_else(|e| e.into_inner());
            let mut everywhere = self.everywhere.lock().unwrap_or_else(|e| e.into_inner());
            let s = match own.get_mut(project) {
                Some(s) => s,
                None => everywhere.as_mut()?,
            };
            let latency = s.latency.draw(random());
            let fault = s.fault.clone().filter(|f| f.hits(operation, random()));
            if fault.as_ref().is_some_and(|f| f.rate.is_none()) {
                s.fault = None;
            }
            (latency, fault)
        };
        tokio::time::sleep(Duration::from_millis(u64::from(latency))).await;
        let kind = fault?.kind;
        Some(match kind.code() {
            Some(code) => Answer::error(code).into_response(),
            None => {
                // No answer: as the test hooks' hang, the connection waits, then closes.
                tokio::time::sleep(crate::limits::HANG).await;
                axum::http::StatusCode::GATEWAY_TIMEOUT.into_response()
            }
        })
    }
}

/// The body of `PUT /api/_scenario/{project}`, and the answer of both methods.
#[derive(serde::Serialize, serde::Deserialize)]
struct ScenarioBody {
    /// The scenario (`null` in an answer: none is played).
    scenario: Option<Scenario>,
    /// On `PUT`: the project starts again from the scenario's account.
    #[serde(default, skip_serializing)]
    fresh: bool,
}

/// `GET /api/_scenario/{project}`: the scenario played in `project` (`null`: none);
/// `PUT` with `{"scenario": …, "fresh": bool}`: plays it there. Both need a token, as the API
/// does; `PUT` takes JSON only (so that no cross-site form can send it).
pub async fn answer(
    playing: &Playing,
    store: &crate::store::Store,
    project: &str,
    parts: axum::http::request::Parts,
    body: axum::body::Body,
) -> Response {
    use axum::http::{Method, StatusCode};
    let writing = parts.method == Method::PUT;
    if let Err(status) = crate::hooks::allowed(&parts.headers, writing) {
        let why = if status == StatusCode::UNAUTHORIZED { "A token is needed." } else { "JSON only." };
        return (status, why).into_response();
    }
    if project.is_empty() || project.contains('/') {
        return Answer::error(vpcep_model::error::NOT_FOUND).into_response();
    }
    match parts.method {
        Method::GET => {
            axum::Json(ScenarioBody { scenario: playing.of(project), fresh: false }).into_response()
        }
        Method::PUT => {
            let bytes = match crate::app::read_body(body).await {
                Ok(b) => b,
                Err(r) => return r,
            };
            let asked: ScenarioBody = match serde_json::from_slice(&bytes) {
                Ok(b) => b,
                Err(e) => {
                    let msg = format!("Not a scenario: {e}.");
                    return Answer::error_msg(vpcep_model::error::PARAMETER_ERROR, 400, msg).into_response();
                }
            };
            let Some(scenario) = asked.scenario else {
                let msg = "Give a scenario.".to_owned();
                return Answer::error_msg(vpcep_model::error::PARAMETER_ERROR, 400, msg).into_response();
            };
            if let Err(why) = scenario.check() {
                let msg = format!("Not a scenario: {}.", why.en);
                return Answer::error_msg(vpcep_model::error::PARAMETER_ERROR, 400, msg).into_response();
            }
            store.play(project, scenario.account, scenario.creating_ms, scenario.deleting_ms, asked.fresh);
            playing.set(project, scenario.clone());
            axum::Json(ScenarioBody { scenario: Some(scenario), fresh: false }).into_response()
        }
        _ => StatusCode::METHOD_NOT_ALLOWED.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::MAX_PROJECTS;

    #[test]
    fn a_project_has_its_own_scenario_else_the_servers_and_the_map_is_bounded() {
        let everywhere = Scenario { creating_ms: 7, ..Scenario::default() };
        let playing = Playing::new(Some(everywhere.clone()));
        let own = Scenario { creating_ms: 9, ..Scenario::default() };
        playing.set("p0", own.clone());
        assert_eq!(playing.of("p0"), Some(own));
        assert_eq!(playing.of("other"), Some(everywhere));
        for i in 1..=MAX_PROJECTS {
            playing.set(&format!("p{i}"), Scenario::default());
        }
        let kept = playing.by_project.lock().unwrap().len();
        assert_eq!(kept, MAX_PROJECTS, "one project made room for the newest");
        assert!(playing.by_project.lock().unwrap().contains_key(&format!("p{MAX_PROJECTS}")));
        assert_eq!(Playing::new(None).of("p"), None);
    }
}
