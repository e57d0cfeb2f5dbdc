//! The release builds: `dist/` (what ships) and `dist-e2e/` (the same with the end-to-end
//! tests' hooks), each precompressed; on nightly for size when the machine has one.

use crate::bundle_size;
use crate::precompress::precompress;
use crate::setup;
use crate::util::{cmd, root, run};

/// The release build in `dist/`; returns the brotli size of wasm + JS.
pub fn release_build() -> Result<u64, String> {
    trunk_release(&[])?;
    precompress(&root().join("dist"))?;
    bundle_size::report(&root().join("dist"))
}

/// The size lever's environment for Trunk's cargo: nightly, std built from source for size,
/// panics abort at once (no panic machinery). `--cfg erase_components` is repeated because
/// this variable replaces the rustflags of `.cargo/config.toml`. Measured: 397,657 bytes
/// brotli against 428,337 on stable (-7 %).
const SIZE_NIGHTLY_ENV: [(&str, &str); 4] = [
    ("RUSTUP_TOOLCHAIN", "nightly"),
    ("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort"),
    ("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size"),
    (
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
        "--cfg erase_components -Zunstable-options -Cpanic=immediate-abort",
    ),
];

/// `trunk build --release` plus `extra`: on nightly with the size lever when there is a
/// nightly, else (or when that build fails, said loudly) on stable. The stable build stays
/// the fallback, and `cargo xtask test` checks that it still builds.
fn trunk_release(extra: &[&str]) -> Result<(), String> {
    let mut args = vec!["build", "--release"];
    args.extend_from_slice(extra);
    if setup::size_nightly() {
        let mut c = cmd("trunk", &args);
        c.envs(SIZE_NIGHTLY_ENV);
        match run(c) {
            Ok(()) => return Ok(()),
            Err(e) => println!("WARNING: the nightly size build failed ({e}); building on stable instead"),
        }
    } else {
        println!("(no nightly with rust-src: the release build is on stable, about 31 KB brotli larger)");
    }
    run(cmd("trunk", &args))
}

/// Where the end-to-end build goes: the release build with the test hooks (`e2e-hooks`).
pub const E2E_DIST: &str = "dist-e2e";

/// The release build with the end-to-end tests' hooks, in `dist-e2e/` (never shipped).
pub fn e2e_build() -> Result<(), String> {
    trunk_release(&["--features", "e2e-hooks", "--dist", E2E_DIST])?;
    precompress(&root().join(E2E_DIST))
}
