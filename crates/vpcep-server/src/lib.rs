//! `vpcep-server`: the built console and the VPCEP v1 mock API on one address, with limits on
//! every connection and request (see [`limits`]), test hooks only when asked for, and a Host
//! check against DNS rebinding.

pub mod api;
mod app;
pub mod cli;
mod conn;
pub mod hooks;
pub mod limits;
mod site;
pub mod store;

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
}

impl Server {
    /// Checks the arguments (state folder, dist folder) and binds the address.
    pub async fn bind(args: &Args) -> Result<Server, String> {
        let mut config = MockConfig::default();
        if let Some(ms) = args.create_delay_ms {
            config.create_delay_ms = ms;
        }
        if let Some(ms) = args.delete_delay_ms {
            config.delete_delay_ms = ms;
        }
        let store = match args.api {
            Some(ApiKind::Mock) => {
                Some(store::Store::open(Region::EuDe, config, args.seed, args.state.clone())?)
            }
            None if args.state.is_some() => return Err("--state needs --api mock".into()),
            None => None,
        };
        let site = args.dist.as_deref().map(site::Site::open).transpose()?;
        if store.is_none() && site.is_none() {
            return Err("nothing to serve: give --dist DIR and/or --api mock".into());
        }
        let listener = TcpListener::bind(args.addr).await.map_err(|e| format!("{}: {e}", args.addr))?;
        let state = AppState {
            store,
            hooks: args.test_hooks.then(hooks::Hooks::default),
            site,
            allowed_hosts: args.allowed_host.clone(),
        };
        Ok(Server { listener, app: app::router(Arc::new(state)), max_connections: args.max_connections })
    }

    /// The bound address (useful with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// Serves until the process ends.
    pub async fn run(self) {
        conn::serve(self.listener, self.app, self.max_connections).await;
    }
}
