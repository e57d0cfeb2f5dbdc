//! The list's view and the URL: every parameter both ways, filters, sort and paging.

use vpcep_model::{EndpointService, ServerType, ServiceStatus};

use super::*;

fn from(query: &str) -> ListView {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap();
    ListView::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), 10)
}

fn service(name: &str, server_type: ServerType, approval: bool) -> EndpointService {
    let mut s: EndpointService = serde_json::from_value(serde_json::json!({
        "id": format!("id-{name}"), "port_id": "p", "vpc_id": "v", "status": "available",
        "approval_enabled": approval, "service_name": name, "server_type": server_type.as_str(),
        "service_type": "interface", "ports": [], "created_at": "2024-01-01T00:00:00Z"
    }))
    .unwrap();
    s.server_type = server_type;
    s
}

#[test]
fn the_default_view_has_only_the_page_size_in_its_url() {
    assert_eq!(ListView::default().to_query(), "size=10");
    assert_eq!(from(""), ListView::default());
}

#[test]
fn every_part_of_the_view_round_trips_through_the_url() {
    let v = ListView {
        name: "web front&=".into(),
        filters: vec![
            PropertyFilter::Id("abc".into()),
            PropertyFilter::Status(ServiceStatus::Creating),
            PropertyFilter::Backend(ServerType::Vm),
            PropertyFilter::Approval(false),
            PropertyFilter::Tag("env".into(), Some("prod".into())),
            PropertyFilter::Tag("team".into(), None),
        ],
        sort: SortColumn::Name,
        descending: false,
        page: 3,
        page_size: 50,
    };
    let query = v.to_query();
    assert_eq!(from(&query), v, "{query}");
    assert!(query.contains("name=web+front%26%3D"), "{query}");
    assert!(query.contains("tag=env%3Dprod"), "{query}");
    assert!(query.contains("sort=name%3Aasc"), "{query}");
}

#[test]
fn bad_values_fall_back_to_defaults_and_unknown_filters_are_ignored() {
    let v = from("page=0&size=7&sort=bogus&status=sleeping&backend=XX&approval=maybe&tag=&id=&what=1");
    assert_eq!(v.page, 1);
    assert_eq!(v.page_size, 10);
    assert_eq!((v.sort, v.descending), (SortColumn::Created, true));
    assert!(v.filters.is_empty(), "{:?}", v.filters);
    assert_eq!(from("page=x").page, 1);
    assert!(!from("sort=created:asc").descending);
}

#[test]
fn the_filter_bar_and_the_url_parse_values_alike() {
    use FilterProperty as P;
    assert_eq!(
        PropertyFilter::parse(P::Tag, " env = prod "),
        Some(PropertyFilter::Tag("env".into(), Some("prod".into())))
    );
    assert_eq!(PropertyFilter::parse(P::Tag, "=prod"), None);
    assert_eq!(
        PropertyFilter::parse(P::Status, "available"),
        Some(PropertyFilter::Status(ServiceStatus::Available))
    );
    assert_eq!(PropertyFilter::parse(P::Backend, "LB"), Some(PropertyFilter::Backend(ServerType::Lb)));
    assert_eq!(PropertyFilter::parse(P::Approval, "enabled"), Some(PropertyFilter::Approval(true)));
    assert_eq!(PropertyFilter::parse(P::Id, "  "), None);
    for p in FilterProperty::ALL {
        assert_eq!(FilterProperty::from_key(p.key()), Some(p));
        for (value, _) in p.choices() {
            let f = PropertyFilter::parse(p, &value).unwrap();
            assert_eq!(f.value(), value);
            assert_eq!(f.property(), p);
        }
    }
    assert_eq!(PropertyFilter::Status(ServiceStatus::Available).label(), "Status: Available");
    assert_eq!(
        PropertyFilter::Backend(ServerType::Lb).label(),
        "Backend Resource Type: Enhanced load balancer"
    );
    assert_eq!(PropertyFilter::Tag("env".into(), None).label(), "Tag: env");
}

#[test]
fn a_filter_replaces_its_property_except_tags_and_goes_back_to_page_1() {
    let v = ListView { page: 4, ..Default::default() }
        .with_filter(PropertyFilter::Status(ServiceStatus::Available))
        .with_filter(PropertyFilter::Status(ServiceStatus::Failed))
        .with_filter(PropertyFilter::Tag("a".into(), None))
        .with_filter(PropertyFilter::Tag("b".into(), None));
    assert_eq!(v.page, 1);
    assert_eq!(
        v.filters,
        vec![
            PropertyFilter::Status(ServiceStatus::Failed),
            PropertyFilter::Tag("a".into(), None),
            PropertyFilter::Tag("b".into(), None)
        ]
    );
    let v = ListView { page: 2, ..v }.without_filter(0).without_filter(9);
    assert_eq!(v.filters.len(), 2);
    assert_eq!(v.page, 1);
    assert!(!ListView { name: "x".into(), ..v }.cleared().is_filtered());
}

#[test]
fn the_api_does_what_it_can_and_the_console_finishes() {
    let plain = from("status=available&id=abc&name=%20web%20&page=2&size=20");
    assert!(plain.server_side());
    let q = plain.api_query();
    assert_eq!(q.endpoint_service_name.as_deref(), Some("web"));
    assert_eq!((q.id.as_deref(), q.status.as_deref()), (Some("abc"), Some("available")));
    assert_eq!((q.limit.as_deref(), q.offset.as_deref()), (Some("20"), Some("20")));
    assert_eq!(q.sort_dir.as_deref(), Some("desc"));

    for query in ["backend=LB", "approval=enabled", "tag=env", "sort=name:asc"] {
        let v = from(query);
        assert!(!v.server_side(), "{query}");
        let q = v.api_query();
        assert_eq!(q.limit.as_deref(), Some("1000"), "{query}");
        assert_eq!(q.offset, None, "{query}");
    }
}

#[test]
fn the_console_filters_sorts_and_pages_what_the_api_cannot() {
    let all = vec![
        service("delta", ServerType::Lb, true),
        service("Alpha", ServerType::Vm, true),
        service("charlie", ServerType::Lb, false),
        service("bravo", ServerType::Lb, true),
    ];
    let v = from("backend=LB&approval=enabled&sort=name:asc");
    let (rows, total) = v.finish(all.clone(), None);
    assert_eq!(total, 2);
    assert_eq!(rows.iter().map(|s| s.service_name.as_str()).collect::<Vec<_>>(), ["bravo", "delta"]);

    let by_name_desc = from("sort=name:desc&size=10");
    let (rows, _) = by_name_desc.finish(all.clone(), Some(&["id-Alpha".into(), "id-delta".into()]));
    assert_eq!(rows.iter().map(|s| s.service_name.as_str()).collect::<Vec<_>>(), ["delta", "Alpha"]);

    let page_2 =
        ListView { page: 2, page_size: 3, sort: SortColumn::Name, descending: false, ..Default::default() };
    let (rows, total) = page_2.finish(all, None);
    assert_eq!((rows.len(), total), (1, 4));
    assert_eq!(rows[0].service_name, "delta");
    assert_eq!(page_2.range_text(rows.len(), total), "4-4 of 4");
    assert_eq!(page_2.pages(total), 2);
    assert_eq!(ListView::default().range_text(0, 0), "0 of 0");
    assert_eq!(ListView::default().pages(0), 1);
}

#[test]
fn tag_filters_become_one_condition_per_key() {
    let v = from("tag=env%3Dprod&tag=env%3Dtest&tag=team");
    let c = v.tag_conditions();
    assert_eq!(c.len(), 2);
    assert_eq!((c[0].key.as_str(), c[0].values.clone()), ("env", vec!["prod".to_owned(), "test".to_owned()]));
    assert_eq!((c[1].key.as_str(), c[1].values.len()), ("team", 0));
}
