//! Every rule of the create form at its boundaries, table-driven.

use vpcep_model::error::{self, ErrorCode};
use vpcep_model::fixtures;
use vpcep_model::limits::*;
use vpcep_model::validation::{
    parse_port_text, validate_create, validate_description, validate_name, validate_tag_key,
    validate_tag_value, PortKind, Violation,
};
use vpcep_model::{CreateServiceBody, PortMapping, Protocol, ServerType, ServiceType, Tag};

/// The shared valid request, with an LB backend and one TCP 8080 -> 80 mapping.
fn body() -> CreateServiceBody {
    fixtures::create_body_on(fixtures::DOC_VPC_ID, fixtures::DOC_PORT_ID)
}

fn tcp(server_port: i64, client_port: i64) -> PortMapping {
    PortMapping { client_port, server_port, protocol: Protocol::Tcp }
}

fn tag(key: &str, value: &str) -> Tag {
    Tag { key: key.into(), value: value.into() }
}

fn fields(v: &[Violation]) -> Vec<(&str, &str)> {
    v.iter().map(|v| (v.field.as_str(), v.code.code)).collect()
}

#[test]
fn a_valid_request_has_no_violations() {
    assert_eq!(validate_create(&body()), vec![]);
    let mut b = body();
    b.service_name = Some("a".repeat(MAX_NAME_CHARS));
    b.tags = (0..MAX_TAGS).map(|i| tag(&format!("k{i}"), "")).collect();
    b.ports = (1..=MAX_PORT_MAPPINGS as i64).map(|p| tcp(p, p)).collect();
    b.description = Some("d".repeat(MAX_DESCRIPTION_CHARS));
    assert_eq!(validate_create(&b), vec![]);
}

#[test]
fn name_rules() {
    let cases: &[(&str, bool)] = &[
        ("", true),
        ("web_01-a", true),
        ("ABCDEFGHIJKLMNOP", true),   // 16
        ("ABCDEFGHIJKLMNOPQ", false), // 17
        ("has space", false),
        ("dot.name", false),
        ("müller", false), // non-ASCII letter
        ("名前", false),
        ("at@sign", false),
    ];
    for (name, ok) in cases {
        let v = validate_name(name);
        assert_eq!(v.is_none(), *ok, "{name:?}: {v:?}");
        if let Some(v) = v {
            assert_eq!(v.field, "service_name");
            assert_eq!(v.code, error::INVALID_SERVICE_NAME);
            assert_eq!(v.status(), 400);
        }
    }
    assert!(validate_name("has space").unwrap().message.contains("spaces are not allowed"));
    assert!(validate_name("müller").unwrap().message.contains("\"ü\" is not allowed"));
    assert!(validate_name(&"x".repeat(17)).unwrap().message.contains("at most 16 characters (it has 17)"));
}

#[test]
fn port_text_boundaries() {
    let cases: &[(&str, Option<i64>)] = &[
        ("0", None),
        ("1", Some(1)),
        ("65535", Some(65535)),
        ("65536", None),
        ("", None),
        (" 80 ", Some(80)),
        ("-1", None),
        ("8.5", None),
        ("80a", None),
        ("99999999999999999999999", None),
    ];
    for (text, want) in cases {
        let got = parse_port_text(text, 3, PortKind::Service);
        assert_eq!(got.as_ref().ok().copied(), *want, "{text:?}");
        if let Err(v) = got {
            assert_eq!(v.field, "ports[3].server_port");
            assert_eq!(v.code, error::INVALID_SERVICE_PORT);
        }
    }
    let v = parse_port_text("x", 0, PortKind::Terminal).unwrap_err();
    assert_eq!(v.field, "ports[0].client_port");
    assert!(v.message.contains("terminal port must be a whole number"), "{}", v.message);
}

#[test]
fn port_ranges_in_a_request() {
    for (server, client, bad) in [
        (0, 80, Some("ports[0].server_port")),
        (1, 1, None),
        (65535, 65535, None),
        (65536, 80, Some("ports[0].server_port")),
        (80, 0, Some("ports[0].client_port")),
        (80, 65536, Some("ports[0].client_port")),
    ] {
        let mut b = body();
        b.ports = vec![tcp(server, client)];
        let v = validate_create(&b);
        match bad {
            None => assert_eq!(v, vec![]),
            Some(field) => assert_eq!(fields(&v), vec![(field, "EndPoint.3043")]),
        }
    }
}

#[test]
fn port_mapping_count_is_1_to_50() {
    let count = |n: usize| {
        let mut b = body();
        b.ports = (1..=n as i64).map(|p| tcp(p, p)).collect();
        validate_create(&b).into_iter().map(|v| (v.field, v.code)).collect::<Vec<_>>()
    };
    assert_eq!(count(0), vec![("ports".to_owned(), error::PORTS_EMPTY)]);
    assert_eq!(count(1), vec![]);
    assert_eq!(count(50), vec![]);
    assert_eq!(count(51), vec![("ports".to_owned(), error::PORT_LIMIT)]);
}

#[test]
fn protocols_are_tcp_or_udp() {
    let mut b = body();
    b.ports = vec![
        PortMapping { client_port: 53, server_port: 53, protocol: Protocol::Udp },
        PortMapping { client_port: 1, server_port: 1, protocol: Protocol::Other("SCTP".into()) },
    ];
    let v = validate_create(&b);
    let want_udp_ok = if UDP_ALLOWED { vec![] } else { vec![("ports[0].protocol", "EndPoint.3075")] };
    let mut want = want_udp_ok;
    want.push(("ports[1].protocol", "EndPoint.3075"));
    assert_eq!(fields(&v), want);
}

#[test]
fn duplicate_mappings_mark_both_rows() {
    let mut b = body();
    b.ports = vec![tcp(80, 8080), tcp(443, 8443), tcp(80, 9090), tcp(22, 8443)];
    let v = validate_create(&b);
    assert_eq!(
        fields(&v),
        vec![
            ("ports[0].server_port", "EndPoint.0002"),
            ("ports[2].server_port", "EndPoint.0002"),
            ("ports[1].client_port", "EndPoint.0002"),
            ("ports[3].client_port", "EndPoint.0002"),
        ]
    );
    assert!(v[0].message.contains("as port mapping 3"), "{}", v[0].message);
    assert!(v[1].message.contains("as port mapping 1"), "{}", v[1].message);

    // The same port with another protocol is no duplicate.
    b.ports = vec![tcp(53, 53), PortMapping { client_port: 53, server_port: 53, protocol: Protocol::Udp }];
    assert_eq!(validate_create(&b), vec![]);
}

#[test]
fn tag_key_rules() {
    let long_ok = "k".repeat(MAX_TAG_KEY_CHARS);
    let too_long = "k".repeat(MAX_TAG_KEY_CHARS + 1);
    let cases: Vec<(&str, Option<ErrorCode>)> = vec![
        ("env", None),
        ("Env_01-x", None),
        (&long_ok, None),
        (&too_long, Some(error::TAG_KEY_SIZE)),
        ("", Some(error::TAG_EMPTY)),
        ("has space", Some(error::TAG_CHARACTERS)),
        ("owner@team", if TAG_ALLOWS_AT_SIGN { None } else { Some(error::TAG_CHARACTERS) }),
        ("größe", Some(error::TAG_CHARACTERS)),
        ("a.b", Some(error::TAG_CHARACTERS)),
    ];
    for (key, want) in cases {
        let got = validate_tag_key(key, 1);
        assert_eq!(got.as_ref().map(|v| v.code), want, "{key:?}");
        if let Some(v) = got {
            assert_eq!(v.field, "tags[1].key");
        }
    }
    assert!(validate_tag_key("a@b", 0).unwrap().message.contains("\"@\" is not allowed"));
}

#[test]
fn tag_value_rules() {
    let long_ok = "v".repeat(MAX_TAG_VALUE_CHARS);
    let too_long = "v".repeat(MAX_TAG_VALUE_CHARS + 1);
    let cases: Vec<(&str, Option<ErrorCode>)> = vec![
        ("", None),
        ("prod-1_a", None),
        (&long_ok, None),
        (&too_long, Some(error::TAG_VALUE_SIZE)),
        ("two words", Some(error::TAG_CHARACTERS)),
        ("é", Some(error::TAG_CHARACTERS)),
    ];
    for (value, want) in cases {
        assert_eq!(validate_tag_value(value, 0).map(|v| v.code), want, "{value:?}");
    }
}

#[test]
fn tag_count_and_duplicate_keys() {
    let mut b = body();
    b.tags = (0..=MAX_TAGS).map(|i| tag(&format!("k{i}"), "v")).collect();
    assert_eq!(fields(&validate_create(&b)), vec![("tags", "EndPoint.3069")]);

    b.tags = vec![tag("env", "a"), tag("team", "b"), tag("env", "c")];
    let v = validate_create(&b);
    assert_eq!(fields(&v), vec![("tags[0].key", "EndPoint.3067"), ("tags[2].key", "EndPoint.3067")]);
    assert!(v[0].message.contains("also used by tag 3"));

    // An empty key is reported as empty, not as a duplicate of another empty key.
    b.tags = vec![tag("", "a"), tag("", "b")];
    assert_eq!(
        fields(&validate_create(&b)),
        vec![("tags[0].key", "EndPoint.3066"), ("tags[1].key", "EndPoint.3066")]
    );
}

#[test]
fn description_rules() {
    assert_eq!(validate_description(&"d".repeat(128)), None);
    assert_eq!(validate_description(&"d".repeat(129)).map(|v| v.field), Some("description".to_owned()));
    assert!(validate_description("a <b>").is_some());
    assert_eq!(validate_description(""), None);
}

#[test]
fn required_fields_and_types() {
    let mut b = body();
    b.vpc_id = String::new();
    b.port_id = " ".into();
    b.server_type = ServerType::Other("BMS".into());
    b.service_type = Some(ServiceType::Gateway);
    assert_eq!(
        fields(&validate_create(&b)),
        vec![
            ("vpc_id", "EndPoint.0020"),
            ("service_type", "EndPoint.0002"),
            ("server_type", "EndPoint.3021"),
            ("port_id", "EndPoint.3003"),
        ]
    );
    b.server_type = ServerType::Vm;
    let v = validate_create(&b);
    assert_eq!(v.last().unwrap().message, "Select an ECS from the ECS list.");
}

#[test]
fn every_violation_is_reported_at_once() {
    let mut b = body();
    b.service_name = Some("bad name".into());
    b.ports = vec![tcp(0, 70000)];
    b.tags = vec![tag("", "x y")];
    assert_eq!(validate_create(&b).len(), 5);
}

#[test]
fn tcp_proxy_pool_id_and_control_characters_are_checked_like_the_rest() {
    use vpcep_model::validation::{validate_pool_id, validate_tcp_proxy};
    for ok in TCP_PROXY_VALUES {
        assert_eq!(validate_tcp_proxy(Some(ok)), None, "{ok}");
    }
    assert_eq!(validate_tcp_proxy(None), None);
    for bad in ["<img src=x onerror=alert(1)>", "CLOSE", ""] {
        assert_eq!(validate_tcp_proxy(Some(bad)).map(|v| v.code), Some(error::PARAMETER_ERROR), "{bad:?}");
    }
    assert_eq!(validate_pool_id(None), None);
    assert_eq!(validate_pool_id(Some("pool_1-a")), None);
    assert_eq!(validate_pool_id(Some(&"a".repeat(MAX_POOL_ID_CHARS))), None);
    for bad in
        ["".to_owned(), "a".repeat(MAX_POOL_ID_CHARS + 1), "a".repeat(1 << 20), "a b".into(), "é".into()]
    {
        assert!(validate_pool_id(Some(&bad)).is_some(), "{}", &bad[..bad.len().min(10)]);
    }
    assert!(validate_description("line one\nline two").is_some());
    assert!(validate_description("tab\there").is_some());
    assert_eq!(validate_description("plain text, 100%"), None);
    let mut b = body();
    b.tcp_proxy = Some("bogus".into());
    b.pool_id = Some("x".repeat(1 << 20));
    let fields: Vec<String> = validate_create(&b).into_iter().map(|v| v.field).collect();
    assert_eq!(fields, ["pool_id", "tcp_proxy"]);
}
