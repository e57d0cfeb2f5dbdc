//! The JSON of the real API parses into the model and serializes back with the same names.

use serde_json::{json, Value};
use vpcep_model::{
    ApiErrorBody, CreateServiceBody, ListServicesResponse, Protocol, ServerType, ServiceStatus,
};

#[test]
fn the_list_example_of_the_api_reference_round_trips() {
    let example = json!({"endpoint_services":[{"id":"4189d3c2-8882-4871-a3c2-d380272eed83","port_id":"4189d3c2-8882-4871-a3c2-d380272eed88",
     "vpc_id":"4189d3c2-8882-4871-a3c2-d380272eed80","status":"available","approval_enabled":false,
     "service_name":"test123","server_type":"VM","service_type":"interface",
     "ports":[{"client_port":8080,"server_port":90,"protocol":"TCP"},{"client_port":8081,"server_port":80,"protocol":"TCP"}],
     "project_id":"6e9dfd51d1124e8d8498dce894923a0d","domain_id":"5fc973eea581490997e82ea11a1df31f",
     "description":"","created_at":"2018-01-30T07:42:01Z","updated_at":"2018-01-30T07:42:01Z"}], "total_count": 1});
    let list: ListServicesResponse = serde_json::from_value(example.clone()).unwrap();
    let s = &list.endpoint_services[0];
    assert_eq!(s.status, ServiceStatus::Available);
    assert_eq!(s.server_type, ServerType::Vm);
    assert_eq!(s.ports[1].server_port, 80);
    let back = serde_json::to_value(&list).unwrap();
    let item = &back["endpoint_services"][0];
    for key in [
        "id",
        "port_id",
        "vpc_id",
        "status",
        "approval_enabled",
        "service_name",
        "server_type",
        "service_type",
        "ports",
        "project_id",
        "domain_id",
        "description",
        "created_at",
        "updated_at",
    ] {
        assert_eq!(item[key], example["endpoint_services"][0][key], "{key}");
    }
}

#[test]
fn unknown_enum_values_are_kept_not_rejected() {
    let s: ServiceStatus = serde_json::from_value(json!("frozen")).unwrap();
    assert_eq!(s, ServiceStatus::Other("frozen".into()));
    assert_eq!(serde_json::to_value(&s).unwrap(), json!("frozen"));
    let p: Protocol = serde_json::from_value(json!("udp")).unwrap();
    assert!(!p.is_known(), "the API's protocol is case-sensitive");
}

#[test]
fn the_create_example_parses_and_omits_what_was_not_given() {
    let example = json!({"port_id":"4189d3c2-8882-4871-a3c2-d380272eed88","vpc_id":"4189d3c2-8882-4871-a3c2-d380272eed80",
     "approval_enabled":false,"service_type":"interface","server_type":"VM",
     "ports":[{"client_port":8080,"server_port":90,"protocol":"TCP"},{"client_port":8081,"server_port":80,"protocol":"TCP"}]});
    let body: CreateServiceBody = serde_json::from_value(example.clone()).unwrap();
    assert_eq!(serde_json::to_value(&body).unwrap(), example);
    let unknown = json!({"port_id":"p","vpc_id":"v","server_type":"LB","ports":[],"colour":"red"});
    assert!(serde_json::from_value::<CreateServiceBody>(unknown).is_err());
}

#[test]
fn the_error_body_uses_error_code_and_error_msg() {
    let body = vpcep_model::error::QUOTA_EXCEEDED.body();
    let v: Value = serde_json::to_value(&body).unwrap();
    assert_eq!(v, json!({"error_code":"Endpoint.1018","error_msg":"Quota exceeded."}));
    let back: ApiErrorBody = serde_json::from_value(v).unwrap();
    assert_eq!(back, body);
}

#[test]
fn an_ecs_server_detail_gives_its_primary_nic() {
    use vpcep_model::resources::{ServerDetail, ServerList};
    let answer = json!({"count": 1, "servers": [{
        "id": "s1", "name": "ecs-web-01", "status": "ACTIVE", "OS-EXT-AZ:availability_zone": "eu-de-01",
        "metadata": {"vpc_id": "vpc-1"},
        "addresses": {"vpc-1": [
            {"addr": "10.0.0.5", "version": "4", "OS-EXT-IPS:port_id": "port-1", "OS-EXT-IPS:type": "fixed"},
            {"addr": "80.1.2.3", "version": "4", "OS-EXT-IPS:port_id": "port-1", "OS-EXT-IPS:type": "floating"}
        ]}
    }]});
    let list: ServerList = serde_json::from_value(answer).unwrap();
    let ecs = list.servers[0].to_ecs_server().unwrap();
    assert_eq!(
        (ecs.private_ip.as_str(), ecs.nic_port_id.as_str(), ecs.vpc_id.as_str()),
        ("10.0.0.5", "port-1", "vpc-1")
    );
    assert_eq!(ServerDetail::from(&ecs).to_ecs_server(), Some(ecs));
}

#[test]
fn the_shared_fixture_is_the_create_example_of_the_api_reference() {
    let example = json!({"port_id":"4189d3c2-8882-4871-a3c2-d380272eed88","vpc_id":"4189d3c2-8882-4871-a3c2-d380272eed80",
     "approval_enabled":false,"service_type":"interface","server_type":"VM",
     "ports":[{"client_port":8080,"server_port":90,"protocol":"TCP"},{"client_port":8081,"server_port":80,"protocol":"TCP"}]});
    let body = vpcep_model::fixtures::documented_create_body();
    assert_eq!(serde_json::to_value(&body).unwrap(), example);
    assert!(vpcep_model::validation::validate_create(&body).is_empty());
}

#[test]
fn every_code_with_a_field_names_a_field_of_the_create_request() {
    use vpcep_model::error::{ErrorCode, ALL};
    let fields = ["service_name", "vpc_id", "port_id", "ports", "tags"];
    for code in ALL {
        assert!(code.field.is_none_or(|f| fields.contains(&f)), "{code:?}");
    }
    assert_eq!(ErrorCode::field_of("EndPoint.3044"), Some("ports"));
    assert_eq!(ErrorCode::field_of("EndPoint.3076"), Some("service_name"));
    assert_eq!(ErrorCode::field_of("EndPoint.3063"), Some("port_id"));
    assert_eq!(ErrorCode::field_of("EndPoint.3071"), Some("tags"));
    assert_eq!(ErrorCode::field_of("EndPoint.3006"), None);
    assert_eq!(ErrorCode::field_of("EndPoint.9999"), None);
}

#[test]
fn the_quota_example_of_the_api_reference_parses() {
    let example = json!({"quotas":{"resources":[{"type":"endpoint_service","used":10,"quota":100},{"type":"endpoint","used":4,"quota":150}]}});
    let q: vpcep_model::QuotaResponse = serde_json::from_value(example).unwrap();
    assert_eq!(q.services_left(), Some(90));
    assert_eq!(vpcep_model::QuotaResponse::endpoint_services(20, 20).services_left(), Some(0));
    assert_eq!(vpcep_model::QuotaResponse::default().services_left(), None);
}

#[test]
fn the_documented_ecs_list_parses_with_its_port_id_and_string_version() {
    use vpcep_model::resources::ServerList;
    let text = include_str!("fixtures/ecs_cloudservers_detail_page1.json");
    let list: ServerList = serde_json::from_str(text).unwrap();
    let ecs = list.servers[0].to_ecs_server().unwrap();
    assert_eq!(ecs.nic_port_id, "ffb5ce6d-7f5d-4d57-9ad6-3e9ea6f43d0e", "OS-EXT-IPS:port_id");
    assert_eq!(ecs.private_ip, "192.168.0.3", "the fixed address, not the floating one");
    assert_eq!(list.servers[0].addresses.values().next().unwrap()[0].version, "4");
}

#[test]
fn ecs_pages_are_read_to_the_end_30_servers_in_2_pages() {
    use vpcep_model::resources::next_ecs_page;
    // 30 servers in the API's default pages of 25.
    assert_eq!(next_ecs_page(30, 1, 25, 25), Some(2));
    assert_eq!(next_ecs_page(30, 2, 30, 5), None);
    // A server deleted between pages: an empty page ends it, no endless loop.
    assert_eq!(next_ecs_page(30, 2, 29, 4), Some(3));
    assert_eq!(next_ecs_page(30, 3, 29, 0), None);
}

#[test]
fn vpc_pages_follow_the_marker_of_a_full_page() {
    use vpcep_model::resources::{next_vpc_marker, VPC_PAGE_LIMIT};
    use vpcep_model::Vpc;
    let vpc =
        |i: u32| Vpc { id: format!("v{i}"), name: String::new(), cidr: String::new(), status: String::new() };
    let full: Vec<Vpc> = (0..VPC_PAGE_LIMIT).map(vpc).collect();
    assert_eq!(next_vpc_marker(&full).as_deref(), Some(format!("v{}", VPC_PAGE_LIMIT - 1).as_str()));
    assert_eq!(next_vpc_marker(&full[..3]), None);
    assert_eq!(next_vpc_marker(&[]), None);
}
