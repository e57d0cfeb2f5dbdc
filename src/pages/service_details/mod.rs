//! A service's details: Summary, Connection Management, Permission Management, Port Mapping
//! and Tags, and Delete.

mod connection_bulk;
mod connections;
mod dialog_parts;
mod inline_edit;
mod outcome;
mod port_mappings;
mod summary;
pub mod tag_dialog;
mod tags;
mod terraform_dialog;
mod whitelist;
pub mod whitelist_dialog;

use crate::i18n::t;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params};
use leptos_router::params::Params;
use vpcep_model::{EndpointService, ListConnectionsResponse, ListPermissionsResponse};

use crate::api::use_api;
use crate::components::async_view::{latest, AsyncView, Read};
use crate::components::delete_dialog::{delete_services, DeleteDialog, DeleteResults};
use crate::context::use_region;
use connections::Connections;
use port_mappings::PortMappings;
use summary::{Summary, UpdateService};
use tags::Tags;
use terraform_dialog::TerraformDialog;
use whitelist::Whitelist;

/// The tabs' names, in order.
fn tabs() -> [&'static str; 5] {
    let t = t();
    [t.tab_summary, t.tab_connections, t.tab_permissions, t.tab_ports, t.tab_tags]
}

/// How many tabs there are.
const TAB_COUNT: usize = 5;

/// The route's parameters.
#[derive(Params, Clone, Debug, PartialEq)]
struct ServiceParams {
    id: Option<String>,
}

/// The details page of `/services/:id`.
#[component]
pub fn ServiceDetailsPage() -> impl IntoView {
    let params = use_params::<ServiceParams>();
    let id =
        Memo::new(move |_| params.with(|p| p.as_ref().ok().and_then(|p| p.id.clone()).unwrap_or_default()));
    let region = use_region();
    let api = use_api();
    let (a1, a2) = (api.clone(), api.clone());
    let service: Read<EndpointService> = Read::new(move || a1.get_service(region.get(), id.get()));
    let connections: Read<ListConnectionsResponse> =
        Read::new(move || a2.list_connections(region.get(), id.get()));
    let permissions: Read<ListPermissionsResponse> =
        Read::new(move || api.list_permissions(region.get(), id.get()));
    let current = latest(service);
    // The Summary shows the VPC and the backend by name, and changes one field at a time.
    let (a3, a4, a5, a6) = (use_api(), use_api(), use_api(), use_api());
    let vpcs = Read::new(move || a3.list_vpcs(region.get()));
    let load_balancers = Read::new(move || a4.list_load_balancers(region.get()));
    let ecs_servers = Read::new(move || a5.list_ecs_servers(region.get()));
    let update: UpdateService =
        Action::new_local(move |(field, body): &(summary::Changed, vpcep_model::UpdateServiceBody)| {
            let sent = a6.update_service(region.get_untracked(), id.get_untracked(), body.clone());
            let field = *field;
            async move { (field, sent.await) }
        });
    Effect::new(move |_| {
        if update.value().with(|v| matches!(v, Some((_, Ok(_))))) {
            service.refetch();
        }
    });
    let tab = RwSignal::new(0usize);
    let delete_targets = RwSignal::new(Vec::<EndpointService>::new());
    let terraform = RwSignal::new(false);
    let refresh = move |_| {
        service.refetch();
        connections.refetch();
        permissions.refetch();
    };
    let navigate = use_navigate();
    // The page owns the delete write; the dialog runs it and shows its results.
    let delete = delete_services();
    let on_deleted = Callback::new(move |results: DeleteResults| {
        if results.iter().all(|(_, r)| r.is_ok()) {
            navigate("/services", Default::default());
        }
    });
    let title = move || current.with(|s| s.as_ref().map(|s| s.service_name.clone()));
    let on_tab_key = move |ev: leptos::ev::KeyboardEvent| {
        let next = match ev.key().as_str() {
            "ArrowRight" => (tab.get_untracked() + 1) % TAB_COUNT,
            "ArrowLeft" => (tab.get_untracked() + TAB_COUNT - 1) % TAB_COUNT,
            "Home" => 0,
            "End" => TAB_COUNT - 1,
            _ => return,
        };
        ev.prevent_default();
        tab.set(next);
        crate::dom::focus_after_render(format!("tab-{next}"));
    };
    let tabs = move |s: Signal<EndpointService>| {
        let panel = move || match tab.get() {
            0 => view! { <Summary service=s update vpcs load_balancers ecs_servers /> }.into_any(),
            1 => view! { <Connections service_id=id data=connections /> }.into_any(),
            2 => view! { <Whitelist service=s data=permissions /> }.into_any(),
            3 => view! { <PortMappings service=s /> }.into_any(),
            _ => view! { <Tags service=s on_changed=Callback::new(move |_| service.refetch()) /> }.into_any(),
        };
        view! {
            <div class="card">
                <div class="tabs" role="tablist" aria-label=t().service_details on:keydown=on_tab_key>
                    {tabs()
                        .iter()
                        .enumerate()
                        .map(|(i, name)| {
                            view! {
                                <button
                                    type="button"
                                    role="tab"
                                    id=format!("tab-{i}")
                                    class="tab"
                                    aria-selected=move || (tab.get() == i).to_string()
                                    aria-controls="tab-panel"
                                    tabindex=move || if tab.get() == i { "0" } else { "-1" }
                                    on:click=move |_| tab.set(i)
                                >
                                    {*name}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <div
                    role="tabpanel"
                    id="tab-panel"
                    aria-labelledby=move || format!("tab-{}", tab.get())
                    tabindex="0"
                >
                    {panel}
                </div>
            </div>
        }
    };
    let loading = || {
        view! {
            <div class="card" aria-busy="true">
                <p class="muted pad">{t().loading}</p>
            </div>
        }
    };
    view! {
        <div class="page-header">
            <h1>
                <A href="/services" attr:class="back-link" attr:aria-label=t().back_to_list>
                    "‹"
                </A>
                <span class="title-name">{move || title().unwrap_or_else(|| t().a_service.to_owned())}</span>
            </h1>
            <div class="page-actions">
                <button
                    type="button"
                    class="btn btn-icon"
                    aria-label=t().refresh
                    title=t().refresh
                    on:click=refresh
                >
                    <span class="icon-refresh" aria-hidden="true"></span>
                </button>
                <button
                    type="button"
                    class="btn"
                    disabled=move || current.with(Option::is_none)
                    on:click=move |_| terraform.set(true)
                >
                    {t().terraform}
                </button>
                <button
                    type="button"
                    class="btn"
                    disabled=move || current.with(|s| s.as_ref().is_none_or(|s| s.status.is_transitional()))
                    on:click=move |_| {
                        if let Some(s) = current.get_untracked() {
                            delete_targets.set(vec![s]);
                        }
                    }
                >
                    {t().delete}
                </button>
            </div>
        </div>
        <AsyncView read=service fallback=loading ready=tabs />
        <DeleteDialog targets=delete_targets delete on_done=on_deleted />
        <TerraformDialog open=terraform service=current permissions />
    }
}

/// What a tab shows while its read runs for the first time.
pub(super) fn panel_loading() -> impl IntoView {
    view! { <p class="muted pad">{t().loading}</p> }
}
