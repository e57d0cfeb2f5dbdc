//! Whitelist and tag changes of the mock cloud: the documented behaviour, idempotence,
//! refusals with nothing changed, and replay from the journal.

use vpcep_mock::{Journal, JournaledCloud, ManualClock, MockCloud, MockConfig};
use vpcep_model::limits::{MAX_TAGS, MAX_WHITELIST_RECORDS};
use vpcep_model::{error, fixtures, EndpointService, ListServicesQuery};
use vpcep_model::{PermissionActionRequest, Region, Tag, TagActionRequest};

const T0: u64 = 1_790_000_000_000;

fn cloud() -> (MockCloud<ManualClock>, ManualClock) {
    let clock = ManualClock::at(T0);
    (MockCloud::seeded(Region::EuDe, clock.clone(), MockConfig::default(), 42), clock)
}

fn service(c: &mut MockCloud<ManualClock>, name: &str) -> EndpointService {
    let q = ListServicesQuery { endpoint_service_name: Some(name.into()), ..Default::default() };
    c.list_services(&q).unwrap().endpoint_services.remove(0)
}

fn records(c: &mut MockCloud<ManualClock>, id: &str) -> Vec<String> {
    let mut v: Vec<String> =
        c.list_permissions(id).unwrap().permissions.into_iter().map(|p| p.permission).collect();
    v.sort();
    v
}

fn add(ids: &[&str]) -> PermissionActionRequest {
    PermissionActionRequest::add(ids.iter().map(|i| format!("iam:domain::{i}")).collect())
}

fn remove(ids: &[&str]) -> PermissionActionRequest {
    PermissionActionRequest::remove(ids.iter().map(|i| format!("iam:domain::{i}")).collect())
}

#[test]
fn whitelist_records_are_added_and_removed_idempotently() {
    let (mut c, _) = cloud();
    let web = service(&mut c, "web-frontend");
    let before = records(&mut c, &web.id);
    let answer = c.permission_action(&web.id, &add(&["aaa", "bbb", "aaa"])).unwrap();
    assert_eq!(answer.permissions.len(), before.len() + 2, "the whole list, each record once");
    let after = records(&mut c, &web.id);
    assert!(after.contains(&"iam:domain::aaa".to_owned()) && after.contains(&"iam:domain::bbb".to_owned()));
    // The same add again changes nothing.
    c.permission_action(&web.id, &add(&["aaa"])).unwrap();
    assert_eq!(records(&mut c, &web.id), after);
    let listed = c.list_permissions(&web.id).unwrap();
    let new = listed.permissions.iter().find(|p| p.permission == "iam:domain::aaa").unwrap();
    assert_eq!(new.permission_type, "domainId");
    assert_eq!(new.id.len(), 36);
    assert_eq!(listed.total_count as usize, after.len());
    // Removing, also one that is not there.
    c.permission_action(&web.id, &remove(&["aaa", "neveradded"])).unwrap();
    c.permission_action(&web.id, &remove(&["aaa"])).unwrap();
    let mut expected = before.clone();
    expected.push("iam:domain::bbb".into());
    expected.sort();
    assert_eq!(records(&mut c, &web.id), expected);
    // Everyone: sent with the prefix, listed as `*`.
    c.permission_action(&web.id, &add(&["*"])).unwrap();
    assert!(records(&mut c, &web.id).contains(&"*".to_owned()));
    c.permission_action(&web.id, &remove(&["*"])).unwrap();
    assert!(!records(&mut c, &web.id).contains(&"*".to_owned()));
}

#[test]
fn bad_whitelist_actions_are_refused_with_their_codes_and_change_nothing() {
    let (mut c, clock) = cloud();
    let web = service(&mut c, "web-frontend");
    let before = c.list_permissions(&web.id).unwrap();
    let cases = [
        (PermissionActionRequest::add(Vec::new()), error::PERMISSIONS_EMPTY),
        (add(&["a-b"]), error::INVALID_PERMISSION),
        (PermissionActionRequest::add(vec!["domain::abc".into()]), error::INVALID_PERMISSION),
        (
            PermissionActionRequest { permissions: vec!["*".into()], action: "grant".into() },
            error::INVALID_ACTION,
        ),
    ];
    for (request, code) in cases {
        assert_eq!(c.permission_action(&web.id, &request).map(drop), Err(code), "{request:?}");
    }
    assert_eq!(c.permission_action("nope", &add(&["abc"])).map(drop), Err(error::NOT_FOUND));
    assert_eq!(c.list_permissions(&web.id).unwrap(), before);
    // While creating: refused.
    let lb = c.list_load_balancers().into_iter().find(|lb| lb.name == "elb-analytics").unwrap();
    let made = c.create_service(&fixtures::create_body_on(&lb.vpc_id, &lb.vip_port_id)).unwrap();
    assert_eq!(c.permission_action(&made.id, &add(&["abc"])).map(drop), Err(error::STATE_FORBIDS_CHANGE));
    clock.advance(MockConfig::default().create_delay_ms + 1);
    assert!(c.permission_action(&made.id, &add(&["abc"])).is_ok());
}

#[test]
fn the_whitelist_stops_at_its_limit() {
    let (mut c, _) = cloud();
    let web = service(&mut c, "web-frontend");
    let room = MAX_WHITELIST_RECORDS - records(&mut c, &web.id).len();
    let ids: Vec<String> = (0..room).map(|i| format!("d{i}")).collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    c.permission_action(&web.id, &add(&refs)).unwrap();
    assert_eq!(records(&mut c, &web.id).len(), MAX_WHITELIST_RECORDS);
    assert_eq!(c.permission_action(&web.id, &add(&["one0more"])).map(drop), Err(error::WHITELIST_LIMIT));
    // One already there is still fine at the limit.
    assert!(c.permission_action(&web.id, &add(&["d0"])).is_ok());
}

fn tags(c: &mut MockCloud<ManualClock>, id: &str) -> Vec<Tag> {
    c.get_service(id).unwrap().tags
}

#[test]
fn tags_are_added_changed_and_deleted_with_the_create_rules() {
    let (mut c, _) = cloud();
    let web = service(&mut c, "web-frontend");
    let before = tags(&mut c, &web.id);
    c.tag_action(&web.id, &TagActionRequest::set("owner", "team-a")).unwrap();
    assert_eq!(tags(&mut c, &web.id).last(), Some(&Tag { key: "owner".into(), value: "team-a".into() }));
    c.tag_action(&web.id, &TagActionRequest::set("owner", "team-b")).unwrap();
    c.tag_action(&web.id, &TagActionRequest::set("owner", "team-b")).unwrap();
    let now = tags(&mut c, &web.id);
    assert_eq!(now.len(), before.len() + 1, "a value is replaced, the key not added twice");
    assert_eq!(now.last().unwrap().value, "team-b");
    // The tag filter sees the change at once.
    let filter = vpcep_model::tag_filter::ResourceInstancesRequest::with_tags(vec![
        vpcep_model::tag_filter::TagCondition { key: "owner".into(), values: vec!["team-b".into()] },
    ]);
    let found = c.filter_services_by_tags(&filter).unwrap();
    assert_eq!(
        found.resources.iter().map(|r| r.resource_id.clone()).collect::<Vec<_>>(),
        vec![web.id.clone()]
    );
    c.tag_action(&web.id, &TagActionRequest::delete_keys(["owner"])).unwrap();
    c.tag_action(&web.id, &TagActionRequest::delete_keys(["owner"])).unwrap();
    assert_eq!(tags(&mut c, &web.id), before);
    assert!(c.get_service(&web.id).unwrap().updated_at.is_some());
}

#[test]
fn bad_tag_actions_are_refused_with_their_codes_and_change_nothing() {
    let (mut c, clock) = cloud();
    let web = service(&mut c, "web-frontend");
    let before = tags(&mut c, &web.id);
    assert_eq!(c.tag_action(&web.id, &TagActionRequest::set("a b", "x")), Err(error::TAG_CHARACTERS));
    assert_eq!(c.tag_action(&web.id, &TagActionRequest::set("", "x")), Err(error::TAG_EMPTY));
    let room = MAX_TAGS - before.len();
    for i in 0..room {
        c.tag_action(&web.id, &TagActionRequest::set(&format!("k{i}"), "")).unwrap();
    }
    let full = tags(&mut c, &web.id);
    assert_eq!(c.tag_action(&web.id, &TagActionRequest::set("one-more", "")), Err(error::TAG_LIMIT));
    assert_eq!(tags(&mut c, &web.id), full);
    assert_eq!(c.tag_action("nope", &TagActionRequest::set("a", "b")), Err(error::NOT_FOUND));
    let lb = c.list_load_balancers().into_iter().find(|lb| lb.name == "elb-analytics").unwrap();
    let made = c.create_service(&fixtures::create_body_on(&lb.vpc_id, &lb.vip_port_id)).unwrap();
    assert_eq!(c.tag_action(&made.id, &TagActionRequest::set("a", "b")), Err(error::STATE_FORBIDS_CHANGE));
    clock.advance(MockConfig::default().create_delay_ms + 1);
    assert_eq!(c.tag_action(&made.id, &TagActionRequest::set("a", "b")), Ok(()));
    // While deleting: refused too, and nothing changed.
    c.delete_service(&made.id).unwrap();
    assert_eq!(c.tag_action(&made.id, &TagActionRequest::set("c", "d")), Err(error::STATE_FORBIDS_CHANGE));
    assert_eq!(c.permission_action(&made.id, &add(&["abc"])).map(drop), Err(error::STATE_FORBIDS_CHANGE));
    assert_eq!(tags(&mut c, &made.id), vec![Tag { key: "a".into(), value: "b".into() }]);
}

#[test]
fn whitelist_and_tag_changes_replay_from_the_journal() {
    let mut live = JournaledCloud::seeded(Region::EuDe, T0, 7, MockConfig::default());
    let web = service(live.at(T0), "web-frontend");
    live.permission_action(T0 + 10, web.id.clone(), add(&["abc"])).unwrap();
    live.tag_action(T0 + 20, web.id.clone(), TagActionRequest::set("owner", "x")).unwrap();
    // A refused change is not journaled.
    assert!(live.tag_action(T0 + 30, web.id.clone(), TagActionRequest::set("", "x")).is_err());
    assert_eq!(live.journal().operations.len(), 2);
    let journal: Journal = serde_json::from_str(&serde_json::to_string(live.journal()).unwrap()).unwrap();
    let mut back = JournaledCloud::replay(journal, MockConfig::default());
    let expected = live.at(T0 + 40).list_permissions(&web.id).unwrap();
    assert_eq!(back.at(T0 + 40).list_permissions(&web.id).unwrap(), expected);
    assert_eq!(back.at(T0 + 40).get_service(&web.id).unwrap().tags, tags(live.at(T0 + 40), &web.id));
}
