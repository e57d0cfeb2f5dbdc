//! What the mock cloud remembers; serializable so the browser and the server can persist it.

use serde::{Deserialize, Serialize};
use vpcep_model::load_balancers::Subnet;
use vpcep_model::time::EpochMillis;
use vpcep_model::{Connection, EcsServer, EndpointService, LoadBalancer, PermissionRecord, Region, Vpc};

use crate::ids::IdGenerator;

/// One project's resources in one region.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CloudState {
    pub region: Region,
    pub project_id: String,
    pub domain_id: String,
    pub vpcs: Vec<Vpc>,
    pub load_balancers: Vec<LoadBalancer>,
    /// One subnet per VPC (what places a shared load balancer in its VPC).
    #[serde(default)]
    pub subnets: Vec<Subnet>,
    pub ecs_servers: Vec<EcsServer>,
    pub services: Vec<StoredService>,
    pub(crate) ids: IdGenerator,
}

/// A service with what the API does not show: its clock times and its sub-resources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredService {
    pub service: EndpointService,
    pub created_ms: EpochMillis,
    pub updated_ms: EpochMillis,
    /// When a `creating` service becomes `available`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_at: Option<EpochMillis>,
    /// When a `deleting` service is gone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gone_at: Option<EpochMillis>,
    #[serde(default)]
    pub connections: Vec<Connection>,
    #[serde(default)]
    pub permissions: Vec<PermissionRecord>,
}

impl StoredService {
    /// The service as the API shows it, with `connection_count` filled in.
    pub fn view(&self) -> EndpointService {
        let mut s = self.service.clone();
        let in_use = self.connections.iter().filter(|c| c.status.keeps_service_in_use()).count();
        s.connection_count = Some(in_use as u32);
        s
    }
}

impl CloudState {
    /// Draws a fresh entropy seed into the id generator (the browser calls this with
    /// `crypto.getRandomValues`, so two browsers do not make the same ids).
    pub fn reseed_ids(&mut self, entropy: u64) {
        self.ids = IdGenerator::new(entropy);
    }

    /// Gives the project (and every service in it) the id `project_id`: a server seeds one
    /// project per id in the request path.
    pub fn set_project_id(&mut self, project_id: &str) {
        self.project_id = project_id.to_owned();
        for s in &mut self.services {
            s.service.project_id = project_id.to_owned();
        }
    }
}
