//! The server's routes: the mock API (under `/api/` and at the root paths), the test hooks,
//! and the built console, behind the Host check, the body limit and timeout, and the
//! security headers.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;
use vpcep_model::error;

use vpcep_model::iam::SUBJECT_TOKEN_HEADER;
use vpcep_model::Route;

use crate::api::{self, Answer};
use crate::gateway::Gateway;
use crate::hooks::{self, Fault, Hooks};
use crate::iam::Iam;
use crate::limits::{BODY_READ_TIMEOUT, HANG, MAX_BODY_BYTES};
use crate::site::Site;
use crate::store::Store;

/// What the handlers share.
pub struct AppState {
    /// The mock's projects (`--api mock`).
    pub store: Option<Store>,
    /// The test hooks (`--test-hooks`).
    pub hooks: Option<Hooks>,
    /// The scenario played (`--scenario`).
    pub scenario: Option<crate::scenario::Playing>,
    /// The built console (`--dist`).
    pub site: Option<Site>,
    /// The Host names answered besides IP addresses and localhost (`--allowed-host`).
    pub allowed_hosts: Vec<String>,
    /// The mock's IAM (`--api mock`).
    pub iam: Iam,
    /// The gateway to the cloud (`--api otc`).
    pub gateway: Option<Gateway>,
}

/// The whole application.
pub fn router(state: Arc<AppState>) -> Router {
    let mut app = Router::new();
    if state.hooks.is_some() {
        app = app
            .route("/_mock/faults", post(add_fault))
            .route("/_mock/requests", get(list_requests).delete(clear_requests))
            .route("/_mock/expire-tokens", post(expire_tokens));
    }
    app.fallback(dispatch)
        .layer(middleware::from_fn(security_headers))
        .layer(RequestBodyTimeoutLayer::new(BODY_READ_TIMEOUT))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(state.clone(), host_check))
        .with_state(state)
}

/// Answers only the Host names the server was started for (DNS-rebinding protection): an
/// IP address literal or `localhost` (which no attacker's DNS can point anywhere), with any
/// port, and the names given with `--allowed-host`.
async fn host_check(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let host = req.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
    if host_allowed(host, &state.allowed_hosts) {
        next.run(req).await
    } else {
        let message = format!(
            "This server does not answer for Host {host:?}; start it with --allowed-host to add it.\n"
        );
        (StatusCode::MISDIRECTED_REQUEST, message).into_response()
    }
}

/// Whether `host` (a Host header) may be answered; `extra` are `--allowed-host` values (a name,
/// or a name with its port).
pub fn host_allowed(host: &str, extra: &[String]) -> bool {
    let Ok(authority) = host.parse::<axum::http::uri::Authority>() else { return false };
    let name = authority.host().trim_start_matches('[').trim_end_matches(']');
    let literal = name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::IpAddr>().is_ok();
    literal || extra.iter().any(|a| a.eq_ignore_ascii_case(host) || a.eq_ignore_ascii_case(name))
}

/// The security headers of every answer; the console's CSP is set by [`Site`] (it carries
/// the page's nonce).
async fn security_headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    h.entry("content-security-policy")
        .or_insert(HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"));
    res
}

/// Reads a body, within the limits: 413 when it is too large, 408 when it does not arrive.
pub(crate) async fn read_body(body: Body) -> Result<Bytes, Response> {
    axum::body::to_bytes(body, MAX_BODY_BYTES).await.map_err(|e| {
        let too_large = std::error::Error::source(&e).is_some_and(|s| s.to_string().contains("length limit"))
            || e.to_string().contains("length limit");
        if too_large {
            Answer::error_msg(error::PARAMETER_ERROR, 413, "The request body is too large.".into())
                .into_response()
        } else {
            let mut r = Answer::error_msg(
                error::PARAMETER_ERROR,
                408,
                "The request body did not arrive in time.".into(),
            )
            .into_response();
            r.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
            r
        }
    })
}

/// Everything but the hooks: the API, else the console, else 404.
async fn dispatch(State(state): State<Arc<AppState>>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let path = parts.uri.path().to_owned();
    let query = parts.uri.query().unwrap_or("").to_owned();
    if let Some(region) = path.strip_prefix("/api/_session/") {
        // The server's own sign-in (`--cloud`); 204: none, the browser signs in.
        return match state.gateway.as_ref().filter(|g| g.account().is_some()) {
            Some(gateway) => gateway.session(region).await,
            None => StatusCode::NO_CONTENT.into_response(),
        };
    }
    if let (Some(project), Some(playing), Some(store)) =
        (path.strip_prefix("/api/_scenario/"), &state.scenario, &state.store)
    {
        return crate::scenario::answer(playing, store, project, parts, body).await;
    }
    if let Some(gateway) = &state.gateway {
        if let Some(rest) = path.strip_prefix("/api/") {
            return gateway.forward(rest, Request::from_parts(parts, body)).await;
        }
    }
    if let Some(store) = &state.store {
        let under_api = path.strip_prefix("/api").filter(|p| p.starts_with('/'));
        let candidate = under_api.unwrap_or(&path);
        match api::route(&parts.method, candidate, &query) {
            Ok((project, route)) => {
                let bytes = match read_body(body).await {
                    Ok(b) => b,
                    Err(r) => return r,
                };
                if let Some(hooks) = &state.hooks {
                    // A password never reaches the log.
                    let logged = if route == Route::IssueToken { Bytes::new() } else { bytes.clone() };
                    hooks.record(parts.method.as_str(), candidate, &query, &logged);
                }
                let fault = || state.hooks.as_ref().and_then(|h| h.take_fault(route.name()));
                if route == Route::IssueToken {
                    if let Some(f) = fault() {
                        return injected(f).await;
                    }
                    return issue_token(&state.iam, &bytes);
                }
                let region = Route::region_of(candidate).unwrap_or(store.region());
                let project = match state.iam.project_for(&parts.headers, &project, region) {
                    Ok(p) => p,
                    Err(refused) => {
                        let code = if refused.status == StatusCode::FORBIDDEN {
                            error::NO_PERMISSION
                        } else {
                            error::AUTHENTICATION_FAILED
                        };
                        let status = refused.status.as_u16();
                        return Answer::error_msg(code, status, refused.message.into()).into_response();
                    }
                };
                // An unauthenticated request does not take the fault.
                if let Some(playing) = &state.scenario {
                    if let Some(failed) = playing.before(&project, route.operation()).await {
                        return failed;
                    }
                }
                if let Some(f) = fault() {
                    return injected(f).await;
                }
                store.place(&project, state.iam.region_of(&project).unwrap_or(region));
                return api::answer(store, &project, route, &bytes).await.into_response();
            }
            Err(e) if under_api.is_some() || looks_like_api(&path) => {
                return api::route_error(e, &parts.method).into_response();
            }
            Err(_) => {}
        }
    }
    match &state.site {
        Some(site) => site.serve(Request::from_parts(parts, body)).await,
        None => Answer::error(error::NOT_FOUND).into_response(),
    }
}

/// IAM's answer to a sign-in: 201 with the token in `X-Subject-Token`, or IAM's refusal.
fn issue_token(iam: &Iam, bytes: &[u8]) -> Response {
    match iam.issue(bytes) {
        Ok((token, body)) => {
            let mut r = (StatusCode::CREATED, axum::Json(body)).into_response();
            if let Ok(v) = HeaderValue::from_str(&token) {
                r.headers_mut().insert(SUBJECT_TOKEN_HEADER, v);
            }
            r
        }
        Err((status, body)) => (status, axum::Json(body)).into_response(),
    }
}

/// A root path of the API (`/v1/…`, `/v3/…`, `/vpcep/…`, …), as tools such as curl send them.
fn looks_like_api(path: &str) -> bool {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    ["v1", "v3", "vpcep", "vpc", "elb", "ecs"].contains(&first)
}

async fn injected(fault: Fault) -> Response {
    match fault {
        Fault::ServerError => {
            Answer::error_msg(error::SYSTEM_ERROR, 500, "System error (injected by the test hooks).".into())
                .into_response()
        }
        Fault::Malformed => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            "{\"endpoint_services\": [{\"id\": ",
        )
            .into_response(),
        Fault::Hang => {
            tokio::time::sleep(HANG).await;
            (StatusCode::GATEWAY_TIMEOUT, [(header::CONNECTION, "close")]).into_response()
        }
    }
}

fn refuse(status: StatusCode) -> Response {
    let message = match status {
        StatusCode::UNAUTHORIZED => "The test hooks need the X-Auth-Token header.\n",
        _ => "The test hooks take application/json only.\n",
    };
    (status, message).into_response()
}

async fn add_fault(State(state): State<Arc<AppState>>, headers: HeaderMap, body: Body) -> Response {
    if let Err(status) = hooks::allowed(&headers, true) {
        return refuse(status);
    }
    let bytes = match read_body(body).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    match state.hooks.as_ref().map(|h| h.add_fault(&bytes)) {
        Some(Ok(())) => StatusCode::NO_CONTENT.into_response(),
        Some(Err(why)) => {
            (StatusCode::BAD_REQUEST, axum::Json(serde_json::json!({ "error": why }))).into_response()
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn expire_tokens(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    if let Err(status) = hooks::allowed(&headers, false) {
        return refuse(status);
    }
    state.iam.expire_all();
    StatusCode::NO_CONTENT.into_response()
}

async fn list_requests(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    if let Err(status) = hooks::allowed(&headers, false) {
        return refuse(status);
    }
    let log = state.hooks.as_ref().map(Hooks::requests).unwrap_or_default();
    axum::Json(log).into_response()
}

async fn clear_requests(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    if let Err(status) = hooks::allowed(&headers, false) {
        return refuse(status);
    }
    if let Some(h) = &state.hooks {
        h.clear_requests();
    }
    StatusCode::NO_CONTENT.into_response()
}

#[cfg(test)]
mod tests {
    use super::host_allowed;

    #[test]
    fn ip_literals_and_localhost_are_answered_other_names_only_when_allowed() {
        let extra = vec!["console.example".to_owned(), "other.example:8443".to_owned()];
        for ok in ["127.0.0.1:8787", "127.0.0.1", "localhost:3000", "LOCALHOST", "[::1]:80", "10.0.0.5:8787"]
        {
            assert!(host_allowed(ok, &[]), "{ok}");
        }
        for no in ["evil.example", "evil.example:8787", "", "localhost.evil.example", "a b"] {
            assert!(!host_allowed(no, &[]), "{no}");
        }
        assert!(host_allowed("console.example:1234", &extra));
        assert!(host_allowed("other.example:8443", &extra));
        assert!(!host_allowed("other.example:9999", &extra));
    }
}
