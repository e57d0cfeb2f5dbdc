//! Create VPC Endpoint Service (the form comes with its own issue).

use leptos::prelude::*;
use leptos_router::components::A;

/// Placeholder of the create page.
#[component]
pub fn CreateServicePage() -> impl IntoView {
    view! {
        <div class="page-header">
            <h1>"Create VPC Endpoint Service"</h1>
        </div>
        <div class="card empty-state">
            <p>"The create form is being built."</p>
            <A href="/services">"Back to VPC Endpoint Service List"</A>
        </div>
    }
}
