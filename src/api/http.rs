//! The VPCEP v1 REST API (and the VPC, ELB and ECS lists) over HTTP, with the same wire types
//! as the mock. Every request carries `X-Auth-Token` and gives up after 15 s.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::{Method, RequestBuilder};
use leptos::prelude::set_timeout_with_handle;
use serde::de::DeserializeOwned;
use vpcep_model::resources::{LoadBalancerList, ServerList, VpcList};
use vpcep_model::tag_filter::{ResourceInstancesRequest, ResourceInstancesResponse};
use vpcep_model::{
    ApiErrorBody, ConnectionActionRequest, ConnectionActionResponse, CreateServiceBody, EcsServer,
    EndpointService, ListConnectionsResponse, ListPermissionsResponse, ListServicesQuery,
    ListServicesResponse, LoadBalancer, Region, Vpc,
};

use super::settings::{token, ApiSettings};
use super::{ApiError, ApiFuture, VpcepApi};

/// How long a request may take.
pub const TIMEOUT_SECONDS: u32 = 15;

thread_local! {
    /// The reads in flight, cancelled when the user leaves the page (see [`cancel_reads`]).
    static READS: std::cell::RefCell<Vec<web_sys::AbortController>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Cancels every read (GET) in flight: the page that asked for it is gone. Writes are never
/// cancelled, since the server may already have done them.
pub fn cancel_reads() {
    READS.with(|r| {
        for c in r.borrow_mut().drain(..) {
            c.abort();
        }
    });
}

/// The HTTP client.
#[derive(Clone, Debug)]
pub struct HttpApi {
    settings: ApiSettings,
}

fn encode(v: &str) -> String {
    js_sys::encode_uri_component(v).as_string().unwrap_or_default()
}

impl HttpApi {
    /// A client for `settings` (the token is read from this tab's session at every request).
    pub fn new(settings: ApiSettings) -> Self {
        HttpApi { settings }
    }

    fn url(&self, service: &str, version: &str, path: &str) -> String {
        let base = self.settings.base.trim_end_matches('/');
        format!("{base}/{service}/{version}/{}/{path}", encode(self.settings.project_id.trim()))
    }

    fn vpcep(&self, path: &str) -> String {
        self.url("vpcep", "v1", path)
    }

    /// Sends a request; the answer's text on success.
    async fn send(method: Method, url: String, body: Option<String>) -> Result<(u16, String), ApiError> {
        let controller =
            web_sys::AbortController::new().map_err(|_| ApiError::Network("no AbortController".into()))?;
        let timed_out = Rc::new(Cell::new(false));
        let flag = timed_out.clone();
        let abort = controller.clone();
        let timer = set_timeout_with_handle(
            move || {
                flag.set(true);
                abort.abort();
            },
            Duration::from_secs(u64::from(TIMEOUT_SECONDS)),
        )
        .ok();
        let signal = controller.signal();
        let read = method == Method::GET;
        if read {
            READS.with(|r| r.borrow_mut().push(controller.clone()));
        }
        let builder = RequestBuilder::new(&url)
            .method(method)
            .header("X-Auth-Token", &token())
            .header("Accept", "application/json")
            .abort_signal(Some(&signal));
        let request = match body {
            Some(b) => builder.header("Content-Type", "application/json").body(b),
            None => builder.build(),
        }
        .map_err(|e| ApiError::Network(e.to_string()))?;
        let result = async {
            let response = request.send().await?;
            let status = response.status();
            let text = response.text().await?;
            Ok::<_, gloo_net::Error>((status, text))
        }
        .await;
        if let Some(t) = timer {
            t.clear();
        }
        if read {
            READS.with(|r| r.borrow_mut().retain(|c| c != &controller));
        }
        let (status, text) = match result {
            Ok(r) => r,
            Err(_) if timed_out.get() => return Err(ApiError::Timeout { seconds: TIMEOUT_SECONDS }),
            Err(e) => return Err(ApiError::Network(e.to_string())),
        };
        if (200..300).contains(&status) {
            return Ok((status, text));
        }
        Err(match serde_json::from_str::<ApiErrorBody>(&text) {
            Ok(body) => ApiError::from_body(status, body),
            Err(_) => {
                ApiError::Http { status, code: None, message: format!("HTTP {status} with no error body.") }
            }
        })
    }

    fn json<T: DeserializeOwned + 'static>(
        method: Method,
        url: String,
        body: Option<String>,
    ) -> ApiFuture<T> {
        Box::pin(async move {
            let (_, text) = Self::send(method, url, body).await?;
            serde_json::from_str(&text).map_err(|e| ApiError::Malformed(e.to_string()))
        })
    }

    fn get<T: DeserializeOwned + 'static>(&self, url: String) -> ApiFuture<T> {
        Self::json(Method::GET, url, None)
    }
}

impl VpcepApi for HttpApi {
    fn list_services(&self, _: Region, query: ListServicesQuery) -> ApiFuture<ListServicesResponse> {
        let q: Vec<String> = query.pairs().into_iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
        let url = self.vpcep("vpc-endpoint-services");
        self.get(if q.is_empty() { url } else { format!("{url}?{}", q.join("&")) })
    }

    fn get_service(&self, _: Region, id: String) -> ApiFuture<EndpointService> {
        self.get(self.vpcep(&format!("vpc-endpoint-services/{}", encode(&id))))
    }

    fn create_service(&self, _: Region, body: CreateServiceBody) -> ApiFuture<EndpointService> {
        let json = serde_json::to_string(&body).unwrap_or_default();
        Self::json(Method::POST, self.vpcep("vpc-endpoint-services"), Some(json))
    }

    fn delete_service(&self, _: Region, id: String) -> ApiFuture<()> {
        let url = self.vpcep(&format!("vpc-endpoint-services/{}", encode(&id)));
        Box::pin(async move { Self::send(Method::DELETE, url, None).await.map(drop) })
    }

    fn list_connections(&self, _: Region, id: String) -> ApiFuture<ListConnectionsResponse> {
        self.get(self.vpcep(&format!("vpc-endpoint-services/{}/connections?limit=1000", encode(&id))))
    }

    fn connection_action(
        &self,
        _: Region,
        id: String,
        request: ConnectionActionRequest,
    ) -> ApiFuture<ConnectionActionResponse> {
        let json = serde_json::to_string(&request).unwrap_or_default();
        Self::json(
            Method::POST,
            self.vpcep(&format!("vpc-endpoint-services/{}/connections/action", encode(&id))),
            Some(json),
        )
    }

    fn list_permissions(&self, _: Region, id: String) -> ApiFuture<ListPermissionsResponse> {
        self.get(self.vpcep(&format!("vpc-endpoint-services/{}/permissions?limit=500", encode(&id))))
    }

    fn filter_services_by_tags(
        &self,
        _: Region,
        request: ResourceInstancesRequest,
    ) -> ApiFuture<ResourceInstancesResponse> {
        let json = serde_json::to_string(&request).unwrap_or_default();
        Self::json(Method::POST, self.vpcep("endpoint_service/resource_instances/action"), Some(json))
    }

    fn list_vpcs(&self, _: Region) -> ApiFuture<Vec<Vpc>> {
        let f = self.get::<VpcList>(self.url("vpc", "v1", "vpcs?limit=1000"));
        Box::pin(async move { f.await.map(|l| l.vpcs) })
    }

    fn list_load_balancers(&self, _: Region) -> ApiFuture<Vec<LoadBalancer>> {
        let f = self.get::<LoadBalancerList>(self.url("elb", "v3", "elb/loadbalancers"));
        Box::pin(async move { f.await.map(|l| l.loadbalancers) })
    }

    fn list_ecs_servers(&self, _: Region) -> ApiFuture<Vec<EcsServer>> {
        let f = self.get::<ServerList>(self.url("ecs", "v1", "cloudservers/detail"));
        Box::pin(async move { f.await.map(|l| l.servers.iter().filter_map(|s| s.to_ecs_server()).collect()) })
    }
}
