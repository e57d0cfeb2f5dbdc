//! The mock API through real HTTP: every route and every error path, under /api/ and at the
//! root paths.

use std::time::Duration;

use serde_json::{json, Value};

mod common;
use common::*;

const P: &str = "/v1/0123456789abcdef0123456789abcdef";
/// The mock with short transitions.
const FAST: &[&str] = &["--api", "mock", "--create-delay-ms", "150", "--delete-delay-ms", "150"];

/// A create body on the seed's elb-analytics (found through the list of its services).
fn create_body(addr: &Running, name: &str, server_port: u16) -> String {
    let (_, list) = get(addr, &format!("{P}/vpc-endpoint-services?limit=1000&endpoint_service_name=search"));
    let search = &list["endpoint_services"][0];
    json!({
        "port_id": search["port_id"], "vpc_id": search["vpc_id"], "server_type": "LB", "service_type": "interface",
        "approval_enabled": false, "service_name": name,
        "ports": [{"client_port": 80, "server_port": server_port, "protocol": "TCP"}],
        "tags": [{"key": "env", "value": "test"}], "description": "made over HTTP"
    })
    .to_string()
}

#[test]
fn a_token_is_required() {
    let addr = &start(FAST);
    let (status, body) = call(addr, "GET", &format!("{P}/vpc-endpoint-services"), None, None);
    assert_eq!((status, code(&body)), (401, "EndPoint.0003"));
    let (status, _) = call(addr, "GET", &format!("{P}/vpc-endpoint-services"), Some("  "), None);
    assert_eq!(status, 401);
}

#[test]
fn list_with_envelope_filters_and_real_errors() {
    let addr = &start(FAST);
    let (status, body) = get(addr, &format!("{P}/vpc-endpoint-services"));
    assert_eq!(status, 200);
    assert_eq!(body["endpoint_services"].as_array().unwrap().len(), 10, "default limit 10");
    assert_eq!(body["total_count"], 12);
    let first = &body["endpoint_services"][0];
    assert_eq!(first["project_id"], "0123456789abcdef0123456789abcdef", "each path project is its own");
    let (_, named) = get(addr, &format!("{P}/vpc-endpoint-services?endpoint_service_name=WEB-FRONT"));
    assert_eq!(named["total_count"], 1);
    let (_, failed) = get(addr, &format!("{P}/vpc-endpoint-services?status=failed"));
    assert_eq!(failed["endpoint_services"][0]["status"], "failed");
    for (query, want) in [
        ("limit=-1", "EndPoint.0006"),
        ("offset=x", "EndPoint.0010"),
        ("sort_key=name", "EndPoint.0017"),
        ("sort_dir=up", "EndPoint.0018"),
        ("status=gone", "EndPoint.0019"),
    ] {
        let (status, body) = get(addr, &format!("{P}/vpc-endpoint-services?{query}"));
        assert_eq!((status, code(&body)), (400, want), "{query}");
    }
}

#[test]
fn create_get_then_available_then_delete_204_deleting_404() {
    let addr = &start(FAST);
    let (status, made) = call(
        addr,
        "POST",
        &format!("{P}/vpc-endpoint-services"),
        Some("t"),
        Some(&create_body(addr, "http1", 7001)),
    );
    assert_eq!(status, 200, "{made}");
    let id = made["id"].as_str().unwrap().to_owned();
    assert_eq!(made["status"], "creating");
    assert_eq!(made["service_name"], format!("eu-de.http1.{id}"));
    assert_eq!(made["ports"][0]["server_port"], 7001);
    std::thread::sleep(Duration::from_millis(200));
    let (status, got) = get(addr, &format!("{P}/vpc-endpoint-services/{id}"));
    assert_eq!((status, got["status"].as_str()), (200, Some("available")));
    let (status, body) = call(addr, "DELETE", &format!("{P}/vpc-endpoint-services/{id}"), Some("t"), None);
    assert_eq!((status, body), (204, Value::Null));
    assert_eq!(get(addr, &format!("{P}/vpc-endpoint-services/{id}")).1["status"], "deleting");
    std::thread::sleep(Duration::from_millis(200));
    let (status, body) = get(addr, &format!("{P}/vpc-endpoint-services/{id}"));
    assert_eq!((status, code(&body)), (404, "EndPoint.0005"));
}

#[test]
fn create_rejects_what_the_form_rejects_and_bad_json() {
    let addr = &start(FAST);
    let path = format!("{P}/vpc-endpoint-services");
    let mut bad_name: Value = serde_json::from_str(&create_body(addr, "bad name", 7002)).unwrap();
    let (status, body) = call(addr, "POST", &path, Some("t"), Some(&bad_name.to_string()));
    assert_eq!((status, code(&body)), (400, "EndPoint.1003"));
    bad_name["service_name"] = json!("ok");
    bad_name["ports"][0]["server_port"] = json!(70000);
    assert_eq!(code(&call(addr, "POST", &path, Some("t"), Some(&bad_name.to_string())).1), "EndPoint.3043");
    bad_name["ports"][0]["server_port"] = json!(7003);
    bad_name["tags"] = json!([{"key": "a@b", "value": ""}]);
    assert_eq!(code(&call(addr, "POST", &path, Some("t"), Some(&bad_name.to_string())).1), "EndPoint.3068");
    // Malformed JSON, a field of the wrong type, an unknown field, no body.
    for body in [
        "{\"port_id\":",
        "{\"port_id\": 5, \"vpc_id\": \"v\", \"server_type\": \"LB\", \"ports\": []}",
        "{\"colour\": 1}",
    ] {
        let (status, answer) = call(addr, "POST", &path, Some("t"), Some(body));
        assert_eq!((status, code(&answer)), (400, "EndPoint.0002"), "{body}");
        assert!(answer["error_msg"].as_str().unwrap().len() > 10);
    }
    assert_eq!(call(addr, "POST", &path, Some("t"), None).0, 400);
}

#[test]
fn connections_whitelist_in_use_quota_and_tags() {
    let addr = &start(FAST);
    let (_, list) = get(addr, &format!("{P}/vpc-endpoint-services?endpoint_service_name=web-frontend"));
    let id = list["endpoint_services"][0]["id"].as_str().unwrap().to_owned();
    let (status, conns) = get(addr, &format!("{P}/vpc-endpoint-services/{id}/connections"));
    assert_eq!(status, 200);
    assert_eq!(conns["total_count"], 2);
    assert!(conns["connections"][0]["marker_id"].is_u64());
    let pending =
        conns["connections"].as_array().unwrap().iter().find(|c| c["status"] == "pendingAcceptance").unwrap();
    let accept = json!({"endpoints": [pending["id"]], "action": "receive"}).to_string();
    let (status, done) = call(
        addr,
        "POST",
        &format!("{P}/vpc-endpoint-services/{id}/connections/action"),
        Some("t"),
        Some(&accept),
    );
    assert_eq!((status, done["connections"][0]["status"].as_str()), (200, Some("accepted")));
    let two = json!({"endpoints": ["a", "b"], "action": "reject"}).to_string();
    let (status, refused) = call(
        addr,
        "POST",
        &format!("{P}/vpc-endpoint-services/{id}/connections/action"),
        Some("t"),
        Some(&two),
    );
    assert_eq!((status, code(&refused)), (400, "EndPoint.2031"));
    let (_, perms) = get(addr, &format!("{P}/vpc-endpoint-services/{id}/permissions"));
    assert_eq!(perms["permissions"][0]["permission_type"], "domainId");
    let (status, refused) = call(addr, "DELETE", &format!("{P}/vpc-endpoint-services/{id}"), Some("t"), None);
    assert_eq!((status, code(&refused)), (400, "EndPoint.3006"));
    let (status, bad) = get(addr, &format!("{P}/quotas?type=bogus"));
    assert_eq!((status, code(&bad)), (400, "EndPoint.0002"));
    let (_, q) = get(addr, &format!("{P}/quotas?type=endpoint_service"));
    assert_eq!(q["quotas"]["resources"][0], json!({"type": "endpoint_service", "used": 12, "quota": 20}));
    let filter = json!({"action": "filter", "tags": [{"key": "env", "values": ["prod"]}]}).to_string();
    let (status, found) = call(
        addr,
        "POST",
        &format!("{P}/endpoint_service/resource_instances/action"),
        Some("t"),
        Some(&filter),
    );
    assert_eq!((status, found["total_count"].as_u64()), (200, Some(4)));
    let bad = json!({"action": "sum"}).to_string();
    let (_, answer) =
        call(addr, "POST", &format!("{P}/endpoint_service/resource_instances/action"), Some("t"), Some(&bad));
    assert_eq!(code(&answer), "EndPoint.0007");
}

#[test]
fn the_quota_of_20_answers_endpoint_1018() {
    let addr = &start(FAST);
    let path = format!("{P}/vpc-endpoint-services");
    for port in 0..8 {
        let (status, body) = call(addr, "POST", &path, Some("t"), Some(&create_body(addr, "q", 7100 + port)));
        assert_eq!(status, 200, "{body}");
    }
    let (status, body) = call(addr, "POST", &path, Some("t"), Some(&create_body(addr, "q", 7200)));
    assert_eq!((status, code(&body)), (400, "Endpoint.1018"));
}

#[test]
fn unknown_routes_and_methods_answer_error_bodies() {
    let addr = &start(FAST);
    let (status, body) = get(addr, &format!("{P}/no-such-thing"));
    assert_eq!((status, code(&body)), (404, "EndPoint.0005"));
    let (status, body) = get(addr, "/v2/x/vpc-endpoint-services");
    assert_eq!((status, code(&body)), (404, "EndPoint.0005"));
    let (status, body) = call(addr, "PATCH", &format!("{P}/vpc-endpoint-services"), Some("t"), None);
    assert_eq!((status, code(&body)), (405, "EndPoint.0002"));
    let (status, body) =
        get(addr, &format!("{P}/vpc-endpoint-services/00000000-0000-4000-8000-000000000000"));
    assert_eq!((status, code(&body)), (404, "EndPoint.0005"));
}

#[test]
fn supporting_lists_in_their_services_shapes_and_proxy_prefixes() {
    let addr = &start(FAST);
    let project = "0123456789abcdef0123456789abcdef";
    let (status, vpcs) = get(addr, &format!("/vpc/v1/{project}/vpcs"));
    assert_eq!(status, 200);
    assert_eq!(vpcs["vpcs"].as_array().unwrap().len(), 3);
    assert!(vpcs["vpcs"][0]["cidr"].is_string());
    let (_, lbs) = get(addr, &format!("/elb/v3/{project}/elb/loadbalancers"));
    assert!(lbs["loadbalancers"][0]["vip_port_id"].is_string());
    let (_, ecs) = get(addr, &format!("/ecs/v1/{project}/cloudservers/detail"));
    let server = &ecs["servers"][0];
    let vpc = server["metadata"]["vpc_id"].as_str().unwrap();
    assert!(server["addresses"][vpc][0]["OS-EXT-IPS:port_id"].is_string());
    let (status, list) = get(addr, &format!("/vpcep/v1/{project}/vpc-endpoint-services"));
    assert_eq!((status, list["total_count"].as_u64()), (200, Some(12)));
    // The same project behind every prefix.
    let first_vpc = vpcs["vpcs"][0]["id"].as_str().unwrap();
    assert_eq!(get(addr, &format!("/v1/{project}/vpcs")).1["vpcs"][0]["id"], first_vpc);
}

#[test]
fn the_console_path_under_api_is_the_same_api() {
    let addr = &start(FAST);
    let (status, list) = get(addr, &format!("/api/vpcep{P}/vpc-endpoint-services"));
    assert_eq!((status, list["total_count"].as_u64()), (200, Some(12)));
    let (status, body) = get(addr, "/api/vpcep/v1/p/nothing-here");
    assert_eq!((status, code(&body)), (404, "EndPoint.0005"), "an unknown API path is the API's 404");
    let (status, text) = call_text(addr, "GET", "/services", None, None);
    assert_eq!(status, 404, "no --dist: no console ({text})");
}

#[test]
fn fields_the_form_never_sends_are_checked_too() {
    let addr = &start(FAST);
    let path = format!("{P}/vpc-endpoint-services");
    let mut body: Value = serde_json::from_str(&create_body(addr, "extra", 7500)).unwrap();
    body["tcp_proxy"] = json!("<img src=x onerror=alert(1)>");
    let (status, answer) = call(addr, "POST", &path, Some("t"), Some(&body.to_string()));
    assert_eq!((status, code(&answer)), (400, "EndPoint.0002"), "{answer}");
    body["tcp_proxy"] = json!("toa_open");
    body["pool_id"] = json!("p".repeat(100_000));
    assert_eq!(call(addr, "POST", &path, Some("t"), Some(&body.to_string())).0, 400);
    body["pool_id"] = json!("pool-1");
    body["description"] = json!("two\nlines");
    assert_eq!(call(addr, "POST", &path, Some("t"), Some(&body.to_string())).0, 400);
    body["description"] = json!("one line");
    assert_eq!(call(addr, "POST", &path, Some("t"), Some(&body.to_string())).0, 200);
}

#[test]
fn projects_are_bounded_and_the_one_idle_longest_makes_room() {
    let addr = &start(FAST);
    let first = "/v1/00000000000000000000000000000000";
    let (_, list) =
        get(addr, &format!("{first}/vpc-endpoint-services?limit=1000&endpoint_service_name=search"));
    let s = &list["endpoint_services"][0];
    let body = json!({"port_id": s["port_id"], "vpc_id": s["vpc_id"], "server_type": "LB", "service_name": "early",
        "ports": [{"client_port": 80, "server_port": 7600, "protocol": "TCP"}]});
    let (status, made) =
        call(addr, "POST", &format!("{first}/vpc-endpoint-services"), Some("t"), Some(&body.to_string()));
    assert_eq!(status, 200, "{made}");
    let id = made["id"].as_str().unwrap();
    for n in 1..=vpcep_server::limits::MAX_PROJECTS {
        assert_eq!(get(addr, &format!("/v1/{n:032x}/vpcs")).0, 200);
    }
    let (status, _) = get(addr, &format!("{first}/vpc-endpoint-services/{id}"));
    assert_eq!(status, 404, "the first project was evicted (and comes back as a new one)");
}

#[test]
fn vpcs_page_by_marker_and_ecs_by_page_number_as_documented() {
    let addr = &start(FAST);
    let (_, all) = get(addr, &format!("{P}/vpcs"));
    let all = all["vpcs"].as_array().unwrap().clone();
    assert!(all.len() >= 3);
    let (_, first) = get(addr, &format!("{P}/vpcs?limit=2"));
    assert_eq!(first["vpcs"].as_array().unwrap()[..], all[..2]);
    let marker = all[1]["id"].as_str().unwrap();
    let (_, rest) = get(addr, &format!("{P}/vpcs?limit=2&marker={marker}"));
    assert_eq!(rest["vpcs"][0], all[2], "the page after the marker");
    assert_eq!(get(addr, &format!("{P}/vpcs?limit=2001")).0, 400);

    let (_, servers) = get(addr, &format!("{P}/cloudservers/detail"));
    let count = servers["count"].as_u64().unwrap();
    assert!(count >= 3, "{servers}");
    let (_, page2) = get(addr, &format!("{P}/cloudservers/detail?limit=2&offset=2"));
    assert_eq!(page2["count"].as_u64(), Some(count), "count is every server");
    assert_eq!(page2["servers"][0], servers["servers"][2], "offset is a page number");
    let nic = &servers["servers"][0]["addresses"].as_object().unwrap().values().next().unwrap()[0];
    assert!(nic["OS-EXT-IPS:port_id"].is_string(), "the documented name: {nic}");
    assert_eq!(nic["version"], "4", "a string, as documented");
    assert_eq!(get(addr, &format!("{P}/cloudservers/detail?offset=0")).0, 400);
}

#[test]
fn put_changes_name_approval_and_description_and_is_refused_while_creating() {
    let addr = &start(FAST);
    let path = format!("{P}/vpc-endpoint-services");
    let (_, made) = call(addr, "POST", &path, Some("t"), Some(&create_body(addr, "before", 7700)));
    let id = made["id"].as_str().unwrap().to_owned();
    let one = format!("{path}/{id}");
    let rename = json!({"service_name": "after"}).to_string();
    let (status, body) = call(addr, "PUT", &one, Some("t"), Some(&rename));
    assert_eq!((status, code(&body)), (400, "EndPoint.3045"), "still creating");
    std::thread::sleep(Duration::from_millis(200));
    let change =
        json!({"service_name": "after", "approval_enabled": true, "description": "changed"}).to_string();
    let (status, body) = call(addr, "PUT", &one, Some("t"), Some(&change));
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["service_name"], format!("eu-de.after.{id}"));
    assert_eq!(
        (body["approval_enabled"].as_bool(), body["description"].as_str()),
        (Some(true), Some("changed"))
    );
    for (bad, want) in [
        (json!({"service_name": "has space"}), "EndPoint.1003"),
        (json!({"description": "<b>"}), "EndPoint.0002"),
        (json!({"colour": "red"}), "EndPoint.0002"),
    ] {
        let (status, body) = call(addr, "PUT", &one, Some("t"), Some(&bad.to_string()));
        assert_eq!((status, code(&body)), (400, want), "{bad}");
    }
    let (_, now) = get(addr, &one);
    assert_eq!(now["service_name"], format!("eu-de.after.{id}"), "a refused change changes nothing");
    let (status, body) =
        call(addr, "PUT", &format!("{path}/00000000-0000-4000-8000-000000000000"), Some("t"), Some(&change));
    assert_eq!((status, code(&body)), (404, "EndPoint.0005"));
}

/// The keys of a list's first item, with the keys of its nested objects (`a.b`).
fn item_keys(list: &Value, field: &str) -> Vec<String> {
    fn walk(v: &Value, prefix: &str, out: &mut Vec<String>) {
        for (k, child) in v.as_object().into_iter().flatten() {
            let path = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
            walk(child, &path, out);
            out.push(path);
        }
    }
    let mut out = Vec::new();
    walk(&list[field][0], "", &mut out);
    out.sort();
    out
}

/// The documentation's example answers (vpcep-model's fixtures) against the mock's: every
/// documented key is served, so a client written against the documentation reads the mock.
#[test]
fn the_shared_load_balancers_and_subnets_have_every_documented_key() {
    let addr = &start(FAST);
    let fixture = |name: &str| -> Value {
        let path = format!("{}/../vpcep-model/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let (status, shared) = get(addr, "/v2.0/lbaas/loadbalancers");
    assert_eq!(status, 200, "{shared}");
    let documented = item_keys(&fixture("elb_v2_loadbalancers_example1.json"), "loadbalancers");
    let served = item_keys(&shared, "loadbalancers");
    let missing: Vec<_> = documented.iter().filter(|k| !served.contains(k)).collect();
    assert!(missing.is_empty(), "shared load balancer keys not served: {missing:?}");

    let (status, subnets) = get(addr, &format!("{P}/subnets"));
    assert_eq!(status, 200, "{subnets}");
    let documented = item_keys(&fixture("vpc_v1_subnets.json"), "subnets");
    let served = item_keys(&subnets, "subnets");
    let missing: Vec<_> = documented.iter().filter(|k| !served.contains(k)).collect();
    assert!(missing.is_empty(), "subnet keys not served: {missing:?}");
    // The shared load balancer sits in a listed subnet.
    let vip_subnet = &shared["loadbalancers"][0]["vip_subnet_id"];
    assert!(subnets["subnets"].as_array().unwrap().iter().any(|s| &s["neutron_subnet_id"] == vip_subnet));
}
