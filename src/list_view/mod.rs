//! What the list shows: filters, sort and page, kept in the URL query so that a link or a
//! reload restores the same view and Back/Forward move between views.

mod property_filter;
#[cfg(test)]
mod tests;

use vpcep_model::tag_filter::TagCondition;
use vpcep_model::{EndpointService, ListServicesQuery};

pub use property_filter::{FilterProperty, PropertyFilter};

/// Page sizes offered; the choice is remembered.
pub const PAGE_SIZES: [u32; 3] = [10, 20, 50];

/// The column the list is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortColumn {
    /// By name (the console sorts).
    Name,
    /// By creation time (the API sorts).
    Created,
}

/// The whole view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListView {
    /// Free text: a case-insensitive substring of the name.
    pub name: String,
    /// Property filters, in the order they were added.
    pub filters: Vec<PropertyFilter>,
    /// The sort column.
    pub sort: SortColumn,
    /// Whether the sort is descending.
    pub descending: bool,
    /// From 1.
    pub page: u32,
    /// Rows per page (one of [`PAGE_SIZES`]).
    pub page_size: u32,
}

impl Default for ListView {
    fn default() -> Self {
        ListView {
            name: String::new(),
            filters: Vec::new(),
            sort: SortColumn::Created,
            descending: true,
            page: 1,
            page_size: 10,
        }
    }
}

impl ListView {
    /// Reads the view from URL query pairs; anything unknown or invalid falls back to the
    /// default (a bad page number is page 1).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>, page_size: u32) -> Self {
        let mut v = ListView { page_size, ..Default::default() };
        for (key, value) in pairs {
            match key {
                "name" => v.name = value.to_owned(),
                "sort" => {
                    let (column, dir) = value.split_once(':').unwrap_or((value, "desc"));
                    v.sort = if column == "name" { SortColumn::Name } else { SortColumn::Created };
                    v.descending = dir != "asc";
                }
                "page" => v.page = value.parse().ok().filter(|p| *p >= 1).unwrap_or(1),
                "size" => {
                    v.page_size = value.parse().ok().filter(|s| PAGE_SIZES.contains(s)).unwrap_or(page_size)
                }
                other => v
                    .filters
                    .extend(FilterProperty::from_key(other).and_then(|p| PropertyFilter::parse(p, value))),
            }
        }
        v
    }

    /// The URL query string (without `?`) of this view; defaults are left out.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.name.is_empty() {
            pairs.push(("name", self.name.clone()));
        }
        pairs.extend(self.filters.iter().map(|f| (f.property().key(), f.value())));
        if (self.sort, self.descending) != (SortColumn::Created, true) {
            let column = if self.sort == SortColumn::Name { "name" } else { "created" };
            pairs.push(("sort", format!("{column}:{}", if self.descending { "desc" } else { "asc" })));
        }
        if self.page > 1 {
            pairs.push(("page", self.page.to_string()));
        }
        pairs.push(("size", self.page_size.to_string()));
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }

    /// True when a filter (text or property) is set.
    pub fn is_filtered(&self) -> bool {
        !self.name.is_empty() || !self.filters.is_empty()
    }

    /// A change of filter or sort goes back to page 1.
    pub fn changed(mut self, f: impl FnOnce(&mut ListView)) -> ListView {
        f(&mut self);
        self.page = 1;
        self
    }

    /// Adds `filter`; it replaces a filter of the same property, except for tags (AND over
    /// keys). Back to page 1.
    pub fn with_filter(self, filter: PropertyFilter) -> ListView {
        self.changed(|v| {
            let property = filter.property();
            v.filters.retain(|f| f.property() != property || property == FilterProperty::Tag);
            v.filters.push(filter);
        })
    }

    /// Removes the filter at `index`. Back to page 1.
    pub fn without_filter(self, index: usize) -> ListView {
        self.changed(|v| {
            if index < v.filters.len() {
                v.filters.remove(index);
            }
        })
    }

    /// Removes the name and every property filter. Back to page 1.
    pub fn cleared(self) -> ListView {
        self.changed(|v| {
            v.filters.clear();
            v.name.clear();
        })
    }

    /// The tag conditions (for the API's `resource_instances` filter).
    pub fn tag_conditions(&self) -> Vec<TagCondition> {
        let mut out: Vec<TagCondition> = Vec::new();
        for f in &self.filters {
            if let PropertyFilter::Tag(k, v) = f {
                match out.iter_mut().find(|c| &c.key == k) {
                    Some(c) => c.values.extend(v.clone()),
                    None => out.push(TagCondition { key: k.clone(), values: v.iter().cloned().collect() }),
                }
            }
        }
        out
    }

    /// Whether the API can do everything (filter, sort, page) itself. Otherwise the console
    /// asks for all matching services and finishes the job: the API has no filter for the
    /// backend or approval, sorts only by time, and filters tags through another call.
    pub fn server_side(&self) -> bool {
        self.sort == SortColumn::Created
            && self.filters.iter().all(|f| matches!(f, PropertyFilter::Id(_) | PropertyFilter::Status(_)))
    }

    /// The API list query of this view.
    pub fn api_query(&self) -> ListServicesQuery {
        let mut q = ListServicesQuery {
            endpoint_service_name: Some(self.name.trim().to_owned()).filter(|n| !n.is_empty()),
            sort_key: Some("created_at".to_owned()),
            sort_dir: Some(if self.descending { "desc" } else { "asc" }.to_owned()),
            ..Default::default()
        };
        for f in &self.filters {
            match f {
                PropertyFilter::Id(id) => q.id = Some(id.clone()),
                PropertyFilter::Status(s) => q.status = Some(s.as_str().to_owned()),
                _ => {}
            }
        }
        if self.server_side() {
            q.limit = Some(self.page_size.to_string());
            q.offset = Some(((self.page - 1) * self.page_size).to_string());
        } else {
            q.limit = Some(vpcep_model::limits::MAX_LIST_LIMIT.to_string());
        }
        q
    }

    /// Client-side part: keeps what the API could not filter, sorts, and cuts the page.
    /// `tagged` is the ids the tag filter allowed (`None`: no tag filter).
    pub fn finish(
        &self,
        services: Vec<EndpointService>,
        tagged: Option<&[String]>,
    ) -> (Vec<EndpointService>, u32) {
        let mut rows: Vec<EndpointService> = services
            .into_iter()
            .filter(|s| tagged.is_none_or(|ids| ids.contains(&s.id)))
            .filter(|s| {
                self.filters.iter().all(|f| match f {
                    PropertyFilter::Backend(b) => &s.server_type == b,
                    PropertyFilter::Approval(a) => s.approval_enabled == *a,
                    _ => true,
                })
            })
            .collect();
        if self.sort == SortColumn::Name {
            rows.sort_by(|a, b| {
                a.service_name.to_ascii_lowercase().cmp(&b.service_name.to_ascii_lowercase())
            });
            if self.descending {
                rows.reverse();
            }
        }
        let total = rows.len() as u32;
        let start = ((self.page - 1) * self.page_size) as usize;
        let page = rows.into_iter().skip(start).take(self.page_size as usize).collect();
        (page, total)
    }

    /// "1-10 of 37" (or "0 of 0").
    pub fn range_text(&self, shown: usize, total: u32) -> String {
        if shown == 0 {
            return crate::i18n::formats::range_of(None, total as usize);
        }
        let first = (self.page - 1) * self.page_size + 1;
        let last = first + shown as u32 - 1;
        crate::i18n::formats::range_of(Some((first as usize, last as usize)), total as usize)
    }

    /// How many pages `total` rows make (at least 1).
    pub fn pages(&self, total: u32) -> u32 {
        total.div_ceil(self.page_size).max(1)
    }
}
