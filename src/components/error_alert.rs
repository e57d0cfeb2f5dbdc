//! An error alert with the API's code and an optional retry.

use crate::i18n::t;
use leptos::prelude::*;

use crate::api::ApiError;

/// Shows what failed, the `EndPoint.xxxx` code if any, and "Retry".
#[component]
pub fn ErrorAlert(
    /// What failed.
    error: ApiError,
    /// Shows "Retry", which runs this.
    #[prop(optional, into)]
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let code = error.code().map(|c| c.to_owned());
    view! {
        <div class="alert alert-error" role="alert">
            <span class="alert-icon" aria-hidden="true">
                "!"
            </span>
            <div class="alert-body">
                <p class="alert-title">{error.title()}</p>
                <p class="alert-detail">
                    {error.detail()}
                    {code
                        .map(|c| {
                            view! {
                                " "
                                <span class="error-code">{t().error_code} {c}</span>
                            }
                        })}
                </p>
            </div>
            {on_retry
                .map(|cb| {
                    view! {
                        <button type="button" class="btn" on:click=move |_| cb.run(())>
                            {t().retry}
                        </button>
                    }
                })}
        </div>
    }
}
