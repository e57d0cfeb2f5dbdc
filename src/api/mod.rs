//! The API the pages call: one trait, with the embedded mock behind it (and, later, the real
//! OTC VPCEP v1 REST API over HTTP, with the same wire types).

pub mod backend;
mod browser;
mod error;
mod http;
mod mock;
pub mod mock_state;
pub mod scenario;
pub mod scenario_start;
pub mod session;
pub mod settings;
pub mod start;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;
use vpcep_model::tag_filter::{ResourceInstancesRequest, ResourceInstancesResponse};
use vpcep_model::{
    ConnectionActionRequest, ConnectionActionResponse, CreateServiceBody, EcsServer, EndpointService,
    ListConnectionsResponse, ListPermissionsResponse, ListServicesQuery, ListServicesResponse, LoadBalancer,
    PermissionActionRequest, PermissionActionResponse, QuotaResponse, Region, TagActionRequest,
    UpdateServiceBody, Vpc,
};

pub use browser::{now_ms, sleep_ms, storage_get, storage_remove, storage_set};
pub use error::ApiError;
pub use http::{HttpApi, ServerScenario};
pub use mock::{EmbeddedMock, MockOptions};

/// Every request gives up after this long (the embedded mock's injected timeout takes as long).
pub const REQUEST_TIMEOUT_SECONDS: u32 = 15;

/// A pending API call. Browser futures are not `Send`, and need not be.
pub type ApiFuture<T> = Pin<Box<dyn Future<Output = Result<T, ApiError>>>>;

/// The VPC endpoint service operations the console uses, plus the supporting lists.
pub trait VpcepApi: Send + Sync {
    /// `GET /v1/{project_id}/vpc-endpoint-services`.
    fn list_services(&self, region: Region, query: ListServicesQuery) -> ApiFuture<ListServicesResponse>;
    /// `GET …/vpc-endpoint-services/{id}`.
    fn get_service(&self, region: Region, id: String) -> ApiFuture<EndpointService>;
    /// `POST …/vpc-endpoint-services`.
    fn create_service(&self, region: Region, body: CreateServiceBody) -> ApiFuture<EndpointService>;
    /// `PUT …/vpc-endpoint-services/{id}`: changes what the body names.
    fn update_service(
        &self,
        region: Region,
        id: String,
        body: UpdateServiceBody,
    ) -> ApiFuture<EndpointService>;
    /// `DELETE …/vpc-endpoint-services/{id}`.
    fn delete_service(&self, region: Region, id: String) -> ApiFuture<()>;
    /// `GET …/{id}/connections`.
    fn list_connections(&self, region: Region, id: String) -> ApiFuture<ListConnectionsResponse>;
    /// `POST …/{id}/connections/action`: accept or reject one endpoint.
    fn connection_action(
        &self,
        region: Region,
        id: String,
        request: ConnectionActionRequest,
    ) -> ApiFuture<ConnectionActionResponse>;
    /// `GET …/{id}/permissions`.
    fn list_permissions(&self, region: Region, id: String) -> ApiFuture<ListPermissionsResponse>;
    /// `POST …/{id}/permissions/action`: add or remove whitelist records.
    fn permission_action(
        &self,
        region: Region,
        id: String,
        request: PermissionActionRequest,
    ) -> ApiFuture<PermissionActionResponse>;
    /// `POST …/endpoint_service/{id}/tags/action`: add, change or delete tags.
    fn tag_action(&self, region: Region, id: String, request: TagActionRequest) -> ApiFuture<()>;
    /// `POST …/endpoint_service/resource_instances/action`: services by tag.
    fn filter_services_by_tags(
        &self,
        region: Region,
        request: ResourceInstancesRequest,
    ) -> ApiFuture<ResourceInstancesResponse>;
    /// `GET …/quotas?type=endpoint_service`.
    fn quotas(&self, region: Region) -> ApiFuture<QuotaResponse>;
    /// The project's VPCs.
    fn list_vpcs(&self, region: Region) -> ApiFuture<Vec<Vpc>>;
    /// The project's load balancers.
    fn list_load_balancers(&self, region: Region) -> ApiFuture<Vec<LoadBalancer>>;
    /// The project's ECS instances.
    fn list_ecs_servers(&self, region: Region) -> ApiFuture<Vec<EcsServer>>;
    /// The project requests of `region` go to, when known (the request preview shows it).
    fn project_id(&self, _region: Region) -> Option<String> {
        None
    }
    /// Restores the demo data; only the embedded mock can.
    fn reset_demo_data(&self) -> Option<ApiFuture<()>> {
        None
    }
}

/// The API in the component tree's context.
#[derive(Clone)]
pub struct Api(pub Arc<dyn VpcepApi>);

impl Api {
    /// Puts `api` in context for the components below.
    pub fn provide(api: impl VpcepApi + 'static) {
        provide_context(Api(Arc::new(api)));
    }
}

impl core::ops::Deref for Api {
    type Target = dyn VpcepApi;
    fn deref(&self) -> &Self::Target {
        self.0.as_ref()
    }
}

/// The API provided by an ancestor (the app root, or a test).
pub fn use_api() -> Api {
    expect_context::<Api>()
}
