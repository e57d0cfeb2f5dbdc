//! The console's wasm, split into chunks: `cargo xtask split-wasm`, run by Trunk as its
//! post-build hook (Trunk.toml), so `trunk serve`, `cargo xtask serve` and the release builds
//! share one pipeline. Trunk 0.21 cannot split a wasm (it runs wasm-bindgen itself, without
//! `--keep-lld-exports`), so Trunk builds the page and its CSS and this step the wasm:
//!
//! 1. `cargo build` with `--cfg vpcep_split` (the `split_part!` boundaries become chunk
//!    imports) and `--emit-relocs` (the splitter needs the relocations);
//! 2. `wasm-split-cli` cuts the chunks out and writes their loader, `__wasm_split.js`;
//! 3. `wasm-bindgen --keep-lld-exports` on the main module (the chunks link against its
//!    exports); in a release build `wasm-opt -Oz` on the main module and on every chunk, and
//!    esbuild's minifier on the JS;
//! 4. everything goes into `pkg-<hash of the files>/` in Trunk's staging directory (the
//!    chunks' names stay as the loader knows them; the directory's name changes with any
//!    byte), and the module script that starts the console goes into `index.html`.
//!
//! Steps 2 and 3 are skipped when the wasm did not change: their output is kept by the key
//! of what made it (`target/split-cache/`).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use crate::release::SIZE_NIGHTLY_ENV;
use crate::setup;
use crate::util::{cmd, root, run};

/// The binary (and the wasm-bindgen output name).
const BIN: &str = "vpcep-console";

/// What the split build adds to the wasm rustflags (besides `--cfg erase_components`, which
/// `.cargo/config.toml` sets and an explicit variable would drop).
const SPLIT_FLAGS: &str = "--cfg erase_components --cfg vpcep_split -Clink-args=--emit-relocs";

/// `cargo xtask split-wasm`: called by Trunk with `TRUNK_STAGING_DIR`, `TRUNK_PROFILE` and
/// `TRUNK_PUBLIC_URL`; `VPCEP_FEATURES` (set by xtask) adds cargo features, and
/// `VPCEP_TOOLCHAIN=stable` keeps the release build off nightly.
pub fn split_wasm() -> Result<(), String> {
    let staging =
        PathBuf::from(std::env::var("TRUNK_STAGING_DIR").map_err(|_| "run by Trunk (no TRUNK_STAGING_DIR)")?);
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    let features = std::env::var("VPCEP_FEATURES").unwrap_or_default();
    let nightly =
        release && std::env::var("VPCEP_TOOLCHAIN").map_or(true, |t| t != "stable") && setup::size_nightly();

    let wasm = cargo_build(BIN, release, nightly, &features)?;
    let done = root().join(CACHE).join(format!("{:016x}", pipeline_key(&wasm, release)?));
    if done.is_dir() {
        println!("split-wasm: the wasm did not change; its chunks are in {}", done.display());
    } else {
        split_into(&wasm, release, &done)?;
        prune(&root().join(CACHE), CACHE_KEEP);
    }
    let files = files_in(&done)?;
    let pkg = format!("pkg-{:016x}", content_hash(&files)?);
    let target = staging.join(&pkg);
    let _ = std::fs::remove_dir_all(&target);
    std::fs::create_dir_all(&target).map_err(|e| format!("cannot create {}: {e}", target.display()))?;
    for file in &files {
        let name = file.file_name().ok_or("a file without a name")?;
        std::fs::copy(file, target.join(name)).map_err(|e| format!("cannot copy {}: {e}", file.display()))?;
    }
    start_script_into(&staging.join("index.html"), &format!("{public_url}{pkg}"))
}

/// Where finished outputs are kept, by the key of what made them ([`pipeline_key`]): a build
/// whose wasm did not change (a CSS or page edit under `trunk serve`, the smoke test after the
/// release build) reuses them instead of running the splitter, wasm-bindgen, wasm-opt and
/// esbuild again (about 50 s of a release build).
const CACHE: &str = "target/split-cache";
/// How many outputs the cache keeps (the newest).
const CACHE_KEEP: usize = 6;

/// The key of an output: the wasm's bytes, the profile, this file's own text (the pipeline's
/// steps and flags), the splitter's version and the npm lock file (wasm-opt's and esbuild's
/// versions). wasm-bindgen's version is in the wasm.
fn pipeline_key(wasm: &Path, release: bool) -> Result<u64, String> {
    let mut hasher = DefaultHasher::new();
    release.hash(&mut hasher);
    include_str!("split.rs").hash(&mut hasher);
    setup::WASM_SPLIT_VERSION.hash(&mut hasher);
    std::fs::read(root().join("package-lock.json")).unwrap_or_default().hash(&mut hasher);
    std::fs::read(wasm).map_err(|e| format!("cannot read {}: {e}", wasm.display()))?.hash(&mut hasher);
    Ok(hasher.finish())
}

/// Steps 2 and 3 into `done`, which appears only once everything in it is finished.
fn split_into(wasm: &Path, release: bool, done: &Path) -> Result<(), String> {
    let work = root().join("target/split-out");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let main = work.join(format!("{BIN}.wasm"));
    run(cmd("wasm-split-cli", &[&path(wasm), &path(&work), "--out-name", BIN]))?;
    run(cmd(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--keep-lld-exports",
            "--no-typescript",
            "--out-dir",
            &path(&work),
            &path(&main),
        ],
    ))?;
    std::fs::remove_file(&main).map_err(|e| e.to_string())?;
    if release {
        for file in files_in(&work)? {
            shrink(&file)?;
        }
    }
    if let Some(parent) = done.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::rename(&work, done).map_err(|e| format!("cannot move the split output: {e}"))
}

/// Removes all but the `keep` newest directories of `dir`.
fn prune(dir: &Path, keep: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut dirs: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .filter(|(_, p)| p.is_dir())
        .collect();
    dirs.sort_by_key(|d| std::cmp::Reverse(d.0));
    for (_, old) in dirs.into_iter().skip(keep) {
        let _ = std::fs::remove_dir_all(old);
    }
}

/// The split build's cargo step on stable, release (the fallback of the nightly size build;
/// `cargo xtask test` checks that it still builds).
pub fn stable_check() -> Result<(), String> {
    cargo_build(BIN, true, false, "").map(|_| ())
}

/// Builds the wasm of the workspace's binary `bin` (its package has the same name) for
/// splitting; returns its path. The size baseline (`leptos_floor.rs`) is built the same way,
/// in the same target directory, so it shares the console's dependencies' build.
pub fn cargo_build(bin: &str, release: bool, nightly: bool, features: &str) -> Result<PathBuf, String> {
    // One target directory per toolchain, so switching does not rebuild everything.
    let target_dir = if nightly { "target/split-nightly" } else { "target/split" };
    let mut args = vec![
        "build",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        bin,
        "--bin",
        bin,
        "--target-dir",
        target_dir,
    ];
    if release {
        args.push("--release");
    }
    if !features.is_empty() {
        args.extend(["--features", features]);
    }
    let mut c = cmd("cargo", &args);
    let flags = if nightly {
        c.envs(SIZE_NIGHTLY_ENV.iter().filter(|(k, _)| !k.ends_with("RUSTFLAGS")).copied());
        let extra = SIZE_NIGHTLY_ENV.iter().find(|(k, _)| k.ends_with("RUSTFLAGS")).map_or("", |(_, v)| *v);
        format!("{SPLIT_FLAGS} {extra}")
    } else {
        c.env("RUSTUP_TOOLCHAIN", "stable");
        SPLIT_FLAGS.to_owned()
    };
    c.env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", flags);
    if let Err(e) = run(c) {
        if nightly {
            println!("WARNING: the nightly size build failed ({e}); building on stable instead");
            return cargo_build(bin, release, false, features);
        }
        return Err(e);
    }
    let profile = if release { "release" } else { "debug" };
    Ok(root().join(target_dir).join("wasm32-unknown-unknown").join(profile).join(format!("{bin}.wasm")))
}

/// A release build's last step for one file: `wasm-opt -Oz` on a wasm, esbuild on a JS module.
pub fn shrink(file: &Path) -> Result<(), String> {
    let f = path(file);
    if f.ends_with(".wasm") {
        run(cmd(
            "wasm-opt",
            &["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", &f, "-o", &f],
        ))
    } else if f.ends_with(".js") {
        minify(&f)
    } else {
        Ok(())
    }
}

/// Minifies a JS module in place with esbuild (npm, pinned in package.json): the wasm-bindgen
/// glue and the chunk loader, 9,740 -> 7,576 bytes brotli. (Trunk's own minifier breaks the
/// glue.) The glue imports the loader once per function it takes from it, all the same
/// module: esbuild's duplicate-key warning is about that and is silenced.
fn minify(file: &str) -> Result<(), String> {
    run(cmd(
        "esbuild",
        &[
            file,
            "--minify",
            "--format=esm",
            "--log-level=warning",
            "--log-override:duplicate-object-key=silent",
            "--allow-overwrite",
            &format!("--outfile={file}"),
        ],
    ))
}

/// Puts the module script that loads the console (and preloads its main module) before
/// `</head>`. The nonce placeholder is Trunk's: vpcep-server replaces it for every page.
fn start_script_into(index: &Path, pkg_url: &str) -> Result<(), String> {
    let html = std::fs::read_to_string(index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let js = format!("{pkg_url}/{BIN}.js");
    let wasm = format!("{pkg_url}/{BIN}_bg.wasm");
    let nonce = "{{__TRUNK NONCE__}}";
    let tags = format!(
        "<link rel=\"modulepreload\" href=\"{js}\" crossorigin=\"anonymous\" nonce=\"{nonce}\">\
         <link rel=\"preload\" href=\"{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\" nonce=\"{nonce}\">\
         <script type=\"module\" nonce=\"{nonce}\">import init from '{js}'; await init({{ module_or_path: '{wasm}' }});</script>\n</head>"
    );
    if !html.contains("</head>") {
        return Err(format!("{} has no </head>", index.display()));
    }
    std::fs::write(index, html.replacen("</head>", &tags, 1)).map_err(|e| e.to_string())
}

/// The files of `dir`, sorted.
pub fn files_in(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    Ok(files)
}

/// A hash of the files' names and bytes (names the output directory, for caching).
fn content_hash(files: &[PathBuf]) -> Result<u64, String> {
    let mut hasher = DefaultHasher::new();
    for f in files {
        f.file_name().hash(&mut hasher);
        std::fs::read(f).map_err(|e| format!("cannot read {}: {e}", f.display()))?.hash(&mut hasher);
    }
    Ok(hasher.finish())
}

pub fn path(p: &Path) -> String {
    p.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::prune;

    #[test]
    fn the_cache_keeps_the_newest_outputs() {
        let dir = std::env::temp_dir().join(format!("vpcep-prune-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let start = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
        for (age, name) in ["a", "b", "c"].iter().enumerate() {
            std::fs::create_dir_all(dir.join(name)).unwrap();
            // Times set outright: a directory's own time has a coarse resolution on some file
            // systems, and "c" must be the newest.
            let when = start + std::time::Duration::from_secs(age as u64 * 10);
            std::fs::File::open(dir.join(name)).unwrap().set_modified(when).unwrap();
        }
        prune(&dir, 2);
        let mut left: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["b", "c"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
