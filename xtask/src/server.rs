//! `vpcep-server` as a child process of a command, running for as long as the value lives.

use std::io::BufRead;
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};

use crate::util::{cmd, root, run};

/// A running vpcep-server.
pub struct VpcepServer {
    child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
}

impl VpcepServer {
    /// Builds vpcep-server and starts it on a free loopback port with `args`.
    pub fn start(args: &[&str]) -> Result<VpcepServer, String> {
        VpcepServer::start_at("127.0.0.1:0", args)
    }

    /// Builds vpcep-server and starts it on `addr` with `args`.
    pub fn start_at(addr: &str, args: &[&str]) -> Result<VpcepServer, String> {
        run(cmd("cargo", &["build", "--quiet", "-p", "vpcep-server"]))?;
        let bin = root().join("target/debug/vpcep-server");
        let mut child = Command::new(&bin)
            .args(["--addr", addr])
            .args(args)
            .current_dir(root())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("{}: {e}", bin.display()))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let mut line = String::new();
        std::io::BufReader::new(stdout).read_line(&mut line).map_err(|e| e.to_string())?;
        // "vpcep-server listening on http(s)://127.0.0.1:PORT/"
        let addr = line
            .split("://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .and_then(|a| a.parse().ok())
            .ok_or_else(|| format!("vpcep-server did not start: {line}"))?;
        Ok(VpcepServer { child, addr })
    }

    /// Waits until the server ends (Ctrl-C).
    pub fn wait(mut self) -> Result<(), String> {
        self.child.wait().map(drop).map_err(|e| e.to_string())
    }
}

impl Drop for VpcepServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
