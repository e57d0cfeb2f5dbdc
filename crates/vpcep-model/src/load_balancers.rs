//! Shared load balancers (ELB v2.0) and the subnets that place them in a VPC.
//!
//! The v2.0 list has no `vpc_id`: a load balancer's `vip_subnet_id` is a subnet's
//! `neutron_subnet_id` (VPC v1 subnets list), and that subnet names the VPC. The console lists
//! both kinds, de-duplicated by id (whether the v3 list also returns shared ones is not
//! documented).

use serde::{Deserialize, Serialize};

use crate::resources::{LoadBalancer, LoadBalancerKind};

/// ELB v2.0 `GET /v2.0/lbaas/loadbalancers` answers
/// `{"loadbalancers": [...], "loadbalancers_links": [...]}` (links only when paged).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedLoadBalancerList {
    pub loadbalancers: Vec<SharedLoadBalancer>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub loadbalancers_links: Vec<PageLink>,
}

/// `{"href": …, "rel": "next" | "previous"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageLink {
    pub href: String,
    pub rel: String,
}

/// A shared load balancer, with the fields of ELB v2.0's documented answer (the console reads
/// `id`, `name`, `vip_*` and `provisioning_status`; the mock writes them all).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedLoadBalancer {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub tenant_id: String,
    pub vip_subnet_id: String,
    pub vip_address: String,
    pub vip_port_id: String,
    #[serde(default)]
    pub provisioning_status: String,
    #[serde(default)]
    pub operating_status: String,
    #[serde(default)]
    pub admin_state_up: bool,
    #[serde(default)]
    pub provider: String,
    #[serde(default)]
    pub listeners: Vec<IdRef>,
    #[serde(default)]
    pub pools: Vec<IdRef>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
}

/// `{"id": …}`: a listener or pool of a load balancer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdRef {
    pub id: String,
}

/// VPC v1 `GET /v1/{project_id}/subnets` answers `{"subnets": [...]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubnetList {
    pub subnets: Vec<Subnet>,
}

/// A subnet, with the fields of VPC v1's documented answer (the console reads `id`, `vpc_id`
/// and `neutron_subnet_id`; the mock writes them all).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subnet {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub cidr: String,
    #[serde(default, rename = "dnsList")]
    pub dns_list: Vec<String>,
    #[serde(default)]
    pub status: String,
    pub vpc_id: String,
    #[serde(default)]
    pub gateway_ip: String,
    #[serde(default)]
    pub dhcp_enable: bool,
    #[serde(default)]
    pub primary_dns: String,
    #[serde(default)]
    pub secondary_dns: String,
    #[serde(default)]
    pub availability_zone: String,
    #[serde(default)]
    pub neutron_network_id: String,
    /// The OpenStack subnet id, which a shared load balancer's `vip_subnet_id` names.
    #[serde(default)]
    pub neutron_subnet_id: String,
    #[serde(default)]
    pub extra_dhcp_opts: Vec<DhcpOption>,
}

/// `{"opt_value": …, "opt_name": …}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DhcpOption {
    pub opt_value: String,
    pub opt_name: String,
}

/// The pages the console asks for of the lists paged by marker (shared load balancers,
/// subnets): at most this many each.
pub const MARKER_PAGE_LIMIT: u32 = 1000;

/// The page after one that brought `page_len` items whose last id is `last_id`: while the page
/// was full.
pub fn next_marker(page_len: usize, last_id: Option<&str>) -> Option<String> {
    (page_len == MARKER_PAGE_LIMIT as usize).then(|| last_id.map(str::to_owned)).flatten()
}

/// Every load balancer the console offers: the dedicated ones, then the shared ones placed in
/// their VPC through `subnets`, de-duplicated by id (a dedicated entry wins). A shared load
/// balancer whose subnet is not listed keeps an empty `vpc_id` (no VPC shows it).
pub fn combine(
    dedicated: Vec<LoadBalancer>,
    shared: &[SharedLoadBalancer],
    subnets: &[Subnet],
) -> Vec<LoadBalancer> {
    let mut all = dedicated;
    for lb in shared {
        if all.iter().any(|d| d.id == lb.id) {
            continue;
        }
        let vpc_id = subnets
            .iter()
            .find(|s| s.neutron_subnet_id == lb.vip_subnet_id || s.id == lb.vip_subnet_id)
            .map(|s| s.vpc_id.clone())
            .unwrap_or_default();
        all.push(LoadBalancer {
            id: lb.id.clone(),
            name: lb.name.clone(),
            vpc_id,
            vip_address: lb.vip_address.clone(),
            vip_port_id: lb.vip_port_id.clone(),
            provisioning_status: lb.provisioning_status.clone(),
            kind: LoadBalancerKind::Shared,
        });
    }
    all
}
