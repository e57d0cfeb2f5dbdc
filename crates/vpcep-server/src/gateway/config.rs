//! What the gateway is started with: `--domain`, `--endpoint SERVICE.REGION=URL`, `--ca-file`,
//! `--cloud`, `--upstream-timeout-s`, and the roots it trusts.

use std::path::Path;

use axum::http::Uri;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use vpcep_model::{Region, Service};

use crate::cloud_auth::CloudAuth;

/// The cloud's domain by default.
pub const DEFAULT_DOMAIN: &str = vpcep_model::request::CLOUD_DOMAIN;

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

/// The roots the gateway trusts: the system's, and the certificates of `ca_file`.
pub(super) fn roots(ca_file: Option<&Path>) -> Result<rustls::RootCertStore, String> {
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
