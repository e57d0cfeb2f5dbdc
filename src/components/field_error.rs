//! The message under a control in error, referenced by the control's `aria-describedby`.

use leptos::prelude::*;

/// Shows `message` when there is one, with `id` (for `aria-describedby`).
#[component]
pub fn FieldError(
    /// The message's id; the control lists it in `aria-describedby` while it shows.
    #[prop(into)]
    id: String,
    /// The message to show now, if any.
    #[prop(into)]
    message: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        message.get().map(|message| {
            view! {
                <p class="field-error" id=id.clone()>
                    <span class="field-error-icon" aria-hidden="true">
                        "!"
                    </span>
                    {message}
                </p>
            }
        })
    }
}
