//! The pieces pages are built from.

pub mod async_view;
pub mod code_preview;
pub mod confirm_dialog;
pub mod copy_button;
pub mod delete_dialog;
pub mod dismiss;
pub mod error_alert;
pub mod field_error;
pub mod form_field;
pub mod keyed_rows;
pub mod lazy_part;
pub mod modal;
pub mod pagination;
pub mod region_selector;
pub mod row_editor;
pub mod scenario;
pub mod scroll_table;
pub mod segmented;
pub mod selection;
pub mod shell;
pub mod shortcuts;
pub mod sign_in;
pub mod state_transfer;
pub mod status_indicator;
pub mod table_skeleton;

pub use error_alert::{ErrorAlert, ErrorBox};
pub use lazy_part::{ChunkError, LazyPart, PartFuture};
pub use region_selector::RegionSelector;
pub use status_indicator::StatusIndicator;
pub use table_skeleton::TableSkeleton;
