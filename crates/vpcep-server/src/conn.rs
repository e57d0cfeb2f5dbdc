//! The accept loop: one task per connection, at most `max_connections` at once, each
//! served by hyper with the header limits and timeouts (which `axum::serve` does not expose).

use std::sync::Arc;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio_rustls::TlsAcceptor;

use crate::limits::{ACCEPT_BACKOFF, HEADER_READ_TIMEOUT, MAX_HEADER_BYTES};

/// hyper's read buffer: the headers' limit and room for a body chunk; bounds each connection.
const READ_BUFFER_BYTES: usize = 4 * MAX_HEADER_BYTES;

/// Serves `app` on `listener` until the process ends (HTTPS with `tls`).
pub async fn serve(listener: TcpListener, app: Router, max_connections: usize, tls: Option<TlsAcceptor>) {
    let slots = Arc::new(Semaphore::new(max_connections.max(1)));
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        // hyper starts this timer whenever the connection waits for a request head: it is
        // also the idle keep-alive timeout.
        .header_read_timeout(HEADER_READ_TIMEOUT)
        .max_header_size(MAX_HEADER_BYTES)
        .max_buf_size(READ_BUFFER_BYTES)
        .keep_alive(true);
    loop {
        let Ok(slot) = slots.clone().acquire_owned().await else { return };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(e) => {
                // Out of file descriptors, for example: wait, never spin.
                eprintln!("vpcep-server: accept failed: {e}");
                tokio::time::sleep(ACCEPT_BACKOFF).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let service = TowerToHyperService::new(app.clone());
        let http = http.clone();
        let tls = tls.clone();
        tokio::spawn(async move {
            match tls {
                None => {
                    let _ = http.serve_connection(TokioIo::new(stream), service).await;
                }
                Some(tls) => {
                    // The handshake has the time of a request's head.
                    if let Ok(Ok(stream)) =
                        tokio::time::timeout(HEADER_READ_TIMEOUT, tls.accept(stream)).await
                    {
                        let _ = http.serve_connection(TokioIo::new(stream), service).await;
                    }
                }
            }
            drop(slot);
        });
    }
}
