//! Test hooks under `/_mock/`, only with `--test-hooks`: a fault for the next request of a
//! named route, and the log of the API requests received (a ring of the last
//! [`REQUEST_LOG_SIZE`]). They need the token like the API, and take only JSON, so that a
//! cross-site form cannot reach them.

use std::collections::VecDeque;
use std::sync::Mutex;

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use serde::{Deserialize, Serialize};

use crate::limits::REQUEST_LOG_SIZE;

/// What a fault does to its request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Fault {
    /// HTTP 500 with an error body.
    #[serde(rename = "500")]
    ServerError,
    /// HTTP 200 with a body that is not valid JSON.
    #[serde(rename = "malformed")]
    Malformed,
    /// No answer for a while, then the connection closes.
    #[serde(rename = "hang")]
    Hang,
}

/// `POST /_mock/faults`: `{"fault": "500", "route": "create_service"}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultRequest {
    fault: Fault,
    /// A route's name (`vpcep_model::Route::name`); the fault hits its next request only.
    route: String,
}

/// A request as received.
#[derive(Clone, Debug, Serialize)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: String,
    /// The body as JSON (`null` when empty or not JSON).
    pub body: serde_json::Value,
}

/// Queued faults and the request log.
#[derive(Default)]
pub struct Hooks {
    faults: Mutex<Vec<(String, Fault)>>,
    requests: Mutex<VecDeque<Recorded>>,
}

/// Whether a hook request may be served: it needs the token and a JSON body (if it has one).
pub fn allowed(headers: &HeaderMap, has_body: bool) -> Result<(), StatusCode> {
    if !crate::api::has_token(headers) {
        return Err(StatusCode::UNAUTHORIZED);
    }
    let json = headers.get("content-type").and_then(|v| v.to_str().ok()).is_some_and(|v| {
        v.split(';').next().is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
    });
    if has_body && !json {
        return Err(StatusCode::UNSUPPORTED_MEDIA_TYPE);
    }
    Ok(())
}

impl Hooks {
    /// Queues a fault.
    pub fn add_fault(&self, body: &Bytes) -> Result<(), String> {
        let f: FaultRequest = serde_json::from_slice(body).map_err(|e| e.to_string())?;
        self.faults.lock().unwrap_or_else(|e| e.into_inner()).push((f.route, f.fault));
        Ok(())
    }

    /// The fault queued for the route named `route`, taken.
    pub fn take_fault(&self, route: &str) -> Option<Fault> {
        let mut faults = self.faults.lock().unwrap_or_else(|e| e.into_inner());
        let i = faults.iter().position(|(r, _)| r == route)?;
        Some(faults.remove(i).1)
    }

    /// Logs an API request.
    pub fn record(&self, method: &str, path: &str, query: &str, body: &Bytes) {
        let mut log = self.requests.lock().unwrap_or_else(|e| e.into_inner());
        if log.len() >= REQUEST_LOG_SIZE {
            log.pop_front();
        }
        log.push_back(Recorded {
            method: method.to_owned(),
            path: path.to_owned(),
            query: query.to_owned(),
            body: serde_json::from_slice(body).unwrap_or(serde_json::Value::Null),
        });
    }

    /// The log, oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap_or_else(|e| e.into_inner()).iter().cloned().collect()
    }

    /// Empties the log.
    pub fn clear_requests(&self) {
        self.requests.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
}
