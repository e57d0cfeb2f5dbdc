//! Unknown addresses.

use leptos::prelude::*;
use leptos_router::components::A;

/// "Page not found" with a way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <div class="page-header">
            <h1>"Page not found"</h1>
        </div>
        <div class="card empty-state">
            <p>"There is no page at this address."</p>
            <A href="/services">"Back to VPC Endpoint Service List"</A>
        </div>
    }
}
