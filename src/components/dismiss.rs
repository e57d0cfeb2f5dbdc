//! The × that closes an alert.

use crate::i18n::t;
use leptos::prelude::*;

/// The × that closes an alert.
#[component]
pub fn Dismiss(
    /// Closes the alert.
    on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="btn btn-link"
            aria-label=t().manage.dismiss
            on:click=move |_| on_click.run(())
        >
            "×"
        </button>
    }
}
