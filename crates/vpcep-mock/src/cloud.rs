//! The operations of the mock cloud.

use vpcep_model::error::{self, ErrorCode};
use vpcep_model::naming::generated_service_name;
use vpcep_model::time::format_utc;
use vpcep_model::validation::{validate_create, validate_update};
use vpcep_model::{
    CreateServiceBody, EndpointService, ListServicesQuery, ListServicesResponse, Region, ServerType,
    ServiceStatus, ServiceType, UpdateServiceBody,
};

use crate::clock::Clock;
use crate::listing;
use crate::seed;
use crate::state::{CloudState, StoredService};

/// How the mock behaves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MockConfig {
    /// How long a new service stays `creating` (the real cloud takes 1 to 2 minutes).
    pub create_delay_ms: u64,
    /// How long a deleted service stays `deleting` before get answers 404.
    pub delete_delay_ms: u64,
    /// Endpoint services allowed in the project.
    pub service_quota: usize,
}

impl Default for MockConfig {
    fn default() -> Self {
        MockConfig {
            create_delay_ms: 3_000,
            delete_delay_ms: 3_000,
            service_quota: vpcep_model::limits::SERVICE_QUOTA,
        }
    }
}

/// One project of the mock cloud, with its clock.
pub struct MockCloud<C: Clock> {
    pub(crate) state: CloudState,
    pub(crate) clock: C,
    config: MockConfig,
}

impl<C: Clock> MockCloud<C> {
    /// A cloud over existing state (for example, loaded from storage).
    pub fn new(state: CloudState, clock: C, config: MockConfig) -> Self {
        MockCloud { state, clock, config }
    }

    /// A cloud with the demo data of `region`; `entropy` seeds the ids of what is created later.
    pub fn seeded(region: Region, clock: C, config: MockConfig, entropy: u64) -> Self {
        Self::seeded_account(crate::Account::Demo, region, clock, config, entropy)
    }

    /// A cloud with the starting `account` of `region` (its quota, if it has its own, replaces
    /// the configured one).
    pub fn seeded_account(
        account: crate::Account,
        region: Region,
        clock: C,
        mut config: MockConfig,
        entropy: u64,
    ) -> Self {
        let now = clock.now_ms();
        let mut state = seed::demo_state(region, now, &config);
        if let Some(q) = account.quota() {
            config.service_quota = q;
        }
        account.apply(&mut state, now, config.service_quota);
        state.reseed_ids(entropy);
        MockCloud { state, clock, config }
    }

    /// Changes the state in place (for example, the project id of a server's project).
    pub fn state_mut(&mut self) -> &mut CloudState {
        &mut self.state
    }

    /// Used and allowed endpoint services (`GET /v1/{project_id}/quotas`).
    pub fn service_quota(&mut self) -> (usize, usize) {
        self.advance();
        (self.state.services.len(), self.config.service_quota)
    }

    /// The state, for persisting; transitions due by now are applied first.
    pub fn state(&mut self) -> &CloudState {
        self.advance();
        &self.state
    }

    /// How long new services stay creating, and deleted ones deleting, from now on.
    pub fn set_timing(&mut self, create_delay_ms: u64, delete_delay_ms: u64) {
        self.config.create_delay_ms = create_delay_ms;
        self.config.delete_delay_ms = delete_delay_ms;
    }

    /// The configuration.
    pub fn config(&self) -> &MockConfig {
        &self.config
    }

    /// Applies every transition whose time has come.
    pub(crate) fn advance(&mut self) {
        let now = self.clock.now_ms();
        self.state.services.retain(|s| s.gone_at.is_none_or(|t| t > now));
        for s in &mut self.state.services {
            if let Some(t) = s.available_at.filter(|t| *t <= now) {
                s.available_at = None;
                s.service.status = ServiceStatus::Available;
                s.updated_ms = t;
                s.service.updated_at = Some(format_utc(t));
            }
        }
    }

    pub(crate) fn stored(&self, id: &str) -> Result<usize, ErrorCode> {
        self.state.services.iter().position(|s| s.service.id == id).ok_or(error::NOT_FOUND)
    }

    /// The index of service `id` if it may be changed now: it exists (`EndPoint.0005`) and is
    /// neither creating nor deleting (`EndPoint.3045`). Transitions due are applied first.
    pub(crate) fn changeable(&mut self, id: &str) -> Result<usize, ErrorCode> {
        self.advance();
        let i = self.stored(id)?;
        if self.state.services[i].service.status.is_transitional() {
            return Err(error::STATE_FORBIDS_CHANGE);
        }
        Ok(i)
    }

    /// Marks service `i` as changed now.
    pub(crate) fn touch(&mut self, i: usize) {
        let now = self.clock.now_ms();
        let s = &mut self.state.services[i];
        s.updated_ms = now;
        s.service.updated_at = Some(format_utc(now));
    }

    /// `POST /v1/{project_id}/vpc-endpoint-services`.
    pub fn create_service(&mut self, body: &CreateServiceBody) -> Result<EndpointService, ErrorCode> {
        self.advance();
        if let Some(first) = validate_create(body).into_iter().next() {
            return Err(first.code);
        }
        self.check_backend(body)?;
        if self.state.services.len() >= self.config.service_quota {
            return Err(error::QUOTA_EXCEEDED);
        }
        let now = self.clock.now_ms();
        let id = self.state.ids.uuid();
        let name = body.service_name.as_deref().filter(|n| !n.is_empty());
        let service = EndpointService {
            service_name: generated_service_name(self.state.region.id(), name, &id),
            id,
            port_id: body.port_id.clone(),
            pool_id: body.pool_id.clone(),
            service_type: body.service_type.clone().unwrap_or(ServiceType::Interface),
            server_type: body.server_type.clone(),
            vpc_id: body.vpc_id.clone(),
            approval_enabled: body.approval_enabled,
            status: ServiceStatus::Creating,
            created_at: format_utc(now),
            updated_at: None,
            project_id: self.state.project_id.clone(),
            domain_id: Some(self.state.domain_id.clone()),
            ports: body.ports.clone(),
            tcp_proxy: Some(body.tcp_proxy.clone().unwrap_or_else(|| "close".to_owned())),
            tags: body.tags.clone(),
            connection_count: None,
            description: Some(body.description.clone().unwrap_or_default()),
            error: Vec::new(),
        };
        let stored = StoredService {
            service,
            created_ms: now,
            updated_ms: now,
            available_at: Some(now + self.config.create_delay_ms),
            gone_at: None,
            connections: Vec::new(),
            permissions: Vec::new(),
        };
        let view = stored.view();
        self.state.services.push(stored);
        Ok(view)
    }

    /// The checks that need the project's resources: the VPC exists, the backend's port is
    /// in it, and no other service on that port maps the same service port and protocol.
    fn check_backend(&self, body: &CreateServiceBody) -> Result<(), ErrorCode> {
        if !self.state.vpcs.iter().any(|v| v.id == body.vpc_id) {
            return Err(error::VPC_NOT_FOUND);
        }
        let port_vpc = match body.server_type {
            ServerType::Lb => self
                .state
                .load_balancers
                .iter()
                .find(|lb| lb.vip_port_id == body.port_id)
                .map(|lb| &lb.vpc_id),
            _ => self.state.ecs_servers.iter().find(|e| e.nic_port_id == body.port_id).map(|e| &e.vpc_id),
        };
        match port_vpc {
            None => return Err(error::INVALID_PORT_ID),
            Some(vpc) if *vpc != body.vpc_id => return Err(error::PORT_ID_NOT_IN_VPC),
            Some(_) => {}
        }
        let clash = self.state.services.iter().filter(|s| s.service.port_id == body.port_id).any(|s| {
            s.service.ports.iter().any(|p| {
                body.ports.iter().any(|q| q.server_port == p.server_port && q.protocol == p.protocol)
            })
        });
        if clash {
            return Err(error::PORTS_CONFLICT);
        }
        Ok(())
    }

    /// `GET /v1/{project_id}/vpc-endpoint-services`.
    pub fn list_services(&mut self, query: &ListServicesQuery) -> Result<ListServicesResponse, ErrorCode> {
        self.advance();
        let params = query.parse()?;
        let (page, total_count) = listing::select(&self.state.services, &params);
        Ok(ListServicesResponse {
            endpoint_services: page.into_iter().map(StoredService::view).collect(),
            total_count,
        })
    }

    /// `GET /v1/{project_id}/vpc-endpoint-services/{id}`: 404 once a deleted service is gone.
    pub fn get_service(&mut self, id: &str) -> Result<EndpointService, ErrorCode> {
        self.advance();
        let i = self.stored(id)?;
        Ok(self.state.services[i].view())
    }

    /// `PUT /v1/{project_id}/vpc-endpoint-services/{id}`: changes the approval, the name (the
    /// full name is made again, `{region}.{name}.{id}`), the description or `tcp_proxy`; the
    /// same rules as a create. Refused while the service is creating or deleting
    /// (`EndPoint.3045`). Port mappings and the backend are not changed by this mock (the
    /// console never changes them: "cannot be modified" after creation).
    pub fn update_service(
        &mut self,
        id: &str,
        body: &UpdateServiceBody,
    ) -> Result<EndpointService, ErrorCode> {
        self.advance();
        self.stored(id)?;
        if let Some(v) = validate_update(body).into_iter().next() {
            return Err(v.code);
        }
        if body.ports.is_some() || body.port_id.is_some() {
            return Err(error::PARAMETER_ERROR);
        }
        let i = self.changeable(id)?;
        let region = self.state.region.id();
        let s = &mut self.state.services[i];
        if let Some(on) = body.approval_enabled {
            s.service.approval_enabled = on;
        }
        if let Some(name) = &body.service_name {
            s.service.service_name = generated_service_name(region, Some(name), &s.service.id);
        }
        if let Some(description) = &body.description {
            s.service.description = Some(description.clone());
        }
        if let Some(proxy) = &body.tcp_proxy {
            s.service.tcp_proxy = Some(proxy.clone());
        }
        self.touch(i);
        Ok(self.state.services[i].view())
    }

    /// `DELETE /v1/{project_id}/vpc-endpoint-services/{id}`: the service goes `deleting`,
    /// then is gone. A service with Creating or Accepted connections is in use.
    pub fn delete_service(&mut self, id: &str) -> Result<(), ErrorCode> {
        self.advance();
        let i = self.stored(id)?;
        let now = self.clock.now_ms();
        let delay = self.config.delete_delay_ms;
        let s = &mut self.state.services[i];
        if s.service.status == ServiceStatus::Deleting {
            return Ok(());
        }
        if s.connections.iter().any(|c| c.status.keeps_service_in_use()) {
            return Err(error::SERVICE_IN_USE);
        }
        s.service.status = ServiceStatus::Deleting;
        s.available_at = None;
        s.gone_at = Some(now + delay);
        s.updated_ms = now;
        s.service.updated_at = Some(format_utc(now));
        Ok(())
    }
}
