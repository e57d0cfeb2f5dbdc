//! The VPCEP v1 routes the console uses, on the mock cloud.

use serde::Serialize;
use vpcep_model::error::{self, ErrorCode};
use vpcep_model::resources::{LoadBalancerList, ServerDetail, ServerList, VpcList};
use vpcep_model::tag_filter::ResourceInstancesRequest;
use vpcep_model::{ApiErrorBody, ConnectionActionRequest, CreateServiceBody, ListServicesQuery};

/// The proxy prefixes of the cloud services the console calls.
const SERVICES: [&str; 4] = ["vpcep", "vpc", "elb", "ecs"];

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
    matches!(req.method.as_str(), "POST" | "PUT" | "DELETE")
}

/// Answers one request.
pub fn handle(req: &Request, projects: &mut Projects) -> Response {
    let mut segments: Vec<&str> = req.path.trim_matches('/').split('/').filter(|s| !s.is_empty()).collect();
    // Behind one proxy prefix per cloud service (`/vpcep/…`, `/vpc/…`, `/elb/…`, `/ecs/…`),
    // as the console's HTTP mode sends them, the prefix names the service: drop it.
    if segments.first().is_some_and(|s| SERVICES.contains(s)) {
        segments.remove(0);
    }
    let [version, project_id, rest @ ..] = segments.as_slice() else {
        return error(error::NOT_FOUND);
    };
    if *version != "v1" && *version != "v3" {
        return error(error::NOT_FOUND);
    }
    if req.header("X-Auth-Token").is_none_or(|t| t.trim().is_empty()) {
        return error(error::AUTHENTICATION_FAILED);
    }
    let cloud = projects.project(project_id);
    let m = req.method.as_str();
    if *version == "v3" {
        // ELB v3 is the only v3 API the console uses.
        return match (m, rest) {
            ("GET", ["elb", "loadbalancers"]) => {
                Response::json(200, &LoadBalancerList { loadbalancers: cloud.list_load_balancers() })
            }
            _ => error(error::NOT_FOUND),
        };
    }
    match (m, rest) {
        // The supporting lists, in their services' own shapes.
        ("GET", ["vpcs"]) => Response::json(200, &VpcList { vpcs: cloud.list_vpcs() }),
        ("GET", ["cloudservers", "detail"]) => {
            let servers: Vec<ServerDetail> =
                cloud.list_ecs_servers().iter().map(ServerDetail::from).collect();
            Response::json(200, &ServerList { count: servers.len() as u32, servers })
        }
        ("GET", ["vpc-endpoint-services"]) => {
            let q = ListServicesQuery {
                endpoint_service_name: req.query_param("endpoint_service_name"),
                id: req.query_param("id"),
                status: req.query_param("status"),
                sort_key: req.query_param("sort_key"),
                sort_dir: req.query_param("sort_dir"),
                limit: req.query_param("limit"),
                offset: req.query_param("offset"),
            };
            answer(cloud.list_services(&q))
        }
        ("POST", ["vpc-endpoint-services"]) => match body::<CreateServiceBody>(req) {
            Ok(b) => answer(cloud.create_service(&b)),
            Err(r) => r,
        },
        ("GET", ["vpc-endpoint-services", id]) => answer(cloud.get_service(id)),
        ("DELETE", ["vpc-endpoint-services", id]) => match cloud.delete_service(id) {
            Ok(()) => Response::no_content(),
            Err(code) => error(code),
        },
        ("GET", ["vpc-endpoint-services", id, "connections"]) => answer(cloud.list_connections(id)),
        ("GET", ["vpc-endpoint-services", id, "permissions"]) => answer(cloud.list_permissions(id)),
        ("POST", ["vpc-endpoint-services", id, "connections", "action"]) => {
            match body::<ConnectionActionRequest>(req) {
                Ok(b) => answer(cloud.connection_action(id, &b)),
                Err(r) => r,
            }
        }
        ("GET", ["quotas"]) => {
            let (used, quota) = cloud.service_quota();
            let kind = req.query_param("type");
            if kind.as_deref().is_some_and(|k| k != "endpoint_service") {
                return error(error::PARAMETER_ERROR);
            }
            Response::json(
                200,
                &QuotaAnswer {
                    quotas: Quotas {
                        resources: vec![QuotaResource { kind: "endpoint_service", used, quota }],
                    },
                },
            )
        }
        ("POST", ["endpoint_service", "resource_instances", "action"]) => {
            match body::<ResourceInstancesRequest>(req) {
                Ok(b) => answer(cloud.filter_services_by_tags(&b)),
                Err(r) => r,
            }
        }
        (_, ["vpc-endpoint-services"] | ["vpc-endpoint-services", _] | ["quotas"]) => Response::json(
            405,
            &ApiErrorBody {
                error_code: "EndPoint.0002".into(),
                error_msg: format!("Method {m} is not allowed here."),
            },
        ),
        _ => error(error::NOT_FOUND),
    }
}
