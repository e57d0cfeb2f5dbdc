//! Installs what the commands need, idempotently: each step checks first and is quiet (and
//! fast) when the right version is already there.

use std::path::Path;

use crate::util::{cmd, locked_version, npm_version, output, pinned_npm_version, run};

/// Trunk 0.22 needs a newer rustc than this machine's; 0.21.14 is verified.
const TRUNK_VERSION: &str = "0.21.14";
/// The formatter of `view!` bodies, checked next to `cargo fmt`.
pub const LEPTOSFMT_VERSION: &str = "0.1.33";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// What a command needs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Building and serving.
    Build,
    /// Building and every test (adds Chromium and chromedriver).
    Everything,
}

/// Every set-up step `needs` asks for.
pub fn all(needs: Needs) -> Result<(), String> {
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    wasm_split()?;
    npm_packages()?;
    if needs == Needs::Everything {
        leptosfmt()?;
        browser()?;
    }
    Ok(())
}

/// The toolchain of the shipped build's size lever: a nightly with `rust-src` (std is built
/// from source, optimised for size, panics abort at once). Optional: `false` when there is no
/// nightly or `rust-src` cannot be added, and the release build stays on stable.
pub fn size_nightly() -> bool {
    if output("rustup", &["run", "nightly", "rustc", "--version"]).is_none() {
        return false;
    }
    let installed = output("rustup", &["component", "list", "--installed", "--toolchain", "nightly"]);
    if installed.is_some_and(|c| c.lines().any(|l| l.starts_with("rust-src"))) {
        return true;
    }
    run(cmd("rustup", &["component", "add", "rust-src", "--toolchain", "nightly"])).is_ok()
}

fn wasm_target() -> Result<(), String> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(cmd("rustup", &["target", "add", "wasm32-unknown-unknown"]))
}

fn trunk() -> Result<(), String> {
    if output("trunk", &["--version"]).is_some_and(|v| v == format!("trunk {TRUNK_VERSION}")) {
        return Ok(());
    }
    println!("Installing Trunk {TRUNK_VERSION} (about 6 minutes on 2 cores, once)…");
    // No default features: no TLS and no self-update, neither of which works here.
    run(cmd(
        "cargo",
        &["install", "trunk", "--version", TRUNK_VERSION, "--locked", "--no-default-features", "--force"],
    ))
}

fn leptosfmt() -> Result<(), String> {
    if output("leptosfmt", &["--version"]).is_some_and(|v| v == format!("leptosfmt {LEPTOSFMT_VERSION}")) {
        return Ok(());
    }
    println!("Installing leptosfmt {LEPTOSFMT_VERSION} (about 2 minutes, once)…");
    run(cmd("cargo", &["install", "leptosfmt", "--version", LEPTOSFMT_VERSION, "--locked", "--force"]))
}

fn wasm_bindgen() -> Result<(), String> {
    let want = locked_version("wasm-bindgen").ok_or("no wasm-bindgen in Cargo.lock")?;
    let have = output("wasm-bindgen", &["--version"]);
    let runner = output("wasm-bindgen-test-runner", &["--version"]);
    let expected = format!("wasm-bindgen {want}");
    if have.as_deref() == Some(expected.as_str()) && runner.is_some_and(|r| r.ends_with(&want)) {
        return Ok(());
    }
    println!("Installing wasm-bindgen-cli {want} (about 2 minutes, once)…");
    // Not --locked: its lock file wants a crate version the registry here lacks.
    run(cmd("cargo", &["install", "wasm-bindgen-cli", "--version", &want, "--force"]))
}

/// The splitter of the wasm into chunks (see `split.rs`); the version Leptos' split points
/// (`wasm_split_helpers` 0.2) are made for.
pub const WASM_SPLIT_VERSION: &str = "0.2.4";

fn wasm_split() -> Result<(), String> {
    let installed = output("cargo", &["install", "--list"]).unwrap_or_default();
    if installed.lines().any(|l| l == format!("wasm_split_cli_support v{WASM_SPLIT_VERSION}:")) {
        return Ok(());
    }
    println!("Installing wasm-split-cli {WASM_SPLIT_VERSION} (about a minute on 2 cores, once)…");
    run(cmd(
        "cargo",
        &[
            "install",
            "wasm_split_cli_support",
            "--version",
            WASM_SPLIT_VERSION,
            "--features",
            "build-binary",
            "--locked",
            "--force",
        ],
    ))
}

fn npm_packages() -> Result<(), String> {
    let current = ["binaryen", "@playwright/test", "@axe-core/playwright", "esbuild"]
        .iter()
        .all(|p| npm_version(p).is_some() && npm_version(p) == pinned_npm_version(p));
    if current {
        return Ok(());
    }
    let lock_exists = crate::util::root().join("package-lock.json").exists();
    let mut c = cmd("npm", &[if lock_exists { "ci" } else { "install" }, "--no-audit", "--no-fund"]);
    // Playwright drives Debian's Chromium; it must never try to download a browser.
    c.env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    run(c)
}

fn browser() -> Result<(), String> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    println!("Installing Chromium and chromedriver from Debian…");
    let sudo = output("id", &["-u"]).is_some_and(|u| u != "0");
    let apt = |args: &[&str]| {
        let mut full: Vec<&str> = if sudo { vec!["apt-get"] } else { vec![] };
        full.extend_from_slice(args);
        let mut c = cmd(if sudo { "sudo" } else { "apt-get" }, &full);
        c.env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    run(apt(&["update"]))?;
    run(apt(&["install", "-y", "--no-install-recommends", "chromium", "chromium-driver"]))
}
