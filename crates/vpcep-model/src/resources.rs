//! The supporting resources the create form picks from: VPCs, load balancers, ECS instances.
//!
//! Field names follow the real services' list responses (VPC v1 `vpcs`, ELB v3
//! `loadbalancers`, ECS `servers`), reduced to what the console shows and sends.

use serde::{Deserialize, Serialize};

/// A VPC.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vpc {
    pub id: String,
    pub name: String,
    pub cidr: String,
    #[serde(default)]
    pub status: String,
}

/// A load balancer as the console shows it (the ELB v3 list's shape; shared ones are mapped to
/// it, see [`crate::load_balancers`]); its `vip_port_id` is what a service's `port_id` names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadBalancer {
    pub id: String,
    pub name: String,
    pub vpc_id: String,
    pub vip_address: String,
    pub vip_port_id: String,
    #[serde(default)]
    pub provisioning_status: String,
    /// Which list it came from. Not an ELB field: the v3 list has only dedicated ones, so it is
    /// never written for them; the mock keeps it for its shared ones.
    #[serde(default, skip_serializing_if = "LoadBalancerKind::is_dedicated")]
    pub kind: LoadBalancerKind,
}

/// Shared (ELB v2.0, the seed's "enhanced" load balancer) or dedicated (ELB v3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LoadBalancerKind {
    /// ELB v2.0.
    Shared,
    /// ELB v3.
    #[default]
    Dedicated,
}

impl LoadBalancerKind {
    /// Whether it is a dedicated (ELB v3) one.
    pub fn is_dedicated(&self) -> bool {
        *self == LoadBalancerKind::Dedicated
    }

    /// The label the console shows next to the name, in `lang`.
    pub fn label(self, lang: crate::lang::Lang) -> &'static str {
        crate::messages::load_balancer_kind(self, lang)
    }
}

/// An ECS instance with its primary NIC; the NIC's port id is a service's `port_id`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EcsServer {
    pub id: String,
    pub name: String,
    /// `ACTIVE`, `SHUTOFF`, …
    pub status: String,
    pub vpc_id: String,
    pub availability_zone: String,
    pub private_ip: String,
    pub nic_port_id: String,
}

/// VPC v1: `GET /v1/{project_id}/vpcs` answers `{"vpcs": [...]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VpcList {
    pub vpcs: Vec<Vpc>,
}

/// ELB v3: `GET /v3/{project_id}/elb/loadbalancers` answers `{"loadbalancers": [...]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadBalancerList {
    pub loadbalancers: Vec<LoadBalancer>,
}

/// ECS: `GET /v1/{project_id}/cloudservers/detail?limit=&offset=` answers
/// `{"count": n, "servers": [...]}`; `count` is every server, `offset` a page number from 1.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerList {
    #[serde(default)]
    pub count: u32,
    pub servers: Vec<ServerDetail>,
}

/// An ECS as the ECS API describes it (the fields the console needs).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerDetail {
    pub id: String,
    pub name: String,
    pub status: String,
    #[serde(rename = "OS-EXT-AZ:availability_zone", default)]
    pub availability_zone: String,
    /// NICs by network (VPC) id.
    #[serde(default)]
    pub addresses: std::collections::BTreeMap<String, Vec<ServerAddress>>,
    #[serde(default)]
    pub metadata: ServerMetadata,
}

/// One address of an ECS NIC, as the ECS API documents it: `version` is a string (`"4"`) and
/// the NIC's port is `OS-EXT-IPS:port_id` (with an underscore).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerAddress {
    pub addr: String,
    #[serde(default)]
    pub version: String,
    #[serde(rename = "OS-EXT-IPS:port_id", default)]
    pub port_id: String,
    #[serde(rename = "OS-EXT-IPS:type", default)]
    pub kind: String,
}

/// ECS metadata; `vpc_id` names the server's VPC.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerMetadata {
    #[serde(default)]
    pub vpc_id: String,
}

impl ServerDetail {
    /// The console's view: the primary (first fixed) NIC in the server's VPC.
    pub fn to_ecs_server(&self) -> Option<EcsServer> {
        let nic = self.addresses.get(&self.metadata.vpc_id)?.iter().find(|a| a.kind != "floating")?;
        Some(EcsServer {
            id: self.id.clone(),
            name: self.name.clone(),
            status: self.status.clone(),
            vpc_id: self.metadata.vpc_id.clone(),
            availability_zone: self.availability_zone.clone(),
            private_ip: nic.addr.clone(),
            nic_port_id: nic.port_id.clone(),
        })
    }
}

impl From<&EcsServer> for ServerDetail {
    fn from(e: &EcsServer) -> Self {
        let nic = ServerAddress {
            addr: e.private_ip.clone(),
            version: "4".to_owned(),
            port_id: e.nic_port_id.clone(),
            kind: "fixed".to_owned(),
        };
        ServerDetail {
            id: e.id.clone(),
            name: e.name.clone(),
            status: e.status.clone(),
            availability_zone: e.availability_zone.clone(),
            addresses: [(e.vpc_id.clone(), vec![nic])].into_iter().collect(),
            metadata: ServerMetadata { vpc_id: e.vpc_id.clone() },
        }
    }
}

/// ECS pages: at most this many servers per page (the API's maximum; its default is 25).
pub const ECS_PAGE_LIMIT: u32 = 1000;
/// VPC pages: at most this many VPCs per page (the API's maximum and default).
pub const VPC_PAGE_LIMIT: u32 = 2000;

/// The ECS page after `pages_read` pages that brought `servers_read` servers of `count`:
/// `Some(page number)` while servers are missing and the last page brought some (a server
/// may cap the page below the limit asked for; an empty page ends it).
pub fn next_ecs_page(count: u32, pages_read: u32, servers_read: u32, last_page_len: u32) -> Option<u32> {
    (servers_read < count && last_page_len > 0).then_some(pages_read + 1)
}

/// The VPC page after one that brought `page_len` VPCs: `Some(marker)` (its last id) while the
/// page was full.
pub fn next_vpc_marker(page: &[Vpc]) -> Option<String> {
    (page.len() == VPC_PAGE_LIMIT as usize).then(|| page.last().map(|v| v.id.clone())).flatten()
}
