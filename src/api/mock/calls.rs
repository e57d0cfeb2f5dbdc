//! The embedded mock's answer to each call of [`VpcepApi`]: the operation's name (what a
//! scenario's failure aims at), and what it does on the region's mock cloud.

use vpcep_model::tag_filter::{ResourceInstancesRequest, ResourceInstancesResponse};
use vpcep_model::{
    ConnectionActionRequest, ConnectionActionResponse, CreateServiceBody, EcsServer, EndpointService,
    ListConnectionsResponse, ListPermissionsResponse, ListServicesQuery, ListServicesResponse, LoadBalancer,
    PermissionActionRequest, PermissionActionResponse, QuotaResponse, Region, TagActionRequest,
    UpdateServiceBody, Vpc,
};

use leptos::prelude::GetUntracked;

use super::EmbeddedMock;
use crate::api::browser::{now_ms, sleep_ms, storage_remove};
use crate::api::{ApiFuture, VpcepApi};

impl VpcepApi for EmbeddedMock {
    fn list_services(&self, region: Region, query: ListServicesQuery) -> ApiFuture<ListServicesResponse> {
        self.read("list_services", region, move |c| c.list_services(&query))
    }

    fn get_service(&self, region: Region, id: String) -> ApiFuture<EndpointService> {
        self.read("get_service", region, move |c| c.get_service(&id))
    }

    fn create_service(&self, region: Region, body: CreateServiceBody) -> ApiFuture<EndpointService> {
        self.write("create_service", region, move |c, now| c.create_service(now, body))
    }

    fn update_service(
        &self,
        region: Region,
        id: String,
        body: UpdateServiceBody,
    ) -> ApiFuture<EndpointService> {
        self.write("update_service", region, move |c, now| c.update_service(now, id, body))
    }

    fn delete_service(&self, region: Region, id: String) -> ApiFuture<()> {
        self.write("delete_service", region, move |c, now| c.delete_service(now, id))
    }

    fn list_connections(&self, region: Region, id: String) -> ApiFuture<ListConnectionsResponse> {
        self.read("list_connections", region, move |c| c.list_connections(&id))
    }

    fn connection_action(
        &self,
        region: Region,
        id: String,
        request: ConnectionActionRequest,
    ) -> ApiFuture<ConnectionActionResponse> {
        self.write("connection_action", region, move |c, now| c.connection_action(now, id, request))
    }

    fn list_permissions(&self, region: Region, id: String) -> ApiFuture<ListPermissionsResponse> {
        self.read("list_permissions", region, move |c| c.list_permissions(&id))
    }

    fn permission_action(
        &self,
        region: Region,
        id: String,
        request: PermissionActionRequest,
    ) -> ApiFuture<PermissionActionResponse> {
        self.write("permission_action", region, move |c, now| c.permission_action(now, id, request))
    }

    fn tag_action(&self, region: Region, id: String, request: TagActionRequest) -> ApiFuture<()> {
        self.write("tag_action", region, move |c, now| c.tag_action(now, id, request))
    }

    fn filter_services_by_tags(
        &self,
        region: Region,
        request: ResourceInstancesRequest,
    ) -> ApiFuture<ResourceInstancesResponse> {
        self.read("filter_services_by_tags", region, move |c| c.filter_services_by_tags(&request))
    }

    fn quotas(&self, region: Region) -> ApiFuture<QuotaResponse> {
        self.read("quotas", region, |c| {
            let (used, quota) = c.service_quota();
            Ok(QuotaResponse::endpoint_services(used as u32, quota as u32))
        })
    }

    fn list_vpcs(&self, region: Region) -> ApiFuture<Vec<Vpc>> {
        self.read("list_vpcs", region, |c| Ok(c.list_vpcs()))
    }

    fn list_load_balancers(&self, region: Region) -> ApiFuture<Vec<LoadBalancer>> {
        self.read("list_load_balancers", region, |c| Ok(c.list_load_balancers()))
    }

    fn list_ecs_servers(&self, region: Region) -> ApiFuture<Vec<EcsServer>> {
        self.read("list_ecs_servers", region, |c| Ok(c.list_ecs_servers()))
    }

    fn project_id(&self, region: Region) -> Option<String> {
        let mut clouds = self.0.clouds.lock().unwrap_or_else(|e| e.into_inner());
        let cloud = clouds.entry(region).or_insert_with(|| self.load(region));
        Some(cloud.at(now_ms()).state().project_id.clone())
    }

    fn reset_demo_data(&self) -> Option<ApiFuture<()>> {
        let this = self.clone();
        Some(Box::pin(async move {
            sleep_ms(this.0.scenario.get_untracked().latency.draw(js_sys::Math::random())).await;
            this.0.clouds.lock().unwrap_or_else(|e| e.into_inner()).clear();
            for region in Region::ALL {
                if let Some(key) = this.key(region) {
                    storage_remove(&key);
                }
            }
            Ok(())
        }))
    }
}
