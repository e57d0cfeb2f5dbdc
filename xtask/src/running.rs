//! The checks against a running console: the Playwright end-to-end tests on vpcep-server
//! (with the gateway to a fake of the cloud beside it), and the smoke test of `trunk serve`.

use std::process::Child;

use crate::release::{e2e_build, E2E_DIST};
use crate::server::VpcepServer;
use crate::setup::{self, Needs, CHROMIUM};
use crate::util::{cmd, root, run, spawn};

/// `cargo xtask e2e`: the end-to-end build, then Playwright (extra arguments go to it).
pub fn e2e_only(args: &[String]) -> Result<(), String> {
    setup::all(Needs::Everything)?;
    e2e_build()?;
    e2e_with(args)
}

pub fn e2e() -> Result<(), String> {
    e2e_with(&[])
}

/// Serves the end-to-end build with vpcep-server on a free loopback port (its mock API under
/// `/api/`, test hooks on), and runs Playwright against it.
///
/// Beside it, the real cloud's path: an HTTPS fake of the cloud (the mock with TLS from a
/// throwaway CA, its IAM knowing one user) and the console behind `--api otc` pointed at it.
fn e2e_with(extra: &[String]) -> Result<(), String> {
    let server = VpcepServer::start(&["--dist", E2E_DIST, "--api", "mock", "--test-hooks"])?;
    let pki = root().join("target/e2e-pki");
    let pki_dir = pki.display().to_string();
    run(cmd("cargo", &["run", "--quiet", "-p", "vpcep-server", "--example", "test_pki", "--", &pki_dir]))?;
    let file = |name: &str| pki.join(name).display().to_string();
    let (cert, key, users, ca) = (file("cert.pem"), file("key.pem"), file("users.json"), file("ca.pem"));
    let fake = VpcepServer::start(&[
        "--api",
        "mock",
        "--tls-cert",
        &cert,
        "--tls-key",
        &key,
        "--users",
        &users,
        "--test-hooks",
        // 5 demo servers in pages of 3: the create form must read page 2.
        "--ecs-page-cap",
        "3",
    ])?;
    let fake_url = format!("https://{}", fake.addr);
    let mut gateway_args: Vec<String> =
        ["--dist", E2E_DIST, "--api", "otc", "--ca-file", &ca].iter().map(|s| (*s).to_owned()).collect();
    for service in ["iam", "vpcep", "vpc", "elb", "ecs"] {
        for region in ["eu-de", "eu-nl"] {
            gateway_args.push("--endpoint".into());
            gateway_args.push(format!("{service}.{region}={fake_url}"));
        }
    }
    let refs: Vec<&str> = gateway_args.iter().map(String::as_str).collect();
    let gateway = VpcepServer::start(&refs)?;
    let mut c =
        cmd("npx", &["--no-install", "playwright", "test", "--config", "tests/e2e/playwright.config.js"]);
    c.args(extra);
    c.env("BASE_URL", format!("http://{}", server.addr));
    c.env("OTC_BASE_URL", format!("http://{}", gateway.addr));
    c.env("OTC_FAKE_URL", fake_url);
    run(c)
}

/// `trunk serve --release` (what `cargo xtask serve` runs) on a free port, into its own
/// directory (not `dist/`), checked by `tests/smoke/serve.js` in Chromium, then stopped.
///
/// Trunk's output goes to `target/serve-smoke.log` and is shown when the check fails; if Trunk
/// exits first (it refused a Trunk.toml once, at once, and the check waited its 15 minutes),
/// the step fails at that moment with Trunk's own message.
pub fn serve_smoke() -> Result<(), String> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| format!("no free port: {e}"))?
        .port()
        .to_string();
    let log_path = root().join("target/serve-smoke.log");
    let log =
        std::fs::File::create(&log_path).map_err(|e| format!("cannot create {}: {e}", log_path.display()))?;
    let log_err = log.try_clone().map_err(|e| format!("{}: {e}", log_path.display()))?;
    let mut trunk = cmd("trunk", &["serve", "--release", "--port", &port, "--dist", "target/serve-smoke"]);
    trunk.stdout(log).stderr(log_err);
    let mut trunk = spawn(trunk)?;
    let mut check = cmd("node", &["tests/smoke/serve.js"]);
    check.env("BASE_URL", format!("http://127.0.0.1:{port}")).env("CHROMIUM", CHROMIUM);
    // Whatever happens from here on, Trunk is stopped before this returns.
    let result = spawn(check).and_then(|mut check| {
        let outcome = first_to_end(&mut check, &mut trunk);
        let _ = check.kill();
        let _ = check.wait();
        outcome
    });
    let _ = trunk.kill();
    let _ = trunk.wait();
    result.map_err(|e| {
        format!(
            "{e}\n--- trunk serve said (the last lines of {}):\n{}",
            log_path.display(),
            tail(&log_path, TRUNK_LOG_LINES)
        )
    })
}

/// How often the smoke step looks whether the check or Trunk has ended.
const POLL: std::time::Duration = std::time::Duration::from_millis(300);
/// How much of Trunk's output a failed smoke step shows.
const TRUNK_LOG_LINES: usize = 40;

/// Waits until the check ends (its result) or Trunk ends first (an error: nothing serves).
fn first_to_end(check: &mut Child, trunk: &mut Child) -> Result<(), String> {
    loop {
        match check.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => return Err(format!("tests/smoke/serve.js failed ({status})")),
            Ok(None) => {}
            Err(e) => return Err(format!("cannot wait for tests/smoke/serve.js: {e}")),
        }
        match trunk.try_wait() {
            Ok(Some(status)) => return Err(format!("trunk serve exited ({status}) before the check ended")),
            Ok(None) => {}
            Err(e) => return Err(format!("cannot wait for trunk serve: {e}")),
        }
        std::thread::sleep(POLL);
    }
}

/// The last `lines` lines of a text file (empty if it cannot be read).
fn tail(path: &std::path::Path, lines: usize) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}
