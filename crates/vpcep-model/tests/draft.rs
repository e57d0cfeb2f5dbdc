//! The create form's draft: text in, body or violations out; pasted port-mapping lines.

use vpcep_model::draft::{
    looks_like_port_mapping_lines, parse_port_mapping_lines, CreateServiceDraft, PortMappingDraft, TagDraft,
};
use vpcep_model::{Protocol, ServerType, ServiceType};

fn filled() -> CreateServiceDraft {
    let mut d = CreateServiceDraft { vpc_id: "vpc-1".into(), port_id: "port-1".into(), ..Default::default() };
    d.ports[0].service_port = "8080".into();
    d.ports[0].terminal_port = " 80 ".into();
    d
}

fn fields(d: &CreateServiceDraft) -> Vec<String> {
    d.check().err().unwrap_or_default().into_iter().map(|v| v.field).collect()
}

#[test]
fn a_filled_draft_gives_the_real_create_body() {
    let mut d = filled();
    d.name = " web ".into();
    d.tags.push(TagDraft { id: 9, key: "env".into(), value: "".into() });
    let body = d.check().unwrap();
    assert_eq!(body.service_name.as_deref(), Some("web"));
    assert_eq!(body.ports[0].server_port, 8080);
    assert_eq!(body.ports[0].client_port, 80);
    assert_eq!(body.service_type, Some(ServiceType::Interface));
    assert_eq!(body.server_type, ServerType::Lb);
    assert!(body.approval_enabled, "approval is on by default");
    assert_eq!(body.description, None, "an empty description is not sent");
    let json = serde_json::to_value(&body).unwrap();
    assert!(json.get("service_name").is_some());
    assert_eq!(json["tags"][0]["value"], "");
}

#[test]
fn the_empty_form_reports_what_is_required_in_form_order() {
    let d = CreateServiceDraft::default();
    assert_eq!(fields(&d), ["vpc_id", "ports[0].server_port", "ports[0].client_port", "port_id"]);
}

#[test]
fn a_cell_that_does_not_parse_reports_only_its_parse_error() {
    let mut d = filled();
    d.ports[0].service_port = "80a".into();
    let v = d.check().unwrap_err();
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].field, "ports[0].server_port");
    assert!(v[0].message.contains("whole number"));
}

#[test]
fn unparsed_rows_take_part_in_no_duplicate() {
    let mut d = filled();
    d.ports.push(PortMappingDraft {
        id: 5,
        protocol: Protocol::Tcp,
        service_port: "x".into(),
        terminal_port: "y".into(),
    });
    d.ports.push(PortMappingDraft {
        id: 6,
        protocol: Protocol::Tcp,
        service_port: "z".into(),
        terminal_port: "w".into(),
    });
    assert_eq!(
        fields(&d),
        ["ports[1].server_port", "ports[1].client_port", "ports[2].server_port", "ports[2].client_port"]
    );
    d.ports[1].service_port = "8080".into();
    d.ports[1].terminal_port = "81".into();
    d.ports.pop();
    assert_eq!(fields(&d), ["ports[0].server_port", "ports[1].server_port"]);
}

#[test]
fn row_ids_are_handed_out_once() {
    let mut d = CreateServiceDraft::default();
    let a = d.take_id();
    let b = d.take_id();
    assert_ne!(a, b);
    assert!(d.ports.iter().all(|p| p.id != a && p.id != b));
}

#[test]
fn pasted_lines_become_rows_and_bad_lines_are_reported() {
    let text = "TCP 80 8080\nudp 53 5353\n\n443 8443\ntcp,22,2222\nsctp 1 2\nTCP 80\nUDP 70000 1\n";
    let p = parse_port_mapping_lines(text, 50);
    assert_eq!(
        p.rows,
        vec![
            (Protocol::Tcp, "80".to_owned(), "8080".to_owned()),
            (Protocol::Udp, "53".to_owned(), "5353".to_owned()),
            (Protocol::Tcp, "443".to_owned(), "8443".to_owned()),
            (Protocol::Tcp, "22".to_owned(), "2222".to_owned()),
        ]
    );
    let lines: Vec<usize> = p.rejected.iter().map(|r| r.line).collect();
    assert_eq!(lines, [6, 7, 8]);
    assert!(p.rejected[0].reason.en.contains("\"sctp\" is not a protocol"));
    assert_eq!(p.rejected[0].text, "sctp 1 2");
    assert!(p.rejected[2].reason.en.contains("from 1 to 65535"));
}

#[test]
fn pasted_lines_beyond_the_room_left_are_rejected_not_dropped() {
    let p = parse_port_mapping_lines("1 1\n2 2\n3 3", 2);
    assert_eq!(p.rows.len(), 2);
    assert_eq!(p.rejected.len(), 1);
    assert_eq!(p.rejected[0].line, 3);
    assert!(p.rejected[0].reason.en.contains("limit of 50"));
}

#[test]
fn a_single_number_is_not_taken_for_lines() {
    assert!(!looks_like_port_mapping_lines("8080"));
    assert!(!looks_like_port_mapping_lines(" 8080\n"));
    assert!(looks_like_port_mapping_lines("80 8080"));
    assert!(looks_like_port_mapping_lines("80\n81"));
}

#[test]
fn the_draft_survives_json() {
    let d = filled();
    let back: CreateServiceDraft = serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
    assert_eq!(back, d);
}
