//! Error alerts: the API's error with its code and an optional Retry, and the frame every
//! error alert shares.

use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::t;

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
    let retry = on_retry.map(|cb| {
        view! {
            <button type="button" class="btn" on:click=move |_| cb.run(())>
                {t().retry}
            </button>
        }
        .into_any()
    });
    view! {
        <ErrorBox title=error.title() action=retry>
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
        </ErrorBox>
    }
}

/// The frame of every error alert: the icon, a title, what the caller puts under it, and an
/// optional button at the end (Retry, or the × that dismisses it).
#[component]
pub fn ErrorBox(
    /// What failed.
    #[prop(into)]
    title: String,
    /// The button at the end, if any.
    #[prop(default = None)]
    action: Option<AnyView>,
    /// The detail under the title.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="alert alert-error" role="alert">
            <span class="alert-icon" aria-hidden="true">
                "!"
            </span>
            <div class="alert-body">
                <p class="alert-title">{title}</p>
                {children()}
            </div>
            {action}
        </div>
    }
}
