//! A native HTTP server that speaks the OTC VPCEP v1 REST API over the mock cloud engine, with
//! the same validation and codes as the console's embedded mock.
//!
//! Every project id in a path is a project of its own, seeded with the demo data on first use.
//! Requests need a non-empty `X-Auth-Token`. With a state file, the data survives a restart.

mod http;
mod routes;
mod store;

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use vpcep_mock::MockConfig;
use vpcep_model::Region;

pub use http::decode;

/// How the server runs.
#[derive(Clone, Debug)]
pub struct Options {
    pub region: Region,
    pub state_file: Option<PathBuf>,
    pub config: MockConfig,
}

impl Default for Options {
    fn default() -> Self {
        Options { region: Region::EuDe, state_file: None, config: MockConfig::default() }
    }
}

/// A bound server.
pub struct Server {
    listener: TcpListener,
    projects: Arc<Mutex<store::Projects>>,
}

impl Server {
    /// Binds `addr` and loads the state file, if any.
    pub fn bind(addr: &str, options: Options) -> Result<Server, String> {
        let projects = store::Projects::open(options.region, options.config, options.state_file)?;
        let listener = TcpListener::bind(addr).map_err(|e| format!("{addr}: {e}"))?;
        Ok(Server { listener, projects: Arc::new(Mutex::new(projects)) })
    }

    /// The address it listens on (useful with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().expect("a bound listener has an address")
    }

    /// Serves until the process ends; one thread per connection.
    pub fn run(self) {
        for stream in self.listener.incoming().flatten() {
            let projects = self.projects.clone();
            std::thread::spawn(move || {
                let response = match http::read_request(&stream) {
                    Ok(req) => {
                        let mut p = projects.lock().unwrap_or_else(|e| e.into_inner());
                        let response = routes::handle(&req, &mut p);
                        if routes::is_write(&req) && response.status < 300 {
                            if let Err(e) = p.save() {
                                eprintln!("vpcep-mock-server: could not save the state: {e}");
                            }
                        }
                        response
                    }
                    Err(r) => r,
                };
                let _ = http::write_response(&stream, &response);
            });
        }
    }

    /// Serves in a background thread; returns the address.
    pub fn spawn(self) -> SocketAddr {
        let addr = self.local_addr();
        std::thread::spawn(move || self.run());
        addr
    }
}
