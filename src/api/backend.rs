//! The API's implementation in a chunk of its own: the embedded mock's engine, or the HTTP
//! client with its sign-in. The first page paints while the chunk loads (it is fetched at
//! start, in parallel); a call made before it is there waits for it. A chunk that cannot be
//! fetched fails the call like a network error (with Retry), and the next call tries again.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use async_once_cell::OnceCell;
use leptos::prelude::*;
use vpcep_model::tag_filter::{ResourceInstancesRequest, ResourceInstancesResponse};
use vpcep_model::{
    ConnectionActionRequest, ConnectionActionResponse, CreateServiceBody, EcsServer, EndpointService,
    ListConnectionsResponse, ListPermissionsResponse, ListServicesQuery, ListServicesResponse, LoadBalancer,
    PermissionActionRequest, PermissionActionResponse, QuotaResponse, Region, TagActionRequest,
    UpdateServiceBody, Vpc,
};

use super::{ApiError, ApiFuture, VpcepApi};
use crate::components::ChunkError;
use crate::i18n::t;

/// A view built by a backend's chunk (its code stays in the chunk).
pub type ChunkView = Arc<dyn Fn() -> AnyView + Send + Sync>;

/// What a backend's chunk hands over once loaded.
pub struct Backend {
    /// The API.
    pub api: Arc<dyn VpcepApi>,
    /// The top bar's scenario button (and its panel), if the backend plays scenarios.
    pub scenario_button: Option<ChunkView>,
    /// The top bar's session badge, if the backend signs in.
    pub session: Option<ChunkView>,
    /// The backend's dialogs (the sign-in), outside the top bar's tools: below 768 px those
    /// fold into the menu and are hidden while it is closed.
    pub dialogs: Option<ChunkView>,
}

/// Loads a backend's chunk and starts the backend (again after a failed load).
pub type StartBackend =
    Box<dyn Fn() -> Pin<Box<dyn Future<Output = Result<Backend, ChunkError>>>> + Send + Sync>;

/// The backend, once its chunk is loaded; the API the pages call until then.
#[derive(Clone)]
pub struct BackendSlot(Arc<Slot>);

struct Slot {
    start: StartBackend,
    backend: OnceCell<Backend>,
    /// Set once the backend is there (the top bar shows its tools then).
    ready: ArcRwSignal<bool>,
    /// Whether the backend is the embedded mock (known before its chunk: "Reset demo data").
    is_mock: bool,
}

impl BackendSlot {
    /// A slot that starts its backend with `start` when first needed.
    pub fn new(start: StartBackend, is_mock: bool) -> Self {
        BackendSlot(Arc::new(Slot {
            start,
            backend: OnceCell::new(),
            ready: ArcRwSignal::new(false),
            is_mock,
        }))
    }

    /// The backend, loading its chunk first if needed (one load at a time; a failed load is
    /// not kept, so the next call tries again).
    pub async fn backend(&self) -> Result<&Backend, ApiError> {
        let slot = &self.0;
        let backend = slot
            .backend
            .get_or_try_init(async { (slot.start)().await })
            .await
            .map_err(|ChunkError| ApiError::Network(t().part_not_loaded.to_owned()))?;
        if !slot.ready.get_untracked() {
            slot.ready.set(true);
        }
        Ok(backend)
    }

    /// The backend if already loaded; tracks the load.
    pub fn loaded(&self) -> Option<&Backend> {
        self.0.ready.track();
        self.0.backend.get()
    }

    /// The backend's API (see [`Self::backend`]).
    async fn api(&self) -> Result<Arc<dyn VpcepApi>, ApiError> {
        Ok(self.backend().await?.api.clone())
    }
}

/// Each call waits for the backend, then is the backend's call.
macro_rules! forward {
    ($( fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty; )*) => {
        $(
            fn $name(&self, $($arg: $ty),*) -> ApiFuture<$ret> {
                let slot = self.clone();
                Box::pin(async move { slot.api().await?.$name($($arg),*).await })
            }
        )*
    };
}

impl VpcepApi for BackendSlot {
    forward! {
        fn list_services(region: Region, query: ListServicesQuery) -> ListServicesResponse;
        fn get_service(region: Region, id: String) -> EndpointService;
        fn create_service(region: Region, body: CreateServiceBody) -> EndpointService;
        fn update_service(region: Region, id: String, body: UpdateServiceBody) -> EndpointService;
        fn delete_service(region: Region, id: String) -> ();
        fn list_connections(region: Region, id: String) -> ListConnectionsResponse;
        fn connection_action(region: Region, id: String, request: ConnectionActionRequest) -> ConnectionActionResponse;
        fn list_permissions(region: Region, id: String) -> ListPermissionsResponse;
        fn permission_action(region: Region, id: String, request: PermissionActionRequest) -> PermissionActionResponse;
        fn tag_action(region: Region, id: String, request: TagActionRequest) -> ();
        fn filter_services_by_tags(region: Region, request: ResourceInstancesRequest) -> ResourceInstancesResponse;
        fn quotas(region: Region) -> QuotaResponse;
        fn list_vpcs(region: Region) -> Vec<Vpc>;
        fn list_load_balancers(region: Region) -> Vec<LoadBalancer>;
        fn list_ecs_servers(region: Region) -> Vec<EcsServer>;
    }

    fn project_id(&self, region: Region) -> Option<String> {
        self.0.backend.get().and_then(|b| b.api.project_id(region))
    }

    fn reset_demo_data(&self) -> Option<ApiFuture<()>> {
        if !self.0.is_mock {
            return None;
        }
        let slot = self.clone();
        Some(Box::pin(async move {
            match slot.api().await?.reset_demo_data() {
                Some(reset) => reset.await,
                None => Ok(()),
            }
        }))
    }
}
