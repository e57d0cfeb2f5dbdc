//! The OTC VPC Endpoint (VPCEP) v1 wire model and the rules a create request must follow.
//!
//! This crate has no web dependencies: the console compiles it to wasm for its forms, the mock
//! cloud and the tests compile it natively, so all three apply exactly the same rules.

#[macro_use]
mod wire_enum;

pub mod connection;
pub mod draft;
pub mod error;
#[cfg(feature = "fixtures")]
pub mod fixtures;
pub mod iam;
pub mod lang;
pub mod limits;
pub mod load_balancers;
pub mod messages;
pub mod naming;
pub mod preview;
pub mod query;
pub mod quota;
pub mod region;
pub mod request;
pub mod resources;
pub mod service;
pub mod tag_action;
pub mod tag_filter;
pub mod time;
pub mod validation;
pub mod whitelist;

pub use connection::{
    Connection, ConnectionActionRequest, ConnectionActionResponse, ConnectionStatus, ListConnectionsResponse,
};
pub use error::{ApiErrorBody, ErrorCode};
pub use lang::{both, Bilingual, Lang};
pub use query::{ListServicesQuery, ServiceListParams, SortDir, SortKey};
pub use quota::QuotaResponse;
pub use region::Region;
pub use request::{MarkerQuery, Method, PageQuery, QuotaQuery, Route, RouteError, Service};
pub use resources::{EcsServer, LoadBalancer, Vpc};
pub use service::{
    CreateServiceBody, EndpointService, ListServicesResponse, PortMapping, Protocol, ServerType,
    ServiceStatus, ServiceType, Tag, UpdateServiceBody,
};
pub use tag_action::{TagActionItem, TagActionRequest};
pub use validation::Violation;
pub use whitelist::{
    ListPermissionsResponse, PermissionActionRequest, PermissionActionResponse, PermissionRecord,
};
