//! The message under a field in error, referenced by the control's `aria-describedby`.

use leptos::prelude::*;

use crate::components::form_state::{error_id, FormState};

/// Shows the error of `field` when there is one to show.
#[component]
pub fn FieldError(form: FormState, #[prop(into)] field: String) -> impl IntoView {
    let id = error_id(&field);
    move || {
        form.error(&field).map(|message| {
            view! {
                <p class="field-error" id=id.clone()>
                    <span class="field-error-icon" aria-hidden="true">"!"</span>
                    {message}
                </p>
            }
        })
    }
}
