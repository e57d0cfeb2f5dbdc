//! Filtering, sorting and paging of the service list (API reference §4.2).

use vpcep_model::{ServiceListParams, SortDir, SortKey};

use crate::state::StoredService;

/// The services that match `p`, sorted, and how many matched before paging.
pub fn select<'a>(services: &'a [StoredService], p: &ServiceListParams) -> (Vec<&'a StoredService>, u32) {
    let mut hits: Vec<&StoredService> = services
        .iter()
        .filter(|s| p.name.as_ref().is_none_or(|n| contains_ignore_case(&s.service.service_name, n)))
        .filter(|s| p.id.as_ref().is_none_or(|id| &s.service.id == id))
        .filter(|s| p.status.as_ref().is_none_or(|st| &s.service.status == st))
        .collect();
    let key = |s: &StoredService| match p.sort_key {
        SortKey::CreatedAt => s.created_ms,
        SortKey::UpdatedAt => s.updated_ms,
    };
    hits.sort_by(|a, b| key(a).cmp(&key(b)).then_with(|| a.service.id.cmp(&b.service.id)));
    if p.sort_dir == SortDir::Desc {
        hits.reverse();
    }
    let total = hits.len() as u32;
    let page = hits.into_iter().skip(p.offset as usize).take(p.limit as usize).collect();
    (page, total)
}

/// Case-insensitive substring test. Service names are ASCII (the name rule), so ASCII case
/// folding is exact here and keeps Unicode case tables out of the wasm.
pub(crate) fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::contains_ignore_case;

    #[test]
    fn substring_ignores_ascii_case() {
        assert!(contains_ignore_case("eu-de.Web-Frontend.1", "web-front"));
        assert!(contains_ignore_case("abc", ""));
        assert!(!contains_ignore_case("abc", "abcd"));
        assert!(!contains_ignore_case("eu-de.web", "api"));
    }
}
