//! Routing an incoming request: the inverse of the request table's paths and queries.

use percent_encoding::percent_decode_str;
use serde::Deserialize;

use super::{Method, Route, RouteError, Service};
use crate::region::Region;

fn parse_query<Q: for<'de> Deserialize<'de>>(query: &str) -> Result<Q, RouteError> {
    serde_urlencoded::from_str(query).map_err(|e| RouteError::BadQuery(e.to_string()))
}

impl Route {
    /// Routes a request: `path` as it arrived (percent-encoded; with the service prefix and
    /// region, with the prefix only, or as the cloud's host sees it), `query` without `?`.
    /// Returns the project id (empty for the routes without one) and the route.
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
            if segments.first().is_some_and(|s| Region::from_id(s).is_some()) {
                segments.remove(0);
            }
        }
        let (project, route) = match segments.as_slice() {
            ["v3", "auth", "tokens"] => ("", Route::IssueToken),
            ["v2.0", "lbaas", "loadbalancers"] => ("", Route::ListSharedLoadBalancers(parse_query(query)?)),
            [version, project, rest @ ..] => (*project, Route::parse_rest(version, rest, query)?),
            _ => return Err(RouteError::NotFound),
        };
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
            return other.map(|r| (project.to_owned(), r)).ok_or(RouteError::MethodNotAllowed);
        }
        Ok((project.to_owned(), route))
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
            ("v1", ["vpc-endpoint-services", s, "permissions", "action"]) => {
                Route::PermissionAction { id: id(s) }
            }
            ("v1", ["endpoint_service", "resource_instances", "action"]) => Route::FilterServicesByTags,
            ("v1", ["endpoint_service", s, "tags", "action"]) => Route::TagAction { id: id(s) },
            ("v1", ["quotas"]) => Route::Quotas(parse_query(query)?),
            ("v1", ["vpcs"]) => Route::ListVpcs(parse_query(query)?),
            ("v1", ["subnets"]) => Route::ListSubnets(parse_query(query)?),
            ("v3", ["elb", "loadbalancers"]) => Route::ListLoadBalancers,
            ("v1", ["cloudservers", "detail"]) => Route::ListEcsServers(parse_query(query)?),
            _ => return Err(RouteError::NotFound),
        })
    }
}
