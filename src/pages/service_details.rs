//! A service's details (summary for now; connections, whitelist, port mappings and tags come
//! with their own issue).

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use vpcep_model::EndpointService;

use crate::api::{use_api, ApiError};
use crate::components::{ErrorAlert, StatusIndicator};
use crate::context::use_region;
use crate::format::{local_time, or_dashes};

/// The details page of `/services/:id`.
#[component]
pub fn ServiceDetailsPage() -> impl IntoView {
    let params = use_params_map();
    let region = use_region();
    let state = RwSignal::new(None::<Result<EndpointService, ApiError>>);
    Effect::new(move |_| {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        let task = use_api().get_service(region.get(), id);
        state.set(None);
        leptos::task::spawn_local(async move { state.set(Some(task.await)) });
    });
    view! {
        <div class="page-header">
            <h1>
                <A href="/services" attr:class="back-link" attr:aria-label="Back to VPC Endpoint Service List">"‹"</A>
                {move || match state.get() {
                    Some(Ok(s)) => s.service_name,
                    _ => "VPC Endpoint Service".to_owned(),
                }}
            </h1>
        </div>
        {move || match state.get() {
            None => view! { <div class="card" aria-busy="true"><p class="muted">"Loading…"</p></div> }.into_any(),
            Some(Err(e)) => view! { <ErrorAlert error=e /> }.into_any(),
            Some(Ok(s)) => view! { <Summary service=s /> }.into_any(),
        }}
    }
}

#[component]
fn Summary(service: EndpointService) -> impl IntoView {
    let rows: Vec<(&str, AnyView)> = vec![
        ("Name", view! { <span>{service.service_name.clone()}</span> }.into_any()),
        ("ID", view! { <span class="mono">{service.id.clone()}</span> }.into_any()),
        ("Backend Resource Type", view! { <span>{service.server_type.label().to_owned()}</span> }.into_any()),
        ("VPC", view! { <span class="mono">{service.vpc_id.clone()}</span> }.into_any()),
        ("Status", view! { <StatusIndicator status=service.status.clone() /> }.into_any()),
        (
            "Connection Approval",
            view! { <span>{if service.approval_enabled { "Enabled" } else { "Disabled" }}</span> }.into_any(),
        ),
        ("Service Type", view! { <span>"Interface"</span> }.into_any()),
        ("Created", view! { <span>{local_time(&service.created_at)}</span> }.into_any()),
        ("Description", view! { <span>{or_dashes(service.description.as_deref())}</span> }.into_any()),
    ];
    view! {
        <section class="card">
            <h2 class="card-title">"Summary"</h2>
            <dl class="summary-grid">
                {rows.into_iter().map(|(k, v)| view! { <div class="summary-item"><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
            </dl>
        </section>
    }
}
