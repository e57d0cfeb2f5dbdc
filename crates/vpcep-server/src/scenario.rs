//! `--scenario QUERY`: the mock plays a scenario of the console's Scenario panel (the same
//! query: `scenario=empty&latency=random&creating_s=10&fail=500&fail_on=create_service`):
//! the starting account of every new project, the latency of every API answer, the Creating
//! and Deleting times, and a failure for the next call of an operation or a rate of them.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::sync::Mutex;
use std::time::Duration;

use axum::response::{IntoResponse, Response};
use vpcep_mock::scenario::Scenario;

use crate::api::Answer;

/// The scenario being played.
pub struct Playing {
    scenario: Mutex<Scenario>,
}

/// A number in [0, 1): std's randomly keyed hasher over a counter (enough for latencies and
/// rates; no random-number crate for that).
fn random() -> f64 {
    let bits = RandomState::new().hash_one(std::time::SystemTime::now());
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

impl Playing {
    /// Reads `--scenario QUERY`; an error names what is wrong.
    pub fn parse(query: &str) -> Result<Scenario, String> {
        Scenario::from_query(query.trim_start_matches('?'))
            .map_err(|e| format!("--scenario: {e}"))?
            .ok_or_else(|| "--scenario: no scenario key (scenario, latency, creating_s, …) in it".to_owned())
    }

    /// Plays `scenario`.
    pub fn new(scenario: Scenario) -> Self {
        Playing { scenario: Mutex::new(scenario) }
    }

    /// Waits the latency of one answer, then gives the failure it meets, if any (a "next
    /// call" failure is used up).
    pub async fn before(&self, operation: &str) -> Option<Response> {
        let (latency, fault) = {
            let mut s = self.scenario.lock().unwrap_or_else(|e| e.into_inner());
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
