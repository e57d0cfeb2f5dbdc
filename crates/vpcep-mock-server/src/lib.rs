//! A native HTTP server that speaks the OTC VPCEP v1 REST API over the mock cloud engine, with
//! the same validation and codes as the console's embedded mock.
//!
//! Every project id in a path is a project of its own, seeded with the demo data on first use.
//! Requests need a non-empty `X-Auth-Token`. With a state file, the data survives a restart.

mod faults;
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
    hooks: Arc<Mutex<faults::Hooks>>,
}

impl Server {
    /// Binds `addr` and loads the state file, if any.
    pub fn bind(addr: &str, options: Options) -> Result<Server, String> {
        let projects = store::Projects::open(options.region, options.config, options.state_file)?;
        let listener = TcpListener::bind(addr).map_err(|e| format!("{addr}: {e}"))?;
        Ok(Server { listener, projects: Arc::new(Mutex::new(projects)), hooks: Arc::default() })
    }

    /// The address it listens on (useful with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().expect("a bound listener has an address")
    }

    /// Serves until the process ends; one thread per connection.
    pub fn run(self) {
        for stream in self.listener.incoming().flatten() {
            let projects = self.projects.clone();
            let hooks = self.hooks.clone();
            std::thread::spawn(move || {
                let response = match http::read_request(&stream) {
                    Ok(req) => {
                        let (hook, fault) = {
                            let mut h = hooks.lock().unwrap_or_else(|e| e.into_inner());
                            let answer = h.handle(&req);
                            let fault = if answer.is_none() { h.take_fault() } else { None };
                            (answer, fault)
                        };
                        if let Some(answer) = hook {
                            let _ = http::write_response(&stream, &answer);
                            return;
                        }
                        match fault {
                            Some(faults::Fault::ServerError) => {
                                let body = vpcep_model::ApiErrorBody {
                                    error_code: "EndPoint.0500".into(),
                                    error_msg: "Internal server error (injected by the mock).".into(),
                                };
                                let _ = http::write_response(&stream, &http::Response::json(500, &body));
                                return;
                            }
                            Some(faults::Fault::Malformed) => {
                                let broken = http::Response {
                                    status: 200,
                                    body: b"{\"endpoint_services\": [{\"id\": ".to_vec(),
                                };
                                let _ = http::write_response(&stream, &broken);
                                return;
                            }
                            Some(faults::Fault::Hang) => {
                                std::thread::sleep(std::time::Duration::from_secs(20));
                                return;
                            }
                            None => {}
                        }
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
