//! The console frame: top bar with the region selector, left navigation, and the page.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::use_api;
use crate::components::RegionSelector;
use crate::context::use_data_version;

/// The frame around every page.
#[component]
pub fn Shell(
    /// The page.
    children: Children,
) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">
            "Skip to content"
        </a>
        <header class="topbar">
            <div class="topbar-brand">
                <span class="brand-mark" aria-hidden="true">
                    "T"
                </span>
                <span class="brand-name">"Open Telekom Cloud"</span>
                <span class="brand-sep" aria-hidden="true"></span>
                <span class="brand-console">"Console"</span>
            </div>
            <RegionSelector />
            <div class="topbar-spacer"></div>
            <ResetDemoData />
        </header>
        <div class="layout">
            <nav class="sidenav" aria-label="VPC Endpoint">
                <h2 class="sidenav-title">"VPC Endpoint"</h2>
                <ul>
                    <li>
                        <A href="/services">"VPC Endpoint Services"</A>
                    </li>
                    <li>
                        <A href="/settings">"Settings"</A>
                    </li>
                </ul>
            </nav>
            <main id="main" class="content" tabindex="-1">
                {children()}
            </main>
        </div>
    }
}

/// "Reset demo data", shown only when the API is the embedded mock.
#[component]
fn ResetDemoData() -> impl IntoView {
    let api = use_api();
    let version = use_data_version();
    let supported = api.reset_demo_data().is_some();
    if !supported {
        let settings = crate::api::settings::ApiSettings::load();
        return view! {
            <A href="/settings" attr:class="mock-badge" attr:title="The console talks to the VPCEP REST API">
                {format!("HTTP API: {}", settings.base)}
            </A>
        }
        .into_any();
    }
    let reset = Action::new_local(move |_: &()| {
        let task = api.reset_demo_data();
        async move {
            if let Some(task) = task {
                let _ = task.await;
            }
        }
    });
    let busy = reset.pending();
    // Every page reads again once the data is back to the seed.
    Effect::new(move |_| {
        if reset.version().get() > 0 {
            version.bump();
        }
    });
    view! {
        <span class="mock-badge" title="Data comes from the mock API embedded in this page">
            "Embedded mock API"
        </span>
        <button
            type="button"
            class="btn btn-link topbar-action"
            on:click=move |_| {
                reset.dispatch_local(());
            }
            aria-busy=move || busy.get().to_string()
            disabled=move || busy.get()
        >
            {move || if busy.get() { "Resetting…" } else { "Reset demo data" }}
        </button>
    }
    .into_any()
}
