//! One answer of the list: the services of the page, read for a region and a view (with the
//! tag filter and the client-side finish where the API cannot do it).

use vpcep_model::tag_filter::ResourceInstancesRequest;
use vpcep_model::{EndpointService, Region, ServiceStatus};

use crate::api::{Api, ApiError};
use crate::list_view::ListView;

/// One page of the list, how many services match in all, and what was asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub rows: Vec<EndpointService>,
    pub total: u32,
    pub region: Region,
    pub view: ListView,
}

pub async fn fetch(api: Api, region: Region, view: ListView) -> Result<Loaded, ApiError> {
    let conditions = view.tag_conditions();
    let tagged = if conditions.is_empty() {
        None
    } else {
        let found =
            api.filter_services_by_tags(region, ResourceInstancesRequest::with_tags(conditions)).await?;
        Some(found.resources.into_iter().map(|r| r.resource_id).collect::<Vec<_>>())
    };
    let list = api.list_services(region, view.api_query()).await?;
    let (rows, total) = if view.server_side() {
        (list.endpoint_services, list.total_count)
    } else {
        view.finish(list.endpoint_services, tagged.as_deref())
    };
    Ok(Loaded { rows, total, region, view })
}

/// What the list announces after a reload: the services that were deleting and are gone
/// (only between two answers for the same region and view: a filter hides rows too).
pub fn gone_after_delete(before: &Loaded, after: &Loaded) -> Vec<String> {
    if (before.region, &before.view) != (after.region, &after.view) {
        return Vec::new();
    }
    before
        .rows
        .iter()
        .filter(|s| s.status == ServiceStatus::Deleting && !after.rows.iter().any(|a| a.id == s.id))
        .map(|s| s.service_name.clone())
        .collect()
}
