//! The table of endpoint services.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos_router::components::A;
use vpcep_model::EndpointService;

use crate::components::StatusIndicator;
use crate::format::{local_time, or_dashes};

/// The column headers, in the console's order.
pub const COLUMNS: [&str; 7] =
    ["Name/ID", "VPC", "Backend Resource Type", "Status", "Connection Approval", "Created", "Description"];

/// The table frame with its header; `children` are the body rows.
#[component]
pub fn ServiceTable(busy: bool, children: Children) -> impl IntoView {
    view! {
        <table class="table" aria-busy=busy.to_string()>
            <caption id="services-table-caption" class="visually-hidden">"VPC endpoint services"</caption>
            <thead>
                <tr>{COLUMNS.iter().map(|c| view! { <th scope="col">{*c}</th> }).collect_view()}</tr>
            </thead>
            <tbody>{children()}</tbody>
        </table>
    }
}

/// One row per service, keyed by id and status so a status change re-renders its row.
pub fn service_rows(
    services: Vec<EndpointService>,
    vpc_names: RwSignal<HashMap<String, String>>,
) -> impl IntoView {
    view! {
        <For
            each=move || services.clone()
            key=|s| (s.id.clone(), s.status.clone())
            children=move |s: EndpointService| view! { <ServiceRow service=s vpc_names /> }
        />
    }
}

#[component]
fn ServiceRow(service: EndpointService, vpc_names: RwSignal<HashMap<String, String>>) -> impl IntoView {
    let vpc_id = service.vpc_id.clone();
    let vpc = move || vpc_names.with(|m| m.get(&vpc_id).cloned().unwrap_or_else(|| vpc_id.clone()));
    let approval = if service.approval_enabled { "Enabled" } else { "Disabled" };
    view! {
        <tr data-service-id=service.id.clone()>
            <td class="cell-name">
                <A href=format!("/services/{}", service.id) attr:class="service-name">{service.service_name.clone()}</A>
                <div class="cell-sub mono">{service.id.clone()}</div>
            </td>
            <td class="nowrap">{vpc}</td>
            <td>{service.server_type.label().to_owned()}</td>
            <td><StatusIndicator status=service.status.clone() /></td>
            <td>{approval}</td>
            <td class="nowrap">{local_time(&service.created_at)}</td>
            <td class="cell-description">{or_dashes(service.description.as_deref())}</td>
        </tr>
    }
}
