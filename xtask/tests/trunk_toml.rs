//! `Trunk.toml`'s `[watch]` section, checked against the source tree. Trunk refuses to start
//! `trunk serve` when a path it names does not exist, and the build outputs (`dist/`,
//! `dist-e2e/`, ...) do not exist in a fresh checkout: naming one broke `cargo xtask serve`
//! on every new machine while it worked on ours. And what Trunk watches is what makes it
//! rebuild: its default (the page's folder, `web/`) missed every change to the Rust code.

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the repository")
}

fn watch_section() -> toml::Table {
    let text = std::fs::read_to_string(root().join("Trunk.toml")).expect("Trunk.toml");
    let config: toml::Table = text.parse().expect("Trunk.toml is TOML");
    config.get("watch").and_then(|w| w.as_table()).cloned().unwrap_or_default()
}

fn paths(section: &toml::Table, key: &str) -> Vec<String> {
    let list = section.get(key).and_then(|v| v.as_array()).cloned().unwrap_or_default();
    list.iter().map(|v| v.as_str().expect("a path").trim_end_matches('/').to_owned()).collect()
}

/// The build outputs: the root entries of `.gitignore` (`/target`, `/dist`, ...).
fn build_outputs() -> Vec<String> {
    let text = std::fs::read_to_string(root().join(".gitignore")).expect(".gitignore");
    text.lines()
        .filter_map(|l| l.trim().strip_prefix('/'))
        .map(|l| l.trim_end_matches('/').to_owned())
        .collect()
}

/// The folders of the crates the console is built from: its `[dependencies]` with a path of
/// their own or through `[workspace.dependencies]`.
fn console_path_dependencies() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("Cargo.toml")).expect("Cargo.toml");
    let manifest: toml::Table = text.parse().expect("Cargo.toml is TOML");
    let table =
        |t: &toml::Table, key: &str| t.get(key).and_then(|v| v.as_table()).cloned().unwrap_or_default();
    let shared = table(&table(&manifest, "workspace"), "dependencies");
    let path_of = |spec: &toml::Value| spec.get("path").and_then(|p| p.as_str()).map(str::to_owned);
    table(&manifest, "dependencies")
        .iter()
        .filter_map(|(name, spec)| {
            let inherited = spec.get("workspace").and_then(|w| w.as_bool()) == Some(true);
            path_of(spec).or_else(|| if inherited { shared.get(name).and_then(path_of) } else { None })
        })
        .collect()
}

#[test]
fn trunk_toml_watches_the_sources() {
    let watch = watch_section();
    let watched = paths(&watch, "watch");
    let crates = console_path_dependencies();
    assert!(crates.iter().any(|c| c == "crates/vpcep-model"), "the console's path dependencies: {crates:?}");
    let sources = ["web", "style", "src", "Cargo.toml", "Cargo.lock"].map(str::to_owned);
    for source in sources.iter().chain(&crates) {
        assert!(watched.iter().any(|w| w == source), "Trunk.toml does not watch {source}/: {watched:?}");
    }
    let outputs = build_outputs();
    assert!(outputs.iter().any(|o| o == "dist-e2e"), "the build outputs come from .gitignore: {outputs:?}");
    for path in watched.iter().chain(paths(&watch, "ignore").iter()) {
        let top = path.split('/').next().unwrap_or(path);
        assert!(
            !outputs.iter().any(|o| o == top),
            "Trunk.toml names the build output {path}: it does not exist in a fresh checkout, and \
             `trunk serve` then refuses to start"
        );
        assert!(root().join(path).exists(), "Trunk.toml names {path}, which is not in the source tree");
    }
}
