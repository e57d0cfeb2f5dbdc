//! The documentation's example answers (tests/fixtures, copied from the OTC API reference)
//! read into the model, and the model's own requests against the documented shapes.

use vpcep_model::iam::{needs_renewal, PasswordAuthRequest, TokenResponse, RENEW_BEFORE_MS};
use vpcep_model::load_balancers::{combine, SharedLoadBalancerList, SubnetList};
use vpcep_model::resources::{LoadBalancer, LoadBalancerKind};
use vpcep_model::Region;

#[test]
fn the_documented_shared_load_balancer_lists_parse() {
    let one: SharedLoadBalancerList =
        serde_json::from_str(include_str!("fixtures/elb_v2_loadbalancers_example1.json")).unwrap();
    let lb = &one.loadbalancers[0];
    assert_eq!(lb.vip_port_id, "cbced4fe-6f6f-4fd6-9348-0c3d1219d6ca");
    assert_eq!(lb.vip_subnet_id, "5328f1e6-ce29-44f1-9493-b128a5653350");
    assert_eq!(lb.name, "loadbalancer1");
    assert!(one.loadbalancers_links.is_empty());
    let two: SharedLoadBalancerList =
        serde_json::from_str(include_str!("fixtures/elb_v2_loadbalancers_example2.json")).unwrap();
    assert_eq!(two.loadbalancers_links[0].rel, "previous");
}

#[test]
fn the_documented_subnets_parse_with_their_neutron_ids() {
    let list: SubnetList = serde_json::from_str(include_str!("fixtures/vpc_v1_subnets.json")).unwrap();
    assert_eq!(list.subnets.len(), 2);
    assert_eq!(list.subnets[1].neutron_subnet_id, "1aac193-a2ad-f153-d122-12d64c2c1d78");
    assert_eq!(list.subnets[1].vpc_id, "3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85");
}

#[test]
fn a_shared_load_balancer_finds_its_vpc_through_the_subnet_and_duplicates_are_dropped() {
    let shared: SharedLoadBalancerList =
        serde_json::from_str(include_str!("fixtures/elb_v2_loadbalancers_example1.json")).unwrap();
    let mut subnets: SubnetList = serde_json::from_str(include_str!("fixtures/vpc_v1_subnets.json")).unwrap();
    // The two examples come from different pages; place the load balancer in the second subnet.
    subnets.subnets[1].neutron_subnet_id = shared.loadbalancers[0].vip_subnet_id.clone();
    let dedicated = LoadBalancer {
        id: "dedicated-1".into(),
        name: "d".into(),
        vpc_id: "v".into(),
        vip_address: "10.0.0.9".into(),
        vip_port_id: "p".into(),
        provisioning_status: "ACTIVE".into(),
        kind: LoadBalancerKind::Dedicated,
    };
    let all = combine(vec![dedicated.clone()], &shared.loadbalancers, &subnets.subnets);
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].vpc_id, "3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85");
    assert_eq!(all[1].vip_port_id, "cbced4fe-6f6f-4fd6-9348-0c3d1219d6ca");
    assert_eq!(all[1].kind, LoadBalancerKind::Shared);
    // Listed by both APIs: once, as the dedicated list has it.
    let mut same = dedicated.clone();
    same.id = shared.loadbalancers[0].id.clone();
    let all = combine(vec![same], &shared.loadbalancers, &subnets.subnets);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].kind, LoadBalancerKind::Dedicated);
    // Its subnet not listed: no VPC, so no VPC's pick list offers it.
    let all = combine(vec![], &shared.loadbalancers, &[]);
    assert_eq!(all[0].vpc_id, "");
}

#[test]
fn the_documented_token_answer_parses_and_its_expiry_reads() {
    let answer: TokenResponse =
        serde_json::from_str(include_str!("fixtures/iam_token_password_domain_scope.json")).unwrap();
    assert_eq!(answer.token.expires_at, "2015-11-09T01:42:57.527363Z");
    // 2015-11-09T01:42:57.527 UTC, to the millisecond (the microseconds are dropped).
    assert_eq!(answer.token.expires_ms(), Some(1_447_033_377_527));
    assert_eq!(answer.token.user.as_ref().unwrap().domain.name, "domain A");
    // The documented example is domain-scoped: no project.
    assert_eq!(answer.token.project, None);
}

#[test]
fn the_sign_in_body_is_the_documented_one_and_hides_the_password_from_debug() {
    let body = PasswordAuthRequest::new("OTC00000000001000000xxx", "alice", "s3cret", Region::EuNl);
    let expected = serde_json::json!({"auth": {
        "identity": {"methods": ["password"], "password": {"user": {
            "name": "alice", "password": "s3cret", "domain": {"name": "OTC00000000001000000xxx"}}}},
        "scope": {"project": {"name": "eu-nl"}}}});
    assert_eq!(serde_json::to_value(&body).unwrap(), expected);
    assert!(!format!("{body:?}").contains("s3cret"));
}

#[test]
fn a_token_is_renewed_before_it_expires() {
    let expires = 10 * RENEW_BEFORE_MS;
    assert!(!needs_renewal(expires, expires - RENEW_BEFORE_MS - 1));
    assert!(needs_renewal(expires, expires - RENEW_BEFORE_MS));
    assert!(needs_renewal(expires, expires + 1));
}

#[test]
fn lists_paged_by_marker_go_on_after_the_last_id_of_a_full_page_only() {
    use vpcep_model::load_balancers::{next_marker, MARKER_PAGE_LIMIT};
    let full = MARKER_PAGE_LIMIT as usize;
    assert_eq!(next_marker(full, Some("lb-999")).as_deref(), Some("lb-999"));
    assert_eq!(next_marker(full - 1, Some("lb-998")), None, "a short page is the last");
    assert_eq!(next_marker(0, None), None);
}
