//! Tags in the mock cloud (API reference §4.14): actions on a service, and the filter of
//! services by tag and name.

use vpcep_model::error::{self, ErrorCode};
use vpcep_model::tag_filter::{
    tags_match, ResourceInstance, ResourceInstancesRequest, ResourceInstancesResponse,
};
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

    /// `POST …/endpoint_service/resource_instances/action`: services by tag and name.
    pub fn filter_services_by_tags(
        &mut self,
        request: &ResourceInstancesRequest,
    ) -> Result<ResourceInstancesResponse, ErrorCode> {
        self.advance();
        if request.action != "filter" && request.action != "count" {
            return Err(error::INVALID_ACTION);
        }
        let number = |v: &Option<String>, default: u32, bad: ErrorCode| match v {
            None => Ok(default),
            Some(s) => s.parse::<u32>().map_err(|_| bad),
        };
        let limit = number(&request.limit, 1000, error::INVALID_LIMIT)?;
        let offset = number(&request.offset, 0, error::INVALID_OFFSET)?;
        if !(1..=1000).contains(&limit) {
            return Err(error::INVALID_LIMIT);
        }
        let name = request.matches.iter().find(|m| m.key == "resource_name").map(|m| m.value.as_str());
        let hits: Vec<ResourceInstance> = self
            .state
            .services
            .iter()
            .map(|s| &s.service)
            .filter(|s| tags_match(&s.tags, &request.tags))
            .filter(|s| name.is_none_or(|n| crate::listing::contains_ignore_case(&s.service_name, n)))
            .map(|s| ResourceInstance {
                resource_id: s.id.clone(),
                resource_name: s.service_name.clone(),
                tags: s.tags.clone(),
            })
            .collect();
        let total_count = hits.len() as u32;
        let resources = if request.action == "count" {
            Vec::new()
        } else {
            hits.into_iter().skip(offset as usize).take(limit as usize).collect()
        };
        Ok(ResourceInstancesResponse { resources, total_count })
    }
}
