//! Running commands from the repository root.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the repository").to_path_buf()
}

/// `PATH` with the npm tools (`wasm-opt`, `playwright`) in front.
pub fn tool_path() -> String {
    let bin = root().join("node_modules/.bin");
    match std::env::var("PATH") {
        Ok(p) => format!("{}:{p}", bin.display()),
        Err(_) => bin.display().to_string(),
    }
}

/// A command run from the root with the tool `PATH`.
pub fn cmd(program: &str, args: &[&str]) -> Command {
    let mut c = Command::new(program);
    c.args(args).current_dir(root()).env("PATH", tool_path());
    c
}

/// Echoes a command as it is run (`$ cd … && …`) and returns that text.
fn echo(c: &Command) -> String {
    let shown = format!("{c:?}").replace('"', "");
    println!("$ {shown}");
    shown
}

/// Starts a command in the background, echoing it.
pub fn spawn(mut c: Command) -> Result<std::process::Child, String> {
    let shown = echo(&c);
    c.spawn().map_err(|e| format!("cannot start {shown}: {e}"))
}

/// Runs a command, echoing it; `Err` if it cannot start or exits non-zero.
pub fn run(mut c: Command) -> Result<(), String> {
    let shown = echo(&c);
    let status = c.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// The trimmed standard output of a command, if it ran and succeeded.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = cmd(program, args).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// The version of `package` in Cargo.lock (cargo reads its own lock file).
pub fn locked_version(package: &str) -> Option<String> {
    // `registry+https://…#wasm-bindgen@0.2.130`
    let id = output("cargo", &["pkgid", "--quiet", "-p", package])?;
    id.rsplit_once('@').map(|(_, v)| v.to_owned())
}

/// A value read from a JSON file by Node (`expr` is a JavaScript expression over `json`).
fn node_json(file: &std::path::Path, expr: &str) -> Option<String> {
    let script = format!(
        "const json = require({:?}); const v = {expr}; if (v === undefined) process.exit(1); console.log(v)",
        file.display().to_string()
    );
    output("node", &["-e", &script]).filter(|v| !v.is_empty())
}

/// The `"version"` of an installed npm package, if installed.
pub fn npm_version(package: &str) -> Option<String> {
    let file = root().join("node_modules").join(package).join("package.json");
    if !file.exists() {
        return None;
    }
    node_json(&file, "json.version")
}

/// The version `package.json` pins for `package`.
pub fn pinned_npm_version(package: &str) -> Option<String> {
    node_json(&root().join("package.json"), &format!("json.devDependencies[{package:?}]"))
}
