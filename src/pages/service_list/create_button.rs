//! "Create VPC Endpoint Service" with the project's quota: how many services may still be
//! created, and at the quota a disabled button that says why (nothing is sent anyway; the API
//! would answer `Endpoint.1018`).

use crate::i18n::{formats, t};
use leptos::prelude::*;
use leptos_router::components::A;

/// The create action of the list's header.
#[component]
pub fn CreateButton(
    /// How many services may still be created (`None` until the quota is read, or when it
    /// could not be).
    #[prop(into)]
    left: Signal<Option<u32>>,
) -> impl IntoView {
    let hint = move || {
        left.get().map(|n| match n {
            0 => t().quota_reached.to_owned(),
            1 => t().quota_one_left.to_owned(),
            n => formats::quota_left(n as usize),
        })
    };
    view! {
        <span class="quota-hint" id="quota-hint">
            {hint}
        </span>
        {move || {
            if left.get() == Some(0) {
                view! {
                    <button
                        type="button"
                        class="btn btn-primary"
                        aria-disabled="true"
                        aria-describedby="quota-hint"
                        data-shortcut="create"
                        aria-keyshortcuts="c"
                    >
                        {t().create_service}
                    </button>
                }
                    .into_any()
            } else {
                view! {
                    <A
                        href="/services/create"
                        attr:class="btn btn-primary"
                        attr:data-shortcut="create"
                        attr:aria-keyshortcuts="c"
                    >
                        {t().create_service}
                    </A>
                }
                    .into_any()
            }
        }}
    }
}
