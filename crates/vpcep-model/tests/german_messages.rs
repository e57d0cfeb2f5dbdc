//! Every message a rule writes is there in German too, and reads German: each rule is broken
//! once and its message checked in both languages.

use vpcep_model::draft::parse_port_mapping_lines;
use vpcep_model::fixtures;
use vpcep_model::limits::*;
use vpcep_model::validation::*;
use vpcep_model::whitelist::PermissionActionRequest;
use vpcep_model::{
    Bilingual, CreateServiceBody, Lang, PortMapping, Protocol, ServerType, ServiceStatus, ServiceType, Tag,
    TagActionRequest, UpdateServiceBody, Violation,
};

/// Words that give an English sentence away; none may be in a German message.
const ENGLISH_WORDS: &[&str] = &[
    " the ",
    "The ",
    " is ",
    " can ",
    " must ",
    "Enter ",
    "Select ",
    "Choose ",
    " at most ",
    " only ",
    " with ",
];

fn check(en: &str, de: &str) {
    assert!(!de.trim().is_empty(), "no German for {en:?}");
    assert_ne!(en, de, "not translated: {en:?}");
    for w in ENGLISH_WORDS {
        assert!(!de.contains(w), "English {w:?} in German {de:?} (of {en:?})");
    }
}

/// Checks every message of `violations`, which must not be empty (each call breaks a rule).
fn check_all(violations: &[Violation]) -> usize {
    assert!(!violations.is_empty(), "no rule was broken: nothing was checked");
    for v in violations {
        check(&v.message, &v.message_de);
        assert_eq!(v.message_in(Lang::En), v.message);
        assert_eq!(v.message_in(Lang::De), v.message_de);
    }
    violations.len()
}

fn check_bilingual(b: &Bilingual) {
    check(&b.en, &b.de);
}

fn tcp(server_port: i64, client_port: i64) -> PortMapping {
    PortMapping { client_port, server_port, protocol: Protocol::Tcp }
}

fn tag(key: &str, value: &str) -> Tag {
    Tag { key: key.into(), value: value.into() }
}

#[test]
fn every_create_rule_speaks_german() {
    let mut b: CreateServiceBody = fixtures::create_body_on("", "");
    b.service_name = Some("bad name".into());
    b.service_type = Some(ServiceType::Gateway);
    b.server_type = ServerType::Other("X".into());
    b.ports = vec![
        tcp(0, 80),
        tcp(8080, 80),
        tcp(8081, 80),
        PortMapping { protocol: Protocol::Other("SCTP".into()), ..tcp(1, 1) },
    ];
    b.tags = vec![
        tag("", "v"),
        tag("k@", "a b"),
        tag("k", "x"),
        tag("k", "y"),
        tag(&"k".repeat(40), &"v".repeat(50)),
    ];
    b.description = Some("<x>".into());
    b.pool_id = Some("no good".into());
    b.tcp_proxy = Some("maybe".into());
    let n = check_all(&validate_create(&b));
    assert!(n >= 14, "only {n} violations");
    let mut long = fixtures::create_body_on("vpc", "port");
    long.service_name = Some("n".repeat(MAX_NAME_CHARS + 1));
    long.description = Some("d".repeat(MAX_DESCRIPTION_CHARS + 1));
    long.ports = (1..=MAX_PORT_MAPPINGS as i64 + 1).map(|p| tcp(p, p)).collect();
    long.tags = (0..MAX_TAGS + 1).map(|i| tag(&format!("k{i}"), "")).collect();
    assert_eq!(check_all(&validate_create(&long)), 4);
    check_all(&validate_create(&CreateServiceBody { ports: vec![], ..long.clone() }));
    check_all(&validate_create(&CreateServiceBody { description: Some("a\tb".into()), ..long.clone() }));
    check_all(&[
        validate_backend(&ServerType::Vm, "").unwrap(),
        validate_backend(&ServerType::Lb, "").unwrap(),
    ]);
    let update = UpdateServiceBody { port_id: Some(" ".into()), ..Default::default() };
    assert_eq!(check_all(&validate_update(&update)), 1);
}

#[test]
fn every_port_text_and_paste_message_speaks_german() {
    for (text, kind) in [("", PortKind::Service), ("8a", PortKind::Terminal), ("70000", PortKind::Service)] {
        check_all(&[parse_port_text(text, 0, kind).unwrap_err()]);
    }
    let pasted = parse_port_mapping_lines("sctp 1 2\nTCP 1\nTCP 0 1\nTCP 1 1\nTCP 2 2", 1);
    assert_eq!(pasted.rejected.len(), 4);
    pasted.rejected.iter().for_each(|r| check_bilingual(&r.reason));
}

#[test]
fn every_tag_and_whitelist_action_message_speaks_german() {
    let full: Vec<Tag> = (0..MAX_TAGS).map(|i| tag(&format!("k{i}"), "")).collect();
    let bad = TagActionRequest { action: "merge".into(), tags: vec![] };
    check_all(&validate_tag_action(&bad, &full));
    let mut req = TagActionRequest::set("new", "v");
    req.tags.push(req.tags[0].clone());
    req.tags.push(vpcep_model::TagActionItem { key: "x".into(), value: None });
    check_all(&validate_tag_action(&req, &full));
    check_all(&validate_tag_action(&TagActionRequest { action: "create".into(), tags: vec![] }, &[]));
    check_all(&validate_tag_action(&TagActionRequest::delete_keys([""]), &full));
    let perms = PermissionActionRequest { action: "merge".into(), permissions: vec![] };
    assert_eq!(check_all(&validate_permission_action(&perms)), 2);
    let perms = PermissionActionRequest {
        action: "add".into(),
        permissions: vec![
            "x".into(),
            "iam:domain::".into(),
            "iam:domain::a b".into(),
            format!("iam:domain::{}", "a".repeat(65)),
        ],
    };
    assert_eq!(check_all(&validate_permission_action(&perms)), 4);
    let many: String = (0..=MAX_WHITELIST_PER_OPERATION).map(|i| format!("a{i}\na{i}\n")).collect();
    parse_domain_id_lines(&many).unwrap_err().iter().for_each(check_bilingual);
    parse_domain_id_lines("").unwrap_err().iter().for_each(check_bilingual);
}

#[test]
fn labels_are_there_in_both_languages() {
    for s in ServiceStatus::KNOWN {
        assert_ne!(s.label(Lang::En), s.label(Lang::De));
    }
    assert_eq!(ServiceStatus::Available.label(Lang::De), "Verfügbar");
    assert_eq!(ServerType::Vm.label(Lang::De), "ECS");
    check_bilingual(&tag_charset_words());
}
