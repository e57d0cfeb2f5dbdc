//! The VPCEP v1 routes the console uses, on the mock cloud.

use serde::Serialize;
use vpcep_model::error::{self, ErrorCode};
use vpcep_model::resources::{LoadBalancerList, ServerDetail, ServerList, VpcList};
use vpcep_model::tag_filter::ResourceInstancesRequest;
use vpcep_model::{ApiErrorBody, ConnectionActionRequest, CreateServiceBody, Method, Route, RouteError};

use crate::http::{Request, Response};
use crate::store::Projects;

fn error(code: ErrorCode) -> Response {
    Response::json(code.status, &code.body())
}

fn error_msg(code: ErrorCode, message: String) -> Response {
    Response::json(code.status, &ApiErrorBody { error_code: code.code.to_owned(), error_msg: message })
}

fn answer<T: Serialize>(r: Result<T, ErrorCode>) -> Response {
    match r {
        Ok(v) => Response::json(200, &v),
        Err(code) => error(code),
    }
}

/// A JSON body, or the answer for one that is not valid JSON of the right shape.
fn body<T: serde::de::DeserializeOwned>(req: &Request) -> Result<T, Response> {
    if req.body.is_empty() {
        return Err(error_msg(error::PARAMETER_ERROR, "The request body is empty.".into()));
    }
    serde_json::from_slice(&req.body).map_err(|e| {
        let what = if e.is_syntax() || e.is_eof() {
            "The request body is not valid JSON"
        } else {
            "Parameter error"
        };
        error_msg(error::PARAMETER_ERROR, format!("{what}: {e}."))
    })
}

#[derive(Serialize)]
struct QuotaResource {
    #[serde(rename = "type")]
    kind: &'static str,
    used: usize,
    quota: usize,
}

#[derive(Serialize)]
struct Quotas {
    resources: Vec<QuotaResource>,
}

#[derive(Serialize)]
struct QuotaAnswer {
    quotas: Quotas,
}

/// Whether a request changes state (and the state file must be written).
pub fn is_write(req: &Request) -> bool {
    Method::parse(&req.method).is_some_and(Method::is_write)
}

/// Answers one request, routed by the model's request table.
pub fn handle(req: &Request, projects: &mut Projects) -> Response {
    let (project_id, route) = match Route::parse(&req.method, &req.raw_path, &req.raw_query) {
        Ok(r) => r,
        Err(RouteError::MethodNotAllowed) => {
            let message = format!("Method {} is not allowed here.", req.method);
            return Response::json(
                405,
                &ApiErrorBody { error_code: error::PARAMETER_ERROR.code.into(), error_msg: message },
            );
        }
        Err(RouteError::BadQuery(why)) => {
            return error_msg(error::PARAMETER_ERROR, format!("Bad query: {why}."))
        }
        Err(RouteError::NotFound) => return error(error::NOT_FOUND),
    };
    if req.header("X-Auth-Token").is_none_or(|t| t.trim().is_empty()) {
        return error(error::AUTHENTICATION_FAILED);
    }
    let cloud = projects.project(&project_id);
    match route {
        // The supporting lists, in their services' own shapes.
        Route::ListVpcs(_) => Response::json(200, &VpcList { vpcs: cloud.list_vpcs() }),
        Route::ListLoadBalancers => {
            Response::json(200, &LoadBalancerList { loadbalancers: cloud.list_load_balancers() })
        }
        Route::ListEcsServers => {
            let servers: Vec<ServerDetail> =
                cloud.list_ecs_servers().iter().map(ServerDetail::from).collect();
            Response::json(200, &ServerList { count: servers.len() as u32, servers })
        }
        Route::ListServices(q) => answer(cloud.list_services(&q)),
        Route::CreateService => match body::<CreateServiceBody>(req) {
            Ok(b) => answer(cloud.create_service(&b)),
            Err(r) => r,
        },
        Route::GetService { id } => answer(cloud.get_service(&id)),
        Route::DeleteService { id } => match cloud.delete_service(&id) {
            Ok(()) => Response::no_content(),
            Err(code) => error(code),
        },
        Route::ListConnections { id, .. } => answer(cloud.list_connections(&id)),
        Route::ListPermissions { id, .. } => answer(cloud.list_permissions(&id)),
        Route::ConnectionAction { id } => match body::<ConnectionActionRequest>(req) {
            Ok(b) => answer(cloud.connection_action(&id, &b)),
            Err(r) => r,
        },
        Route::Quotas(q) => {
            if q.kind.as_deref().is_some_and(|k| k != "endpoint_service") {
                return error(error::PARAMETER_ERROR);
            }
            let (used, quota) = cloud.service_quota();
            let resources = vec![QuotaResource { kind: "endpoint_service", used, quota }];
            Response::json(200, &QuotaAnswer { quotas: Quotas { resources } })
        }
        Route::FilterServicesByTags => match body::<ResourceInstancesRequest>(req) {
            Ok(b) => answer(cloud.filter_services_by_tags(&b)),
            Err(r) => r,
        },
    }
}
