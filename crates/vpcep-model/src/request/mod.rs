//! The table of the requests the console sends: method, path and query of each, in one place.
//!
//! The HTTP client builds its URLs with [`Route::method`], [`Route::path`] and [`Route::query`];
//! the server routes an incoming request with [`Route::parse`]; the tests check that the two are
//! inverses. Queries are (de)serialized with serde (`serde_urlencoded`), path segments are
//! percent-encoded (`percent-encoding`): nothing here parses HTTP by hand.
//!
//! Paths are written as the console sends them to its gateway:
//! `/{service}/{region}/{path on the cloud's host}`, e.g.
//! `/vpcep/eu-de/v1/{project_id}/vpc-endpoint-services`, which the gateway sends to
//! `https://vpcep.eu-de.otc.t-systems.com/v1/{project_id}/vpc-endpoint-services`
//! ([`Route::cloud_target`]). The mock server also accepts them without the region, and
//! without the service prefix, as the cloud's own hosts see them.

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use serde::Serialize;

use crate::error::{self, ErrorCode};
use crate::region::Region;

mod method;
mod parse;
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
    /// `POST …/vpc-endpoint-services/{id}/permissions/action` with a `PermissionActionRequest`
    /// → `PermissionActionResponse`.
    PermissionAction { id: String },
    /// `POST /vpcep/v1/{project}/endpoint_service/{id}/tags/action` with a `TagActionRequest`
    /// → no body.
    TagAction { id: String },
    /// `POST /vpcep/v1/{project}/endpoint_service/resource_instances/action` with a
    /// `ResourceInstancesRequest`.
    FilterServicesByTags,
    /// `GET /vpcep/v1/{project}/quotas`.
    Quotas(QuotaQuery),
    /// `GET /vpc/v1/{project}/vpcs?limit=&marker=` → `VpcList`.
    ListVpcs(MarkerQuery),
    /// `GET /elb/v3/{project}/elb/loadbalancers` → `LoadBalancerList` (dedicated load
    /// balancers).
    ListLoadBalancers,
    /// `GET /elb/v2.0/lbaas/loadbalancers?limit=&marker=` (no project in the path) →
    /// `SharedLoadBalancerList` (shared load balancers, the seed's "enhanced" ones).
    ListSharedLoadBalancers(MarkerQuery),
    /// `GET /vpc/v1/{project}/subnets?limit=&marker=` → `SubnetList`.
    ListSubnets(MarkerQuery),
    /// `POST /iam/v3/auth/tokens` with a `PasswordAuthRequest` → 201, `TokenResponse` and the
    /// token in `X-Subject-Token`.
    IssueToken,
    /// `GET /ecs/v1/{project}/cloudservers/detail?limit=&offset=` → `ServerList` (`offset` is
    /// a page number, from 1).
    ListEcsServers(PageQuery),
}

/// The Open Telekom Cloud's domain: a service's host is `{service}.{region}.{CLOUD_DOMAIN}`.
pub const CLOUD_DOMAIN: &str = "otc.t-systems.com";

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

fn with_query(path: String, query: String) -> String {
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

/// The console's operations by name: what [`Route::operation`] gives for its requests, and
/// what the embedded mock calls its engine by. What a scenario's failure can be aimed at.
pub const OPERATIONS: [&str; 15] = [
    "list_services",
    "get_service",
    "create_service",
    "update_service",
    "delete_service",
    "list_connections",
    "connection_action",
    "list_permissions",
    "permission_action",
    "tag_action",
    "filter_services_by_tags",
    "quotas",
    "list_vpcs",
    "list_load_balancers",
    "list_ecs_servers",
];

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
            Route::PermissionAction { .. } => "permission_action",
            Route::TagAction { .. } => "tag_action",
            Route::FilterServicesByTags => "filter_services_by_tags",
            Route::Quotas(_) => "quotas",
            Route::ListVpcs(_) => "list_vpcs",
            Route::ListLoadBalancers => "list_load_balancers",
            Route::ListSharedLoadBalancers(_) => "list_shared_load_balancers",
            Route::ListSubnets(_) => "list_subnets",
            Route::IssueToken => "issue_token",
            Route::ListEcsServers(_) => "list_ecs_servers",
        }
    }

    /// The console's operation this request belongs to (one of [`OPERATIONS`] for the
    /// console's own calls): its name, except that both kinds of load balancer list are the one
    /// operation `list_load_balancers`, as the console reads them together.
    pub fn operation(&self) -> &'static str {
        match self {
            Route::ListSharedLoadBalancers(_) => "list_load_balancers",
            other => other.name(),
        }
    }

    /// The method.
    pub fn method(&self) -> Method {
        match self {
            Route::CreateService
            | Route::ConnectionAction { .. }
            | Route::PermissionAction { .. }
            | Route::TagAction { .. }
            | Route::FilterServicesByTags
            | Route::IssueToken => Method::Post,
            Route::DeleteService { .. } => Method::Delete,
            Route::UpdateService { .. } => Method::Put,
            _ => Method::Get,
        }
    }

    /// The service the request goes to.
    pub fn service(&self) -> Service {
        match self {
            Route::ListVpcs(_) | Route::ListSubnets(_) => Service::Vpc,
            Route::ListLoadBalancers | Route::ListSharedLoadBalancers(_) => Service::Elb,
            Route::IssueToken => Service::Iam,
            Route::ListEcsServers(_) => Service::Ecs,
            _ => Service::Vpcep,
        }
    }

    fn version(&self) -> &'static str {
        match self {
            Route::ListLoadBalancers | Route::IssueToken => "v3",
            Route::ListSharedLoadBalancers(_) => "v2.0",
            _ => "v1",
        }
    }

    /// Whether the path carries the project id after the version (all but IAM's token call and
    /// the shared load balancers, which take the project from the token).
    fn has_project(&self) -> bool {
        !matches!(self, Route::IssueToken | Route::ListSharedLoadBalancers(_))
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
            Route::PermissionAction { id } => services(id, &["permissions", "action"]),
            Route::TagAction { id } => {
                vec![
                    "endpoint_service".to_owned(),
                    encode_segment(id),
                    "tags".to_owned(),
                    "action".to_owned(),
                ]
            }
            Route::FilterServicesByTags => fixed(&["endpoint_service", "resource_instances", "action"]),
            Route::Quotas(_) => fixed(&["quotas"]),
            Route::ListVpcs(_) => fixed(&["vpcs"]),
            Route::ListLoadBalancers => fixed(&["elb", "loadbalancers"]),
            Route::ListSharedLoadBalancers(_) => fixed(&["lbaas", "loadbalancers"]),
            Route::ListSubnets(_) => fixed(&["subnets"]),
            Route::IssueToken => fixed(&["auth", "tokens"]),
            Route::ListEcsServers(_) => fixed(&["cloudservers", "detail"]),
        }
    }

    /// The path on the cloud's own host: `/v1/{project_id}/vpc-endpoint-services/…`.
    pub fn cloud_path(&self, project_id: &str) -> String {
        let rest = self.rest().join("/");
        if self.has_project() {
            format!("/{}/{}/{rest}", self.version(), encode_segment(project_id))
        } else {
            format!("/{}/{rest}", self.version())
        }
    }

    /// The path behind the console's gateway:
    /// `/{service}/{region}/v1/{project_id}/vpc-endpoint-services/…`.
    pub fn path(&self, region: Region, project_id: &str) -> String {
        format!("/{}/{}{}", self.service().prefix(), region.id(), self.cloud_path(project_id))
    }

    /// The query string (without `?`; empty when there is none).
    pub fn query(&self) -> String {
        match self {
            Route::ListServices(q) => query_string(q),
            Route::ListConnections { page, .. }
            | Route::ListPermissions { page, .. }
            | Route::ListEcsServers(page) => query_string(page),
            Route::ListVpcs(q) | Route::ListSubnets(q) | Route::ListSharedLoadBalancers(q) => query_string(q),
            Route::Quotas(q) => query_string(q),
            _ => String::new(),
        }
    }

    /// The path and query behind the console's gateway: what follows the gateway's base
    /// (`/api`) in the URL.
    pub fn target(&self, region: Region, project_id: &str) -> String {
        with_query(self.path(region, project_id), self.query())
    }

    /// The path and query on the cloud's own host.
    pub fn cloud_target(&self, project_id: &str) -> String {
        with_query(self.cloud_path(project_id), self.query())
    }

    /// The whole URL on the cloud: `https://vpcep.eu-de.otc.t-systems.com/v1/{project}/…`.
    pub fn cloud_url(&self, region: Region, project_id: &str) -> String {
        format!(
            "https://{}.{}.{CLOUD_DOMAIN}{}",
            self.service().prefix(),
            region.id(),
            self.cloud_target(project_id)
        )
    }

    /// The region named in a gateway path (`/vpcep/eu-de/…`), if any.
    pub fn region_of(path: &str) -> Option<Region> {
        let mut segments = path.split('/').filter(|s| !s.is_empty());
        Service::from_prefix(segments.next()?)?;
        Region::from_id(segments.next()?)
    }
}

#[cfg(test)]
mod tests;
