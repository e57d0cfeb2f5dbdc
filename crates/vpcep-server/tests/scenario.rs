//! `--scenario`: the console's scenario query played by the server's mock.

use std::time::Instant;

use serde_json::{json, Value};

mod common;
use common::*;

const P: &str = "/v1/0123456789abcdef0123456789abcdef";

#[test]
fn the_account_a_failure_for_the_next_call_and_the_latency_are_played() {
    let addr = &start(&[
        "--api",
        "mock",
        "--scenario",
        "scenario=empty&latency=200&fail=quota&fail_on=create_service",
    ]);
    let t = Instant::now();
    let (status, list) = get(addr, &format!("{P}/vpc-endpoint-services"));
    assert!(t.elapsed().as_millis() >= 200, "latency {:?}", t.elapsed());
    assert_eq!((status, list["total_count"].as_u64()), (200, Some(0)), "{list}");
    // Any VPC and load balancer of the seed will do for a create.
    let (_, lbs) = get(addr, &format!("{P}/elb/loadbalancers").replace("/v1/", "/v3/"));
    let lb = &lbs["loadbalancers"][0];
    let body = json!({
        "port_id": lb["vip_port_id"], "vpc_id": lb["vpc_id"], "server_type": "LB",
        "ports": [{"client_port": 80, "server_port": 8080, "protocol": "TCP"}], "approval_enabled": false
    })
    .to_string();
    let path = format!("{P}/vpc-endpoint-services");
    let (status, refused) = call(addr, "POST", &path, Some("t"), Some(&body));
    assert_eq!((status, code(&refused)), (400, "Endpoint.1018"), "the next create fails");
    let (status, made): (u16, Value) = call(addr, "POST", &path, Some("t"), Some(&body));
    assert_eq!(status, 200, "then the failure is used up: {made}");
}

#[test]
fn a_rate_of_100_fails_every_call_of_its_operation_only() {
    let addr =
        &start(&["--api", "mock", "--scenario", "latency=0&fail=500&fail_on=list_services&fail_rate=100"]);
    for _ in 0..3 {
        let (status, body) = get(addr, &format!("{P}/vpc-endpoint-services"));
        assert_eq!((status, code(&body)), (500, "EndPoint.0001"));
    }
    let (status, _) = get(addr, &format!("{P}/quotas?type=endpoint_service"));
    assert_eq!(status, 200);
}

#[test]
fn a_bad_scenario_stops_the_start_with_the_reason() {
    let e = try_start(&["--api", "mock", "--scenario", "scenario=nope"]).err().expect("refused");
    assert!(e.contains("unknown starting account \"nope\""), "{e}");
    let e = try_start(&["--dist", ".", "--scenario", "latency=0"]).err().expect("refused");
    assert!(e.contains("--scenario needs --api mock"), "{e}");
}

#[test]
fn a_project_gets_its_own_scenario_from_the_console_and_others_keep_theirs() {
    let addr = &start(&["--api", "mock"]);
    let other = "/v1/ffffffffffffffffffffffffffffffff";
    let url = "/api/_scenario/0123456789abcdef0123456789abcdef";
    let (status, none) = call(addr, "GET", url, Some("t"), None);
    assert_eq!((status, none), (200, json!({"scenario": null})));
    let (status, _) = call(addr, "GET", url, None, None);
    assert_eq!(status, 401, "a token is needed");
    let scenario = json!({
        "account": "empty", "latency": {"Fixed": 0}, "creating_ms": 1000, "deleting_ms": 0,
        "fault": {"kind": "ServerError", "on": "list_services", "rate": null}
    });
    let (status, answer) =
        call(addr, "PUT", url, Some("t"), Some(&json!({"scenario": scenario, "fresh": true}).to_string()));
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["scenario"], scenario);
    let (status, body) = get(addr, &format!("{P}/vpc-endpoint-services"));
    assert_eq!((status, code(&body)), (500, "EndPoint.0001"), "the next list fails");
    let (_, list) = get(addr, &format!("{P}/vpc-endpoint-services"));
    assert_eq!(list["total_count"], 0, "the project started again, empty");
    let (_, theirs) = get(addr, &format!("{other}/vpc-endpoint-services"));
    assert_eq!(theirs["total_count"], 12, "another project keeps the demo data");
    let (_, now) = call(addr, "GET", url, Some("t"), None);
    assert_eq!(now["scenario"]["fault"], Value::Null, "the next-call failure is used up");
    let (status, _) = call(addr, "PUT", url, Some("t"), Some("{\"scenario\": 5}"));
    assert_eq!(status, 400);
    // The query's limits hold for JSON too, and a refused scenario changes nothing.
    for (field, value, says) in [
        ("latency", json!({"Fixed": 5001}), "latency is 0 to 5000"),
        ("creating_ms", json!(601_000), "creating_s is 0 to 600"),
        ("fault", json!({"kind": "Quota", "on": "crate_service", "rate": null}), "crate_service"),
        ("fault", json!({"kind": "Quota", "on": null, "rate": 0}), "fail_rate is 1 to 100"),
    ] {
        let mut bad = scenario.clone();
        bad[field] = value;
        let (status, answer) =
            call(addr, "PUT", url, Some("t"), Some(&json!({ "scenario": bad }).to_string()));
        assert_eq!((status, code(&answer)), (400, "EndPoint.0002"), "{field}");
        assert!(answer["error_msg"].as_str().unwrap_or("").contains(says), "{answer}");
    }
    let (_, still) = call(addr, "GET", url, Some("t"), None);
    assert_eq!(still["scenario"]["account"], "empty");
}
