//! The VPCEP v1 REST API (and the VPC, ELB and ECS lists, and IAM's sign-in) over HTTP,
//! through the same-origin gateway (`{base}/{service}/{region}/…`), with the same wire types as
//! the mock. Every URL comes from the model's request table ([`Route`]); every request carries
//! the region's token (see [`super::session`]) and gives up after 15 s.
//!
//! A read (GET) is aborted when the reactive owner that sent it is cleaned up: the page that
//! asked for it is gone, or a resource asked again with new inputs (see [`HttpApi::send`]).
//! Writes are never aborted, since the server may already have done them.

mod exchange;
mod scenario;
mod sign_in;

use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use serde::de::DeserializeOwned;
use serde::Serialize;
use vpcep_model::resources::{
    next_ecs_page, next_vpc_marker, LoadBalancerList, ServerList, VpcList, ECS_PAGE_LIMIT, VPC_PAGE_LIMIT,
};
use vpcep_model::tag_filter::{ResourceInstancesRequest, ResourceInstancesResponse};
use vpcep_model::{
    ConnectionActionRequest, ConnectionActionResponse, CreateServiceBody, EcsServer, EndpointService,
    ListConnectionsResponse, ListPermissionsResponse, ListServicesQuery, ListServicesResponse, LoadBalancer,
    MarkerQuery, Method, PageQuery, PermissionActionRequest, PermissionActionResponse, QuotaQuery,
    QuotaResponse, Region, Route, TagActionRequest, UpdateServiceBody, Vpc,
};

use vpcep_model::load_balancers::{
    combine, next_marker, SharedLoadBalancer, SharedLoadBalancerList, Subnet, SubnetList, MARKER_PAGE_LIMIT,
};

use self::exchange::{error_of, exchange};
pub use self::scenario::ServerScenario;
use super::session::{self, SignIn};
use super::settings::ApiSettings;
use super::{ApiError, ApiFuture, VpcepApi};

/// How many connections and whitelist records one list asks for (the API's maximum).
const CONNECTIONS_LIMIT: u32 = 1000;
const PERMISSIONS_LIMIT: u32 = 500;

/// The HTTP client.
#[derive(Clone, Debug)]
pub struct HttpApi {
    settings: ApiSettings,
    sign_in: SignIn,
}

impl HttpApi {
    /// A client for `settings`; requests without a valid session ask `sign_in`.
    pub fn new(settings: ApiSettings, sign_in: SignIn) -> Self {
        HttpApi { settings, sign_in }
    }

    fn base(&self) -> &str {
        self.settings.base.trim_end_matches('/')
    }

    /// Sends `route` with an optional JSON body; the answer's text on success. The request is
    /// tied to the current reactive owner at once (synchronously), so that cleaning that owner
    /// up aborts a read. A 401 (token expired or revoked) asks for a sign-in and sends once
    /// more: the server did nothing with a request it refused.
    fn send(
        &self,
        region: Region,
        route: Route,
        body: Option<String>,
    ) -> impl std::future::Future<Output = Result<String, ApiError>> {
        let method = route.method();
        let controller = web_sys::AbortController::new().ok();
        if let (Method::Get, Some(c)) = (method, &controller) {
            let c = SendWrapper::new(c.clone());
            on_cleanup(move || c.abort());
        }
        let this = self.clone();
        async move {
            let controller = controller.ok_or_else(|| ApiError::Network("no AbortController".into()))?;
            for attempt in 0..2 {
                let s = this.session(region).await?;
                let url = format!("{}{}", this.base(), route.target(region, &s.project_id));
                let answer = exchange(method, &url, &s.token, body.clone(), &controller).await?;
                if answer.status == 401 && attempt == 0 {
                    session::forget(region);
                    continue;
                }
                if (200..300).contains(&answer.status) {
                    return Ok(answer.text);
                }
                return Err(error_of(answer.status, &answer.text));
            }
            Err(ApiError::SignInNeeded { region: region.id().to_owned() })
        }
    }

    /// Sends `route` and reads the answer as `T`.
    fn call<T: DeserializeOwned + 'static>(
        &self,
        region: Region,
        route: Route,
        body: Option<&impl Serialize>,
    ) -> ApiFuture<T> {
        let json = body.map(|b| serde_json::to_string(b).unwrap_or_default());
        let sent = self.send(region, route, json);
        Box::pin(async move {
            let text = sent.await?;
            serde_json::from_str(&text).map_err(|e| ApiError::Malformed(e.to_string()))
        })
    }

    fn get<T: DeserializeOwned + 'static>(&self, region: Region, route: Route) -> ApiFuture<T> {
        self.call(region, route, None::<&()>)
    }

    /// Every page of a list paged by marker (the last id of a full page).
    fn all_pages<T: DeserializeOwned + 'static, L: DeserializeOwned + 'static>(
        &self,
        region: Region,
        route: fn(MarkerQuery) -> Route,
        items: fn(L) -> Vec<T>,
        id: fn(&T) -> String,
    ) -> ApiFuture<Vec<T>> {
        let limit = || Some(MARKER_PAGE_LIMIT.to_string());
        let first = self.get::<L>(region, route(MarkerQuery { limit: limit(), marker: None }));
        let this = self.clone();
        Box::pin(async move {
            let mut all = items(first.await?);
            let mut marker = next_marker(all.len(), all.last().map(id).as_deref());
            while let Some(m) = marker {
                let page = items(
                    this.get::<L>(region, route(MarkerQuery { limit: limit(), marker: Some(m) })).await?,
                );
                marker = next_marker(page.len(), page.last().map(id).as_deref());
                all.extend(page);
            }
            Ok(all)
        })
    }
}

impl VpcepApi for HttpApi {
    fn project_id(&self, region: Region) -> Option<String> {
        session::valid(region, super::now_ms()).map(|s| s.project_id).filter(|p| !p.is_empty())
    }

    fn list_services(&self, region: Region, query: ListServicesQuery) -> ApiFuture<ListServicesResponse> {
        self.get(region, Route::ListServices(query))
    }

    fn get_service(&self, region: Region, id: String) -> ApiFuture<EndpointService> {
        self.get(region, Route::GetService { id })
    }

    fn create_service(&self, region: Region, body: CreateServiceBody) -> ApiFuture<EndpointService> {
        self.call(region, Route::CreateService, Some(&body))
    }

    fn update_service(
        &self,
        region: Region,
        id: String,
        body: UpdateServiceBody,
    ) -> ApiFuture<EndpointService> {
        self.call(region, Route::UpdateService { id }, Some(&body))
    }

    fn delete_service(&self, region: Region, id: String) -> ApiFuture<()> {
        let sent = self.send(region, Route::DeleteService { id }, None);
        Box::pin(async move { sent.await.map(drop) })
    }

    fn list_connections(&self, region: Region, id: String) -> ApiFuture<ListConnectionsResponse> {
        self.get(region, Route::ListConnections { id, page: PageQuery::limit(CONNECTIONS_LIMIT) })
    }

    fn connection_action(
        &self,
        region: Region,
        id: String,
        request: ConnectionActionRequest,
    ) -> ApiFuture<ConnectionActionResponse> {
        self.call(region, Route::ConnectionAction { id }, Some(&request))
    }

    fn list_permissions(&self, region: Region, id: String) -> ApiFuture<ListPermissionsResponse> {
        self.get(region, Route::ListPermissions { id, page: PageQuery::limit(PERMISSIONS_LIMIT) })
    }

    fn permission_action(
        &self,
        region: Region,
        id: String,
        request: PermissionActionRequest,
    ) -> ApiFuture<PermissionActionResponse> {
        self.call(region, Route::PermissionAction { id }, Some(&request))
    }

    fn tag_action(&self, region: Region, id: String, request: TagActionRequest) -> ApiFuture<()> {
        let json = serde_json::to_string(&request).unwrap_or_default();
        let sent = self.send(region, Route::TagAction { id }, Some(json));
        Box::pin(async move { sent.await.map(drop) })
    }

    fn filter_services_by_tags(
        &self,
        region: Region,
        request: ResourceInstancesRequest,
    ) -> ApiFuture<ResourceInstancesResponse> {
        self.call(region, Route::FilterServicesByTags, Some(&request))
    }

    fn quotas(&self, region: Region) -> ApiFuture<QuotaResponse> {
        self.get(region, Route::Quotas(QuotaQuery { kind: Some("endpoint_service".into()) }))
    }

    fn list_vpcs(&self, region: Region) -> ApiFuture<Vec<Vpc>> {
        // Pages of the API's maximum, each after the last id of the one before.
        let page = |marker: Option<String>| {
            let limit = Some(VPC_PAGE_LIMIT.to_string());
            self.get::<VpcList>(region, Route::ListVpcs(MarkerQuery { limit, marker }))
        };
        let this = self.clone();
        let first = page(None);
        Box::pin(async move {
            let mut vpcs = first.await?.vpcs;
            let mut marker = next_vpc_marker(&vpcs);
            while let Some(m) = marker {
                let limit = Some(VPC_PAGE_LIMIT.to_string());
                let query = MarkerQuery { limit, marker: Some(m) };
                let more = this.get::<VpcList>(region, Route::ListVpcs(query)).await?.vpcs;
                marker = next_vpc_marker(&more);
                vpcs.extend(more);
            }
            Ok(vpcs)
        })
    }

    fn list_load_balancers(&self, region: Region) -> ApiFuture<Vec<LoadBalancer>> {
        // Dedicated (ELB v3) and shared (ELB v2.0, placed in a VPC through the subnets),
        // asked at once.
        let dedicated = self.get::<LoadBalancerList>(region, Route::ListLoadBalancers);
        let shared = self.all_pages::<SharedLoadBalancer, SharedLoadBalancerList>(
            region,
            Route::ListSharedLoadBalancers,
            |l| l.loadbalancers,
            |lb| lb.id.clone(),
        );
        let subnets =
            self.all_pages::<Subnet, SubnetList>(region, Route::ListSubnets, |l| l.subnets, |s| s.id.clone());
        Box::pin(async move {
            let dedicated = dedicated.await?.loadbalancers;
            let (shared, subnets) = (shared.await?, subnets.await?);
            Ok(combine(dedicated, &shared, &subnets))
        })
    }

    fn list_ecs_servers(&self, region: Region) -> ApiFuture<Vec<EcsServer>> {
        // Pages of the API's maximum; `offset` is a page number. Read until `count` servers
        // came (or a page came empty).
        let page = |n: u32| {
            let q = PageQuery { limit: Some(ECS_PAGE_LIMIT.to_string()), offset: Some(n.to_string()) };
            self.get::<ServerList>(region, Route::ListEcsServers(q))
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
                let more = this.get::<ServerList>(region, Route::ListEcsServers(q)).await?;
                (count, pages, last) = (more.count, n, more.servers.len() as u32);
                servers.extend(more.servers);
            }
            Ok(servers.iter().filter_map(|s| s.to_ecs_server()).collect())
        })
    }
}
