//! The VPCEP v1 REST API (and the VPC, ELB and ECS lists) over HTTP, with the same wire types
//! as the mock. Every URL comes from the model's request table ([`Route`]); every request
//! carries `X-Auth-Token` and gives up after 15 s.
//!
//! A read (GET) is aborted when the reactive owner that sent it is cleaned up: the page that
//! asked for it is gone, or a resource asked again with new inputs (see [`HttpApi::send`]).
//! Writes are never aborted, since the server may already have done them.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::{Method as HttpMethod, RequestBuilder};
use leptos::prelude::{on_cleanup, set_timeout_with_handle};
use send_wrapper::SendWrapper;
use serde::de::DeserializeOwned;
use serde::Serialize;
use vpcep_model::resources::{
    next_ecs_page, next_vpc_marker, LoadBalancerList, ServerList, VpcList, ECS_PAGE_LIMIT, VPC_PAGE_LIMIT,
};
use vpcep_model::tag_filter::{ResourceInstancesRequest, ResourceInstancesResponse};
use vpcep_model::{
    ApiErrorBody, ConnectionActionRequest, ConnectionActionResponse, CreateServiceBody, EcsServer,
    EndpointService, ListConnectionsResponse, ListPermissionsResponse, ListServicesQuery,
    ListServicesResponse, LoadBalancer, MarkerQuery, Method, PageQuery, QuotaQuery, QuotaResponse, Region,
    Route, UpdateServiceBody, Vpc,
};

use super::settings::{token, ApiSettings};
use super::{ApiError, ApiFuture, VpcepApi};

/// How long a request may take.
pub const TIMEOUT_SECONDS: u32 = 15;
/// How many connections and whitelist records one list asks for (the API's maximum).
const CONNECTIONS_LIMIT: u32 = 1000;
const PERMISSIONS_LIMIT: u32 = 500;

/// The HTTP client.
#[derive(Clone, Debug)]
pub struct HttpApi {
    settings: ApiSettings,
}

fn http_method(m: Method) -> HttpMethod {
    match m {
        Method::Get => HttpMethod::GET,
        Method::Post => HttpMethod::POST,
        Method::Put => HttpMethod::PUT,
        Method::Delete => HttpMethod::DELETE,
    }
}

impl HttpApi {
    /// A client for `settings` (the token is read from this tab's session at every request).
    pub fn new(settings: ApiSettings) -> Self {
        HttpApi { settings }
    }

    fn url(&self, route: &Route) -> String {
        let base = self.settings.base.trim_end_matches('/');
        format!("{base}{}", route.target(self.settings.project_id.trim()))
    }

    /// Sends `route` with an optional JSON body; the answer's text on success. The request is
    /// built and, for a read, tied to the current reactive owner at once (synchronously), so
    /// that cleaning that owner up aborts it.
    fn send(
        &self,
        route: &Route,
        body: Option<String>,
    ) -> impl std::future::Future<Output = Result<String, ApiError>> {
        let method = route.method();
        let url = self.url(route);
        let controller = web_sys::AbortController::new().ok();
        if let (Method::Get, Some(c)) = (method, &controller) {
            let c = SendWrapper::new(c.clone());
            on_cleanup(move || c.abort());
        }
        async move {
            let controller = controller.ok_or_else(|| ApiError::Network("no AbortController".into()))?;
            let timed_out = Rc::new(Cell::new(false));
            let (flag, abort) = (timed_out.clone(), controller.clone());
            let timer = set_timeout_with_handle(
                move || {
                    flag.set(true);
                    abort.abort();
                },
                Duration::from_secs(u64::from(TIMEOUT_SECONDS)),
            )
            .ok();
            let builder = RequestBuilder::new(&url)
                .method(http_method(method))
                .header("X-Auth-Token", &token())
                .header("Accept", "application/json")
                .abort_signal(Some(&controller.signal()));
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
            let (status, text) = match result {
                Ok(r) => r,
                Err(_) if timed_out.get() => return Err(ApiError::Timeout { seconds: TIMEOUT_SECONDS }),
                Err(e) => return Err(ApiError::Network(e.to_string())),
            };
            if (200..300).contains(&status) {
                return Ok(text);
            }
            Err(match serde_json::from_str::<ApiErrorBody>(&text) {
                Ok(body) => ApiError::from_body(status, body),
                Err(_) => ApiError::Http {
                    status,
                    code: None,
                    message: format!("HTTP {status} with no error body."),
                },
            })
        }
    }

    /// Sends `route` and reads the answer as `T`.
    fn call<T: DeserializeOwned + 'static>(
        &self,
        route: Route,
        body: Option<&impl Serialize>,
    ) -> ApiFuture<T> {
        let json = body.map(|b| serde_json::to_string(b).unwrap_or_default());
        let sent = self.send(&route, json);
        Box::pin(async move {
            let text = sent.await?;
            serde_json::from_str(&text).map_err(|e| ApiError::Malformed(e.to_string()))
        })
    }

    fn get<T: DeserializeOwned + 'static>(&self, route: Route) -> ApiFuture<T> {
        self.call(route, None::<&()>)
    }
}

impl VpcepApi for HttpApi {
    fn list_services(&self, _: Region, query: ListServicesQuery) -> ApiFuture<ListServicesResponse> {
        self.get(Route::ListServices(query))
    }

    fn get_service(&self, _: Region, id: String) -> ApiFuture<EndpointService> {
        self.get(Route::GetService { id })
    }

    fn create_service(&self, _: Region, body: CreateServiceBody) -> ApiFuture<EndpointService> {
        self.call(Route::CreateService, Some(&body))
    }

    fn update_service(&self, _: Region, id: String, body: UpdateServiceBody) -> ApiFuture<EndpointService> {
        self.call(Route::UpdateService { id }, Some(&body))
    }

    fn delete_service(&self, _: Region, id: String) -> ApiFuture<()> {
        let sent = self.send(&Route::DeleteService { id }, None);
        Box::pin(async move { sent.await.map(drop) })
    }

    fn list_connections(&self, _: Region, id: String) -> ApiFuture<ListConnectionsResponse> {
        self.get(Route::ListConnections { id, page: PageQuery::limit(CONNECTIONS_LIMIT) })
    }

    fn connection_action(
        &self,
        _: Region,
        id: String,
        request: ConnectionActionRequest,
    ) -> ApiFuture<ConnectionActionResponse> {
        self.call(Route::ConnectionAction { id }, Some(&request))
    }

    fn list_permissions(&self, _: Region, id: String) -> ApiFuture<ListPermissionsResponse> {
        self.get(Route::ListPermissions { id, page: PageQuery::limit(PERMISSIONS_LIMIT) })
    }

    fn filter_services_by_tags(
        &self,
        _: Region,
        request: ResourceInstancesRequest,
    ) -> ApiFuture<ResourceInstancesResponse> {
        self.call(Route::FilterServicesByTags, Some(&request))
    }

    fn quotas(&self, _: Region) -> ApiFuture<QuotaResponse> {
        self.get(Route::Quotas(QuotaQuery { kind: Some("endpoint_service".into()) }))
    }

    fn list_vpcs(&self, _: Region) -> ApiFuture<Vec<Vpc>> {
        // Pages of the API's maximum, each after the last id of the one before.
        let page = |marker: Option<String>| {
            let limit = Some(VPC_PAGE_LIMIT.to_string());
            self.get::<VpcList>(Route::ListVpcs(MarkerQuery { limit, marker }))
        };
        let this = self.clone();
        let first = page(None);
        Box::pin(async move {
            let mut vpcs = first.await?.vpcs;
            let mut marker = next_vpc_marker(&vpcs);
            while let Some(m) = marker {
                let limit = Some(VPC_PAGE_LIMIT.to_string());
                let more =
                    this.get::<VpcList>(Route::ListVpcs(MarkerQuery { limit, marker: Some(m) })).await?.vpcs;
                marker = next_vpc_marker(&more);
                vpcs.extend(more);
            }
            Ok(vpcs)
        })
    }

    fn list_load_balancers(&self, _: Region) -> ApiFuture<Vec<LoadBalancer>> {
        let f = self.get::<LoadBalancerList>(Route::ListLoadBalancers);
        Box::pin(async move { f.await.map(|l| l.loadbalancers) })
    }

    fn list_ecs_servers(&self, _: Region) -> ApiFuture<Vec<EcsServer>> {
        // Pages of the API's maximum; `offset` is a page number. Read until `count` servers
        // came (or a page came empty).
        let page = |n: u32| {
            let q = PageQuery { limit: Some(ECS_PAGE_LIMIT.to_string()), offset: Some(n.to_string()) };
            self.get::<ServerList>(Route::ListEcsServers(q))
        };
        let this = self.clone();
        let first = page(1);
        Box::pin(async move {
            let list = first.await?;
            let (mut count, mut pages) = (list.count, 1);
            let mut servers = list.servers;
            let mut last = servers.len() as u32;
            while let Some(n) = next_ecs_page(count, pages, servers.len() as u32, last) {
                let q = PageQuery { limit: Some(ECS_PAGE_LIMIT.to_string()), offset: Some(n.to_string()) };
                let more = this.get::<ServerList>(Route::ListEcsServers(q)).await?;
                (count, pages, last) = (more.count, n, more.servers.len() as u32);
                servers.extend(more.servers);
            }
            Ok(servers.iter().filter_map(|s| s.to_ecs_server()).collect())
        })
    }
}
