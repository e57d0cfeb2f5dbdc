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

/// Runs a command, echoing it; `Err` if it cannot start or exits non-zero.
pub fn run(mut c: Command) -> Result<(), String> {
    let shown = format!("{c:?}").replace('"', "");
    println!("$ {shown}");
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

/// The version of `package` in Cargo.lock.
pub fn locked_version(package: &str) -> Option<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).ok()?;
    let needle = format!("name = \"{package}\"\nversion = \"");
    let start = lock.find(&needle)? + needle.len();
    let end = lock[start..].find('"')? + start;
    Some(lock[start..end].to_owned())
}

/// The `"version"` of an installed npm package, if installed.
pub fn npm_version(package: &str) -> Option<String> {
    let json =
        std::fs::read_to_string(root().join("node_modules").join(package).join("package.json")).ok()?;
    let start = json.find("\"version\"")?;
    let rest = &json[start + 9..];
    let open = rest.find('"')? + 1;
    let close = rest[open..].find('"')? + open;
    Some(rest[open..close].to_owned())
}

/// The version `package.json` pins for `package`.
pub fn pinned_npm_version(package: &str) -> Option<String> {
    let json = std::fs::read_to_string(root().join("package.json")).ok()?;
    let key = format!("\"{package}\"");
    let rest = &json[json.find(&key)? + key.len()..];
    let open = rest.find('"')? + 1;
    let close = rest[open..].find('"')? + open;
    Some(rest[open..close].to_owned())
}
