//! The VPC endpoint service list: filter, sort, pages, live status and delete.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use vpcep_model::tag_filter::ResourceInstancesRequest;
use vpcep_model::{EndpointService, Region, ServiceStatus};

use crate::api::{storage_get, storage_set, use_api, Api, ApiError};
use crate::components::delete_dialog::{DeleteDialog, DeleteResults};
use crate::components::filter_bar::FilterBar;
use crate::components::pagination::Pagination;
use crate::components::service_table::{ServiceTable, TableState};
use crate::components::{ErrorAlert, TableSkeleton};
use crate::context::{use_data_version, use_region};
use crate::list_view::{ListView, SortColumn, PAGE_SIZES};

const PAGE_SIZE_KEY: &str = "vpcep-console.page-size";
/// How often the list refreshes itself while a service is creating or deleting.
const POLL_INTERVAL: Duration = Duration::from_secs(2);

/// One page of the list, and how many services match in all.
#[derive(Clone, Debug, PartialEq)]
struct Loaded {
    rows: Vec<EndpointService>,
    total: u32,
}

async fn fetch(api: Api, region: Region, view: ListView) -> Result<Loaded, ApiError> {
    let conditions = view.tag_conditions();
    let tagged = if conditions.is_empty() {
        None
    } else {
        let found =
            api.filter_services_by_tags(region, ResourceInstancesRequest::with_tags(conditions)).await?;
        Some(found.resources.into_iter().map(|r| r.resource_id).collect::<Vec<_>>())
    };
    let list = api.list_services(region, view.api_query()).await?;
    if view.server_side() {
        Ok(Loaded { rows: list.endpoint_services, total: list.total_count })
    } else {
        let (rows, total) = view.finish(list.endpoint_services, tagged.as_deref());
        Ok(Loaded { rows, total })
    }
}

fn page_visible() -> bool {
    !document().hidden()
}

/// The list page.
#[component]
pub fn ServiceListPage() -> impl IntoView {
    let region = use_region();
    let version = use_data_version();
    let query = use_query_map();
    let default_size = storage_get(PAGE_SIZE_KEY)
        .and_then(|s| s.parse().ok())
        .filter(|s| PAGE_SIZES.contains(s))
        .unwrap_or(10);
    let view = Memo::new(move |_| {
        query.with(|q| ListView::from_pairs(q.into_iter().map(|(k, v)| (k.as_ref(), v)), default_size))
    });

    let data = RwSignal::new(None::<Result<Loaded, ApiError>>);
    let reloading = RwSignal::new(false);
    let vpc_names = RwSignal::new(HashMap::<String, String>::new());
    let selected = RwSignal::new(HashSet::<String>::new());
    let announcement = RwSignal::new(String::new());
    let flash = RwSignal::new(None::<String>);
    let delete_targets = RwSignal::new(Vec::<EndpointService>::new());
    // Each load gets a number; an answer to an older load is dropped, and so is its poll.
    let generation = StoredValue::new(0u64);
    // Kept here: a poll runs from a timer, outside the component's reactive owner.
    let api = StoredValue::new(use_api());

    let load = move |poll: bool| {
        let ticket = generation.get_value() + 1;
        generation.set_value(ticket);
        reloading.set(true);
        let task = fetch(api.get_value(), region.get_untracked(), view.get_untracked());
        leptos::task::spawn_local(async move {
            let result = task.await;
            // Stale, or the page is gone (its values are disposed): drop the answer.
            if generation.try_get_value() != Some(ticket) {
                return;
            }
            reloading.set(false);
            if let (true, Some(Ok(before)), Ok(after)) = (poll, data.get_untracked(), &result) {
                let gone: Vec<String> = before
                    .rows
                    .iter()
                    .filter(|s| {
                        !after.rows.iter().any(|a| a.id == s.id) && s.status == ServiceStatus::Deleting
                    })
                    .map(|s| s.service_name.clone())
                    .collect();
                if !gone.is_empty() {
                    announcement.set(format!("Deleted: {}.", gone.join(", ")));
                }
            }
            if let Ok(l) = &result {
                selected.update(|s| s.retain(|id| l.rows.iter().any(|r| &r.id == id)));
            }
            data.set(Some(result));
        });
    };
    let reload = move || load(false);

    // Region, data version or view changed: load. Another region starts from the skeleton;
    // another view keeps the old rows until the new ones arrive (no flash).
    Effect::new(move |previous: Option<Region>| {
        let r = region.get();
        version.0.track();
        view.track();
        if previous.is_some_and(|p| p != r) {
            data.set(None);
        }
        load(false);
        r
    });
    Effect::new(move |_| {
        let task = api.with_value(|a| a.list_vpcs(region.get()));
        leptos::task::spawn_local(async move {
            if let Ok(vpcs) = task.await {
                vpc_names.set(vpcs.into_iter().map(|v| (v.id, v.name)).collect());
            }
        });
    });
    // Live status: while a shown service is creating or deleting, refresh every few
    // seconds; not while the tab is hidden; stop when none is.
    Effect::new(move |_| {
        let transitional =
            data.with(|d| matches!(d, Some(Ok(l)) if l.rows.iter().any(|s| s.status.is_transitional())));
        if transitional {
            let ticket = generation.get_value();
            set_timeout(
                move || {
                    if generation.try_get_value() == Some(ticket) {
                        if page_visible() {
                            load(true);
                        } else {
                            data.update(|_| {}); // look again later
                        }
                    }
                },
                POLL_INTERVAL,
            );
        }
    });

    let navigate = use_navigate();
    let go = Callback::new(move |(v, replace): (ListView, bool)| {
        navigate(
            &format!("/services?{}", v.to_query()),
            NavigateOptions { replace, scroll: false, ..Default::default() },
        );
    });
    let on_sort = Callback::new(move |column: SortColumn| {
        let v = view.get_untracked();
        let descending = if v.sort == column { !v.descending } else { column == SortColumn::Created };
        go.run((
            v.changed(|lv| {
                lv.sort = column;
                lv.descending = descending;
            }),
            false,
        ));
    });
    let on_delete = Callback::new(move |s: EndpointService| delete_targets.set(vec![s]));
    let on_deleted = Callback::new(move |results: DeleteResults| {
        let started: Vec<String> =
            results.iter().filter(|(_, r)| r.is_ok()).map(|(s, _)| s.service_name.clone()).collect();
        if !started.is_empty() {
            flash.set(Some(format!("Deleting {}.", started.join(", "))));
        }
        selected.set(HashSet::new());
        reload();
    });

    let rows = Signal::derive(move || {
        data.with(|d| match d {
            Some(Ok(l)) => l.rows.clone(),
            _ => Vec::new(),
        })
    });
    let total = Signal::derive(move || {
        data.with(|d| match d {
            Some(Ok(l)) => l.total,
            _ => 0,
        })
    });
    let table = TableState {
        rows,
        vpc_names,
        selected,
        sort: Signal::derive(move || view.with(|v| (v.sort, v.descending))),
        on_sort,
        on_delete,
        busy: reloading.into(),
    };
    let delete_selected = move |_| {
        let chosen: Vec<EndpointService> =
            selected.with(|sel| rows.get_untracked().into_iter().filter(|s| sel.contains(&s.id)).collect());
        if !chosen.is_empty() {
            delete_targets.set(chosen);
        }
    };
    let count = move || match data.get() {
        Some(Ok(l)) => format!("({})", l.total),
        _ => String::new(),
    };
    let matches = Signal::derive(move || view.with(ListView::is_filtered).then(|| total.get()));

    let body = move || {
        match data.get() {
        None => view! { <ServiceTable state=table skeleton=view! { <TableSkeleton rows=5 columns=9 /> }.into_any() /> }.into_any(),
        Some(Err(e)) => view! { <ErrorAlert error=e on_retry=Callback::new(move |_| reload()) /> }.into_any(),
        Some(Ok(l)) if l.total == 0 && view.with(ListView::is_filtered) => view! {
            <div class="empty-state">
                <p class="empty-title">"No matches"</p>
                <p>"No VPC endpoint service matches these filters."</p>
                <button type="button" class="btn" on:click=move |_| go.run((view.get_untracked().changed(|v| { v.filters.clear(); v.name.clear(); }), false))>"Clear filters"</button>
            </div>
        }.into_any(),
        Some(Ok(l)) if l.total == 0 => view! {
            <div class="empty-state">
                <p class="empty-title">"No VPC endpoint services"</p>
                <p>"You have not created any VPC endpoint service in this region."</p>
                <A href="/services/create" attr:class="btn btn-primary">"Create VPC Endpoint Service"</A>
            </div>
        }.into_any(),
        Some(Ok(_)) => view! {
            <ServiceTable state=table />
            <Pagination
                range=Signal::derive(move || view.with(|v| v.range_text(rows.with(Vec::len), total.get())))
                page=Signal::derive(move || view.with(|v| v.page))
                pages=Signal::derive(move || view.with(|v| v.pages(total.get())))
                page_size=Signal::derive(move || view.with(|v| v.page_size))
                on_page=Callback::new(move |p| go.run((ListView { page: p, ..view.get_untracked() }, false)))
                on_page_size=Callback::new(move |n: u32| {
                    storage_set(PAGE_SIZE_KEY, &n.to_string());
                    go.run((view.get_untracked().changed(|v| v.page_size = n), false));
                })
            />
        }.into_any(),
    }
    };

    view! {
        <div class="page-header">
            <h1>"VPC Endpoint Services" <span class="count">{count}</span></h1>
            <div class="page-actions">
                <button type="button" class="btn" disabled=move || selected.with(HashSet::is_empty) on:click=delete_selected>
                    {move || match selected.with(HashSet::len) { 0 => "Delete".to_owned(), n => format!("Delete ({n})") }}
                </button>
                <button type="button" class="btn btn-icon" aria-label="Refresh" title="Refresh" on:click=move |_| reload() aria-busy=move || reloading.get().to_string()>
                    <span class="icon-refresh" class:spinning=move || reloading.get() aria-hidden="true"></span>
                </button>
                <A href="/services/create" attr:class="btn btn-primary">"Create VPC Endpoint Service"</A>
            </div>
        </div>
        {move || flash.get().map(|text| view! {
            <div class="alert alert-success" role="status">
                <span class="alert-body">{text}</span>
                <button type="button" class="btn btn-link" aria-label="Dismiss" on:click=move |_| flash.set(None)>"×"</button>
            </div>
        })}
        <section class="card">
            <FilterBar
                view
                matches
                on_change=Callback::new(move |v| go.run((v, false)))
                on_typing=Callback::new(move |v| go.run((v, true)))
            />
            {body}
        </section>
        <div class="visually-hidden" aria-live="polite" id="list-announcer">{move || announcement.get()}</div>
        <DeleteDialog targets=delete_targets on_done=on_deleted />
    }
}
