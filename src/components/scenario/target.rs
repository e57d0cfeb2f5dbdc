//! What plays a scenario: the embedded mock, or vpcep-server's mock for one project.

use leptos::prelude::*;

use crate::api::scenario::Scenario;
use crate::api::{EmbeddedMock, ServerScenario};
use crate::i18n::formats;

/// What plays the scenario.
#[derive(Clone)]
pub enum ScenarioTarget {
    /// The embedded mock (every region; its state can be exported and imported).
    Embedded(EmbeddedMock),
    /// vpcep-server's mock, for the signed-in project.
    Server(ServerScenario),
}

impl ScenarioTarget {
    pub(super) fn scenario(&self) -> ArcRwSignal<Scenario> {
        match self {
            ScenarioTarget::Embedded(m) => m.scenario(),
            ScenarioTarget::Server(s) => s.scenario(),
        }
    }

    /// What the mock does without a scenario (the badge names what differs from it).
    pub(super) fn baseline(&self) -> Scenario {
        match self {
            ScenarioTarget::Embedded(_) => Scenario::default(),
            ScenarioTarget::Server(_) => Scenario::server_default(),
        }
    }

    pub(super) async fn apply(&self, scenario: Scenario, fresh: bool) -> Result<(), String> {
        match self {
            ScenarioTarget::Embedded(m) => {
                m.set_scenario(scenario, fresh);
                Ok(())
            }
            ScenarioTarget::Server(s) => s.apply(scenario, fresh).await.map_err(|e| {
                let code = e.code().map(|c| format!(" ({c})")).unwrap_or_default();
                formats::server_refused_scenario(&format!("{}{code}", e.detail()))
            }),
        }
    }
}

/// The scenario's player, in context when the console uses the embedded mock.
#[derive(Clone)]
pub struct ScenarioControl {
    /// What plays the scenario.
    pub target: ScenarioTarget,
    /// What was wrong with the scenario of the URL the page was opened with.
    pub url_error: Option<String>,
}
