//! The pieces pages are built from.

pub mod error_alert;
pub mod region_selector;
pub mod service_table;
pub mod shell;
pub mod status_indicator;
pub mod table_skeleton;

pub use error_alert::ErrorAlert;
pub use region_selector::RegionSelector;
pub use status_indicator::StatusIndicator;
pub use table_skeleton::TableSkeleton;
