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
