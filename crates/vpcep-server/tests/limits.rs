//! Every limit of `vpcep_server::limits` with its answer, and the server staying responsive
//! under idle half-sent connections.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use vpcep_server::limits::{HEADER_READ_TIMEOUT, IDLE_TIMEOUT, MAX_BODY_BYTES, MAX_HEADER_BYTES};

mod common;
use common::*;

const P: &str = "/v1/0123456789abcdef0123456789abcdef";

/// Sends `bytes` and reads until the server closes (or 15 s pass): what it answered.
fn exchange(server: &Running, bytes: &[u8]) -> (String, Duration) {
    let started = Instant::now();
    let mut s = TcpStream::connect(server.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let _ = s.write_all(bytes);
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    (String::from_utf8_lossy(&answer).into_owned(), started.elapsed())
}

fn status_of(answer: &str) -> &str {
    answer.split_whitespace().nth(1).unwrap_or("(closed)")
}

#[test]
fn headers_over_the_limit_are_answered_431() {
    let server = start(&["--api", "mock"]);
    let host = server.addr;
    let big = "a".repeat(MAX_HEADER_BYTES + 1);
    let (answer, _) = exchange(
        &server,
        format!("GET {P}/vpcs HTTP/1.1\r\nHost: {host}\r\nX-Big: {big}\r\n\r\n").as_bytes(),
    );
    assert_eq!(status_of(&answer), "431", "{answer}");
    let fits = "a".repeat(MAX_HEADER_BYTES / 2);
    let (answer, _) = exchange(
        &server,
        format!("GET {P}/vpcs HTTP/1.1\r\nHost: {host}\r\nX-Auth-Token: t\r\nX-Big: {fits}\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    );
    assert_eq!(status_of(&answer), "200");
}

#[test]
fn a_body_over_the_limit_is_answered_413() {
    let server = start(&["--api", "mock"]);
    // Sent in chunks (no length announced): cut off at the limit.
    let body = "x".repeat(MAX_BODY_BYTES + 1);
    let (answer, _) = exchange(
        &server,
        format!(
            "POST {P}/vpc-endpoint-services HTTP/1.1\r\nHost: {}\r\nX-Auth-Token: t\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{body}\r\n0\r\n\r\n",
            server.addr,
            body.len()
        )
        .as_bytes(),
    );
    assert_eq!(status_of(&answer), "413", "{}", &answer[..answer.len().min(200)]);
    // Announced too large, the body is not even read.
    let (answer, _) = exchange(
        &server,
        format!(
            "POST {P}/vpc-endpoint-services HTTP/1.1\r\nHost: {}\r\nX-Auth-Token: t\r\nContent-Length: {}\r\n\r\n",
            server.addr,
            MAX_BODY_BYTES * 4
        )
        .as_bytes(),
    );
    assert_eq!(status_of(&answer), "413", "{answer}");
}

#[test]
fn headers_that_never_end_are_closed_after_the_header_read_timeout() {
    let server = start(&["--api", "mock"]);
    let (answer, took) =
        exchange(&server, format!("GET {P}/vpcs HTTP/1.1\r\nHost: {}\r\nX-Half", server.addr).as_bytes());
    assert!(took >= HEADER_READ_TIMEOUT && took < HEADER_READ_TIMEOUT * 2, "{took:?}: {answer}");
}

#[test]
fn a_connection_that_sends_nothing_is_closed_after_the_idle_timeout() {
    let server = start(&["--api", "mock"]);
    let (_, took) = exchange(&server, b"");
    assert!(took >= IDLE_TIMEOUT && took < IDLE_TIMEOUT * 2, "{took:?}");
}

#[test]
fn a_body_shorter_than_its_content_length_is_answered_408_after_the_body_timeout() {
    let server = start(&["--api", "mock"]);
    let (answer, took) = exchange(
        &server,
        format!(
            "POST {P}/vpc-endpoint-services HTTP/1.1\r\nHost: {}\r\nX-Auth-Token: t\r\nContent-Length: 100\r\n\r\n{{\"port",
            server.addr
        )
        .as_bytes(),
    );
    assert_eq!(status_of(&answer), "408", "{answer}");
    let limit = vpcep_server::limits::BODY_READ_TIMEOUT;
    assert!(took >= limit && took < limit * 2, "{took:?}");
}

#[test]
fn bad_content_lengths_are_refused() {
    let server = start(&["--api", "mock"]);
    for length in ["-1", "abc", "1180591620717411303424"] {
        let (answer, _) = exchange(
            &server,
            format!(
                "POST {P}/vpc-endpoint-services HTTP/1.1\r\nHost: {}\r\nContent-Length: {length}\r\n\r\n",
                server.addr
            )
            .as_bytes(),
        );
        assert_eq!(status_of(&answer), "400", "Content-Length {length}: {answer}");
    }
    let (answer, _) = exchange(
        &server,
        format!(
            "POST {P}/vpcs HTTP/1.1\r\nHost: {}\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
            server.addr
        )
        .as_bytes(),
    );
    assert_eq!(status_of(&answer), "400", "two Content-Lengths: {answer}");
}

#[test]
fn requests_keep_answering_beside_1000_idle_half_sent_connections() {
    let server = start(&["--api", "mock"]);
    let before = server.rss_kib();
    let idle: Vec<TcpStream> = (0..1000)
        .map(|_| {
            let mut s = TcpStream::connect(server.addr).unwrap();
            let _ = write!(s, "GET {P}/vpcs HTTP/1.1\r\nHost: {}\r\n", server.addr);
            s
        })
        .collect();
    let agent = agent();
    let mut times = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        let r = agent.get(&server.url(&format!("{P}/vpcs"))).header("X-Auth-Token", "t").call().unwrap();
        assert_eq!(r.status().as_u16(), 200);
        times.push(t.elapsed());
    }
    times.sort();
    let p50 = times[times.len() / 2];
    let grown = server.rss_kib().saturating_sub(before);
    drop(idle);
    println!("1000 idle connections: p50 {p50:?}, memory +{grown} KiB");
    assert!(p50 < Duration::from_millis(50), "p50 {p50:?}");
    assert!(grown < 64 * 1024, "memory grew by {grown} KiB");
}

#[test]
fn beyond_the_connection_limit_a_request_waits_for_a_free_slot() {
    assert_eq!(vpcep_server::limits::MAX_CONNECTIONS, 4096, "the default, documented in the README");
    let server = start(&["--api", "mock", "--max-connections", "8"]);
    let held: Vec<TcpStream> = (0..8).map(|_| TcpStream::connect(server.addr).unwrap()).collect();
    std::thread::sleep(Duration::from_millis(200)); // all eight accepted
    let mut extra = TcpStream::connect(server.addr).unwrap(); // waits in the backlog
    write!(
        extra,
        "GET {P}/vpcs HTTP/1.1\r\nHost: {}\r\nX-Auth-Token: t\r\nConnection: close\r\n\r\n",
        server.addr
    )
    .unwrap();
    extra.set_read_timeout(Some(Duration::from_millis(700))).unwrap();
    let mut first = [0u8; 12];
    assert!(extra.read(&mut first).is_err(), "no slot: no answer yet");
    drop(held); // eight slots free
    extra.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
    let mut answer = String::new();
    let _ = extra.read_to_string(&mut answer);
    assert_eq!(status_of(&answer), "200", "{answer}");
}

#[test]
fn expect_100_continue_is_answered_at_once() {
    let server = start(&["--api", "mock"]);
    let mut s = TcpStream::connect(server.addr).unwrap();
    write!(
        s,
        "POST {P}/vpc-endpoint-services HTTP/1.1\r\nHost: {}\r\nX-Auth-Token: t\r\nContent-Type: application/json\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n",
        server.addr
    )
    .unwrap();
    s.set_read_timeout(Some(Duration::from_millis(500))).unwrap();
    let mut first = [0u8; 25];
    let n = s.read(&mut first).unwrap();
    assert!(String::from_utf8_lossy(&first[..n]).starts_with("HTTP/1.1 100 Continue"));
}
