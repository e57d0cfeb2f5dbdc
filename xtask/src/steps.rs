//! The commands: serve, build, test.

use std::time::Instant;

use crate::bundle_size::{self, FIRST_PAINT_BUDGET_BYTES};
use crate::leptos_floor;
use crate::release::{e2e_build, release_build};
use crate::running::{e2e, serve_smoke};
use crate::server::VpcepServer;
use crate::setup::{self, Needs, CHROMEDRIVER};
use crate::util::{cmd, root, run};

fn port_arg(args: &[String], default: u16) -> Result<u16, String> {
    match args.iter().position(|a| a == "--port") {
        None => Ok(default),
        Some(i) => {
            args.get(i + 1).and_then(|p| p.parse().ok()).ok_or_else(|| "--port needs a number".to_owned())
        }
    }
}

/// `cargo xtask serve`: Trunk serves the console with the embedded mock API; with
/// `--api mock` (or `http`), also the native mock server, and with `--api otc` the gateway to
/// the cloud, proxied under `/api/` (flags after `--` go to vpcep-server).
pub fn serve(args: &[String]) -> Result<(), String> {
    setup::all(Needs::Build)?;
    let port = port_arg(args, 8080)?.to_string();
    let mut trunk_args = vec!["serve", "--port", &port];
    if !args.iter().any(|a| a == "--dev") {
        trunk_args.push("--release");
    }
    let api = args.windows(2).find(|w| w[0] == "--api").map(|w| w[1].as_str());
    // Flags after `--` go to vpcep-server (e.g. `--cloud otc`, `--endpoint …`).
    let server_flags: Vec<&str> =
        args.iter().skip_while(|a| *a != "--").skip(1).map(String::as_str).collect();
    let _server;
    let backend;
    match api {
        Some(kind @ ("http" | "mock" | "otc")) => {
            let kind = if kind == "otc" { "otc" } else { "mock" };
            let mut flags = vec!["--api", kind];
            flags.extend(&server_flags);
            let server = VpcepServer::start(&flags)?;
            backend = format!("http://{}/api/", server.addr);
            _server = Some(server);
            trunk_args.extend_from_slice(&["--proxy-backend", &backend, "--proxy-rewrite", "/api/"]);
            if kind == "otc" {
                println!("vpcep-server's gateway to the Open Telekom Cloud answers under /api/. In Settings choose HTTP, then sign in with your IAM user.");
            } else {
                println!("vpcep-server's mock API answers under /api/. In Settings choose HTTP; sign in as OTC-DEMO / demo / demo-password.");
            }
        }
        Some(other) => return Err(format!("--api {other}: give mock (or http) or otc")),
        None => _server = None,
    }
    println!("Serving the console on http://127.0.0.1:{port}/. Ctrl-C stops.");
    run(cmd("trunk", &trunk_args))
}

/// `cargo xtask build`.
pub fn build() -> Result<(), String> {
    setup::all(Needs::Build)?;
    release_build().map(|_| ())
}

/// `cargo xtask bench [size]`: numbers, not pass/fail (only a crash or a wrong row count
/// fails). `size`: only the bundle size and the smallest Leptos app to compare it with.
pub fn bench(args: &[String]) -> Result<(), String> {
    let only_size = match args {
        [] => false,
        [a] if a == "size" => true,
        _ => return Err("usage: cargo xtask bench [size]".into()),
    };
    setup::all(if only_size { Needs::Build } else { Needs::Everything })?;
    let first_paint = release_build()?;
    leptos_floor::report(&root().join("dist"), first_paint)?;
    if only_size {
        return Ok(());
    }
    let mut c = cmd(
        "cargo",
        &[
            "test",
            "--release",
            "-p",
            "vpcep-console",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "bench_list_render",
            "--",
            "--nocapture",
        ],
    );
    c.env("CHROMEDRIVER", CHROMEDRIVER);
    run(c)?;
    // A cold load of the list in fresh browser contexts against a hand-written page, and the
    // bytes loaded before its first data row (the release build, served precompressed).
    let server = VpcepServer::start(&["--dist", "dist", "--api", "mock"])?;
    let mut c = cmd("node", &["tests/bench/cold-load.js"]);
    c.env("BASE_URL", format!("http://{}", server.addr));
    run(c)?;
    drop(server);
    // Validating a full create request (native).
    run(cmd("cargo", &["bench", "-p", "vpcep-model", "--bench", "validation"]))?;
    // The server: requests/s and p99 of list, create and delete (release build).
    run(cmd("cargo", &["bench", "-p", "vpcep-server", "--bench", "load"]))
}

/// `cargo xtask serve-dist`: the release build as the end-to-end tests see it, served by
/// vpcep-server with its mock API under `/api/`.
pub fn serve_dist(args: &[String]) -> Result<(), String> {
    let port = port_arg(args, 8080)?;
    let addr = format!("127.0.0.1:{port}");
    let server = VpcepServer::start_at(&addr, &["--dist", "dist", "--api", "mock"])?;
    println!("Serving dist/ on http://{}/. Ctrl-C stops.", server.addr);
    server.wait()
}

struct Outcome {
    name: &'static str,
    seconds: f64,
    result: Result<(), String>,
}

/// `cargo xtask test`: every check and test; all run, any failure fails the command.
pub fn test(args: &[String]) -> Result<(), String> {
    let started = Instant::now();
    setup::all(Needs::Everything)?;
    let skip_e2e = args.iter().any(|a| a == "--skip-e2e");
    let mut outcomes = Vec::new();
    let mut step = |name: &'static str, f: &mut dyn FnMut() -> Result<(), String>| {
        println!("\n==> {name}");
        let t = Instant::now();
        let result = f();
        if let Err(e) = &result {
            eprintln!("FAILED: {name}: {e}");
        }
        outcomes.push(Outcome { name, seconds: t.elapsed().as_secs_f64(), result });
    };

    step("format (cargo fmt --check)", &mut || run(cmd("cargo", &["fmt", "--all", "--", "--check"])));
    step("format of view! bodies (leptosfmt --check)", &mut || {
        run(cmd("leptosfmt", &["--check", "--quiet", "src", "tests"]))
    });
    step("clippy, native", &mut || {
        run(cmd("cargo", &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))
    });
    step("clippy, wasm32", &mut || {
        run(cmd(
            "cargo",
            &[
                "clippy",
                "-p",
                "vpcep-console",
                "-p",
                "vpcep-model",
                "-p",
                "vpcep-mock",
                "--target",
                "wasm32-unknown-unknown",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        ))
    });
    step("clippy, wasm32, the split build (--cfg vpcep_split)", &mut || {
        let mut c = cmd(
            "cargo",
            &[
                "clippy",
                "-p",
                "vpcep-console",
                "--target",
                "wasm32-unknown-unknown",
                "--target-dir",
                "target/clippy-split",
                "--",
                "-D",
                "warnings",
            ],
        );
        c.env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", "--cfg erase_components --cfg vpcep_split");
        run(c)
    });
    step("shared crates have no web dependencies (cargo tree)", &mut shared_crates_have_no_web_dependencies);
    step("native tests (model, mock, server, xtask, console logic)", &mut || {
        run(cmd(
            "cargo",
            &[
                "test",
                "--workspace",
                "--exclude",
                "vpcep-console",
                "--exclude",
                "leptos-floor",
                "--no-fail-fast",
            ],
        ))?;
        // The console's pure logic (list view <-> URL, form state) runs natively too.
        run(cmd("cargo", &["test", "-p", "vpcep-console", "--lib"]))
    });
    step("component tests (wasm-bindgen-test, headless Chromium)", &mut || {
        let mut c = cmd(
            "cargo",
            // Only the browser tests (tests/*.rs); the lib's unit tests run natively.
            &[
                "test",
                "-p",
                "vpcep-console",
                "--target",
                "wasm32-unknown-unknown",
                "--test",
                "*",
                "--no-fail-fast",
            ],
        );
        c.env("CHROMEDRIVER", CHROMEDRIVER);
        run(c)
    });
    let mut built = false;
    step("release build and bundle size", &mut || {
        let brotli = release_build()?;
        built = true;
        let ceiling = bundle_size::first_paint_ceiling();
        if brotli > ceiling {
            return Err(format!(
                "{brotli} bytes brotli before the first list paint: over the ceiling of {ceiling} (what the split build reached; the budget is {FIRST_PAINT_BUDGET_BYTES})"
            ));
        }
        if brotli > FIRST_PAINT_BUDGET_BYTES {
            println!("  OVER BUDGET: {brotli} bytes brotli before the first list paint, budget {FIRST_PAINT_BUDGET_BYTES} (ceiling {ceiling} held)");
        }
        Ok(())
    });
    step("release build on stable (the fallback of the nightly size build)", &mut || {
        crate::split::stable_check()
    });
    step("cargo xtask serve answers: trunk serve, styled, no console error", &mut serve_smoke);
    if skip_e2e {
        println!("\n(end-to-end tests skipped by --skip-e2e)");
    } else {
        step("end-to-end tests (Playwright, Chromium, release build with test hooks)", &mut || {
            if !built {
                return Err("no release build to test".into());
            }
            e2e_build()?;
            e2e()
        });
    }

    println!("\nSummary ({:.0} s):", started.elapsed().as_secs_f64());
    for o in &outcomes {
        let mark = if o.result.is_ok() { "ok    " } else { "FAILED" };
        println!("  {mark} {:<58} {:>6.1} s", o.name, o.seconds);
    }
    let failed = outcomes.iter().filter(|o| o.result.is_err()).count();
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} step(s) failed"))
    }
}

/// The shared crates must build without any web dependency (they run natively in the mock
/// server and the tests): checked on their normal dependency tree.
fn shared_crates_have_no_web_dependencies() -> Result<(), String> {
    const WEB: [&str; 6] = ["leptos", "web-sys", "js-sys", "gloo", "wasm-bindgen", "tachys"];
    for krate in ["vpcep-model", "vpcep-mock", "vpcep-server"] {
        let out = cmd("cargo", &["tree", "-p", krate, "-e", "normal", "--prefix", "none"])
            .output()
            .map_err(|e| format!("cargo tree: {e}"))?;
        let tree = String::from_utf8_lossy(&out.stdout);
        let web: Vec<&str> = tree
            .lines()
            .filter(|l| {
                WEB.iter().any(|w| l.starts_with(&format!("{w} ")) || l.starts_with(&format!("{w}-")))
            })
            .collect();
        if !out.status.success() || tree.trim().is_empty() {
            return Err(format!("cargo tree -p {krate} failed"));
        }
        if !web.is_empty() {
            return Err(format!("{krate} depends on web crates: {web:?}"));
        }
        println!("  {krate}: {} crates, none of {WEB:?}", tree.lines().count());
    }
    Ok(())
}
