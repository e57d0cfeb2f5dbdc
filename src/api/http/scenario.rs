//! The scenario of the signed-in project on `vpcep-server --api mock`
//! (`GET`/`PUT {base}/_scenario/{project}`), for the Scenario panel in HTTP mode.

use leptos::prelude::{on_cleanup, ArcRwSignal, Set};
use send_wrapper::SendWrapper;
use vpcep_model::{Method, Region};

use super::exchange::{error_of, exchange};
use crate::api::scenario::Scenario;
use crate::api::session;
use crate::api::settings::ApiSettings;
use crate::api::{now_ms, ApiError};

/// What the server answers and takes.
#[derive(serde::Serialize, serde::Deserialize)]
struct ScenarioBody {
    scenario: Option<Scenario>,
    #[serde(default)]
    fresh: bool,
}

/// The server's scenario of one project.
#[derive(Clone)]
pub struct ServerScenario {
    url: String,
    token: String,
    scenario: ArcRwSignal<Scenario>,
}

impl ServerScenario {
    /// The scenario of `region`'s signed-in project, when the server plays scenarios (its mock
    /// does; a gateway to the cloud does not); `None` otherwise or when not signed in. A read:
    /// tied to the current owner at once, so that cleaning it up (another region, the top bar
    /// gone) aborts the request, as every read of the HTTP client is.
    pub fn probe(region: Region) -> impl std::future::Future<Output = Option<ServerScenario>> {
        let controller = web_sys::AbortController::new().ok();
        if let Some(c) = &controller {
            let c = SendWrapper::new(c.clone());
            on_cleanup(move || c.abort());
        }
        async move { Self::read(region, controller?).await }
    }

    async fn read(region: Region, controller: web_sys::AbortController) -> Option<ServerScenario> {
        let s = session::valid(region, now_ms())?;
        let base = ApiSettings::load().base;
        let url = format!("{}/_scenario/{}", base.trim_end_matches('/'), s.project_id);
        let token = if s.token.is_empty() { "console".to_owned() } else { s.token };
        let answer = exchange(Method::Get, &url, &token, None, &controller).await.ok()?;
        if answer.status != 200 {
            return None;
        }
        let body: ScenarioBody = serde_json::from_str(&answer.text).ok()?;
        let scenario = body.scenario.unwrap_or_else(Scenario::server_default);
        Some(ServerScenario { url, token, scenario: ArcRwSignal::new(scenario) })
    }

    /// The scenario played (a signal for the badge and the panel).
    pub fn scenario(&self) -> ArcRwSignal<Scenario> {
        self.scenario.clone()
    }

    /// Plays `scenario` in the project; with `fresh` it starts again from the account.
    pub async fn apply(&self, scenario: Scenario, fresh: bool) -> Result<(), ApiError> {
        let body = serde_json::to_string(&ScenarioBody { scenario: Some(scenario.clone()), fresh })
            .map_err(|e| ApiError::Malformed(e.to_string()))?;
        let controller =
            web_sys::AbortController::new().map_err(|_| ApiError::Network("no AbortController".into()))?;
        let answer = exchange(Method::Put, &self.url, &self.token, Some(body), &controller).await?;
        if answer.status != 200 {
            return Err(error_of(answer.status, &answer.text));
        }
        self.scenario.set(scenario);
        Ok(())
    }
}
