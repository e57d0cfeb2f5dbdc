//! The command line, the test hooks and the Host check.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;

use serde_json::{json, Value};

mod common;
use common::*;

const P: &str = "/v1/0123456789abcdef0123456789abcdef";

fn exits_with_error(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_vpcep-server")).args(args).output().unwrap();
    assert!(!out.status.success(), "{args:?} should fail");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn mistyped_flags_and_missing_values_exit_with_clap_s_message() {
    assert!(exits_with_error(&["--adr", "127.0.0.1:0", "--api", "mock"]).contains("--adr"));
    assert!(exits_with_error(&["--api", "mock", "--stat", "x.json"]).contains("--stat"));
    assert!(exits_with_error(&["--api"]).contains("--api"));
    assert!(exits_with_error(&["--api", "real"]).contains("real"));
    assert!(exits_with_error(&["--addr", "nowhere", "--api", "mock"]).contains("nowhere"));
    assert!(exits_with_error(&["--addr", "127.0.0.1:0"]).contains("nothing to serve"));
}

#[test]
fn a_state_file_in_a_missing_folder_refuses_to_start() {
    let err = try_start(&["--api", "mock", "--state", "/nonexistent/folder/state.json"]).err().unwrap();
    assert!(err.contains("does not exist"), "{err}");
}

#[test]
fn the_hooks_exist_only_with_the_flag_and_need_the_token_and_json() {
    let plain = start(&["--api", "mock"]);
    let fault = r#"{"fault":"500","route":"list_services"}"#;
    let (status, _) = call(&plain, "POST", "/_mock/faults", Some("t"), Some(fault));
    assert_eq!(status, 404, "no hooks without --test-hooks");

    let hooked = start(&["--api", "mock", "--test-hooks"]);
    assert_eq!(call(&hooked, "POST", "/_mock/faults", None, Some(fault)).0, 401, "the token is needed");
    assert_eq!(call(&hooked, "GET", "/_mock/requests", None, None).0, 401);
    // A cross-site form can send text/plain: refused.
    let mut s = TcpStream::connect(hooked.addr).unwrap();
    let req = format!(
        "POST /_mock/faults HTTP/1.1\r\nHost: {}\r\nX-Auth-Token: t\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{fault}",
        hooked.addr,
        fault.len()
    );
    s.write_all(req.as_bytes()).unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 415"), "{answer}");
    assert_eq!(
        call(&hooked, "POST", "/_mock/faults", Some("t"), Some(r#"{"fault":"nope","route":"x"}"#)).0,
        400
    );
}

#[test]
fn a_fault_hits_the_next_request_of_its_route_only() {
    let server = start(&["--api", "mock", "--test-hooks"]);
    let list = format!("{P}/vpc-endpoint-services");
    let fault = r#"{"fault":"500","route":"list_services"}"#;
    assert_eq!(call(&server, "POST", "/_mock/faults", Some("t"), Some(fault)).0, 204);
    // Not this route, and not an unauthenticated request: the fault waits.
    assert_eq!(get(&server, &format!("{P}/vpcs")).0, 200);
    assert_eq!(call(&server, "GET", &list, None, None).0, 401);
    let (status, body) = get(&server, &list);
    assert_eq!((status, code(&body)), (500, "EndPoint.0001"));
    assert_eq!(get(&server, &list).0, 200, "once");

    let malformed = r#"{"fault":"malformed","route":"list_services"}"#;
    call(&server, "POST", "/_mock/faults", Some("t"), Some(malformed));
    let (status, text) = call_text(&server, "GET", &list, Some("t"), None);
    assert_eq!(status, 200);
    assert!(serde_json::from_str::<Value>(&text).is_err(), "not JSON: {text}");
}

#[test]
fn the_request_log_records_the_api_requests_and_keeps_the_last_ones() {
    let server = start(&["--api", "mock", "--test-hooks"]);
    assert_eq!(call(&server, "DELETE", "/_mock/requests", Some("t"), None).0, 204);
    let body = json!({"action": "filter", "tags": [{"key": "env", "values": ["prod"]}]}).to_string();
    call(
        &server,
        "POST",
        &format!("/api/vpcep{P}/endpoint_service/resource_instances/action"),
        Some("t"),
        Some(&body),
    );
    let (_, log) = call(&server, "GET", "/_mock/requests", Some("t"), None);
    let post = log.as_array().unwrap().iter().find(|r| r["method"] == "POST").unwrap();
    assert_eq!(post["path"], format!("/vpcep{P}/endpoint_service/resource_instances/action"));
    assert_eq!(post["body"], serde_json::from_str::<Value>(&body).unwrap());
    for _ in 0..(vpcep_server::limits::REQUEST_LOG_SIZE + 20) {
        get(&server, &format!("{P}/vpcs"));
    }
    let (_, log) = call(&server, "GET", "/_mock/requests", Some("t"), None);
    assert_eq!(log.as_array().unwrap().len(), vpcep_server::limits::REQUEST_LOG_SIZE, "a ring, bounded");
}

#[test]
fn only_the_bound_address_and_localhost_are_answered_unless_allowed() {
    let server = start(&["--api", "mock", "--allowed-host", "console.example:8443"]);
    let ask = |host: &str| {
        let mut s = TcpStream::connect(server.addr).unwrap();
        write!(s, "GET {P}/vpcs HTTP/1.1\r\nHost: {host}\r\nX-Auth-Token: t\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut answer = String::new();
        s.read_to_string(&mut answer).unwrap();
        answer.split_whitespace().nth(1).unwrap_or("").to_owned()
    };
    let port = server.addr.port();
    assert_eq!(ask(&format!("127.0.0.1:{port}")), "200");
    assert_eq!(ask(&format!("localhost:{port}")), "200");
    assert_eq!(ask("console.example:8443"), "200");
    assert_eq!(ask("evil.example"), "421");
    assert_eq!(ask(&format!("evil.example:{port}")), "421");
}
