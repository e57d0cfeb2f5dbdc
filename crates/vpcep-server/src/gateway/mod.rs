//! The same-origin gateway to the cloud (`--api otc`): `/api/{service}/{region}/{path}` goes to
//! `https://{service}.{region}.{domain}/{path}` for the services the console uses and the
//! regions it knows; anything else is refused with 403 (never an open proxy).
//!
//! Only the headers the APIs need go up (`X-Auth-Token`, `Content-Type`, `Accept`), only the
//! answer's `Content-Type` comes back, and `X-Subject-Token` only from IAM's token call.
//! Nothing of a request or an answer is logged, the token least of all. The gateway keeps no
//! session: tokens live in the browser (or are obtained by this process with `--cloud`), so
//! replicas can run behind any load balancer.

mod config;
mod server_sign_in;

use std::collections::HashMap;
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
use serde_json::json;
use vpcep_model::iam::{AUTH_TOKEN_HEADER, SUBJECT_TOKEN_HEADER};
use vpcep_model::{Region, Service};

pub use self::config::{EndpointOverride, GatewayConfig, DEFAULT_DOMAIN};
use crate::cloud_auth::CloudAuth;
use crate::limits::{MAX_BODY_BYTES, MAX_UPSTREAM_BODY_BYTES, UPSTREAM_TIMEOUT};

/// The request headers passed to the cloud.
const REQUEST_HEADERS: [HeaderName; 3] =
    [header::ACCEPT, header::CONTENT_TYPE, HeaderName::from_static("x-auth-token")];

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
pub(super) fn refuse(status: StatusCode, message: String) -> Response {
    let code = format!("Gateway.0{}", status.as_u16());
    (status, axum::Json(json!({ "error_code": code, "error_msg": message }))).into_response()
}

impl Gateway {
    /// A gateway for `config`: the TLS roots are read now, so a bad `--ca-file` stops the start.
    pub fn new(config: GatewayConfig) -> Result<Gateway, String> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| e.to_string())?
            .with_root_certificates(config::roots(config.ca_file.as_deref())?)
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
pub(super) fn describe(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text = format!("{text}: {s}");
        source = s.source();
    }
    text
}
