//! The release builds: `dist/` (what ships) and `dist-e2e/` (the same with the end-to-end
//! tests' hooks), each precompressed; on nightly for size when the machine has one.

use crate::bundle_size;
use crate::precompress::precompress;
use crate::util::{cmd, root, run};

/// The release build in `dist/`; returns the brotli size of wasm + JS.
pub fn release_build() -> Result<u64, String> {
    trunk_release(&[], "")?;
    precompress(&root().join("dist"))?;
    bundle_size::report(&root().join("dist"))
}

/// The size lever's environment for the wasm build (see `split.rs`): nightly, std built from
/// source for size, panics abort at once (no panic machinery). Measured before the split:
/// 397,657 bytes brotli against 428,337 on stable (-7 %).
pub const SIZE_NIGHTLY_ENV: [(&str, &str); 4] = [
    ("RUSTUP_TOOLCHAIN", "nightly"),
    ("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort"),
    ("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size"),
    ("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", "-Zunstable-options -Cpanic=immediate-abort"),
];

/// `trunk build --release` plus `extra`; Trunk's post-build hook builds and splits the wasm
/// (`split.rs`), with `features` and on nightly when there is one.
fn trunk_release(extra: &[&str], features: &str) -> Result<(), String> {
    let mut args = vec!["build", "--release"];
    args.extend_from_slice(extra);
    let mut c = cmd("trunk", &args);
    c.env("VPCEP_FEATURES", features);
    run(c)
}

/// Where the end-to-end build goes: the release build with the test hooks (`e2e-hooks`).
pub const E2E_DIST: &str = "dist-e2e";

/// The release build with the end-to-end tests' hooks, in `dist-e2e/` (never shipped).
pub fn e2e_build() -> Result<(), String> {
    trunk_release(&["--dist", E2E_DIST], "e2e-hooks")?;
    precompress(&root().join(E2E_DIST))
}
