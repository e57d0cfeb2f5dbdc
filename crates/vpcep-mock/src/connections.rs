//! The connections of a service in the mock cloud: list, accept and reject (API reference
//! §4.6, §4.7).

use vpcep_model::error::{self, ErrorCode};
use vpcep_model::time::format_utc;
use vpcep_model::{
    ConnectionActionRequest, ConnectionActionResponse, ConnectionStatus, ListConnectionsResponse,
};

use crate::clock::Clock;
use crate::cloud::MockCloud;

impl<C: Clock> MockCloud<C> {
    /// `GET …/{id}/connections` (all of them, newest first).
    pub fn list_connections(&mut self, id: &str) -> Result<ListConnectionsResponse, ErrorCode> {
        self.advance();
        let i = self.stored(id)?;
        let connections = self.state.services[i].connections.clone();
        Ok(ListConnectionsResponse { total_count: connections.len() as u32, connections })
    }

    /// `POST …/{id}/connections/action`: accept (`receive`) or reject one endpoint.
    pub fn connection_action(
        &mut self,
        id: &str,
        request: &ConnectionActionRequest,
    ) -> Result<ConnectionActionResponse, ErrorCode> {
        self.advance();
        let i = self.stored(id)?;
        let to = match request.action.as_str() {
            "receive" => ConnectionStatus::Accepted,
            "reject" => ConnectionStatus::Rejected,
            _ => return Err(error::INVALID_ACTION),
        };
        let [endpoint] = request.endpoints.as_slice() else { return Err(error::ONLY_ONE_ENDPOINT) };
        let now = format_utc(self.clock.now_ms());
        let c = self.state.services[i]
            .connections
            .iter_mut()
            .find(|c| &c.id == endpoint)
            .ok_or(error::ENDPOINT_NOT_IN_SERVICE)?;
        c.status = to;
        c.updated_at = Some(now);
        Ok(ConnectionActionResponse { connections: vec![c.clone()] })
    }
}
