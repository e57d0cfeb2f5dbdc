//! Test hooks under `/_mock/`: inject a fault into the next API answer, and read back the
//! requests the server received (so a test can compare the console's bodies with the API's).

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

use crate::http::{Request, Response};

/// A fault for the next API request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fault {
    /// HTTP 500 with an error body.
    #[serde(rename = "500")]
    ServerError,
    /// HTTP 200 with a body that is not valid JSON.
    Malformed,
    /// No answer for 20 s, then the connection closes.
    Hang,
}

#[derive(Deserialize)]
struct FaultRequest {
    fault: Fault,
}

/// A request as received.
#[derive(Clone, Debug, Serialize)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    /// The body as JSON (`null` when empty or not JSON).
    pub body: serde_json::Value,
}

/// Queued faults and recorded requests.
#[derive(Default)]
pub struct Hooks {
    faults: VecDeque<Fault>,
    requests: Vec<Recorded>,
}

impl Hooks {
    /// Answers a `/_mock/` request, or `None` for an API request (which is recorded).
    pub fn handle(&mut self, req: &Request) -> Option<Response> {
        if !req.path.starts_with("/_mock/") {
            self.requests.push(Recorded {
                method: req.method.clone(),
                path: req.path.clone(),
                query: req.query.clone(),
                body: serde_json::from_slice(&req.body).unwrap_or(serde_json::Value::Null),
            });
            return None;
        }
        Some(match (req.method.as_str(), req.path.as_str()) {
            ("POST", "/_mock/faults") => match serde_json::from_slice::<FaultRequest>(&req.body) {
                Ok(f) => {
                    self.faults.push_back(f.fault);
                    Response::no_content()
                }
                Err(e) => Response::json(400, &serde_json::json!({"error": e.to_string()})),
            },
            ("GET", "/_mock/requests") => Response::json(200, &self.requests),
            ("DELETE", "/_mock/requests") => {
                self.requests.clear();
                Response::no_content()
            }
            _ => Response::json(404, &serde_json::json!({"error": "unknown hook"})),
        })
    }

    /// The fault for this API request, if one is queued.
    pub fn take_fault(&mut self) -> Option<Fault> {
        self.faults.pop_front()
    }
}
