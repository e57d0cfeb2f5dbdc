//! A small static file server for `dist/`, with the single-page-app fallback the router
//! needs (`/services/create` serves `index.html`), and optionally a proxy of `/api/…` to the
//! mock server (as `trunk serve` proxies it). Used by the end-to-end tests and by
//! `cargo xtask serve-dist`; it binds to loopback only.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread;

/// Serves `dir` on `listener` until the process ends (one thread per connection); with
/// `api`, requests under `/api/` go to that server with the prefix removed.
pub fn spawn(listener: TcpListener, dir: PathBuf, api: Option<SocketAddr>) {
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let dir = dir.clone();
            thread::spawn(move || {
                let _ = handle(stream, &dir, api);
            });
        }
    });
}

/// Forwards one request (already split into its line, headers and body) and copies the answer.
fn proxy(
    mut client: TcpStream,
    backend: SocketAddr,
    method: &str,
    path: &str,
    headers: &[String],
    body: &[u8],
) -> std::io::Result<()> {
    let mut upstream = TcpStream::connect(backend)?;
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {backend}\r\nConnection: close\r\n");
    for h in headers {
        let name = h.split(':').next().unwrap_or("").trim().to_ascii_lowercase();
        if name != "host" && name != "connection" {
            head.push_str(h.trim_end());
            head.push_str("\r\n");
        }
    }
    head.push_str("\r\n");
    upstream.write_all(head.as_bytes())?;
    upstream.write_all(body)?;
    std::io::copy(&mut upstream, &mut client)?;
    client.flush()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// Maps a request path to a file under `dir`: the file itself, else `index.html` for paths
/// without an extension (client-side routes), else `None` (404).
pub fn resolve(dir: &Path, url_path: &str) -> Option<PathBuf> {
    let path = url_path.split(['?', '#']).next().unwrap_or("/");
    let relative = Path::new(path.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let candidate = dir.join(relative);
    if candidate.is_file() {
        return Some(candidate);
    }
    if relative.extension().is_none() {
        return Some(dir.join("index.html"));
    }
    None
}

fn handle(mut stream: TcpStream, dir: &Path, api: Option<SocketAddr>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? <= 2 {
            break;
        }
        headers.push(line);
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if let (Some(backend), Some(rest)) = (api, target.strip_prefix("/api/")) {
        let length = headers
            .iter()
            .find_map(|h| {
                let (k, v) = h.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse::<usize>().ok())
                    .flatten()
            })
            .unwrap_or(0);
        let mut body = vec![0; length];
        reader.read_exact(&mut body)?;
        return proxy(stream, backend, method, &format!("/{rest}"), &headers, &body);
    }
    if method != "GET" && method != "HEAD" {
        return stream
            .write_all(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    }
    let Some(file) = resolve(dir, target) else {
        return stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    };
    let body = std::fs::read(&file)?;
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        content_type(&file),
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if method == "GET" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn dist() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-static-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<html>app</html>").unwrap();
        std::fs::write(dir.join("app.wasm"), [0u8, 97, 115, 109]).unwrap();
        dir
    }

    fn get(addr: std::net::SocketAddr, path: &str) -> String {
        let mut s = TcpStream::connect(addr).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut out = Vec::new();
        s.read_to_end(&mut out).unwrap();
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn serves_files_routes_and_refuses_escapes() {
        let dir = dist();
        assert_eq!(resolve(&dir, "/app.wasm"), Some(dir.join("app.wasm")));
        assert_eq!(resolve(&dir, "/services/create?x=1"), Some(dir.join("index.html")));
        assert_eq!(resolve(&dir, "/missing.js"), None);
        assert_eq!(resolve(&dir, "/../etc/passwd"), None);

        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        spawn(listener, dir, None);
        let wasm = get(addr, "/app.wasm");
        assert!(wasm.starts_with("HTTP/1.1 200"), "{wasm}");
        assert!(wasm.contains("Content-Type: application/wasm"));
        let route = get(addr, "/services/abc");
        assert!(route.contains("text/html") && route.ends_with("<html>app</html>"), "{route}");
        assert!(get(addr, "/nope.css").starts_with("HTTP/1.1 404"));
    }
}
