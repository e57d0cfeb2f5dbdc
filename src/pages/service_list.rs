//! The VPC endpoint service list.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos_router::components::A;
use vpcep_model::{EndpointService, ListServicesQuery};

use crate::api::{use_api, ApiError};
use crate::components::service_table::ServiceTable;
use crate::components::{ErrorAlert, TableSkeleton};
use crate::context::{use_data_version, use_region};

/// What the list shows: not loaded yet, the rows, or why they could not be loaded.
#[derive(Clone, Debug, PartialEq)]
enum ListState {
    Loading,
    Loaded { services: Vec<EndpointService>, total: u32 },
    Failed(ApiError),
}

/// The list page: header with count, create and refresh; the table; its states.
#[component]
pub fn ServiceListPage() -> impl IntoView {
    let region = use_region();
    let version = use_data_version();
    let state = RwSignal::new(ListState::Loading);
    let reloading = RwSignal::new(false);
    let vpc_names = RwSignal::new(HashMap::<String, String>::new());
    // Each load gets a number; an answer to an older load is dropped.
    let generation = StoredValue::new(0u64);

    let load = move || {
        let api = use_api();
        let r = region.get_untracked();
        let ticket = generation.get_value() + 1;
        generation.set_value(ticket);
        reloading.set(true);
        let query = ListServicesQuery { limit: Some("1000".to_owned()), ..Default::default() };
        let list = api.list_services(r, query);
        let vpcs = api.list_vpcs(r);
        leptos::task::spawn_local(async move {
            let result = list.await;
            if generation.get_value() != ticket {
                return;
            }
            reloading.set(false);
            match result {
                Ok(list) => {
                    state.set(ListState::Loaded { services: list.endpoint_services, total: list.total_count })
                }
                Err(e) => state.set(ListState::Failed(e)),
            }
        });
        leptos::task::spawn_local(async move {
            if let Ok(vpcs) = vpcs.await {
                vpc_names.set(vpcs.into_iter().map(|v| (v.id, v.name)).collect());
            }
        });
    };

    Effect::new(move |previous: Option<()>| {
        region.track();
        version.0.track();
        if previous.is_some() {
            // Another region or reset data: do not show the old rows as if they were current.
            state.set(ListState::Loading);
        }
        load();
    });

    let count = move || match state.get() {
        ListState::Loaded { total, .. } => format!("({total})"),
        _ => String::new(),
    };

    view! {
        <div class="page-header">
            <h1>"VPC Endpoint Services" <span class="count">{count}</span></h1>
            <div class="page-actions">
                <button
                    type="button"
                    class="btn btn-icon"
                    aria-label="Refresh"
                    title="Refresh"
                    on:click=move |_| load()
                    aria-busy=move || reloading.get().to_string()
                >
                    <span class="icon-refresh" class:spinning=move || reloading.get() aria-hidden="true"></span>
                </button>
                <A href="/services/create" attr:class="btn btn-primary">"Create VPC Endpoint Service"</A>
            </div>
        </div>
        <section class="card" aria-labelledby="services-table-caption">
            {move || match state.get() {
                ListState::Failed(e) => view! {
                    <ErrorAlert error=e on_retry=Callback::new(move |_| load()) />
                }.into_any(),
                ListState::Loading => view! {
                    <ServiceTable busy=true>
                        <TableSkeleton rows=5 columns=7 />
                    </ServiceTable>
                }.into_any(),
                ListState::Loaded { services, .. } if services.is_empty() => view! {
                    <div class="empty-state">
                        <p class="empty-title">"No VPC endpoint services"</p>
                        <p>"You have not created any VPC endpoint service in this region."</p>
                        <A href="/services/create" attr:class="btn btn-primary">"Create VPC Endpoint Service"</A>
                    </div>
                }.into_any(),
                ListState::Loaded { services, .. } => view! {
                    <ServiceTable busy=false>
                        {crate::components::service_table::service_rows(services, vpc_names)}
                    </ServiceTable>
                }.into_any(),
            }}
        </section>
    }
}
