//! The whitelist and tag changes through real HTTP: good and bad bodies, each refusal with its
//! status and EndPoint code, and nothing changed by a refusal.

use std::time::Duration;

use serde_json::{json, Value};

mod common;
use common::*;

const P: &str = "/v1/0123456789abcdef0123456789abcdef";
const FAST: &[&str] = &["--api", "mock", "--create-delay-ms", "150", "--delete-delay-ms", "150"];

/// The seed's web-frontend service id.
fn web_id(addr: &Running) -> String {
    let (_, list) = get(addr, &format!("{P}/vpc-endpoint-services?endpoint_service_name=web-frontend"));
    list["endpoint_services"][0]["id"].as_str().unwrap().to_owned()
}

fn post(addr: &Running, path: &str, body: &Value) -> (u16, Value) {
    call(addr, "POST", path, Some("t"), Some(&body.to_string()))
}

#[test]
fn whitelist_records_are_added_and_removed_through_permissions_action() {
    let addr = &start(FAST);
    let id = web_id(addr);
    let list = format!("{P}/vpc-endpoint-services/{id}/permissions");
    let action = format!("{list}/action");
    let (_, before) = get(addr, &list);
    let add = json!({"permissions": ["iam:domain::abc123", "iam:domain::*"], "action": "add"});
    let (status, body) = post(addr, &action, &add);
    assert_eq!(status, 200, "{body}");
    let records = body["permissions"].as_array().unwrap();
    assert!(records.contains(&json!("iam:domain::abc123")) && records.contains(&json!("*")), "{body}");
    // Again: the same list.
    let (_, again) = post(addr, &action, &add);
    assert_eq!(again, body);
    let (_, listed) = get(addr, &list);
    assert_eq!(listed["total_count"], before["total_count"].as_u64().unwrap() + 2);
    let record = &listed["permissions"][0];
    for key in ["id", "permission", "permission_type", "description", "created_at"] {
        assert!(record.get(key).is_some(), "{key} in {record}");
    }
    let (status, _) =
        post(addr, &action, &json!({"permissions": ["iam:domain::abc123"], "action": "remove"}));
    assert_eq!(status, 200);
    let (_, after) = get(addr, &list);
    assert_eq!(after["total_count"], before["total_count"].as_u64().unwrap() + 1);
}

#[test]
fn bad_whitelist_bodies_answer_their_codes_and_change_nothing() {
    let addr = &start(FAST);
    let id = web_id(addr);
    let list = format!("{P}/vpc-endpoint-services/{id}/permissions");
    let action = format!("{list}/action");
    let (_, before) = get(addr, &list);
    for (bad, want) in [
        (json!({"permissions": [], "action": "add"}), "EndPoint.3036"),
        (json!({"permissions": ["iam:domain::a-b"], "action": "add"}), "EndPoint.3002"),
        (json!({"permissions": ["abc"], "action": "remove"}), "EndPoint.3002"),
        (json!({"permissions": ["*"], "action": "grant"}), "EndPoint.0007"),
        (json!({"permissions": "*", "action": "add"}), "EndPoint.0002"),
        (json!({"action": "add"}), "EndPoint.0002"),
    ] {
        let (status, body) = post(addr, &action, &bad);
        assert_eq!((status, code(&body)), (400, want), "{bad}");
    }
    let (status, body) = call(addr, "POST", &action, Some("t"), Some("{not json"));
    assert_eq!((status, code(&body)), (400, "EndPoint.0002"));
    let unknown =
        format!("{P}/vpc-endpoint-services/00000000-0000-4000-8000-000000000000/permissions/action");
    let (status, body) = post(addr, &unknown, &json!({"permissions": ["*"], "action": "add"}));
    assert_eq!((status, code(&body)), (404, "EndPoint.0005"));
    assert_eq!(get(addr, &list).1, before);
    let (status, _) = call(addr, "GET", &action, Some("t"), None);
    assert_eq!(status, 405);
}

#[test]
fn tags_are_changed_through_tags_action_with_204_and_refused_with_codes() {
    let addr = &start(FAST);
    let id = web_id(addr);
    let one = format!("{P}/vpc-endpoint-services/{id}");
    let action = format!("{P}/endpoint_service/{id}/tags/action");
    let (_, before) = get(addr, &one);
    let (status, body) =
        post(addr, &action, &json!({"action": "create", "tags": [{"key": "owner", "value": "a"}]}));
    assert_eq!((status, body), (204, Value::Null));
    let (_, now) = get(addr, &one);
    assert!(now["tags"].as_array().unwrap().contains(&json!({"key": "owner", "value": "a"})), "{now}");
    // The tag filter finds it at once.
    let filter = json!({"action": "filter", "tags": [{"key": "owner", "values": ["a"]}]});
    let (_, found) = post(addr, &format!("{P}/endpoint_service/resource_instances/action"), &filter);
    assert_eq!(found["resources"][0]["resource_id"], json!(id));
    for (bad, want) in [
        (json!({"action": "create", "tags": [{"key": "a b", "value": "x"}]}), "EndPoint.3068"),
        (json!({"action": "create", "tags": [{"key": "", "value": "x"}]}), "EndPoint.3066"),
        (json!({"action": "create", "tags": [{"key": "k".repeat(37), "value": "x"}]}), "EndPoint.3072"),
        (json!({"action": "create", "tags": [{"key": "k", "value": "v".repeat(44)}]}), "EndPoint.3073"),
        (
            json!({"action": "create", "tags": [{"key": "a", "value": "1"}, {"key": "a", "value": "2"}]}),
            "EndPoint.3067",
        ),
        (json!({"action": "create", "tags": []}), "EndPoint.3066"),
        (json!({"action": "update", "tags": [{"key": "a"}]}), "EndPoint.0007"),
        (json!({"tags": [{"key": "a"}]}), "EndPoint.0002"),
    ] {
        let (status, body) = post(addr, &action, &bad);
        assert_eq!((status, code(&body)), (400, want), "{bad}");
    }
    let (_, unchanged) = get(addr, &one);
    assert_eq!(unchanged["tags"], now["tags"], "a refused change changes nothing");
    let (status, _) = post(addr, &action, &json!({"action": "delete", "tags": [{"key": "owner"}]}));
    assert_eq!(status, 204);
    assert_eq!(get(addr, &one).1["tags"], before["tags"]);
}

#[test]
fn changes_are_refused_while_a_service_is_creating() {
    let addr = &start(FAST);
    let (_, list) = get(addr, &format!("{P}/vpc-endpoint-services?limit=1000&endpoint_service_name=search"));
    let search = &list["endpoint_services"][0];
    let body = json!({
        "port_id": search["port_id"], "vpc_id": search["vpc_id"], "server_type": "LB",
        "ports": [{"client_port": 80, "server_port": 7800, "protocol": "TCP"}], "approval_enabled": false
    });
    let (status, made) = post(addr, &format!("{P}/vpc-endpoint-services"), &body);
    assert_eq!(status, 200, "{made}");
    let id = made["id"].as_str().unwrap();
    let tags = format!("{P}/endpoint_service/{id}/tags/action");
    let tag = json!({"action": "create", "tags": [{"key": "a", "value": "b"}]});
    let permissions = format!("{P}/vpc-endpoint-services/{id}/permissions/action");
    let record = json!({"permissions": ["iam:domain::abc"], "action": "add"});
    assert_eq!(code(&post(addr, &tags, &tag).1), "EndPoint.3045");
    assert_eq!(code(&post(addr, &permissions, &record).1), "EndPoint.3045");
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(post(addr, &tags, &tag).0, 204);
    assert_eq!(post(addr, &permissions, &record).0, 200);
}
