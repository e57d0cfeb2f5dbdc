//! The shipped size of the release build: wasm + JS, raw, gzip -9 and brotli q11.

use std::path::Path;

use crate::util::cmd;

/// The budget for wasm + JS, brotli-compressed (README, "Budgets").
pub const BROTLI_BUDGET_BYTES: u64 = 120_000;

/// Node's zlib has both compressors, so no extra tool is needed.
const MEASURE_JS: &str = r#"
const fs = require('fs'), zlib = require('zlib');
let t = [0, 0, 0];
for (const f of process.argv.slice(1)) {
  const b = fs.readFileSync(f);
  const g = zlib.gzipSync(b, { level: 9 }).length;
  const r = zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  t = [t[0] + b.length, t[1] + g, t[2] + r];
  console.log(['file', require('path').basename(f), b.length, g, r].join('\t'));
}
console.log(['total', 'wasm+js', ...t].join('\t'));
"#;

/// Sizes of every `.wasm` and `.js` in `dist`; returns the brotli total.
pub fn report(dist: &Path) -> Result<u64, String> {
    let mut files: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("cannot read {}: {e}", dist.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "wasm" || x == "js"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    if files.is_empty() {
        return Err("no .wasm or .js in dist/".into());
    }
    let mut args = vec!["-e", MEASURE_JS];
    args.extend(files.iter().map(String::as_str));
    let out = cmd("node", &args).output().map_err(|e| format!("node: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let text = String::from_utf8_lossy(&out.stdout);
    println!("Bundle size (bytes):");
    println!("  {:<40} {:>10} {:>10} {:>10}", "file", "raw", "gzip -9", "brotli 11");
    let mut brotli_total = 0;
    for line in text.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() == 5 {
            println!("  {:<40} {:>10} {:>10} {:>10}", cols[1], cols[2], cols[3], cols[4]);
            if cols[0] == "total" {
                brotli_total = cols[4].parse().unwrap_or(0);
            }
        }
    }
    println!(
        "  budget: {brotli_total} of {BROTLI_BUDGET_BYTES} bytes brotli ({:.1}%)",
        brotli_total as f64 * 100.0 / BROTLI_BUDGET_BYTES as f64
    );
    Ok(brotli_total)
}
