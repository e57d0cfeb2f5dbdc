//! A small button that copies a value (an ID, a CIDR) and says so.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::dom::copy_to_clipboard;
use crate::i18n::t;

/// A copy icon button. It keeps no reactive state (tables have one per row): after a copy
/// its label and title become "Copied".
#[component]
pub fn CopyButton(
    /// What is copied.
    #[prop(into)]
    text: String,
    /// The button's accessible name, e.g. "Copy ID".
    label: &'static str,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="btn-copy-icon"
            aria-label=label
            title=label
            on:click=move |ev| {
                if let Some(button) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                {
                    copy_and_confirm(&button, &text);
                }
            }
        >
            <span class="copy-icon" aria-hidden="true"></span>
        </button>
    }
}

/// Copies `text`; if that worked, `button`'s label and title become "Copied". Also used by
/// tables whose rows are built without `view!` (one listener on the table body).
pub fn copy_and_confirm(button: &web_sys::Element, text: &str) {
    if copy_to_clipboard(text) {
        let _ = button.set_attribute("aria-label", t().tools.copied_short);
        let _ = button.set_attribute("title", t().tools.copied_short);
    }
}
