//! Brotli and gzip copies of the built assets (`x.wasm.br`, `x.wasm.gz`), which vpcep-server
//! sends to browsers that take them. Node's zlib has both compressors: no extra tool.

use std::path::Path;

use crate::util::cmd;

const COMPRESS_JS: &str = r#"
const fs = require('fs'), zlib = require('zlib');
for (const f of process.argv.slice(1)) {
  const b = fs.readFileSync(f);
  fs.writeFileSync(f + '.br', zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  fs.writeFileSync(f + '.gz', zlib.gzipSync(b, { level: 9 }));
}
"#;

/// Writes `.br` and `.gz` next to every `.wasm`, `.js` and `.css` in `dist` and its `pkg-*/`.
pub fn precompress(dist: &Path) -> Result<(), String> {
    let files: Vec<String> = crate::bundle_size::assets(dist)?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "wasm" || x == "js" || x == "css"))
        .map(|p| p.display().to_string())
        .collect();
    let mut args = vec!["-e", COMPRESS_JS];
    args.extend(files.iter().map(String::as_str));
    let out = cmd("node", &args).output().map_err(|e| format!("node: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}
