//! The shipped size of the release build, file by file (raw, gzip -9, brotli q11): what the
//! browser loads before the first list paint, and what loads later (the wasm chunks of the
//! other pages and parts, fetched when first needed).

use std::path::{Path, PathBuf};

use crate::util::cmd;

/// The budget for everything loaded before the first list paint (the page, its CSS, the
/// main module's JS and wasm, the chunk loader), brotli-compressed (README, "Budgets").
pub const FIRST_PAINT_BUDGET_BYTES: u64 = 120_000;

/// What the split build reached, asserted by `cargo xtask test` until the budget is met: a
/// change that loads more before the first list paint fails the test. Measured 195,643 on
/// nightly (the shipped build) and about 218,000 on stable (the fallback without a nightly).
const FIRST_PAINT_CEILING_NIGHTLY: u64 = 198_000;
const FIRST_PAINT_CEILING_STABLE: u64 = 222_000;

/// The ceiling for the toolchain the release build uses (see `split.rs`).
pub fn first_paint_ceiling() -> u64 {
    if crate::setup::size_nightly() {
        FIRST_PAINT_CEILING_NIGHTLY
    } else {
        FIRST_PAINT_CEILING_STABLE
    }
}

/// Node's zlib has both compressors, so no extra tool is needed.
const MEASURE_JS: &str = r#"
const fs = require('fs'), zlib = require('zlib');
for (const f of process.argv.slice(1)) {
  const b = fs.readFileSync(f);
  const g = zlib.gzipSync(b, { level: 9 }).length;
  const r = zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log([f, b.length, g, r].join('\t'));
}
"#;

/// The built files of `dist` and of its `pkg-*/` directory (not the `.br`/`.gz` copies).
pub fn assets(dist: &Path) -> Result<Vec<PathBuf>, String> {
    let list = |dir: &Path| -> Result<Vec<PathBuf>, String> {
        Ok(std::fs::read_dir(dir)
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect())
    };
    let mut files = Vec::new();
    for p in list(dist)? {
        if p.is_dir() && p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("pkg-")) {
            files.extend(list(&p)?);
        } else if p.is_file() {
            files.push(p);
        }
    }
    files.retain(|p| p.extension().is_some_and(|x| ["wasm", "js", "css", "html"].iter().any(|e| x == *e)));
    files.sort();
    Ok(files)
}

/// Whether the browser loads `file` before the first list paint: the page around the console
/// ([`page_frame`]) and the main module's JS and wasm. Every other wasm is a chunk, loaded when
/// its part is first needed.
fn before_first_paint(file: &Path) -> bool {
    let name = file_name(file);
    page_frame(file) || name == "vpcep-console.js" || name == "vpcep-console_bg.wasm"
}

/// Whether `file` is part of the page around the console's main module, loaded before the
/// first list paint: the HTML, its CSS and the chunk loader the main module imports.
pub fn page_frame(file: &Path) -> bool {
    let name = file_name(file);
    name == "index.html" || name.ends_with(".css") || name == "__wasm_split.js"
}

fn file_name(file: &Path) -> String {
    file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Each file's sizes: raw, gzip -9 and brotli 11.
pub fn measure(files: &[String]) -> Result<Vec<(String, [u64; 3])>, String> {
    let mut args = vec!["-e", MEASURE_JS];
    args.extend(files.iter().map(String::as_str));
    let out = cmd("node", &args).output().map_err(|e| format!("node: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let text = String::from_utf8_lossy(&out.stdout);
    Ok(text
        .lines()
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let [file, raw, gz, br] = cols[..] else { return None };
            Some((file.to_owned(), [raw, gz, br].map(|v| v.parse::<u64>().unwrap_or(0))))
        })
        .collect())
}

/// Prints every file's sizes; returns the brotli total loaded before the first list paint.
pub fn report(dist: &Path) -> Result<u64, String> {
    let files: Vec<String> = assets(dist)?.iter().map(|p| p.display().to_string()).collect();
    if !files.iter().any(|f| f.ends_with("_bg.wasm")) {
        return Err(format!("no main wasm in {}", dist.display()));
    }
    println!("Bundle size (bytes; * = loaded before the first list paint):");
    println!("  {:<44} {:>10} {:>10} {:>10}", "file", "raw", "gzip -9", "brotli 11");
    let (mut first, mut all) = ([0_u64; 3], [0_u64; 3]);
    for (file, sizes) in measure(&files)? {
        let file = Path::new(&file);
        let early = before_first_paint(file);
        for i in 0..3 {
            all[i] += sizes[i];
            if early {
                first[i] += sizes[i];
            }
        }
        let shown = file.strip_prefix(dist).unwrap_or(file).display().to_string();
        let mark = if early { "*" } else { " " };
        println!("{mark} {shown:<44} {:>10} {:>10} {:>10}", sizes[0], sizes[1], sizes[2]);
    }
    println!("  {:<44} {:>10} {:>10} {:>10}", "before the first list paint", first[0], first[1], first[2]);
    println!("  {:<44} {:>10} {:>10} {:>10}", "everything", all[0], all[1], all[2]);
    println!(
        "  budget: {} of {FIRST_PAINT_BUDGET_BYTES} bytes brotli before the first list paint ({:.1}%)",
        first[2],
        first[2] as f64 * 100.0 / FIRST_PAINT_BUDGET_BYTES as f64
    );
    Ok(first[2])
}

#[cfg(test)]
mod tests {
    use super::{before_first_paint, page_frame};
    use std::path::Path;

    #[test]
    fn the_first_paint_loads_the_page_frame_and_the_main_module_only() {
        let file = |name: &str| Path::new("dist/pkg-0123").join(name);
        for name in ["index.html", "main-4f2a.css", "__wasm_split.js"] {
            assert!(page_frame(&file(name)) && before_first_paint(&file(name)), "{name}");
        }
        for name in ["vpcep-console.js", "vpcep-console_bg.wasm"] {
            assert!(!page_frame(&file(name)) && before_first_paint(&file(name)), "{name}");
        }
        for name in ["chunk_12.wasm", "split_create_page.wasm", "split_embedded_mock.wasm"] {
            assert!(!before_first_paint(&file(name)), "{name} is a chunk");
        }
    }
}
