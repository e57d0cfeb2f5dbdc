//! A small button that copies a value (an ID, a CIDR) and says so.

use leptos::prelude::*;

use crate::dom::copy_to_clipboard;

/// "Copy" with a polite "Copied" once done.
#[component]
pub fn CopyButton(#[prop(into)] text: String, label: &'static str) -> impl IntoView {
    let copied = RwSignal::new(false);
    let text = StoredValue::new(text);
    view! {
        <button
            type="button"
            class="btn-copy-icon"
            aria-label=label
            title=label
            on:click=move |_| copied.set(text.with_value(|t| copy_to_clipboard(t)))
        >
            <span class="copy-icon" aria-hidden="true"></span>
        </button>
        <span class="copied" role="status">{move || if copied.get() { "Copied" } else { "" }}</span>
    }
}
