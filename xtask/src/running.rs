//! The checks against a running console: the Playwright end-to-end tests on vpcep-server
//! (with the gateway to a fake of the cloud beside it), and the smoke test of `trunk serve`.

use crate::release::{e2e_build, E2E_DIST};
use crate::server::VpcepServer;
use crate::setup::{self, Needs, CHROMIUM};
use crate::util::{cmd, root, run};

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
pub fn serve_smoke() -> Result<(), String> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| format!("no free port: {e}"))?
        .port()
        .to_string();
    let mut trunk = cmd("trunk", &["serve", "--release", "--port", &port, "--dist", "target/serve-smoke"])
        .stdout(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start trunk serve: {e}"))?;
    let mut check = cmd("node", &["tests/smoke/serve.js"]);
    check.env("BASE_URL", format!("http://127.0.0.1:{port}")).env("CHROMIUM", CHROMIUM);
    let result = run(check);
    let _ = trunk.kill();
    let _ = trunk.wait();
    result
}
