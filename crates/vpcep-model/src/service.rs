//! The endpoint-service object and its create body (API reference §3, §4.1, §4.2).

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

wire_enum! {
    /// `status` of an endpoint service.
    pub enum ServiceStatus {
        Creating = "creating",
        Available = "available",
        Failed = "failed",
        Deleting = "deleting",
    }
}

impl ServiceStatus {
    /// The console's label ("Available") in `lang`.
    pub fn label(&self, lang: Lang) -> &str {
        crate::messages::service_status(self, lang)
    }

    /// True while the cloud is still working on the service.
    pub fn is_transitional(&self) -> bool {
        matches!(self, ServiceStatus::Creating | ServiceStatus::Deleting)
    }
}

wire_enum! {
    /// `server_type`: what kind of backend resource serves the service.
    pub enum ServerType {
        /// An (enhanced/elastic) load balancer; `port_id` is its VIP port.
        Lb = "LB",
        /// An ECS; `port_id` is the NIC of the server.
        Vm = "VM",
    }
}

impl ServerType {
    /// The console's "Backend Resource Type" label (the seed's words) in `lang`.
    pub fn label(&self, lang: Lang) -> &str {
        crate::messages::server_type(self, lang)
    }
}

wire_enum! {
    /// `service_type`; only `interface` services can be created.
    pub enum ServiceType {
        Interface = "interface",
        Gateway = "gateway",
    }
}

wire_enum! {
    /// `protocol` of a port mapping.
    pub enum Protocol {
        Tcp = "TCP",
        Udp = "UDP",
    }
}

impl Protocol {
    /// Parses a protocol written by a person (`tcp`, `UDP`); `None` for anything else.
    pub fn parse_loose(s: &str) -> Option<Protocol> {
        if s.eq_ignore_ascii_case("tcp") {
            Some(Protocol::Tcp)
        } else if s.eq_ignore_ascii_case("udp") {
            Some(Protocol::Udp)
        } else {
            None
        }
    }
}

/// One port mapping. The seed calls `server_port` the **Service Port** (on the backend) and
/// `client_port` the **Terminal Port** (on the VPC endpoint).
///
/// Ports are `i64` so that an out-of-range number in a request parses and is then rejected
/// with the API's own error code, as the real service does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortMapping {
    pub client_port: i64,
    pub server_port: i64,
    #[serde(default = "default_protocol")]
    pub protocol: Protocol,
}

fn default_protocol() -> Protocol {
    Protocol::Tcp
}

/// A resource tag. The value may be empty.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Tag {
    pub key: String,
    #[serde(default)]
    pub value: String,
}

/// An endpoint service as create, get, list and update return it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EndpointService {
    pub id: String,
    #[serde(default)]
    pub port_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool_id: Option<String>,
    /// The full generated name, `region.service_id` or `region.name.service_id`.
    pub service_name: String,
    pub service_type: ServiceType,
    pub server_type: ServerType,
    pub vpc_id: String,
    pub approval_enabled: bool,
    pub status: ServiceStatus,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default)]
    pub project_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_id: Option<String>,
    pub ports: Vec<PortMapping>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tcp_proxy: Option<String>,
    #[serde(default)]
    pub tags: Vec<Tag>,
    /// Endpoints in Creating or Accepted state (list and get).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Present only when `status` is `failed`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub error: Vec<ResourceError>,
}

/// An entry of a resource's `error` array (note: `error_message`, not `error_msg`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceError {
    pub error_code: String,
    pub error_message: String,
}

/// The body of `POST /v1/{project_id}/vpc-endpoint-services`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateServiceBody {
    pub port_id: String,
    pub vpc_id: String,
    pub server_type: ServerType,
    pub ports: Vec<PortMapping>,
    /// The short name a user typed; sent only when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(default = "default_true")]
    pub approval_enabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_type: Option<ServiceType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tcp_proxy: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

fn default_true() -> bool {
    true
}

/// The body of `PUT /v1/{project_id}/vpc-endpoint-services/{id}`; every field optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateServiceBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<PortMapping>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tcp_proxy: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The envelope of the list operation; `total_count` ignores `limit` and `offset`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListServicesResponse {
    pub endpoint_services: Vec<EndpointService>,
    pub total_count: u32,
}
