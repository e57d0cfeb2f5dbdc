//! Connections: the VPC endpoints attached to a service (API reference §4.6, §4.7).

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::service::ResourceError;

wire_enum! {
    /// `status` of a connection (a VPC endpoint seen from the service).
    pub enum ConnectionStatus {
        PendingAcceptance = "pendingAcceptance",
        Creating = "creating",
        Accepted = "accepted",
        Rejected = "rejected",
        Failed = "failed",
        Deleting = "deleting",
    }
}

impl ConnectionStatus {
    /// The console's label in `lang`.
    pub fn label(&self, lang: Lang) -> &str {
        crate::messages::connection_status(self, lang)
    }

    /// Creating and Accepted connections count in `connection_count` and block a delete.
    pub fn keeps_service_in_use(&self) -> bool {
        matches!(self, ConnectionStatus::Creating | ConnectionStatus::Accepted)
    }
}

/// One connection of a service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Connection {
    /// The VPC endpoint's id.
    pub id: String,
    /// The endpoint's packet id (an integer on the wire).
    pub marker_id: u64,
    /// The account of the endpoint's owner.
    pub domain_id: String,
    pub status: ConnectionStatus,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub error: Vec<ResourceError>,
}

/// The envelope of `GET …/{id}/connections`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListConnectionsResponse {
    pub connections: Vec<Connection>,
    pub total_count: u32,
}

/// The body of `POST …/{id}/connections/action`: accept (`receive`) or `reject` one endpoint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionActionRequest {
    pub endpoints: Vec<String>,
    pub action: String,
}

impl ConnectionActionRequest {
    /// Accepts `endpoint`.
    pub fn accept(endpoint: &str) -> Self {
        ConnectionActionRequest { endpoints: vec![endpoint.to_owned()], action: "receive".to_owned() }
    }

    /// Rejects `endpoint`.
    pub fn reject(endpoint: &str) -> Self {
        ConnectionActionRequest { endpoints: vec![endpoint.to_owned()], action: "reject".to_owned() }
    }
}

/// The answer of the action: the changed connection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConnectionActionResponse {
    pub connections: Vec<Connection>,
}
