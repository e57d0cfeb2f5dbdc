//! What a pick list of the create form says while its list loads or after it failed.

use leptos::prelude::*;

use crate::i18n::{formats, t};
use crate::loadable::Loadable;

/// "Loading VPCs…", or why the list could not be loaded (with the API's code) and Retry;
/// nothing once the list is there.
pub fn load_problem<T>(list: &Loadable<Vec<T>>, what: &str, on_refresh: Callback<()>) -> Option<AnyView> {
    match list {
        Loadable::Loading => Some(
            view! {
                <p class="field-hint" role="status">
                    {formats::loading_list(what)}
                </p>
            }
            .into_any(),
        ),
        Loadable::Failed(e) => Some(
            view! {
                <p class="field-error" role="alert">
                    <span class="field-error-icon" aria-hidden="true">
                        "!"
                    </span>
                    {formats::list_failed(what, &e.detail())}
                    {e.code().map(|c| format!(" ({c})"))}
                    " "
                    <button type="button" class="btn btn-link" on:click=move |_| on_refresh.run(())>
                        {t().create.retry}
                    </button>
                </p>
            }
            .into_any(),
        ),
        Loadable::Ready(_) => None,
    }
}
