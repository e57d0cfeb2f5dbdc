//! The same-origin gateway to the cloud (`--api otc`): `/api/{service}/{region}/{path}` goes to
//! `https://{service}.{region}.{domain}/{path}` for the services the console uses and the
//! regions it knows; anything else is refused with 403 (never an open proxy).
//!
//! Only the headers the APIs need go up (`X-Auth-Token`, `Content-Type`, `Accept`), only the
//! answer's `Content-Type` comes back, and `X-Subject-Token` only from IAM's token call.
//! Nothing of a request or an answer is logged, the token least of all. The gateway keeps no
//! session: tokens live in the browser (or are obtained by this process with `--cloud`), so
//! replicas can run behind any load balancer.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use http_body_util::{BodyExt, Full, Limited};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use serde_json::json;
use vpcep_model::iam::{PasswordAuthRequest, TokenResponse, AUTH_TOKEN_HEADER, SUBJECT_TOKEN_HEADER};
use vpcep_model::{Region, Service};

use crate::cloud_auth::{CloudAuth, ServerToken};
use crate::limits::{MAX_BODY_BYTES, MAX_UPSTREAM_BODY_BYTES, UPSTREAM_TIMEOUT};

/// The cloud's domain by default.
pub const DEFAULT_DOMAIN: &str = "otc.t-systems.com";

/// The request headers passed to the cloud.
const REQUEST_HEADERS: [HeaderName; 3] =
    [header::ACCEPT, header::CONTENT_TYPE, HeaderName::from_static("x-auth-token")];

/// What the gateway is started with.
#[derive(Debug, Default)]
pub struct GatewayConfig {
    /// The cloud's domain (`otc.t-systems.com`).
    pub domain: String,
    /// Upstreams given by hand (`--endpoint SERVICE.REGION=URL`).
    pub endpoints: Vec<EndpointOverride>,
    /// More trusted roots (`--ca-file`), besides the system's.
    pub ca_file: Option<std::path::PathBuf>,
    /// The server's own sign-in (`--cloud`): its token is sent when the browser sends none.
    pub cloud: Option<CloudAuth>,
    /// How long an upstream may take (`--upstream-timeout-s`).
    pub timeout: std::time::Duration,
}

/// One `--endpoint SERVICE.REGION=URL`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointOverride {
    pub service: Service,
    pub region: Region,
    /// `https://host:port` (a path prefix is kept).
    pub url: String,
}

impl std::str::FromStr for EndpointOverride {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let (key, url) = s
            .split_once('=')
            .ok_or("expected SERVICE.REGION=URL, e.g. vpcep.eu-de=https://127.0.0.1:8443")?;
        let (service, region) = key.split_once('.').ok_or("expected SERVICE.REGION before =")?;
        let service = Service::from_prefix(service)
            .ok_or_else(|| format!("unknown service {service:?} (iam, vpcep, vpc, elb, ecs)"))?;
        let region =
            Region::from_id(region).ok_or_else(|| format!("unknown region {region:?} (eu-de, eu-nl)"))?;
        let uri: Uri = url.parse().map_err(|e| format!("{url:?}: {e}"))?;
        if !matches!(uri.scheme_str(), Some("https" | "http")) || uri.host().is_none() {
            return Err(format!("{url:?}: give an http(s) URL with a host"));
        }
        Ok(EndpointOverride { service, region, url: url.trim_end_matches('/').to_owned() })
    }
}

/// The gateway: an HTTPS client and where each (service, region) goes.
pub struct Gateway {
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
    domain: String,
    endpoints: HashMap<(&'static str, Region), String>,
    cloud: Option<CloudAuth>,
    timeout: std::time::Duration,
}

/// A JSON error of the gateway itself: `{"error_code": "Gateway.0403", "error_msg": …}`, the
/// shape of the VPCEP errors, so the console shows it like any API error.
fn refuse(status: StatusCode, message: String) -> Response {
    let code = format!("Gateway.0{}", status.as_u16());
    (status, axum::Json(json!({ "error_code": code, "error_msg": message }))).into_response()
}

/// The roots the gateway trusts: the system's, and the certificates of `ca_file`.
fn roots(ca_file: Option<&Path>) -> Result<rustls::RootCertStore, String> {
    let mut roots = rustls::RootCertStore::empty();
    let native = rustls_native_certs::load_native_certs();
    let (added, _) = roots.add_parsable_certificates(native.certs);
    if let Some(path) = ca_file {
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
            .and_then(|it| it.collect::<Result<_, _>>())
            .map_err(|e| format!("--ca-file {}: {e}", path.display()))?;
        if certs.is_empty() {
            return Err(format!("--ca-file {}: no certificate in it", path.display()));
        }
        for cert in certs {
            roots.add(cert).map_err(|e| format!("--ca-file {}: {e}", path.display()))?;
        }
    } else if added == 0 {
        return Err("no trusted root certificates on this system; give --ca-file".into());
    }
    Ok(roots)
}

impl Gateway {
    /// A gateway for `config`: the TLS roots are read now, so a bad `--ca-file` stops the start.
    pub fn new(config: GatewayConfig) -> Result<Gateway, String> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| e.to_string())?
            .with_root_certificates(roots(config.ca_file.as_deref())?)
            .with_no_client_auth();
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .build();
        let client = Client::builder(TokioExecutor::new()).build(https);
        let endpoints =
            config.endpoints.into_iter().map(|e| ((e.service.prefix(), e.region), e.url)).collect();
        let domain = if config.domain.is_empty() { DEFAULT_DOMAIN.to_owned() } else { config.domain };
        let timeout = if config.timeout.is_zero() { UPSTREAM_TIMEOUT } else { config.timeout };
        Ok(Gateway { client, domain, endpoints, cloud: config.cloud, timeout })
    }

    /// The account and user the server signs in with (`--cloud`), for the console's badge.
    pub fn account(&self) -> Option<(&str, &str)> {
        self.cloud.as_ref().map(|c| (c.credentials.domain.as_str(), c.credentials.user.as_str()))
    }

    /// The server's token for `region` (`--cloud`), from IAM through the same upstreams.
    async fn server_token(&self, cloud: &CloudAuth, region: Region) -> Result<ServerToken, String> {
        let now = vpcep_mock::Clock::now_ms(&vpcep_mock::SystemClock);
        cloud
            .token(region, now, |c| async move {
                let body = PasswordAuthRequest::new(&c.domain, &c.user, &c.password, region);
                let body = serde_json::to_vec(&body).map_err(|e| e.to_string())?;
                let uri = format!("{}/v3/auth/tokens", self.upstream(Service::Iam, region));
                let req = hyper::Request::post(uri)
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Full::new(Bytes::from(body)))
                    .map_err(|e| e.to_string())?;
                let res = tokio::time::timeout(self.timeout, self.client.request(req))
                    .await
                    .map_err(|_| "IAM did not answer in time".to_owned())?
                    .map_err(|e| describe(&e))?;
                let status = res.status();
                let token =
                    res.headers().get(SUBJECT_TOKEN_HEADER).and_then(|v| v.to_str().ok()).map(str::to_owned);
                let bytes = Limited::new(res.into_body(), MAX_BODY_BYTES)
                    .collect()
                    .await
                    .map_err(|e| e.to_string())?
                    .to_bytes();
                if status == StatusCode::UNAUTHORIZED {
                    return Err("IAM refused the credentials (401)".into());
                }
                let answer: TokenResponse = serde_json::from_slice(&bytes)
                    .map_err(|e| format!("IAM answered {status} with a body that is not a token: {e}"))?;
                let expires_ms = answer.token.expires_ms().ok_or("IAM's expires_at does not read")?;
                let project_id = answer.token.project.map(|p| p.id).ok_or("IAM's token has no project")?;
                let token = token.ok_or("IAM's answer has no X-Subject-Token")?;
                Ok(ServerToken { token, project_id, expires_ms })
            })
            .await
    }

    /// `GET /api/_session/{region}`: with `--cloud`, the project and the names the server
    /// signed in with (never the token or the password).
    pub async fn session(&self, region: &str) -> Response {
        let (Some(cloud), Some(region)) = (&self.cloud, Region::from_id(region)) else {
            return refuse(StatusCode::NOT_FOUND, "This server does not sign in itself (no --cloud).".into());
        };
        match self.server_token(cloud, region).await {
            Ok(t) => axum::Json(json!({
                "project_id": t.project_id,
                "account": cloud.credentials.domain,
                "user": cloud.credentials.user,
                "expires_ms": t.expires_ms,
            }))
            .into_response(),
            Err(why) => refuse(
                StatusCode::BAD_GATEWAY,
                format!("The server could not sign in to {}: {why}", region.id()),
            ),
        }
    }

    /// Where `service` of `region` is reached.
    fn upstream(&self, service: Service, region: Region) -> String {
        self.endpoints
            .get(&(service.prefix(), region))
            .cloned()
            .unwrap_or_else(|| format!("https://{}.{}.{}", service.prefix(), region.id(), self.domain))
    }

    /// Forwards `req`, whose path was `/api/{rest}`.
    pub async fn forward(&self, rest: &str, req: Request) -> Response {
        let mut parts = rest.splitn(3, '/');
        let (service, region, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next());
        let (Some(service), Some(region), Some(path)) =
            (Service::from_prefix(service), Region::from_id(region), path)
        else {
            return refuse(
                StatusCode::FORBIDDEN,
                "This gateway forwards /api/{service}/{region}/… only, for the services iam, vpcep, vpc, elb \
                 and ecs in the regions eu-de and eu-nl."
                    .into(),
            );
        };
        if path.split('/').any(|s| s == ".." || s == ".") {
            return refuse(StatusCode::FORBIDDEN, "A path with . or .. segments is not forwarded.".into());
        }
        let (head, body) = req.into_parts();
        let query = head.uri.query().map(|q| format!("?{q}")).unwrap_or_default();
        let url = format!("{}/{path}{query}", self.upstream(service, region));
        let Ok(uri) = url.parse::<Uri>() else {
            return refuse(StatusCode::BAD_REQUEST, "The path cannot be forwarded.".into());
        };
        let bytes = match axum::body::to_bytes(body, MAX_BODY_BYTES).await {
            Ok(b) => b,
            Err(_) => return refuse(StatusCode::PAYLOAD_TOO_LARGE, "The request body is too large.".into()),
        };
        let mut up = hyper::Request::builder().method(head.method.clone()).uri(uri);
        for name in REQUEST_HEADERS {
            if let Some(v) = head.headers.get(&name) {
                up = up.header(name, v);
            }
        }
        let is_token_call = service == Service::Iam && path == "v3/auth/tokens";
        if !head.headers.contains_key(AUTH_TOKEN_HEADER) && !is_token_call {
            if let Some(cloud) = &self.cloud {
                match self.server_token(cloud, region).await {
                    Ok(t) => up = up.header(AUTH_TOKEN_HEADER, t.token),
                    Err(why) => {
                        return refuse(
                            StatusCode::BAD_GATEWAY,
                            format!("The server could not sign in to {}: {why}", region.id()),
                        )
                    }
                }
            }
        }
        up = up.header(header::USER_AGENT, "vpcep-console-gateway");
        let Ok(up) = up.body(Full::new(bytes)) else {
            return refuse(StatusCode::BAD_REQUEST, "The request cannot be forwarded.".into());
        };
        let host = format!("{}.{}", service.prefix(), region.id());
        let answer = tokio::time::timeout(self.timeout, async {
            let res = self.client.request(up).await.map_err(|e| describe(&e))?;
            let (head, body) = res.into_parts();
            let body = Limited::new(body, MAX_UPSTREAM_BODY_BYTES)
                .collect()
                .await
                .map_err(|e| format!("the answer broke off or is too large: {e}"))?
                .to_bytes();
            Ok::<_, String>((head, body))
        })
        .await;
        let (up_head, up_body) = match answer {
            Err(_) => {
                let secs = self.timeout.as_secs();
                return refuse(
                    StatusCode::GATEWAY_TIMEOUT,
                    format!("{host} did not answer within {secs} s."),
                );
            }
            Ok(Err(why)) => {
                eprintln!("vpcep-server: gateway: {host}: {why}");
                return refuse(StatusCode::BAD_GATEWAY, format!("{host} could not be reached: {why}"));
            }
            Ok(Ok(a)) => a,
        };
        let mut res = Response::new(Body::from(up_body));
        *res.status_mut() = up_head.status;
        if let Some(v) = up_head.headers.get(header::CONTENT_TYPE) {
            res.headers_mut().insert(header::CONTENT_TYPE, v.clone());
        }
        if is_token_call {
            if let Some(v) = up_head.headers.get(SUBJECT_TOKEN_HEADER) {
                res.headers_mut().insert(HeaderName::from_static("x-subject-token"), v.clone());
            }
        }
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        res
    }
}

/// An upstream failure in words, with its cause (a TLS failure names the certificate problem).
fn describe(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text = format!("{text}: {s}");
        source = s.source();
    }
    text
}
