#![warn(missing_docs)]
//! vpcep-console: the Open Telekom Cloud console pages for VPC Endpoint Services, in Leptos.
//!
//! - [`api`]: the API trait the pages call, and the embedded mock behind it;
//! - [`pages`]: one module per page (service list, create, details);
//! - [`components`]: the pieces pages are built from (shell, status, alerts, …);
//! - [`context`]: app-wide state (region, data version);
//! - [`format`]: how times and values are shown;
//! - [`i18n`]: the texts in English and German.

pub mod api;
mod app;
pub mod components;
pub mod context;
pub mod dom;
pub mod format;
pub mod i18n;
pub mod list_view;
pub mod loadable;
pub mod pages;
pub mod read;

pub use app::{prefetch_page, App, AppRoutes};
