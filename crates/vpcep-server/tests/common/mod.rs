//! The tests' server: the real binary on a free loopback port, killed when dropped; and a
//! small client on ureq.
#![allow(dead_code)]

use std::io::BufRead;
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;

/// A running `vpcep-server`.
pub struct Running {
    child: Child,
    pub addr: SocketAddr,
}

/// Starts the binary with `args` (plus `--addr 127.0.0.1:0`) and waits for its address.
pub fn start(args: &[&str]) -> Running {
    try_start(args).unwrap_or_else(|e| panic!("vpcep-server did not start: {e}"))
}

/// Starts the binary; `Err` with what it printed when it exits instead.
pub fn try_start(args: &[&str]) -> Result<Running, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vpcep-server"))
        .args(["--addr", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).map_err(|e| e.to_string())?;
    let addr = line.split("://").nth(1).and_then(|r| r.split('/').next()).and_then(|a| a.parse().ok());
    match addr {
        Some(addr) => Ok(Running { child, addr }),
        None => {
            let out = child.wait_with_output().map_err(|e| e.to_string())?;
            Err(format!("{}{}", line, String::from_utf8_lossy(&out.stderr)))
        }
    }
}

impl Running {
    /// `http://addr{path}`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Kills the process at once (SIGKILL) and waits for it.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// The process' resident memory in KiB (Linux).
    pub fn rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A client that returns every status (4xx and 5xx too) and gives up after 10 s.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into()
}

/// One request; the status and the body as JSON (`Null` when empty or not JSON).
pub fn call(
    server: &Running,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> (u16, Value) {
    let (status, text) = call_text(server, method, path, token, body);
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// One request; the status and the body as text.
pub fn call_text(
    server: &Running,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> (u16, String) {
    let agent = agent();
    let url = server.url(path);
    let with_token = |r: ureq::RequestBuilder<ureq::typestate::WithoutBody>| match token {
        Some(t) => r.header("X-Auth-Token", t),
        None => r,
    };
    let with_token_body = |r: ureq::RequestBuilder<ureq::typestate::WithBody>| match token {
        Some(t) => r.header("X-Auth-Token", t),
        None => r,
    };
    let result = match (method, body) {
        ("GET", _) => with_token(agent.get(&url)).call(),
        ("DELETE", _) => with_token(agent.delete(&url)).call(),
        (m, b) => {
            let builder = match m {
                "POST" => agent.post(&url),
                "PUT" => agent.put(&url),
                "PATCH" => agent.patch(&url),
                other => panic!("no {other} in these tests"),
            };
            with_token_body(builder).content_type("application/json").send(b.unwrap_or(""))
        }
    };
    let mut response = result.unwrap_or_else(|e| panic!("{method} {path}: {e}"));
    let status = response.status().as_u16();
    let text = response.body_mut().read_to_string().unwrap_or_default();
    (status, text)
}

/// A GET with a token.
pub fn get(server: &Running, path: &str) -> (u16, Value) {
    call(server, "GET", path, Some("token"), None)
}

/// The API error code of a body.
pub fn code(v: &Value) -> &str {
    v["error_code"].as_str().unwrap_or("")
}

/// A fresh folder for a test's files.
pub fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("vpcep-server-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
