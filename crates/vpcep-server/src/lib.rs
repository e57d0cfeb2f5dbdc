//! `vpcep-server`: the built console and the VPCEP v1 mock API on one address, with limits on
//! every connection and request (see [`limits`]), test hooks only when asked for, and a Host
//! check against DNS rebinding.

pub mod api;
mod app;
pub mod cli;
pub mod cloud_auth;
mod conn;
pub mod gateway;
pub mod hooks;
pub mod iam;
pub mod limits;
pub mod scenario;
mod site;
pub mod store;
mod tls;

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use vpcep_mock::MockConfig;
use vpcep_model::Region;

use app::AppState;
use cli::{ApiKind, Args};

/// A server, bound and ready.
pub struct Server {
    listener: TcpListener,
    app: axum::Router,
    max_connections: usize,
    tls: Option<tokio_rustls::TlsAcceptor>,
}

impl Server {
    /// Checks the arguments (state folder, dist folder) and binds the address.
    pub async fn bind(args: &Args) -> Result<Server, String> {
        let mut config = MockConfig::default();
        let scenario = args.scenario.as_deref().map(scenario::Playing::parse).transpose()?;
        if let Some(s) = &scenario {
            if args.api != Some(ApiKind::Mock) {
                return Err("--scenario needs --api mock".into());
            }
            config.create_delay_ms = s.creating_ms;
            config.delete_delay_ms = s.deleting_ms;
        }
        let account = match (&scenario, args.seed) {
            (Some(s), _) => s.account,
            (None, cli::Seed::Demo) => vpcep_mock::Account::Demo,
            (None, cli::Seed::Empty) => vpcep_mock::Account::Empty,
        };
        if let Some(ms) = args.create_delay_ms {
            config.create_delay_ms = ms;
        }
        if let Some(ms) = args.delete_delay_ms {
            config.delete_delay_ms = ms;
        }
        let otc = args.api == Some(ApiKind::Otc);
        if !otc && (!args.endpoint.is_empty() || args.ca_file.is_some() || args.cloud.is_some()) {
            return Err("--endpoint, --ca-file and --cloud need --api otc".into());
        }
        let store = match args.api {
            Some(ApiKind::Mock) => {
                let mut store = store::Store::open(Region::EuDe, config, account, args.state.clone())?;
                store.ecs_page_cap = args.ecs_page_cap.filter(|n| *n > 0);
                Some(store)
            }
            _ if args.state.is_some() => return Err("--state needs --api mock".into()),
            _ => None,
        };
        let gateway = if otc {
            let cloud = match &args.cloud {
                Some(name) => Some(cloud_auth::CloudAuth::from_config(name)?),
                None => None,
            };
            Some(gateway::Gateway::new(gateway::GatewayConfig {
                domain: args.domain.clone(),
                endpoints: args.endpoint.clone(),
                ca_file: args.ca_file.clone(),
                cloud,
                timeout: std::time::Duration::from_secs(args.upstream_timeout_s),
            })?)
        } else {
            None
        };
        let site = args.dist.as_deref().map(site::Site::open).transpose()?;
        if store.is_none() && site.is_none() && gateway.is_none() {
            return Err("nothing to serve: give --dist DIR and/or --api mock|otc".into());
        }
        let tls = match (&args.tls_cert, &args.tls_key) {
            (Some(cert), Some(key)) => Some(tls::acceptor(cert, key)?),
            _ => None,
        };
        let listener = TcpListener::bind(args.addr).await.map_err(|e| format!("{}: {e}", args.addr))?;
        let state = AppState {
            store,
            hooks: args.test_hooks.then(hooks::Hooks::default),
            scenario: (args.api == Some(ApiKind::Mock)).then(|| scenario::Playing::new(scenario)),
            site,
            allowed_hosts: args.allowed_host.clone(),
            iam: iam::Iam::open(args.users.as_deref(), args.token_ttl_s.saturating_mul(1000))?,
            gateway,
        };
        Ok(Server { listener, app: app::router(Arc::new(state)), max_connections: args.max_connections, tls })
    }

    /// The bound address (useful with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// Whether it serves HTTPS.
    pub fn is_tls(&self) -> bool {
        self.tls.is_some()
    }

    /// Serves until the process ends.
    pub async fn run(self) {
        conn::serve(self.listener, self.app, self.max_connections, self.tls).await;
    }
}
