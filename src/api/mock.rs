//! The embedded mock: the mock cloud engine running in the page, behind the same trait as the
//! real API, with simulated latency and its state kept in localStorage.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use vpcep_mock::{Clock, CloudState, MockCloud, MockConfig};
use vpcep_model::{
    CreateServiceBody, EcsServer, EndpointService, ErrorCode, ListConnectionsResponse,
    ListPermissionsResponse, ListServicesQuery, ListServicesResponse, LoadBalancer, Region, Vpc,
};

use super::browser::{entropy, now_ms, sleep_ms, storage_get, storage_remove, storage_set};
use super::{ApiError, ApiFuture, VpcepApi};

/// The browser's clock, for the engine.
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserClock;

impl Clock for BrowserClock {
    fn now_ms(&self) -> u64 {
        now_ms()
    }
}

/// How the embedded mock behaves.
#[derive(Clone, Debug)]
pub struct MockOptions {
    /// Simulated network latency of every call.
    pub latency_ms: u32,
    /// The localStorage key prefix; `None` keeps the state in memory only (tests).
    pub storage_prefix: Option<String>,
    /// The engine's timing and quota.
    pub config: MockConfig,
}

impl Default for MockOptions {
    fn default() -> Self {
        MockOptions {
            latency_ms: 300,
            storage_prefix: Some("vpcep-console.mock.v1".to_owned()),
            config: MockConfig::default(),
        }
    }
}

struct Inner {
    options: MockOptions,
    clouds: Mutex<BTreeMap<Region, MockCloud<BrowserClock>>>,
}

/// The mock cloud of every region, in the page.
#[derive(Clone)]
pub struct EmbeddedMock(Arc<Inner>);

impl EmbeddedMock {
    /// A mock with `options`; each region's state loads lazily from storage or the seed.
    pub fn new(options: MockOptions) -> Self {
        EmbeddedMock(Arc::new(Inner {
            options,
            clouds: Mutex::new(BTreeMap::new()),
        }))
    }

    fn key(&self, region: Region) -> Option<String> {
        self.0
            .options
            .storage_prefix
            .as_ref()
            .map(|p| format!("{p}.{}", region.id()))
    }

    fn load(&self, region: Region) -> MockCloud<BrowserClock> {
        let config = self.0.options.config.clone();
        let stored = self.key(region).and_then(|k| storage_get(&k));
        match stored.and_then(|json| serde_json::from_str::<CloudState>(&json).ok()) {
            Some(state) if state.region == region => MockCloud::new(state, BrowserClock, config),
            _ => MockCloud::seeded(region, BrowserClock, config, entropy()),
        }
    }

    /// Runs `op` on the region's cloud after the simulated latency, then persists the state.
    fn call<T: 'static>(
        &self,
        region: Region,
        op: impl FnOnce(&mut MockCloud<BrowserClock>) -> Result<T, ErrorCode> + 'static,
    ) -> ApiFuture<T> {
        let this = self.clone();
        Box::pin(async move {
            sleep_ms(this.0.options.latency_ms).await;
            let mut clouds = this.0.clouds.lock().unwrap_or_else(|e| e.into_inner());
            let cloud = clouds.entry(region).or_insert_with(|| this.load(region));
            let result = op(cloud).map_err(ApiError::from_code);
            if let Some(key) = this.key(region) {
                if let Ok(json) = serde_json::to_string(cloud.state()) {
                    storage_set(&key, &json);
                }
            }
            result
        })
    }
}

impl VpcepApi for EmbeddedMock {
    fn list_services(
        &self,
        region: Region,
        query: ListServicesQuery,
    ) -> ApiFuture<ListServicesResponse> {
        self.call(region, move |c| c.list_services(&query))
    }

    fn get_service(&self, region: Region, id: String) -> ApiFuture<EndpointService> {
        self.call(region, move |c| c.get_service(&id))
    }

    fn create_service(
        &self,
        region: Region,
        body: CreateServiceBody,
    ) -> ApiFuture<EndpointService> {
        self.call(region, move |c| c.create_service(&body))
    }

    fn delete_service(&self, region: Region, id: String) -> ApiFuture<()> {
        self.call(region, move |c| c.delete_service(&id))
    }

    fn list_connections(&self, region: Region, id: String) -> ApiFuture<ListConnectionsResponse> {
        self.call(region, move |c| c.list_connections(&id))
    }

    fn list_permissions(&self, region: Region, id: String) -> ApiFuture<ListPermissionsResponse> {
        self.call(region, move |c| c.list_permissions(&id))
    }

    fn list_vpcs(&self, region: Region) -> ApiFuture<Vec<Vpc>> {
        self.call(region, |c| Ok(c.list_vpcs()))
    }

    fn list_load_balancers(&self, region: Region) -> ApiFuture<Vec<LoadBalancer>> {
        self.call(region, |c| Ok(c.list_load_balancers()))
    }

    fn list_ecs_servers(&self, region: Region) -> ApiFuture<Vec<EcsServer>> {
        self.call(region, |c| Ok(c.list_ecs_servers()))
    }

    fn reset_demo_data(&self) -> Option<ApiFuture<()>> {
        let this = self.clone();
        Some(Box::pin(async move {
            sleep_ms(this.0.options.latency_ms).await;
            this.0
                .clouds
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clear();
            for region in Region::ALL {
                if let Some(key) = this.key(region) {
                    storage_remove(&key);
                }
            }
            Ok(())
        }))
    }
}
