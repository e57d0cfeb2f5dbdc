//! The command line, parsed by clap: an unknown flag or a missing value is an error.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, ValueEnum};

/// Which API the server answers under `/api/` (and at the root paths).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ApiKind {
    /// The VPCEP v1 mock (the mock cloud engine over HTTP), with a mock IAM.
    Mock,
    /// A gateway to the Open Telekom Cloud: `/api/{service}/{region}/…` to
    /// `https://{service}.{region}.{domain}/…`.
    Otc,
}

/// What a new project starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Seed {
    /// The demo services, VPCs, load balancers and ECS instances.
    Demo,
    /// No service (the VPCs, load balancers and ECS instances stay, to create some).
    Empty,
}

/// `vpcep-server`: the built console and the VPCEP v1 mock API, on one address.
#[derive(Clone, Debug, Parser)]
#[command(name = "vpcep-server", version, about)]
pub struct Args {
    /// The address to listen on (port 0: any free port; the address is printed).
    #[arg(long, default_value = "127.0.0.1:8787")]
    pub addr: SocketAddr,
    /// Serve the built console from this folder (SPA fallback to index.html).
    #[arg(long, value_name = "DIR")]
    pub dist: Option<PathBuf>,
    /// Answer this API under /api/ and at the root paths.
    #[arg(long, value_enum)]
    pub api: Option<ApiKind>,
    /// Keep the mock's projects in this file (written durably before a change is answered).
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// What a new project starts with.
    #[arg(long, value_enum, default_value = "demo")]
    pub seed: Seed,
    /// With --api mock: play a scenario of the console's Scenario panel, as its URL query
    /// (`scenario=empty&latency=random&creating_s=10&fail=500&fail_on=create_service&fail_rate=50`):
    /// the starting account of new projects (instead of --seed), the latency of every answer,
    /// the Creating and Deleting times (unless --create-delay-ms/--delete-delay-ms), a failure.
    #[arg(long, value_name = "QUERY")]
    pub scenario: Option<String>,
    /// Enable the test hooks under /_mock/ (faults, request log); never in production.
    #[arg(long)]
    pub test_hooks: bool,
    /// Also answer requests for this Host (name, or name:port); repeatable. By default only
    /// IP addresses and localhost are answered (DNS-rebinding protection).
    #[arg(long, value_name = "HOST")]
    pub allowed_host: Vec<String>,
    /// Connections served at once; more wait in the listen backlog until one ends.
    #[arg(long, value_name = "N", default_value_t = crate::limits::MAX_CONNECTIONS)]
    pub max_connections: usize,
    /// Milliseconds a new service stays in creating.
    #[arg(long, value_name = "MS")]
    pub create_delay_ms: Option<u64>,
    /// Milliseconds a deleted service stays in deleting.
    #[arg(long, value_name = "MS")]
    pub delete_delay_ms: Option<u64>,
    /// The mock IAM's users (`{"users": [{"name", "password", "domain": {"name"}}]}`); then only tokens it
    /// issued are taken. Without it: one demo user, and any token is taken.
    #[arg(long, value_name = "FILE")]
    pub users: Option<PathBuf>,
    /// The mock serves at most N ECS servers per page, whatever `limit` asks (to try paging).
    #[arg(long, value_name = "N")]
    pub ecs_page_cap: Option<usize>,
    /// Seconds a token of the mock IAM stays valid (IAM's own: 24 h).
    #[arg(long, value_name = "S", default_value_t = crate::limits::TOKEN_TTL.as_secs())]
    pub token_ttl_s: u64,
    /// With --api otc: send SERVICE in REGION to URL instead of
    /// https://SERVICE.REGION.DOMAIN (repeatable; for tests and private clouds).
    #[arg(long, value_name = "SERVICE.REGION=URL")]
    pub endpoint: Vec<crate::gateway::EndpointOverride>,
    /// With --api otc: the cloud's domain.
    #[arg(long, value_name = "DOMAIN", default_value = crate::gateway::DEFAULT_DOMAIN)]
    pub domain: String,
    /// With --api otc: seconds to wait for a cloud service's answer (then 504).
    #[arg(long, value_name = "S", default_value_t = crate::limits::UPSTREAM_TIMEOUT.as_secs())]
    pub upstream_timeout_s: u64,
    /// With --api otc: also trust the certificates in this PEM file (besides the system's).
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    /// With --api otc: sign in on the server with this cloud of clouds.yaml (or `env` for the
    /// OS_* variables); the browser then needs no credentials.
    #[arg(long, value_name = "NAME")]
    pub cloud: Option<String>,
    /// Serve HTTPS with this certificate chain (PEM); needs --tls-key.
    #[arg(long, value_name = "PEM", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The private key of --tls-cert (PEM).
    #[arg(long, value_name = "PEM", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
}
