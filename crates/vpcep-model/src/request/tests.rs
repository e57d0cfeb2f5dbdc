//! The request table against itself and the documented paths.

use super::*;

const PROJECT: &str = "0123456789abcdef0123456789abcdef";

fn every_route() -> Vec<Route> {
    let id = "4189d3c2-8882-4871-a3c2-d380272eed88".to_owned();
    vec![
        Route::ListServices(ListServicesQuery {
            endpoint_service_name: Some("a b&c=d/é".into()),
            status: Some("available".into()),
            limit: Some("10".into()),
            ..Default::default()
        }),
        Route::ListServices(ListServicesQuery::default()),
        Route::CreateService,
        Route::GetService { id: id.clone() },
        Route::UpdateService { id: id.clone() },
        Route::DeleteService { id: id.clone() },
        Route::ListConnections { id: id.clone(), page: PageQuery::limit(1000) },
        Route::ConnectionAction { id: id.clone() },
        Route::ListPermissions { id: id.clone(), page: PageQuery::limit(500) },
        Route::FilterServicesByTags,
        Route::Quotas(QuotaQuery { kind: Some("endpoint_service".into()) }),
        Route::ListVpcs(MarkerQuery { limit: Some("2000".into()), marker: Some("v-9".into()) }),
        Route::ListLoadBalancers,
        Route::ListEcsServers(PageQuery { limit: Some("1000".into()), offset: Some("2".into()) }),
    ]
}

#[test]
fn every_route_parses_back_from_what_the_client_sends() {
    for route in every_route() {
        let (path, query) = (route.path(PROJECT), route.query());
        let parsed = Route::parse(route.method().as_str(), &path, &query);
        assert_eq!(parsed, Ok((PROJECT.to_owned(), route.clone())), "{path}?{query}");
        // The cloud's own hosts see the path without the service prefix.
        let bare = path.splitn(3, '/').nth(2).unwrap();
        let parsed = Route::parse(route.method().as_str(), &format!("/{bare}"), &query);
        assert_eq!(parsed, Ok((PROJECT.to_owned(), route)), "/{bare}?{query}");
    }
}

#[test]
fn every_route_has_its_own_name() {
    let names: std::collections::HashSet<_> = every_route().iter().map(Route::name).collect();
    assert_eq!(names.len(), 13);
}

#[test]
fn paths_are_the_documented_ones() {
    let id = "abc";
    assert_eq!(
        Route::ListServices(ListServicesQuery { limit: Some("10".into()), ..Default::default() }).target("p"),
        "/vpcep/v1/p/vpc-endpoint-services?limit=10"
    );
    assert_eq!(Route::DeleteService { id: id.into() }.path("p"), "/vpcep/v1/p/vpc-endpoint-services/abc");
    assert_eq!(
        Route::ConnectionAction { id: id.into() }.path("p"),
        "/vpcep/v1/p/vpc-endpoint-services/abc/connections/action"
    );
    assert_eq!(
        Route::FilterServicesByTags.path("p"),
        "/vpcep/v1/p/endpoint_service/resource_instances/action"
    );
    let vpcs = MarkerQuery { limit: Some("2000".into()), marker: Some("v-9".into()) };
    assert_eq!(Route::ListVpcs(vpcs).target("p"), "/vpc/v1/p/vpcs?limit=2000&marker=v-9");
    assert_eq!(Route::ListLoadBalancers.path("p"), "/elb/v3/p/elb/loadbalancers");
    assert_eq!(Route::ListEcsServers(PageQuery::default()).path("p"), "/ecs/v1/p/cloudservers/detail");
    assert_eq!(Route::Quotas(QuotaQuery { kind: Some("endpoint".into()) }).query(), "type=endpoint");
}

#[test]
fn ids_and_query_values_are_encoded() {
    let r = Route::GetService { id: "a/b?c".into() };
    assert_eq!(r.path("p"), "/vpcep/v1/p/vpc-endpoint-services/a%2Fb%3Fc");
    let q = Route::ListServices(ListServicesQuery {
        endpoint_service_name: Some("a b&c".into()),
        ..Default::default()
    });
    assert_eq!(q.query(), "endpoint_service_name=a+b%26c");
}

#[test]
fn unknown_paths_methods_and_queries_are_refused() {
    let p = "/vpcep/v1/p/vpc-endpoint-services";
    assert_eq!(Route::parse("GET", "/vpcep/v1/p/nothing", ""), Err(RouteError::NotFound));
    assert_eq!(Route::parse("GET", "/vpcep/v2/p/vpc-endpoint-services", ""), Err(RouteError::NotFound));
    assert_eq!(Route::parse("GET", "/", ""), Err(RouteError::NotFound));
    assert_eq!(Route::parse("PATCH", p, ""), Err(RouteError::MethodNotAllowed));
    assert_eq!(Route::parse("DELETE", p, ""), Err(RouteError::MethodNotAllowed));
    assert_eq!(
        Route::parse("GET", &format!("{p}/x/connections/action"), ""),
        Err(RouteError::MethodNotAllowed)
    );
    // A path under another service's prefix is not that service's.
    assert_eq!(Route::parse("GET", "/elb/v1/p/vpcs", ""), Err(RouteError::NotFound));
    assert!(matches!(Route::parse("GET", p, "limit=1&limit=2"), Err(RouteError::BadQuery(_))));
    assert_eq!(RouteError::NotFound.code(), error::NOT_FOUND);
}
