//! The top bar's sign-in state in HTTP mode: who is signed in to the current region (the
//! account and user, also when the server signs in itself), Sign in, and Sign out (of every
//! region).

use leptos::prelude::*;

use crate::api::now_ms;
use crate::api::session::{self, SignIn};
use crate::context::{use_data_version, use_region};
use crate::i18n::{formats, t};

/// "alice · OTC-… " with Sign out, or Sign in.
#[component]
pub fn SessionBadge(
    /// The sign-in prompt.
    sign_in: SignIn,
) -> impl IntoView {
    let region = use_region();
    let version = use_data_version();
    // Read again whenever the dialog closes, the region changes or data is read again.
    let prompt = sign_in.clone();
    let current = Memo::new(move |_| {
        let _ = (prompt.asked(), version.0.get());
        session::valid(region.get(), now_ms())
    });
    let open = sign_in.clone();
    let sign_out = move |_| {
        session::clear_all();
        // Every page reads again, and asks for a sign-in.
        let _ = window().location().reload();
    };
    view! {
        {move || match current.get() {
            Some(s) => {
                view! {
                    <span
                        class="session-badge"
                        title=formats::signed_in_as(&region.get().to_string(), &s.user, &s.account)
                    >
                        {format!("{} · {}", s.user, s.account)}
                    </span>
                    <button type="button" class="btn btn-link topbar-action" on:click=sign_out>
                        {t().tools.sign_out}
                    </button>
                }
                    .into_any()
            }
            None => {
                let open = open.clone();
                view! {
                    <button
                        type="button"
                        class="btn btn-link topbar-action"
                        on:click=move |_| open.open(region.get_untracked())
                    >
                        {t().tools.sign_in}
                    </button>
                }
                    .into_any()
            }
        }}
    }
}
