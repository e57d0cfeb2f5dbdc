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

mod method;
mod queries;

use crate::query::ListServicesQuery;
pub use method::{Method, Service};
pub use queries::{MarkerQuery, PageQuery, QuotaQuery};

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
mod tests;
