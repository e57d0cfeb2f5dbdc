//! The list's property filters: one parser for the URL query and the filter bar, with the
//! values and labels of the model's enums.

use crate::i18n::{lang, t};
use vpcep_model::{ServerType, ServiceStatus};

/// A property the list can be filtered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterProperty {
    /// The service ID (exact).
    Id,
    /// The status.
    Status,
    /// The backend resource type.
    Backend,
    /// Connection approval on or off.
    Approval,
    /// A tag key, or key and value.
    Tag,
}

impl FilterProperty {
    /// Every property, in the filter bar's order.
    pub const ALL: [FilterProperty; 5] = [
        FilterProperty::Id,
        FilterProperty::Status,
        FilterProperty::Backend,
        FilterProperty::Approval,
        FilterProperty::Tag,
    ];

    /// The key in the URL query (and the filter bar's option value).
    pub fn key(self) -> &'static str {
        match self {
            FilterProperty::Id => "id",
            FilterProperty::Status => "status",
            FilterProperty::Backend => "backend",
            FilterProperty::Approval => "approval",
            FilterProperty::Tag => "tag",
        }
    }

    /// The property's name in the console.
    pub fn label(self) -> &'static str {
        match self {
            FilterProperty::Id => t().id,
            FilterProperty::Status => t().col_status,
            FilterProperty::Backend => t().tools.backend_type,
            FilterProperty::Approval => t().col_approval,
            FilterProperty::Tag => t().create.tag,
        }
    }

    /// The property of a URL key.
    pub fn from_key(key: &str) -> Option<FilterProperty> {
        FilterProperty::ALL.into_iter().find(|p| p.key() == key)
    }

    /// The values to choose from, `(value, label)`; empty when the value is free text.
    pub fn choices(self) -> Vec<(String, String)> {
        match self {
            FilterProperty::Status => ServiceStatus::KNOWN
                .iter()
                .map(|s| (s.as_str().to_owned(), s.label(lang()).to_owned()))
                .collect(),
            FilterProperty::Backend => ServerType::KNOWN
                .iter()
                .map(|b| (b.as_str().to_owned(), b.label(lang()).to_owned()))
                .collect(),
            FilterProperty::Approval => [true, false]
                .into_iter()
                .map(|on| (approval_value(on).to_owned(), approval_label(on).to_owned()))
                .collect(),
            FilterProperty::Id | FilterProperty::Tag => Vec::new(),
        }
    }

    /// The hint in the free-text value box.
    pub fn placeholder(self) -> &'static str {
        if self == FilterProperty::Tag {
            t().tools.tag_filter_hint
        } else {
            t().tools.service_id
        }
    }
}

fn approval_value(on: bool) -> &'static str {
    if on {
        "enabled"
    } else {
        "disabled"
    }
}

fn approval_label(on: bool) -> &'static str {
    if on {
        t().enabled
    } else {
        t().disabled
    }
}

/// A property filter (shown as a removable chip).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PropertyFilter {
    /// The service with this ID.
    Id(String),
    /// Services in this status.
    Status(ServiceStatus),
    /// Services with this backend type.
    Backend(ServerType),
    /// Services with approval on (`true`) or off.
    Approval(bool),
    /// A tag key, with a value or any value.
    Tag(String, Option<String>),
}

impl PropertyFilter {
    /// Reads a filter of `property` from its value, as typed in the filter bar or found in
    /// the URL (trimmed); `None` when the value means nothing for that property.
    pub fn parse(property: FilterProperty, value: &str) -> Option<PropertyFilter> {
        let value = value.trim();
        Some(match property {
            FilterProperty::Id if !value.is_empty() => PropertyFilter::Id(value.to_owned()),
            FilterProperty::Status => {
                PropertyFilter::Status(Some(ServiceStatus::from_wire(value)).filter(ServiceStatus::is_known)?)
            }
            FilterProperty::Backend => {
                PropertyFilter::Backend(Some(ServerType::from_wire(value)).filter(ServerType::is_known)?)
            }
            FilterProperty::Approval if value == approval_value(true) => PropertyFilter::Approval(true),
            FilterProperty::Approval if value == approval_value(false) => PropertyFilter::Approval(false),
            FilterProperty::Tag => match value.split_once('=') {
                Some((k, v)) if !k.trim().is_empty() => {
                    PropertyFilter::Tag(k.trim().to_owned(), Some(v.trim().to_owned()))
                }
                None if !value.is_empty() => PropertyFilter::Tag(value.to_owned(), None),
                _ => return None,
            },
            _ => return None,
        })
    }

    /// The filter's property.
    pub fn property(&self) -> FilterProperty {
        match self {
            PropertyFilter::Id(_) => FilterProperty::Id,
            PropertyFilter::Status(_) => FilterProperty::Status,
            PropertyFilter::Backend(_) => FilterProperty::Backend,
            PropertyFilter::Approval(_) => FilterProperty::Approval,
            PropertyFilter::Tag(..) => FilterProperty::Tag,
        }
    }

    /// The value as written in the URL (what [`PropertyFilter::parse`] reads back).
    pub fn value(&self) -> String {
        match self {
            PropertyFilter::Id(id) => id.clone(),
            PropertyFilter::Status(s) => s.as_str().to_owned(),
            PropertyFilter::Backend(b) => b.as_str().to_owned(),
            PropertyFilter::Approval(a) => approval_value(*a).to_owned(),
            PropertyFilter::Tag(k, Some(v)) => format!("{k}={v}"),
            PropertyFilter::Tag(k, None) => k.clone(),
        }
    }

    /// The chip's text, e.g. `Status: Available`.
    pub fn label(&self) -> String {
        let value = match self {
            PropertyFilter::Status(s) => s.label(lang()).to_owned(),
            PropertyFilter::Backend(b) => b.label(lang()).to_owned(),
            PropertyFilter::Approval(a) => approval_label(*a).to_owned(),
            other => other.value(),
        };
        format!("{}: {value}", self.property().label())
    }
}
