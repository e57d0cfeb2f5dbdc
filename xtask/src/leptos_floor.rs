//! The size baseline of the first list paint: the smallest Leptos CSR app with what the
//! service list needs from Leptos (`tests/bench/leptos-floor`). It is built with the
//! console's release toolchain and flags, run through the same wasm-bindgen, wasm-opt and
//! esbuild, and measured the same way, so `cargo xtask bench` can say how much of the bytes
//! before the first list paint no console built on Leptos can avoid, and how much is the
//! console's own.

use std::path::Path;

use crate::bundle_size::{assets, measure, page_frame, FIRST_PAINT_BUDGET_BYTES};
use crate::split::{cargo_build, files_in, path, shrink};
use crate::util::{cmd, root, run};

/// The baseline's package and binary.
const BIN: &str = "leptos-floor";
/// Where its finished files go.
const OUT: &str = "target/leptos-floor";
/// The splitter's output on the way there.
const UNSPLIT: &str = "target/leptos-floor-unsplit";

/// Builds the baseline and prints it against the console's `console_first_paint` bytes
/// (brotli, from the release build in `dist`), counting the console's page, CSS and chunk
/// loader (which the baseline has no need of) on the baseline's side.
pub fn report(dist: &Path, console_first_paint: u64) -> Result<(), String> {
    let wasm = cargo_build(BIN, true, crate::setup::size_nightly(), "")?;
    let out = root().join(OUT);
    let _ = std::fs::remove_dir_all(&out);
    // The splitter with nothing to split takes the relocations out, as it does for the
    // console (wasm-opt cannot read a wasm that still has them).
    let unsplit = root().join(UNSPLIT);
    let _ = std::fs::remove_dir_all(&unsplit);
    run(cmd("wasm-split-cli", &[&path(&wasm), &path(&unsplit), "--out-name", BIN]))?;
    let wasm = unsplit.join(format!("{BIN}.wasm"));
    run(cmd(
        "wasm-bindgen",
        &["--target", "web", "--no-typescript", "--out-dir", &path(&out), &path(&wasm)],
    ))?;
    std::fs::remove_dir_all(&unsplit).map_err(|e| format!("cannot remove {}: {e}", unsplit.display()))?;
    let files = files_in(&out)?;
    for file in &files {
        shrink(file)?;
    }
    let brotli =
        |files: &[String]| -> Result<u64, String> { Ok(measure(files)?.iter().map(|(_, s)| s[2]).sum()) };
    let floor = brotli(&files.iter().map(|f| path(f)).collect::<Vec<_>>())?;
    let frame: Vec<String> = assets(dist)?.iter().filter(|f| page_frame(f)).map(|f| path(f)).collect();
    let frame = brotli(&frame)?;
    let least = floor + frame;
    println!("The first list paint against the smallest Leptos app (brotli bytes):");
    println!(
        "  the smallest Leptos app (router, a resource in a Transition, a keyed table; wasm and JS): {floor}"
    );
    println!("  + the console's page, CSS and chunk loader: {frame} = {least}");
    println!(
        "  the console before its first list paint: {console_first_paint} ({:.2}x; its own share {})",
        console_first_paint as f64 / least as f64,
        console_first_paint.saturating_sub(least)
    );
    println!(
        "  the budget {FIRST_PAINT_BUDGET_BYTES} leaves {} for everything of the console's own",
        FIRST_PAINT_BUDGET_BYTES.saturating_sub(least)
    );
    Ok(())
}
