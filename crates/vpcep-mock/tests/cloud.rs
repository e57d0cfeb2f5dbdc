//! The mock cloud's behaviour, with time moved by hand.

use vpcep_mock::{ManualClock, MockCloud, MockConfig};
use vpcep_model::{error, fixtures};
use vpcep_model::{CreateServiceBody, ListServicesQuery, PortMapping, Protocol, Region, ServiceStatus};

const T0: u64 = 1_790_000_000_000;

fn cloud() -> (MockCloud<ManualClock>, ManualClock) {
    let clock = ManualClock::at(T0);
    (MockCloud::seeded(Region::EuDe, clock.clone(), MockConfig::default(), 42), clock)
}

/// A valid body on the seed's elb-analytics, with a service port no service there uses.
fn body(cloud: &mut MockCloud<ManualClock>) -> CreateServiceBody {
    let lb = cloud.list_load_balancers().into_iter().find(|lb| lb.name == "elb-analytics").unwrap();
    CreateServiceBody {
        service_name: Some("shop".into()),
        ..fixtures::create_body_on(&lb.vpc_id, &lb.vip_port_id)
    }
}

fn query() -> ListServicesQuery {
    ListServicesQuery { limit: Some("1000".into()), ..Default::default() }
}

#[test]
fn the_seed_has_services_in_several_states() {
    let (mut c, _) = cloud();
    let list = c.list_services(&query()).unwrap();
    assert!(list.total_count >= 5);
    let statuses: std::collections::HashSet<_> =
        list.endpoint_services.iter().map(|s| s.status.clone()).collect();
    for st in [ServiceStatus::Available, ServiceStatus::Creating, ServiceStatus::Failed] {
        assert!(statuses.contains(&st), "{st:?} missing");
    }
    for s in &list.endpoint_services {
        assert!(s.service_name.starts_with("eu-de."), "{}", s.service_name);
        assert!(s.service_name.ends_with(&s.id));
    }
    // Same seed, same ids: the demo data is reproducible.
    let (mut again, _) = cloud();
    assert_eq!(again.list_services(&query()).unwrap(), list);
}

#[test]
fn create_is_creating_then_available_after_the_delay() {
    let (mut c, clock) = cloud();
    let b = body(&mut c);
    let s = c.create_service(&b).unwrap();
    assert_eq!(s.status, ServiceStatus::Creating);
    assert_eq!(s.service_name, format!("eu-de.shop.{}", s.id));
    assert_eq!(s.created_at, vpcep_model::time::format_utc(T0));
    clock.advance(2_999);
    assert_eq!(c.get_service(&s.id).unwrap().status, ServiceStatus::Creating);
    clock.advance(1);
    let got = c.get_service(&s.id).unwrap();
    assert_eq!(got.status, ServiceStatus::Available);
    assert_eq!(got.updated_at.as_deref(), Some(vpcep_model::time::format_utc(T0 + 3_000).as_str()));
}

#[test]
fn create_without_a_name_is_named_region_dot_id() {
    let (mut c, _) = cloud();
    let mut b = body(&mut c);
    b.service_name = None;
    let s = c.create_service(&b).unwrap();
    assert_eq!(s.service_name, format!("eu-de.{}", s.id));
}

#[test]
fn create_rejects_what_the_form_rejects_with_the_first_code() {
    let (mut c, _) = cloud();
    let mut b = body(&mut c);
    b.service_name = Some("bad name".into());
    b.ports[0].server_port = 0;
    assert_eq!(c.create_service(&b), Err(error::INVALID_SERVICE_NAME));
    b.service_name = None;
    assert_eq!(c.create_service(&b), Err(error::INVALID_SERVICE_PORT));
}

#[test]
fn create_checks_the_vpc_and_the_backend() {
    let (mut c, _) = cloud();
    let good = body(&mut c);
    let mut b = good.clone();
    b.vpc_id = "00000000-0000-4000-8000-000000000000".into();
    assert_eq!(c.create_service(&b), Err(error::VPC_NOT_FOUND));
    let mut b = good.clone();
    b.port_id = "00000000-0000-4000-8000-000000000000".into();
    assert_eq!(c.create_service(&b), Err(error::INVALID_PORT_ID));
    let other_vpc = c.state().vpcs.iter().find(|v| v.id != good.vpc_id).unwrap().id.clone();
    let mut b = good.clone();
    b.vpc_id = other_vpc;
    assert_eq!(c.create_service(&b), Err(error::PORT_ID_NOT_IN_VPC));
    c.create_service(&good).unwrap();
    assert_eq!(c.create_service(&good), Err(error::PORTS_CONFLICT), "same port_id, server port and protocol");
}

#[test]
fn the_quota_of_20_answers_endpoint_1018() {
    let (mut c, _) = cloud();
    let base = body(&mut c);
    let mut made = c.list_services(&query()).unwrap().total_count as i64;
    let mut port = 1000;
    while made < 20 {
        let mut b = base.clone();
        port += 1;
        b.ports[0].server_port = port;
        c.create_service(&b).unwrap();
        made += 1;
    }
    let mut b = base.clone();
    b.ports[0].server_port = 1;
    let err = c.create_service(&b).unwrap_err();
    assert_eq!(err, error::QUOTA_EXCEEDED);
    assert_eq!(err.code, "Endpoint.1018");
}

#[test]
fn delete_goes_deleting_then_get_answers_404() {
    let (mut c, clock) = cloud();
    let list = c.list_services(&query()).unwrap();
    let free = list
        .endpoint_services
        .iter()
        .find(|s| s.connection_count == Some(0) && s.status == ServiceStatus::Available)
        .unwrap();
    c.delete_service(&free.id).unwrap();
    assert_eq!(c.get_service(&free.id).unwrap().status, ServiceStatus::Deleting);
    clock.advance(3_000);
    assert_eq!(c.get_service(&free.id), Err(error::NOT_FOUND));
    assert_eq!(error::NOT_FOUND.status, 404);
    assert_eq!(c.delete_service(&free.id), Err(error::NOT_FOUND));
    assert_eq!(c.list_services(&query()).unwrap().total_count, list.total_count - 1);
}

#[test]
fn a_service_with_accepted_connections_cannot_be_deleted() {
    let (mut c, _) = cloud();
    let list = c.list_services(&query()).unwrap();
    let used = list
        .endpoint_services
        .iter()
        .find(|s| s.connection_count.unwrap_or(0) > 0)
        .expect("a seeded service in use");
    assert_eq!(c.delete_service(&used.id), Err(error::SERVICE_IN_USE));
    assert_eq!(c.get_service(&used.id).unwrap().status, ServiceStatus::Available);
    assert!(!c.list_connections(&used.id).unwrap().connections.is_empty());
    assert!(!c.list_permissions(&used.id).unwrap().permissions.is_empty());
}

fn names(c: &mut MockCloud<ManualClock>, q: ListServicesQuery) -> Vec<String> {
    c.list_services(&q).unwrap().endpoint_services.into_iter().map(|s| s.service_name).collect()
}

#[test]
fn list_filters_by_name_id_and_status() {
    let (mut c, _) = cloud();
    let got = names(&mut c, ListServicesQuery { endpoint_service_name: Some("WEB-FRONT".into()), ..query() });
    assert_eq!(got.len(), 1);
    assert!(got[0].contains("web-frontend"));
    let all = c.list_services(&query()).unwrap();
    let id = all.endpoint_services[2].id.clone();
    let by_id = c.list_services(&ListServicesQuery { id: Some(id.clone()), ..query() }).unwrap();
    assert_eq!(by_id.endpoint_services.len(), 1);
    assert_eq!(by_id.endpoint_services[0].id, id);
    let failed = c.list_services(&ListServicesQuery { status: Some("failed".into()), ..query() }).unwrap();
    assert!(failed.endpoint_services.iter().all(|s| s.status == ServiceStatus::Failed));
    assert_eq!(failed.total_count, 1);
}

#[test]
fn list_sorts_and_pages_and_total_count_ignores_paging() {
    let (mut c, _) = cloud();
    let desc = names(&mut c, query());
    let asc = names(
        &mut c,
        ListServicesQuery { sort_dir: Some("asc".into()), sort_key: Some("create_at".into()), ..query() },
    );
    let mut rev = desc.clone();
    rev.reverse();
    assert_eq!(asc, rev, "both sort_key spellings are accepted");
    let page = c
        .list_services(&ListServicesQuery {
            limit: Some("2".into()),
            offset: Some("2".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.total_count as usize, desc.len());
    assert_eq!(
        page.endpoint_services.iter().map(|s| s.service_name.clone()).collect::<Vec<_>>(),
        desc[2..4].to_vec()
    );
    let default_page = c.list_services(&ListServicesQuery::default()).unwrap();
    assert!(default_page.endpoint_services.len() <= 10);
    let beyond =
        c.list_services(&ListServicesQuery { offset: Some("100".into()), ..Default::default() }).unwrap();
    assert!(beyond.endpoint_services.is_empty());
}

#[test]
fn bad_list_parameters_answer_the_real_codes() {
    let (mut c, _) = cloud();
    let cases = [
        (ListServicesQuery { limit: Some("-1".into()), ..Default::default() }, error::INVALID_LIMIT),
        (ListServicesQuery { limit: Some("1001".into()), ..Default::default() }, error::INVALID_LIMIT),
        (ListServicesQuery { offset: Some("x".into()), ..Default::default() }, error::INVALID_OFFSET),
        (ListServicesQuery { sort_key: Some("name".into()), ..Default::default() }, error::INVALID_SORT_KEY),
        (ListServicesQuery { sort_dir: Some("up".into()), ..Default::default() }, error::INVALID_SORT_DIR),
        (ListServicesQuery { status: Some("gone".into()), ..Default::default() }, error::INVALID_STATUS),
    ];
    for (q, want) in cases {
        assert_eq!(c.list_services(&q), Err(want), "{q:?}");
    }
    assert!(c.list_services(&ListServicesQuery { limit: Some("0".into()), ..Default::default() }).is_ok());
}

#[test]
fn state_survives_a_json_round_trip() {
    let (mut c, clock) = cloud();
    let b = body(&mut c);
    let s = c.create_service(&b).unwrap();
    let json = serde_json::to_string(c.state()).unwrap();
    let mut back = MockCloud::new(serde_json::from_str(&json).unwrap(), clock.clone(), MockConfig::default());
    assert_eq!(back.get_service(&s.id).unwrap().status, ServiceStatus::Creating);
    clock.advance(3_000);
    assert_eq!(
        back.get_service(&s.id).unwrap().status,
        ServiceStatus::Available,
        "pending transitions persist"
    );
    let again = back
        .create_service(&CreateServiceBody {
            ports: vec![PortMapping { client_port: 1, server_port: 1, protocol: Protocol::Tcp }],
            ..b
        })
        .unwrap();
    assert_ne!(again.id, s.id, "the id generator persists");
}

#[test]
fn the_supporting_lists_are_consistent() {
    let (mut c, _) = cloud();
    let vpcs = c.list_vpcs();
    assert!(vpcs.len() >= 3);
    for lb in c.list_load_balancers() {
        assert!(vpcs.iter().any(|v| v.id == lb.vpc_id));
    }
    for e in c.list_ecs_servers() {
        assert!(vpcs.iter().any(|v| v.id == e.vpc_id));
        assert!(!e.nic_port_id.is_empty());
    }
    let nl = MockCloud::seeded(Region::EuNl, ManualClock::at(T0), MockConfig::default(), 1).list_vpcs();
    assert_ne!(nl[0].id, vpcs[0].id, "each region has its own resources");
    let _ = c.state();
}

#[test]
fn a_journaled_cloud_replays_to_the_same_state() {
    use vpcep_mock::{Journal, JournaledCloud};
    let mut live = JournaledCloud::seeded(Region::EuDe, T0, 99, MockConfig::default());
    let b = body(live.at(T0));
    let made = live.create_service(T0 + 1_000, b.clone()).unwrap();
    assert!(live.create_service(T0 + 1_500, b).is_err(), "a refused create is not journaled");
    let free = live
        .at(T0 + 2_000)
        .list_services(&query())
        .unwrap()
        .endpoint_services
        .into_iter()
        .find(|s| s.connection_count == Some(0) && s.id != made.id)
        .unwrap();
    live.delete_service(T0 + 2_000, free.id.clone()).unwrap();
    assert_eq!(live.journal().operations.len(), 2);

    let json = serde_json::to_string(live.journal()).unwrap();
    let journal: Journal = serde_json::from_str(&json).unwrap();
    let mut back = JournaledCloud::replay(journal, MockConfig::default());
    let now = T0 + 2_500;
    assert_eq!(back.at(now).list_services(&query()), live.at(now).list_services(&query()));
    assert_eq!(back.at(now).get_service(&made.id).unwrap().status, ServiceStatus::Creating);
    assert_eq!(back.at(T0 + 4_000).get_service(&made.id).unwrap().status, ServiceStatus::Available);
    assert_eq!(back.at(T0 + 5_000).get_service(&free.id), Err(error::NOT_FOUND));
}

#[test]
fn services_filter_by_tags_and_name_like_resource_instances() {
    use vpcep_model::tag_filter::{ResourceInstancesRequest, ResourceMatch, TagCondition};
    let (mut c, _) = cloud();
    let cond = |key: &str, values: &[&str]| TagCondition {
        key: key.into(),
        values: values.iter().map(|v| v.to_string()).collect(),
    };
    let names = |c: &mut MockCloud<ManualClock>, r: ResourceInstancesRequest| {
        let mut n: Vec<String> =
            c.filter_services_by_tags(&r).unwrap().resources.into_iter().map(|r| r.resource_name).collect();
        n.sort();
        n
    };
    let prod = names(&mut c, ResourceInstancesRequest::with_tags(vec![cond("env", &["prod"])]));
    assert_eq!(prod.len(), 4);
    for name in ["web-frontend", "partner-api", "billing", "cache"] {
        assert!(prod.iter().any(|n| n.contains(name)), "{name} in {prod:?}");
    }
    // AND over keys.
    let web = names(
        &mut c,
        ResourceInstancesRequest::with_tags(vec![cond("env", &["prod"]), cond("team", &["web"])]),
    );
    assert_eq!(web.len(), 1);
    // OR over values; no values means any value.
    assert_eq!(
        names(&mut c, ResourceInstancesRequest::with_tags(vec![cond("env", &["prod", "staging"])])).len(),
        5
    );
    assert_eq!(names(&mut c, ResourceInstancesRequest::with_tags(vec![cond("env", &[])])).len(), 7);
    let mut by_name = ResourceInstancesRequest::with_tags(vec![]);
    by_name.matches.push(ResourceMatch { key: "resource_name".into(), value: "PARTNER".into() });
    assert_eq!(names(&mut c, by_name).len(), 1);
    let mut count = ResourceInstancesRequest::with_tags(vec![cond("env", &["prod"])]);
    count.action = "count".into();
    let counted = c.filter_services_by_tags(&count).unwrap();
    assert_eq!((counted.total_count, counted.resources.len()), (4, 0));
    count.action = "sum".into();
    assert_eq!(c.filter_services_by_tags(&count), Err(error::INVALID_ACTION));
    let mut bad = ResourceInstancesRequest::with_tags(vec![]);
    bad.limit = Some("0".into());
    assert_eq!(c.filter_services_by_tags(&bad), Err(error::INVALID_LIMIT));
}

#[test]
fn connections_are_accepted_or_rejected_one_at_a_time() {
    use vpcep_model::{ConnectionActionRequest, ConnectionStatus};
    let (mut c, _) = cloud();
    let web = c
        .list_services(&ListServicesQuery { endpoint_service_name: Some("web-frontend".into()), ..query() })
        .unwrap()
        .endpoint_services
        .remove(0);
    let pending = c
        .list_connections(&web.id)
        .unwrap()
        .connections
        .into_iter()
        .find(|c| c.status == ConnectionStatus::PendingAcceptance)
        .unwrap();
    let accepted = c.connection_action(&web.id, &ConnectionActionRequest::accept(&pending.id)).unwrap();
    assert_eq!(accepted.connections[0].status, ConnectionStatus::Accepted);
    assert_eq!(c.get_service(&web.id).unwrap().connection_count, Some(2), "accepted connections count");
    let rejected = c.connection_action(&web.id, &ConnectionActionRequest::reject(&pending.id)).unwrap();
    assert_eq!(rejected.connections[0].status, ConnectionStatus::Rejected);
    let two =
        ConnectionActionRequest { endpoints: vec![pending.id.clone(), "x".into()], action: "receive".into() };
    assert_eq!(c.connection_action(&web.id, &two), Err(error::ONLY_ONE_ENDPOINT));
    assert_eq!(
        c.connection_action(&web.id, &ConnectionActionRequest::accept("nope")),
        Err(error::ENDPOINT_NOT_IN_SERVICE)
    );
    let bad = ConnectionActionRequest { endpoints: vec![pending.id], action: "approve".into() };
    assert_eq!(c.connection_action(&web.id, &bad), Err(error::INVALID_ACTION));
}

#[test]
fn an_update_changes_what_it_names_with_the_create_rules_and_not_while_creating() {
    use vpcep_model::UpdateServiceBody;
    let (mut c, clock) = cloud();
    let b = body(&mut c);
    let made = c.create_service(&b).unwrap();
    let rename = UpdateServiceBody { service_name: Some("shop2".into()), ..Default::default() };
    assert_eq!(c.update_service(&made.id, &rename), Err(error::STATE_FORBIDS_CHANGE), "creating");
    clock.advance(MockConfig::default().create_delay_ms + 1);
    let changed = c
        .update_service(
            &made.id,
            &UpdateServiceBody {
                approval_enabled: Some(false),
                service_name: Some("shop2".into()),
                description: Some("renamed".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(changed.service_name, format!("eu-de.shop2.{}", made.id), "the full name is made again");
    assert!(!changed.approval_enabled);
    assert_eq!(changed.description.as_deref(), Some("renamed"));
    assert!(changed.updated_at.is_some());
    assert_eq!(c.get_service(&made.id).unwrap(), changed);
    let bad = UpdateServiceBody { service_name: Some("no spaces".into()), ..Default::default() };
    assert_eq!(c.update_service(&made.id, &bad).map(drop), Err(error::INVALID_SERVICE_NAME));
    let ports = UpdateServiceBody { ports: Some(vec![]), ..Default::default() };
    assert_eq!(c.update_service(&made.id, &ports).map(drop), Err(error::PORTS_EMPTY));
    let none = UpdateServiceBody { description: Some("x".into()), ..Default::default() };
    assert_eq!(c.update_service("nope", &none).map(drop), Err(error::NOT_FOUND));
}

#[test]
fn a_journaled_update_replays() {
    use vpcep_mock::{Journal, JournaledCloud};
    use vpcep_model::UpdateServiceBody;
    let mut live = JournaledCloud::seeded(Region::EuDe, T0, 7, MockConfig::default());
    let web = live
        .at(T0)
        .list_services(&query())
        .unwrap()
        .endpoint_services
        .into_iter()
        .find(|s| s.service_name.contains("web-frontend"))
        .unwrap();
    let change = UpdateServiceBody { description: Some("changed".into()), ..Default::default() };
    live.update_service(T0 + 10, web.id.clone(), change).unwrap();
    let journal: Journal = serde_json::from_str(&serde_json::to_string(live.journal()).unwrap()).unwrap();
    let mut back = JournaledCloud::replay(journal, MockConfig::default());
    assert_eq!(back.at(T0 + 20).get_service(&web.id).unwrap().description.as_deref(), Some("changed"));
}
