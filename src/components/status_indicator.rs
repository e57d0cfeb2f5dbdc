//! A service status: icon and label.

use crate::i18n::lang;
use leptos::prelude::*;
use vpcep_model::ServiceStatus;

/// The CSS modifier of a status.
pub fn status_class(status: &ServiceStatus) -> &'static str {
    match status {
        ServiceStatus::Available => "status status-available",
        ServiceStatus::Creating | ServiceStatus::Deleting => "status status-progress",
        ServiceStatus::Failed => "status status-failed",
        ServiceStatus::Other(_) => "status status-unknown",
    }
}

/// Icon plus label; Creating and Deleting spin.
#[component]
pub fn StatusIndicator(
    /// The status to show.
    status: ServiceStatus,
) -> impl IntoView {
    view! {
        <span class=status_class(&status) data-status=status.as_str().to_owned()>
            <span class="status-icon" aria-hidden="true"></span>
            {status.label(lang()).to_owned()}
        </span>
    }
}
