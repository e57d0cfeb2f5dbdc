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

/// An (enhanced) load balancer; its `vip_port_id` is what a service's `port_id` names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadBalancer {
    pub id: String,
    pub name: String,
    pub vpc_id: String,
    pub vip_address: String,
    pub vip_port_id: String,
    #[serde(default)]
    pub provisioning_status: String,
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
