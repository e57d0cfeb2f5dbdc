//! The VPCEP v1 mock API: requests routed by the model's request table, answered by the mock
//! cloud of their project, in the API's own shapes and with its EndPoint codes.

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use vpcep_model::error::{self, ErrorCode};
use vpcep_model::load_balancers::{SharedLoadBalancerList, SubnetList, MARKER_PAGE_LIMIT};
use vpcep_model::resources::{
    LoadBalancerList, ServerDetail, ServerList, VpcList, ECS_PAGE_LIMIT, VPC_PAGE_LIMIT,
};
use vpcep_model::tag_filter::ResourceInstancesRequest;
use vpcep_model::{
    ApiErrorBody, ConnectionActionRequest, CreateServiceBody, PermissionActionRequest, QuotaResponse, Route,
    RouteError, TagActionRequest, UpdateServiceBody,
};

use crate::store::{SaveFailed, Store};

/// An answer: a status and a JSON body (none for 204).
pub struct Answer {
    pub status: StatusCode,
    pub body: Option<serde_json::Value>,
}

impl Answer {
    fn json<T: Serialize>(status: u16, v: &T) -> Answer {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        Answer { status, body: Some(serde_json::to_value(v).unwrap_or_default()) }
    }

    /// The API's error answer for `code`.
    pub fn error(code: ErrorCode) -> Answer {
        Answer::json(code.status, &code.body())
    }

    /// The API's error body for `code`, with a message of its own.
    pub fn error_msg(code: ErrorCode, status: u16, message: String) -> Answer {
        Answer::json(status, &ApiErrorBody { error_code: code.code.to_owned(), error_msg: message })
    }

    fn of<T: Serialize>(r: Result<T, ErrorCode>) -> Answer {
        match r {
            Ok(v) => Answer::json(200, &v),
            Err(code) => Answer::error(code),
        }
    }

    /// 204 without a body, or the error.
    fn no_content(result: Result<(), ErrorCode>) -> Answer {
        match result {
            Ok(()) => Answer { status: StatusCode::NO_CONTENT, body: None },
            Err(code) => Answer::error(code),
        }
    }

    fn changed(&self) -> bool {
        self.status.is_success()
    }
}

impl IntoResponse for Answer {
    fn into_response(self) -> Response {
        match self.body {
            Some(v) => (self.status, axum::Json(v)).into_response(),
            None => self.status.into_response(),
        }
    }
}

/// A JSON body of the expected shape, or the API's answer to one that is not.
fn body<T: serde::de::DeserializeOwned>(bytes: &Bytes) -> Result<T, Answer> {
    if bytes.is_empty() {
        return Err(Answer::error_msg(error::PARAMETER_ERROR, 400, "The request body is empty.".into()));
    }
    serde_json::from_slice(bytes).map_err(|e| {
        let what = if e.is_syntax() || e.is_eof() {
            "The request body is not valid JSON"
        } else {
            "Parameter error"
        };
        Answer::error_msg(error::PARAMETER_ERROR, 400, format!("{what}: {e}."))
    })
}

/// Routes a request: `Err` for a path that is not the API's.
pub fn route(method: &Method, path: &str, query: &str) -> Result<(String, Route), RouteError> {
    Route::parse(method.as_str(), path, query)
}

/// The answer for a request that did not route.
pub fn route_error(e: RouteError, method: &Method) -> Answer {
    match e {
        RouteError::MethodNotAllowed => {
            Answer::error_msg(error::PARAMETER_ERROR, 405, format!("Method {method} is not allowed here."))
        }
        RouteError::BadQuery(why) => {
            Answer::error_msg(error::PARAMETER_ERROR, 400, format!("Bad query: {why}."))
        }
        RouteError::NotFound => Answer::error(error::NOT_FOUND),
    }
}

/// Whether the request carries a token (any non-empty `X-Auth-Token`).
pub fn has_token(headers: &HeaderMap) -> bool {
    headers.get("x-auth-token").and_then(|v| v.to_str().ok()).is_some_and(|t| !t.trim().is_empty())
}

/// The ECS API's page size when none is asked for.
const ECS_DEFAULT_PAGE: u32 = 25;

/// A page size: `default` when absent, `None` when not a number up to `max`.
fn page_limit(limit: Option<&str>, default: u32, max: u32) -> Option<usize> {
    match limit {
        None => Some(default as usize),
        Some(l) => l.parse::<u32>().ok().filter(|l| *l <= max).map(|l| l as usize),
    }
}

/// The page of `items` after the one whose id is `marker` (an unknown marker: from the start).
fn after_marker<T>(items: Vec<T>, marker: Option<&str>, limit: usize, id: impl Fn(&T) -> &String) -> Vec<T> {
    let start = marker.and_then(|m| items.iter().position(|v| id(v) == m)).map_or(0, |i| i + 1);
    items.into_iter().skip(start).take(limit).collect()
}

/// A change to a project's cloud, and its answer.
type Change = Box<dyn FnOnce(&mut vpcep_mock::MockCloud<vpcep_mock::SystemClock>) -> Answer + Send>;

/// Answers a routed request of project `project`.
pub async fn answer(store: &Store, project: &str, route: Route, bytes: &Bytes) -> Answer {
    let write = |f: Change| async move {
        match store.write(project, f, Answer::changed).await {
            Ok(a) => a,
            Err(SaveFailed(why)) => {
                eprintln!("vpcep-server: the state could not be saved, the change was undone: {why}");
                Answer::error_msg(
                    error::SYSTEM_ERROR,
                    500,
                    "The change could not be saved; nothing was changed.".into(),
                )
            }
        }
    };
    match route {
        Route::ListVpcs(q) => {
            let Some(limit) = page_limit(q.limit.as_deref(), VPC_PAGE_LIMIT, VPC_PAGE_LIMIT) else {
                return Answer::error_msg(error::PARAMETER_ERROR, 400, "limit must be 0 to 2000.".into());
            };
            store.read(project, |c| {
                let vpcs = after_marker(c.list_vpcs(), q.marker.as_deref(), limit, |v| &v.id);
                Answer::json(200, &VpcList { vpcs })
            })
        }
        Route::ListSubnets(q) => {
            let Some(limit) = page_limit(q.limit.as_deref(), VPC_PAGE_LIMIT, VPC_PAGE_LIMIT) else {
                return Answer::error_msg(error::PARAMETER_ERROR, 400, "limit must be 0 to 2000.".into());
            };
            store.read(project, |c| {
                let subnets = after_marker(c.list_subnets(), q.marker.as_deref(), limit, |s| &s.id);
                Answer::json(200, &SubnetList { subnets })
            })
        }
        Route::ListLoadBalancers => store.read(project, |c| {
            Answer::json(200, &LoadBalancerList { loadbalancers: c.list_dedicated_load_balancers() })
        }),
        Route::ListSharedLoadBalancers(q) => {
            let Some(limit) = page_limit(q.limit.as_deref(), MARKER_PAGE_LIMIT, MARKER_PAGE_LIMIT) else {
                return Answer::error_msg(error::PARAMETER_ERROR, 400, "limit must be 0 to 1000.".into());
            };
            store.read(project, |c| {
                let loadbalancers =
                    after_marker(c.list_shared_load_balancers(), q.marker.as_deref(), limit, |l| &l.id);
                Answer::json(200, &SharedLoadBalancerList { loadbalancers, loadbalancers_links: Vec::new() })
            })
        }
        // IAM is answered before a project is known (see `crate::iam`).
        Route::IssueToken => Answer::error(error::NOT_FOUND),
        Route::ListEcsServers(q) => {
            let limit = page_limit(q.limit.as_deref(), ECS_DEFAULT_PAGE, ECS_PAGE_LIMIT)
                .map(|l| store.ecs_page_cap.map_or(l, |cap| l.min(cap)));
            let page = q.offset.as_deref().map_or(Some(1), |o| o.parse::<usize>().ok().filter(|p| *p >= 1));
            let (Some(limit), Some(page)) = (limit, page) else {
                let message = "limit must be 1 to 1000, offset a page number from 1.".into();
                return Answer::error_msg(error::PARAMETER_ERROR, 400, message);
            };
            store.read(project, |c| {
                let all: Vec<ServerDetail> = c.list_ecs_servers().iter().map(ServerDetail::from).collect();
                let count = all.len() as u32;
                let servers = all.into_iter().skip((page - 1) * limit).take(limit).collect();
                Answer::json(200, &ServerList { count, servers })
            })
        }
        Route::ListServices(q) => store.read(project, |c| Answer::of(c.list_services(&q))),
        Route::GetService { id } => store.read(project, |c| Answer::of(c.get_service(&id))),
        Route::ListConnections { id, .. } => store.read(project, |c| Answer::of(c.list_connections(&id))),
        Route::ListPermissions { id, .. } => store.read(project, |c| Answer::of(c.list_permissions(&id))),
        Route::Quotas(q) => {
            if q.kind.as_deref().is_some_and(|k| k != "endpoint_service") {
                return Answer::error(error::PARAMETER_ERROR);
            }
            store.read(project, |c| {
                let (used, quota) = c.service_quota();
                Answer::json(200, &QuotaResponse::endpoint_services(used as u32, quota as u32))
            })
        }
        Route::FilterServicesByTags => match body::<ResourceInstancesRequest>(bytes) {
            Ok(b) => store.read(project, |c| Answer::of(c.filter_services_by_tags(&b))),
            Err(a) => a,
        },
        Route::CreateService => match body::<CreateServiceBody>(bytes) {
            Ok(b) => write(Box::new(move |c| Answer::of(c.create_service(&b)))).await,
            Err(a) => a,
        },
        Route::UpdateService { id } => match body::<UpdateServiceBody>(bytes) {
            Ok(b) => write(Box::new(move |c| Answer::of(c.update_service(&id, &b)))).await,
            Err(a) => a,
        },
        Route::DeleteService { id } => {
            write(Box::new(move |c| Answer::no_content(c.delete_service(&id)))).await
        }
        Route::ConnectionAction { id } => match body::<ConnectionActionRequest>(bytes) {
            Ok(b) => write(Box::new(move |c| Answer::of(c.connection_action(&id, &b)))).await,
            Err(a) => a,
        },
        Route::PermissionAction { id } => match body::<PermissionActionRequest>(bytes) {
            Ok(b) => write(Box::new(move |c| Answer::of(c.permission_action(&id, &b)))).await,
            Err(a) => a,
        },
        Route::TagAction { id } => match body::<TagActionRequest>(bytes) {
            Ok(b) => write(Box::new(move |c| Answer::no_content(c.tag_action(&id, &b)))).await,
            Err(a) => a,
        },
    }
}
