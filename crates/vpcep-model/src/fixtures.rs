//! Shared test fixtures (feature `fixtures`, for tests only): one valid create request that
//! every test starts from and changes what it tests.

use crate::service::{CreateServiceBody, PortMapping, Protocol, ServerType, ServiceType};

/// The VPC id of the API reference's create example.
pub const DOC_VPC_ID: &str = "4189d3c2-8882-4871-a3c2-d380272eed80";
/// The port id of the API reference's create example.
pub const DOC_PORT_ID: &str = "4189d3c2-8882-4871-a3c2-d380272eed88";

/// The API reference's create example (`creating_a_vpc_endpoint_service`): a VM backend,
/// approval off, two TCP mappings. It breaks no rule.
pub fn documented_create_body() -> CreateServiceBody {
    CreateServiceBody {
        port_id: DOC_PORT_ID.into(),
        vpc_id: DOC_VPC_ID.into(),
        server_type: ServerType::Vm,
        ports: vec![
            PortMapping { client_port: 8080, server_port: 90, protocol: Protocol::Tcp },
            PortMapping { client_port: 8081, server_port: 80, protocol: Protocol::Tcp },
        ],
        service_name: None,
        approval_enabled: false,
        service_type: Some(ServiceType::Interface),
        pool_id: None,
        tcp_proxy: None,
        tags: vec![],
        description: None,
    }
}

/// A valid body for a load balancer (`vpc_id`, `port_id`) of a mock account: one mapping,
/// TCP 8080 -> 80, approval on, no name.
pub fn create_body_on(vpc_id: &str, port_id: &str) -> CreateServiceBody {
    CreateServiceBody {
        port_id: port_id.into(),
        vpc_id: vpc_id.into(),
        server_type: ServerType::Lb,
        ports: vec![PortMapping { client_port: 80, server_port: 8080, protocol: Protocol::Tcp }],
        approval_enabled: true,
        service_type: None,
        ..documented_create_body()
    }
}
