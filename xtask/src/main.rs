//! `cargo xtask`: the project's two commands (and a few more), with their own set-up.
//!
//! - `cargo xtask serve [--dev] [--port N] [--api mock|otc [-- SERVER FLAGS]]`: set up, build and serve the console with the
//!   embedded mock API on http://127.0.0.1:8080 (Trunk, release build by default).
//! - `cargo xtask test`: set up, then every check and test: fmt, clippy (native and wasm32),
//!   native tests, wasm-bindgen-test in headless Chromium, release build with its size
//!   budget, and the Playwright end-to-end tests against that build.
//! - `cargo xtask build`: the release build in `dist/` (with `.br`/`.gz` copies), and its size.
//! - `cargo xtask bench [size]`: the bundle size against the smallest Leptos app (`size`: only
//!   that), the list benchmarks (paint against a hand-written
//!   DOM baseline, filter keystroke) in headless Chromium, a cold load of the list against a
//!   hand-written page with the bytes loaded before its first row, full-form validation
//!   (native), and vpcep-server's load figures.
//! - `cargo xtask e2e [PLAYWRIGHT ARGS]`: the end-to-end build and tests only.
//! - `cargo xtask setup`: only the set-up.
//! - `cargo xtask serve-dist [--port N]`: serve `dist/` with vpcep-server.
//! - `cargo xtask split-wasm`: Trunk's post-build hook: builds the wasm and splits it into
//!   chunks (see `split.rs`).
//!
//! Uses only the standard library, so it compiles in seconds on a fresh machine.

mod bundle_size;
mod leptos_floor;
mod precompress;
mod release;
mod running;
mod server;
mod setup;
mod split;
mod steps;
mod util;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().map(String::as_str).unwrap_or("help");
    let rest = &args[args.len().min(1)..];
    let result = match command {
        "serve" => steps::serve(rest),
        "test" => steps::test(rest),
        "build" => steps::build(),
        "bench" => steps::bench(rest),
        "e2e" => running::e2e_only(rest),
        "setup" => setup::all(setup::Needs::Everything),
        "split-wasm" => split::split_wasm(),
        "serve-dist" => steps::serve_dist(rest),
        "serve-smoke" => running::serve_smoke(),
        _ => {
            eprintln!("usage: cargo xtask <serve [--dev] [--port N] [--api mock|otc [-- server flags]] | test [--skip-e2e] | build | bench [size] | e2e [playwright args] | setup | serve-dist [--port N] | serve-smoke>");
            return ExitCode::from(if command == "help" { 0 } else { 2 });
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
