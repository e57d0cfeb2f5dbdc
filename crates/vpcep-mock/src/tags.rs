//! Tag actions on a service in the mock cloud (API reference §4.14).

use vpcep_model::error::ErrorCode;
use vpcep_model::validation::validate_tag_action;
use vpcep_model::TagActionRequest;

use crate::clock::Clock;
use crate::cloud::MockCloud;

impl<C: Clock> MockCloud<C> {
    /// `POST …/endpoint_service/{id}/tags/action`: `create` adds tags or replaces their
    /// values, `delete` removes them; the same rules as the create form's tags, and at most
    /// `MAX_TAGS` after the change. Refused while the service is creating or deleting
    /// (`EndPoint.3045`; UNCONFIRMED for tags).
    pub fn tag_action(&mut self, id: &str, request: &TagActionRequest) -> Result<(), ErrorCode> {
        let existing = self.get_service(id)?.tags;
        if let Some(v) = validate_tag_action(request, &existing).into_iter().next() {
            return Err(v.code);
        }
        let i = self.changeable(id)?;
        let tags = request.apply(&existing);
        self.state.services[i].service.tags = tags;
        self.touch(i);
        Ok(())
    }
}
