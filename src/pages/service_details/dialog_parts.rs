//! The end of the tabs' dialogs: the refusal of the last try (what was typed stays), and
//! Cancel and OK.

use crate::i18n::t;
use leptos::prelude::*;

use super::inline_edit::refusal;
use crate::api::ApiError;
use crate::components::error_alert::ErrorBox;

/// The refusal of the last try, if any: what was not done, and why.
#[component]
pub fn DialogRefusal(
    /// What was not done ("The tag was not saved.").
    what: &'static str,
    /// The refusal, if any.
    #[prop(into)]
    refused: Signal<Option<ApiError>>,
) -> impl IntoView {
    move || {
        refused.get().map(|e| {
            view! {
                <ErrorBox title=what>
                    <p class="alert-detail">{refusal(&e)}</p>
                </ErrorBox>
            }
        })
    }
}

/// Cancel, and OK (the form's submit button), which says `busy_label` while the change is
/// sent.
#[component]
pub fn DialogButtons(
    /// Whether the change is being sent.
    #[prop(into)]
    busy: Signal<bool>,
    /// What OK says meanwhile ("Saving…").
    busy_label: &'static str,
    /// Closes the dialog.
    on_cancel: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="modal-actions">
            <button type="button" class="btn" on:click=move |_| on_cancel.run(())>
                {t().cancel}
            </button>
            // Not `disabled` while busy: a disabled button loses focus, and Escape with it.
            // The form's submit handler ignores a submit while busy.
            <button type="submit" class="btn btn-primary" aria-disabled=move || busy.get().to_string()>
                {move || if busy.get() { busy_label } else { "OK" }}
            </button>
        </div>
    }
}
