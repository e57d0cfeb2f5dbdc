//! The VPCEP v1 REST API (and the VPC, ELB and ECS lists, and IAM's sign-in) over HTTP,
//! through the same-origin gateway (`{base}/{service}/{region}/…`), with the same wire types as
//! the mock. Every URL comes from the model's request table ([`Route`]); every request carries
//! the region's token (see [`super::session`]) and gives up after 15 s.
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

use vpcep_model::iam::{PasswordAuthRequest, TokenResponse, AUTH_TOKEN_HEADER, SUBJECT_TOKEN_HEADER};
use vpcep_model::load_balancers::{
    combine, next_marker, SharedLoadBalancer, SharedLoadBalancerList, Subnet, SubnetList, SHARED_PAGE_LIMIT,
};

use super::browser::now_ms;
use super::session::{self, RegionSession, SignIn};
use super::settings::ApiSettings;
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
    sign_in: SignIn,
}

fn http_method(m: Method) -> HttpMethod {
    match m {
        Method::Get => HttpMethod::GET,
        Method::Post => HttpMethod::POST,
        Method::Put => HttpMethod::PUT,
        Method::Delete => HttpMethod::DELETE,
    }
}

/// What came back: the status, the `X-Subject-Token` header (IAM) and the body.
struct Answer {
    status: u16,
    subject_token: Option<String>,
    text: String,
}

/// One exchange within the time limit; `controller` aborts it (leaving the page, or the limit).
async fn exchange(
    method: Method,
    url: &str,
    token: &str,
    body: Option<String>,
    controller: &web_sys::AbortController,
) -> Result<Answer, ApiError> {
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
    let mut builder = RequestBuilder::new(url)
        .method(http_method(method))
        .header("Accept", "application/json")
        .abort_signal(Some(&controller.signal()));
    if !token.is_empty() {
        builder = builder.header(AUTH_TOKEN_HEADER, token);
    }
    let request = match body {
        Some(b) => builder.header("Content-Type", "application/json").body(b),
        None => builder.build(),
    }
    .map_err(|e| ApiError::Network(e.to_string()))?;
    let result = async {
        let response = request.send().await?;
        let status = response.status();
        let subject_token = response.headers().get(SUBJECT_TOKEN_HEADER);
        let text = response.text().await?;
        Ok::<_, gloo_net::Error>(Answer { status, subject_token, text })
    }
    .await;
    if let Some(t) = timer {
        t.clear();
    }
    match result {
        Ok(a) => Ok(a),
        Err(_) if timed_out.get() => Err(ApiError::Timeout { seconds: TIMEOUT_SECONDS }),
        Err(e) => Err(ApiError::Network(e.to_string())),
    }
}

/// The error of a non-2xx answer: the API's (or the gateway's) error body, else IAM's
/// `{"error": {"message"}}`, else the status alone.
fn error_of(status: u16, text: &str) -> ApiError {
    if let Ok(body) = serde_json::from_str::<ApiErrorBody>(text) {
        return ApiError::from_body(status, body);
    }
    #[derive(serde::Deserialize)]
    struct IamError {
        error: IamErrorBody,
    }
    #[derive(serde::Deserialize)]
    struct IamErrorBody {
        message: String,
    }
    match serde_json::from_str::<IamError>(text) {
        Ok(e) => ApiError::Http { status, code: None, message: e.error.message },
        Err(_) => {
            ApiError::Http { status, code: None, message: format!("HTTP {status} with no error body.") }
        }
    }
}

/// The session the server gives when it signs in itself (`vpcep-server --cloud`).
#[derive(serde::Deserialize)]
struct ServerSession {
    project_id: String,
    account: String,
    user: String,
    expires_ms: u64,
}

impl HttpApi {
    /// A client for `settings`; requests without a valid session ask `sign_in`.
    pub fn new(settings: ApiSettings, sign_in: SignIn) -> Self {
        HttpApi { settings, sign_in }
    }

    fn base(&self) -> &str {
        self.settings.base.trim_end_matches('/')
    }

    /// Signs in to `region` with IAM (through the gateway) and keeps the session.
    pub async fn sign_in(
        &self,
        account: &str,
        user: &str,
        password: &str,
        region: Region,
    ) -> Result<RegionSession, ApiError> {
        let body = serde_json::to_string(&PasswordAuthRequest::new(account, user, password, region))
            .map_err(|e| ApiError::Malformed(e.to_string()))?;
        let url = format!("{}{}", self.base(), Route::IssueToken.target(region, ""));
        let controller =
            web_sys::AbortController::new().map_err(|_| ApiError::Network("no AbortController".into()))?;
        let answer = exchange(Method::Post, &url, "", Some(body), &controller).await?;
        match answer.status {
            201 => {}
            401 => return Err(ApiError::SignInRefused),
            status => return Err(error_of(status, &answer.text)),
        }
        let body: TokenResponse =
            serde_json::from_str(&answer.text).map_err(|e| ApiError::Malformed(e.to_string()))?;
        let token =
            answer.subject_token.ok_or_else(|| ApiError::Malformed("no X-Subject-Token header".into()))?;
        let project = body.token.project.as_ref().ok_or_else(|| {
            ApiError::Malformed(format!("the token has no project (is there a project named {region}?)"))
        })?;
        let expires_ms =
            body.token.expires_ms().ok_or_else(|| ApiError::Malformed("expires_at does not read".into()))?;
        let session = RegionSession {
            token,
            project_id: project.id.clone(),
            expires_ms,
            account: account.to_owned(),
            user: user.to_owned(),
        };
        session::keep(region, session.clone());
        session::remember_names(account, user);
        Ok(session)
    }

    /// The server's own session for `region`, when it signs in itself.
    async fn server_session(&self, region: Region) -> Option<RegionSession> {
        let url = format!("{}/_session/{}", self.base(), region.id());
        let controller = web_sys::AbortController::new().ok()?;
        let answer = exchange(Method::Get, &url, "", None, &controller).await.ok()?;
        let s: ServerSession =
            (answer.status == 200).then(|| serde_json::from_str(&answer.text).ok()).flatten()?;
        let session = RegionSession {
            token: String::new(),
            project_id: s.project_id,
            expires_ms: s.expires_ms,
            account: s.account,
            user: s.user,
        };
        session::keep(region, session.clone());
        Some(session)
    }

    /// A valid session for `region`: kept, else the server's, else the user signs in.
    async fn session(&self, region: Region) -> Result<RegionSession, ApiError> {
        if let Some(s) = session::valid(region, now_ms()) {
            return Ok(s);
        }
        if let Some(s) = self.server_session(region).await {
            return Ok(s);
        }
        if self.sign_in.ask(region).await {
            if let Some(s) = session::valid(region, now_ms()) {
                return Ok(s);
            }
        }
        Err(ApiError::SignInNeeded { region: region.id().to_owned() })
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
        let limit = || Some(SHARED_PAGE_LIMIT.to_string());
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
