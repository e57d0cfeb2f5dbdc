//! The table of the requests the console sends: method, path and query of each, in one place.
//!
//! The HTTP client builds its URLs with [`Route::method`], [`Route::path`] and [`Route::query`];
//! the server routes an incoming request with [`Route::parse`]; the tests check that the two are
//! inverses. Queries are (de)serialized with serde (`serde_urlencoded`), path segments are
//! percent-encoded (`percent-encoding`): nothing here parses HTTP by hand.
//!
//! Paths are written as the console sends them behind its gateway or proxy:
//! `/{service}/{version}/{project_id}/…`, e.g. `/vpcep/v1/{project_id}/vpc-endpoint-services`.
//! The server also accepts them without the service prefix (`/v1/{project_id}/…`), as the
//! cloud's own hosts see them.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};
use serde::{Deserialize, Serialize};

use crate::error::{self, ErrorCode};
use crate::query::ListServicesQuery;

/// The HTTP method of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

impl Method {
    /// `GET`, `POST`, ….
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }

    /// Parses an HTTP method name (upper case, as on the wire).
    pub fn parse(s: &str) -> Option<Method> {
        Some(match s {
            "GET" => Method::Get,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "DELETE" => Method::Delete,
            _ => return None,
        })
    }

    /// Whether a request of this method changes state.
    pub fn is_write(self) -> bool {
        self != Method::Get
    }
}

/// The cloud service a request goes to: the first path segment behind the console's gateway.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    Vpcep,
    Vpc,
    Elb,
    Ecs,
}

impl Service {
    /// Every service, in path-prefix form.
    pub const ALL: [Service; 4] = [Service::Vpcep, Service::Vpc, Service::Elb, Service::Ecs];

    /// The path prefix (and host name part) of the service.
    pub fn prefix(self) -> &'static str {
        match self {
            Service::Vpcep => "vpcep",
            Service::Vpc => "vpc",
            Service::Elb => "elb",
            Service::Ecs => "ecs",
        }
    }

    fn from_prefix(s: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|svc| svc.prefix() == s)
    }
}

/// `limit` / `offset` of the list operations that page (strings, as the API's examples send
/// them, so that a bad value is answered with the API's own code).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
}

impl PageQuery {
    /// At most `limit` items.
    pub fn limit(limit: u32) -> Self {
        PageQuery { limit: Some(limit.to_string()), offset: None }
    }
}

/// `limit` / `marker` of the lists that page by the last id of the previous page (VPCs).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkerQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
}

/// The query of `GET …/quotas`: `type=endpoint_service` or `type=endpoint`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotaQuery {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// One request of the console, without its body: which operation, on which resource, with
/// which query. The body type of each is named on its variant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `GET /vpcep/v1/{project}/vpc-endpoint-services` → `ListServicesResponse`.
    ListServices(ListServicesQuery),
    /// `POST /vpcep/v1/{project}/vpc-endpoint-services` with a `CreateServiceBody`.
    CreateService,
    /// `GET …/vpc-endpoint-services/{id}` → `EndpointService`.
    GetService { id: String },
    /// `PUT …/vpc-endpoint-services/{id}` with an `UpdateServiceBody` → `EndpointService`.
    UpdateService { id: String },
    /// `DELETE …/vpc-endpoint-services/{id}` → 204.
    DeleteService { id: String },
    /// `GET …/vpc-endpoint-services/{id}/connections` → `ListConnectionsResponse`.
    ListConnections { id: String, page: PageQuery },
    /// `POST …/vpc-endpoint-services/{id}/connections/action` with a `ConnectionActionRequest`.
    ConnectionAction { id: String },
    /// `GET …/vpc-endpoint-services/{id}/permissions` → `ListPermissionsResponse`.
    ListPermissions { id: String, page: PageQuery },
    /// `POST /vpcep/v1/{project}/endpoint_service/resource_instances/action` with a
    /// `ResourceInstancesRequest`.
    FilterServicesByTags,
    /// `GET /vpcep/v1/{project}/quotas`.
    Quotas(QuotaQuery),
    /// `GET /vpc/v1/{project}/vpcs?limit=&marker=` → `VpcList`.
    ListVpcs(MarkerQuery),
    /// `GET /elb/v3/{project}/elb/loadbalancers` → `LoadBalancerList`.
    ListLoadBalancers,
    /// `GET /ecs/v1/{project}/cloudservers/detail?limit=&offset=` → `ServerList` (`offset` is
    /// a page number, from 1).
    ListEcsServers(PageQuery),
}

/// Why a request matches no route.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RouteError {
    /// No such path (404).
    NotFound,
    /// The path exists, with other methods (405).
    MethodNotAllowed,
    /// The query could not be read (400, `EndPoint.0002`).
    BadQuery(String),
}

impl RouteError {
    /// The API error of this failure.
    pub fn code(&self) -> ErrorCode {
        match self {
            RouteError::NotFound => error::NOT_FOUND,
            RouteError::MethodNotAllowed | RouteError::BadQuery(_) => error::PARAMETER_ERROR,
        }
    }

    /// The HTTP status of this failure.
    pub fn status(&self) -> u16 {
        match self {
            RouteError::NotFound => 404,
            RouteError::MethodNotAllowed => 405,
            RouteError::BadQuery(_) => 400,
        }
    }
}

/// Characters percent-encoded in a path segment: controls, space and the URL delimiters.
const SEGMENT: &AsciiSet =
    &CONTROLS.add(b' ').add(b'"').add(b'#').add(b'%').add(b'/').add(b'<').add(b'>').add(b'?').add(b'`');

fn encode_segment(s: &str) -> String {
    utf8_percent_encode(s, SEGMENT).to_string()
}

fn query_string<Q: Serialize>(q: &Q) -> String {
    // Only flat structs of optional strings are serialized here, which cannot fail.
    serde_urlencoded::to_string(q).unwrap_or_default()
}

fn parse_query<Q: for<'de> Deserialize<'de>>(query: &str) -> Result<Q, RouteError> {
    serde_urlencoded::from_str(query).map_err(|e| RouteError::BadQuery(e.to_string()))
}

impl Route {
    /// The operation's name (`list_services`, `create_service`, …): what a test hook's
    /// fault names, and what the console's logs call it.
    pub fn name(&self) -> &'static str {
        match self {
            Route::ListServices(_) => "list_services",
            Route::CreateService => "create_service",
            Route::GetService { .. } => "get_service",
            Route::UpdateService { .. } => "update_service",
            Route::DeleteService { .. } => "delete_service",
            Route::ListConnections { .. } => "list_connections",
            Route::ConnectionAction { .. } => "connection_action",
            Route::ListPermissions { .. } => "list_permissions",
            Route::FilterServicesByTags => "filter_services_by_tags",
            Route::Quotas(_) => "quotas",
            Route::ListVpcs(_) => "list_vpcs",
            Route::ListLoadBalancers => "list_load_balancers",
            Route::ListEcsServers(_) => "list_ecs_servers",
        }
    }

    /// The method.
    pub fn method(&self) -> Method {
        match self {
            Route::CreateService | Route::ConnectionAction { .. } | Route::FilterServicesByTags => {
                Method::Post
            }
            Route::DeleteService { .. } => Method::Delete,
            Route::UpdateService { .. } => Method::Put,
            _ => Method::Get,
        }
    }

    /// The service the request goes to.
    pub fn service(&self) -> Service {
        match self {
            Route::ListVpcs(_) => Service::Vpc,
            Route::ListLoadBalancers => Service::Elb,
            Route::ListEcsServers(_) => Service::Ecs,
            _ => Service::Vpcep,
        }
    }

    fn version(&self) -> &'static str {
        if self.service() == Service::Elb {
            "v3"
        } else {
            "v1"
        }
    }

    /// The path segments after the project id.
    fn rest(&self) -> Vec<String> {
        let services = |id: &str, more: &[&str]| {
            let mut v = vec!["vpc-endpoint-services".to_owned(), encode_segment(id)];
            v.extend(more.iter().map(|s| (*s).to_owned()));
            v
        };
        let fixed = |parts: &[&str]| parts.iter().map(|s| (*s).to_owned()).collect();
        match self {
            Route::ListServices(_) | Route::CreateService => fixed(&["vpc-endpoint-services"]),
            Route::GetService { id } | Route::UpdateService { id } | Route::DeleteService { id } => {
                services(id, &[])
            }
            Route::ListConnections { id, .. } => services(id, &["connections"]),
            Route::ConnectionAction { id } => services(id, &["connections", "action"]),
            Route::ListPermissions { id, .. } => services(id, &["permissions"]),
            Route::FilterServicesByTags => fixed(&["endpoint_service", "resource_instances", "action"]),
            Route::Quotas(_) => fixed(&["quotas"]),
            Route::ListVpcs(_) => fixed(&["vpcs"]),
            Route::ListLoadBalancers => fixed(&["elb", "loadbalancers"]),
            Route::ListEcsServers(_) => fixed(&["cloudservers", "detail"]),
        }
    }

    /// The path, from the service prefix on: `/vpcep/v1/{project_id}/vpc-endpoint-services/…`.
    pub fn path(&self, project_id: &str) -> String {
        format!(
            "/{}/{}/{}/{}",
            self.service().prefix(),
            self.version(),
            encode_segment(project_id),
            self.rest().join("/")
        )
    }

    /// The query string (without `?`; empty when there is none).
    pub fn query(&self) -> String {
        match self {
            Route::ListServices(q) => query_string(q),
            Route::ListConnections { page, .. }
            | Route::ListPermissions { page, .. }
            | Route::ListEcsServers(page) => query_string(page),
            Route::ListVpcs(q) => query_string(q),
            Route::Quotas(q) => query_string(q),
            _ => String::new(),
        }
    }

    /// The path and query: what follows the endpoint base in the URL.
    pub fn target(&self, project_id: &str) -> String {
        let (path, query) = (self.path(project_id), self.query());
        if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        }
    }

    /// Routes a request: `path` as it arrived (percent-encoded, with or without the service
    /// prefix), `query` without `?`. Returns the project id and the route.
    pub fn parse(method: &str, path: &str, query: &str) -> Result<(String, Route), RouteError> {
        let decoded: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
            .collect();
        let mut segments: Vec<&str> = decoded.iter().map(String::as_str).collect();
        let prefixed = segments.first().and_then(|s| Service::from_prefix(s));
        if prefixed.is_some() {
            segments.remove(0);
        }
        let [version, project, rest @ ..] = segments.as_slice() else { return Err(RouteError::NotFound) };
        let route = Route::parse_rest(version, rest, query)?;
        if prefixed.is_some_and(|s| s != route.service()) {
            return Err(RouteError::NotFound);
        }
        let method = Method::parse(method).ok_or(RouteError::MethodNotAllowed)?;
        if method != route.method() {
            // The same path with another method: only these exist.
            let other = match (&route, method) {
                (Route::ListServices(_), Method::Post) => Some(Route::CreateService),
                (Route::GetService { id }, Method::Delete) => Some(Route::DeleteService { id: id.clone() }),
                (Route::GetService { id }, Method::Put) => Some(Route::UpdateService { id: id.clone() }),
                _ => None,
            };
            return other.map(|r| ((*project).to_owned(), r)).ok_or(RouteError::MethodNotAllowed);
        }
        Ok(((*project).to_owned(), route))
    }

    /// The route of the segments after the project id, as for a `GET` (or the path's only
    /// method).
    fn parse_rest(version: &str, rest: &[&str], query: &str) -> Result<Route, RouteError> {
        let id = |s: &str| s.to_owned();
        Ok(match (version, rest) {
            ("v1", ["vpc-endpoint-services"]) => Route::ListServices(parse_query(query)?),
            ("v1", ["vpc-endpoint-services", s]) => Route::GetService { id: id(s) },
            ("v1", ["vpc-endpoint-services", s, "connections"]) => {
                Route::ListConnections { id: id(s), page: parse_query(query)? }
            }
            ("v1", ["vpc-endpoint-services", s, "connections", "action"]) => {
                Route::ConnectionAction { id: id(s) }
            }
            ("v1", ["vpc-endpoint-services", s, "permissions"]) => {
                Route::ListPermissions { id: id(s), page: parse_query(query)? }
            }
            ("v1", ["endpoint_service", "resource_instances", "action"]) => Route::FilterServicesByTags,
            ("v1", ["quotas"]) => Route::Quotas(parse_query(query)?),
            ("v1", ["vpcs"]) => Route::ListVpcs(parse_query(query)?),
            ("v3", ["elb", "loadbalancers"]) => Route::ListLoadBalancers,
            ("v1", ["cloudservers", "detail"]) => Route::ListEcsServers(parse_query(query)?),
            _ => return Err(RouteError::NotFound),
        })
    }
}

#[cfg(test)]
mod tests {
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
            Route::ListServices(ListServicesQuery { limit: Some("10".into()), ..Default::default() })
                .target("p"),
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
}
