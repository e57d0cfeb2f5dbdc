//! The built console: files from `--dist`, precompressed brotli or gzip when the browser takes
//! them, `index.html` for every page path (the router runs in the browser), hashed assets
//! cached for good and `index.html` never, and a Content-Security-Policy without
//! `unsafe-inline` or `unsafe-eval`: Trunk marks its loader script with a nonce placeholder
//! (`create_nonce` in Trunk.toml), replaced here by a fresh nonce for every page.

use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tower::ServiceExt;
use tower_http::services::ServeDir;

/// The placeholder Trunk writes into `nonce` attributes (its default).
pub const NONCE_PLACEHOLDER: &str = "{{__TRUNK NONCE__}}";

/// The console's policy; `{nonce}` is the page's nonce.
fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'nonce-{nonce}'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// The built console.
pub struct Site {
    dir: PathBuf,
}

/// Whether a path carries a content hash: Trunk's assets (`main-7ed234e546823a5d.css`) and
/// the split wasm's directory (`pkg-91e87b276c30c0f3/chunk_4.wasm`, named by a hash of all its
/// files).
fn is_hashed(path: &str) -> bool {
    let mut parts = path.trim_start_matches('/').split('/');
    if let (Some(dir), Some(_), None) = (parts.next(), parts.next(), parts.next()) {
        return dir
            .strip_prefix("pkg-")
            .is_some_and(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()));
    }
    let name = path.rsplit('/').next().unwrap_or("");
    let stem = name.split('.').next().unwrap_or("");
    let hash = stem.rsplit('-').next().unwrap_or("");
    let hash = hash.strip_suffix("_bg").unwrap_or(hash);
    // Trunk writes the hash without leading zeros: 16 hex digits, sometimes fewer.
    stem.contains('-') && (8..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
}

impl Site {
    /// The console in `dir` (it must hold `index.html`).
    pub fn open(dir: &Path) -> Result<Site, String> {
        std::fs::metadata(dir.join("index.html"))
            .map_err(|e| format!("--dist {}: no index.html ({e}); build the console first", dir.display()))?;
        Ok(Site { dir: dir.to_path_buf() })
    }

    /// `index.html` with a fresh nonce, and its policy. Read at every page (it is small), so a
    /// new build in the folder is served at once, with its own asset names.
    async fn page(&self) -> Response {
        let Ok(index) = tokio::fs::read_to_string(self.dir.join("index.html")).await else {
            return (StatusCode::SERVICE_UNAVAILABLE, "The console is being built; try again.\n")
                .into_response();
        };
        let nonce = uuid::Uuid::new_v4().simple().to_string();
        let body = index.replace(NONCE_PLACEHOLDER, &nonce);
        let mut res =
            (StatusCode::OK, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response();
        let h = res.headers_mut();
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        if let Ok(v) = HeaderValue::from_str(&content_security_policy(&nonce)) {
            h.insert("content-security-policy", v);
        }
        res
    }

    /// Answers a request for the console.
    pub async fn serve(&self, req: Request) -> Response {
        let path = req.uri().path().to_owned();
        if path == "/" || path == "/index.html" {
            return self.page().await;
        }
        let files = ServeDir::new(&self.dir).precompressed_br().precompressed_gzip();
        let res = match files.oneshot(req).await {
            Ok(r) => r.map(Body::new),
            Err(never) => match never {},
        };
        let is_file = path.rsplit('/').next().is_some_and(|n| n.contains('.'));
        if res.status() == StatusCode::NOT_FOUND && !is_file {
            return self.page().await; // a page of the console: its router shows it (or "not found")
        }
        let mut res = res;
        let cache = if is_hashed(&path) { "public, max-age=31536000, immutable" } else { "no-cache" };
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
        res.headers_mut()
            .entry("content-security-policy")
            .or_insert(HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"));
        res
    }
}

#[cfg(test)]
mod tests {
    use super::is_hashed;

    #[test]
    fn trunk_assets_are_hashed_and_others_are_not() {
        assert!(is_hashed("/vpcep-console-b96906c9893ba436_bg.wasm"));
        assert!(is_hashed("/vpcep-console-b96906c9893ba436.js"));
        assert!(is_hashed("/main-7ed234e546823a5d.css"));
        assert!(is_hashed("/vpcep-console-efd4eb5b7725373_bg.wasm"), "15 digits: a leading zero dropped");
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/favicon.ico"));
        assert!(!is_hashed("/main-7ed23.css"));
        assert!(!is_hashed("/main-7ed234e546823a5dd.css"));
    }

    #[test]
    fn the_split_wasm_directory_is_hashed() {
        assert!(is_hashed("/pkg-91e87b276c30c0f3/chunk_4.wasm"));
        assert!(is_hashed("/pkg-91e87b276c30c0f3/__wasm_split.js"));
        assert!(!is_hashed("/pkg-91e87b276c30c0f/chunk_4.wasm"), "15 digits: this writer always writes 16");
        assert!(!is_hashed("/pkg/chunk_4.wasm"));
        assert!(!is_hashed("/services/create"));
        assert!(!is_hashed("/pkg-91e87b276c30c0f3/a/b.wasm"));
    }
}
