//! The × that closes an alert.

use leptos::prelude::*;

/// The × that closes an alert.
#[component]
pub fn Dismiss(
    /// Closes the alert.
    on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class="btn btn-link" aria-label="Dismiss" on:click=move |_| on_click.run(())>
            "×"
        </button>
    }
}
