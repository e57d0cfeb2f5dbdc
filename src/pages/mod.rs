//! One module per page.

pub mod create_service;
mod not_found;
pub mod service_details;
pub mod service_list;
mod settings;

pub use create_service::CreateServicePage;
pub use not_found::NotFoundPage;
pub use service_details::ServiceDetailsPage;
pub use service_list::ServiceListPage;
pub use settings::SettingsPage;

use leptos::prelude::*;

use crate::split_part;

split_part! {
    /// The create page, built in its own chunk.
    pub fn create_page() -> AnyView, chunk = create_page => view! { <CreateServicePage /> }.into_any()
}

split_part! {
    /// The details page, built in its own chunk.
    pub fn details_page() -> AnyView, chunk = details_page => view! { <ServiceDetailsPage /> }.into_any()
}

split_part! {
    /// The settings page, built in its own chunk.
    pub fn settings_page() -> AnyView, chunk = settings_page => view! { <SettingsPage /> }.into_any()
}

split_part! {
    /// "Page not found", built in its own chunk.
    pub fn not_found_page() -> AnyView, chunk = not_found_page => view! { <NotFoundPage /> }.into_any()
}
