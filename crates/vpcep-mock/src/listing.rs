//! Filtering, sorting and paging of the service list (API reference §4.2).

use vpcep_model::{ServiceListParams, SortDir, SortKey};

use crate::state::StoredService;

/// The services that match `p`, sorted, and how many matched before paging.
pub fn select<'a>(
    services: &'a [StoredService],
    p: &ServiceListParams,
) -> (Vec<&'a StoredService>, u32) {
    let needle = p.name.as_ref().map(|n| n.to_lowercase());
    let mut hits: Vec<&StoredService> = services
        .iter()
        .filter(|s| {
            needle
                .as_ref()
                .is_none_or(|n| s.service.service_name.to_lowercase().contains(n.as_str()))
        })
        .filter(|s| p.id.as_ref().is_none_or(|id| &s.service.id == id))
        .filter(|s| p.status.as_ref().is_none_or(|st| &s.service.status == st))
        .collect();
    let key = |s: &StoredService| match p.sort_key {
        SortKey::CreatedAt => s.created_ms,
        SortKey::UpdatedAt => s.updated_ms,
    };
    hits.sort_by(|a, b| {
        key(a)
            .cmp(&key(b))
            .then_with(|| a.service.id.cmp(&b.service.id))
    });
    if p.sort_dir == SortDir::Desc {
        hits.reverse();
    }
    let total = hits.len() as u32;
    let page = hits
        .into_iter()
        .skip(p.offset as usize)
        .take(p.limit as usize)
        .collect();
    (page, total)
}
