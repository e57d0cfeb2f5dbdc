//! Every limit of the server, one named constant each (each has a test in `tests/`).

use std::time::Duration;

/// Request line and headers together (hyper's read buffer); more is answered 431.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// A request body; more is answered 413.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// From the first byte of a request to the end of its headers; slower is closed.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// Reading a request body (a body shorter than its Content-Length ends here, with 408).
pub const BODY_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// A connection that sends nothing (before a request, or between keep-alive requests): hyper
/// runs its header timer whenever the connection waits for a request, so this is the same.
pub const IDLE_TIMEOUT: Duration = HEADER_READ_TIMEOUT;
/// Connections served at once (the default of `--max-connections`); more wait in the listen
/// backlog until one ends.
pub const MAX_CONNECTIONS: usize = 4096;
/// Back-off after a failed accept (for example, out of file descriptors): never a busy loop.
pub const ACCEPT_BACKOFF: Duration = Duration::from_millis(50);
/// Projects kept by the mock; a new one beyond evicts the one idle the longest.
pub const MAX_PROJECTS: usize = 1000;
/// Requests kept by the test hooks' log (a ring: the oldest go first).
pub const REQUEST_LOG_SIZE: usize = 500;
/// How long the `hang` fault holds a request before closing it unanswered.
pub const HANG: Duration = Duration::from_secs(20);
/// How long the gateway waits for a cloud service's answer (headers and body); then 504.
pub const UPSTREAM_TIMEOUT: Duration = Duration::from_secs(30);
/// An answer the gateway passes back (an ECS page of 1,000 servers is a few MB); more is 502.
pub const MAX_UPSTREAM_BODY_BYTES: usize = 32 * 1024 * 1024;
/// Tokens the mock IAM keeps; issuing one more first drops the expired ones, then the one that
/// expires soonest.
pub const MAX_TOKENS: usize = 10_000;
/// How long a token of the mock IAM is valid by default (`--token-ttl-s`): IAM's own 24 hours.
pub const TOKEN_TTL: Duration = Duration::from_secs(24 * 60 * 60);
