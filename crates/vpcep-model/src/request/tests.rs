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
        Route::PermissionAction { id: id.clone() },
        Route::TagAction { id: id.clone() },
        Route::FilterServicesByTags,
        Route::Quotas(QuotaQuery { kind: Some("endpoint_service".into()) }),
        Route::ListVpcs(MarkerQuery { limit: Some("2000".into()), marker: Some("v-9".into()) }),
        Route::ListLoadBalancers,
        Route::ListEcsServers(PageQuery { limit: Some("1000".into()), offset: Some("2".into()) }),
        Route::ListSharedLoadBalancers(MarkerQuery { limit: Some("1".into()), marker: Some("lb-1".into()) }),
        Route::ListSubnets(MarkerQuery::default()),
        Route::IssueToken,
    ]
}

#[test]
fn every_route_parses_back_from_what_the_client_sends() {
    for route in every_route() {
        let project = if route.has_project() { PROJECT } else { "" };
        let query = route.query();
        let gateway = route.path(Region::EuNl, PROJECT);
        assert_eq!(Route::region_of(&gateway), Some(Region::EuNl), "{gateway}");
        // Behind the gateway; with the prefix only; as the cloud's own host sees it.
        let prefixed = format!("/{}{}", route.service().prefix(), route.cloud_path(PROJECT));
        for path in [gateway, prefixed, route.cloud_path(PROJECT)] {
            let parsed = Route::parse(route.method().as_str(), &path, &query);
            assert_eq!(parsed, Ok((project.to_owned(), route.clone())), "{path}?{query}");
        }
    }
}

#[test]
fn every_operation_is_the_name_of_a_route_and_both_load_balancer_lists_are_one() {
    let names: std::collections::HashSet<_> = every_route().iter().map(Route::name).collect();
    for op in OPERATIONS {
        assert!(names.contains(op), "{op} names no route");
    }
    let shared = Route::ListSharedLoadBalancers(MarkerQuery::default());
    assert_eq!(
        (shared.operation(), Route::ListLoadBalancers.operation()),
        ("list_load_balancers", "list_load_balancers")
    );
    assert_eq!(Route::CreateService.operation(), "create_service");
}

#[test]
fn every_route_has_its_own_name() {
    let names: std::collections::HashSet<_> = every_route().iter().map(Route::name).collect();
    assert_eq!(names.len(), 18);
}

#[test]
fn paths_are_the_documented_ones() {
    let id = "abc";
    assert_eq!(
        Route::ListServices(ListServicesQuery { limit: Some("10".into()), ..Default::default() })
            .target(Region::EuDe, "p"),
        "/vpcep/eu-de/v1/p/vpc-endpoint-services?limit=10"
    );
    assert_eq!(
        Route::DeleteService { id: id.into() }.path(Region::EuDe, "p"),
        "/vpcep/eu-de/v1/p/vpc-endpoint-services/abc"
    );
    assert_eq!(
        Route::ConnectionAction { id: id.into() }.path(Region::EuDe, "p"),
        "/vpcep/eu-de/v1/p/vpc-endpoint-services/abc/connections/action"
    );
    assert_eq!(
        Route::FilterServicesByTags.path(Region::EuDe, "p"),
        "/vpcep/eu-de/v1/p/endpoint_service/resource_instances/action"
    );
    assert_eq!(
        Route::PermissionAction { id: id.into() }.path(Region::EuDe, "p"),
        "/vpcep/eu-de/v1/p/vpc-endpoint-services/abc/permissions/action"
    );
    assert_eq!(Route::TagAction { id: id.into() }.cloud_path("p"), "/v1/p/endpoint_service/abc/tags/action");
    let vpcs = MarkerQuery { limit: Some("2000".into()), marker: Some("v-9".into()) };
    assert_eq!(Route::ListVpcs(vpcs).target(Region::EuDe, "p"), "/vpc/eu-de/v1/p/vpcs?limit=2000&marker=v-9");
    assert_eq!(Route::ListLoadBalancers.path(Region::EuDe, "p"), "/elb/eu-de/v3/p/elb/loadbalancers");
    assert_eq!(
        Route::ListEcsServers(PageQuery::default()).path(Region::EuDe, "p"),
        "/ecs/eu-de/v1/p/cloudservers/detail"
    );
    assert_eq!(Route::Quotas(QuotaQuery { kind: Some("endpoint".into()) }).query(), "type=endpoint");
    // The documented paths without a project: IAM's token call and the shared load balancers.
    assert_eq!(Route::IssueToken.path(Region::EuNl, "p"), "/iam/eu-nl/v3/auth/tokens");
    let shared =
        Route::ListSharedLoadBalancers(MarkerQuery { limit: Some("1".into()), marker: Some("x".into()) });
    assert_eq!(shared.cloud_target("p"), "/v2.0/lbaas/loadbalancers?limit=1&marker=x");
    assert_eq!(Route::ListSubnets(MarkerQuery::default()).cloud_path("p"), "/v1/p/subnets");
}

#[test]
fn ids_and_query_values_are_encoded() {
    let r = Route::GetService { id: "a/b?c".into() };
    assert_eq!(r.path(Region::EuDe, "p"), "/vpcep/eu-de/v1/p/vpc-endpoint-services/a%2Fb%3Fc");
    let q = Route::ListServices(ListServicesQuery {
        endpoint_service_name: Some("a b&c".into()),
        ..Default::default()
    });
    assert_eq!(q.query(), "endpoint_service_name=a+b%26c");
}

#[test]
fn unknown_paths_methods_and_queries_are_refused() {
    let p = "/vpcep/eu-de/v1/p/vpc-endpoint-services";
    assert_eq!(Route::parse("GET", "/vpcep/eu-de/v1/p/nothing", ""), Err(RouteError::NotFound));
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
