//! The VPC endpoint service list: filter, sort, pages, live status and delete.

mod create_button;
mod empty_states;
mod filter_bar;
mod live_status;
mod loaded;
mod service_row;
pub mod service_table;

use std::collections::{HashMap, HashSet};

use crate::i18n::{formats, t};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use vpcep_model::EndpointService;

use crate::api::{storage_get, storage_set, use_api};
use crate::components::async_view::{latest, AsyncView, Read};
use crate::components::delete_dialog::{delete_services, DeleteDialog, DeleteResults, DeleteServices};
use crate::components::dismiss::Dismiss;
use crate::components::pagination::Pagination;
use crate::components::LazyPart;
use crate::components::TableSkeleton;
use crate::context::{use_data_version, use_region};
use crate::list_view::{ListView, SortColumn, PAGE_SIZES};
use crate::split_part;
use create_button::CreateButton;
use empty_states::{NoMatches, NoServices, Shown};
use filter_bar::FilterBar;
use live_status::refresh_while_changing;
use loaded::{fetch, gone_after_delete, Loaded};
use service_table::{ServiceTable, TableState};

const PAGE_SIZE_KEY: &str = "vpcep-console.page-size";

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
    let api = use_api();

    // The list: read again when the region, the view or the data version changes, and on
    // refetch (Refresh, after a delete, the live status below).
    let services: Read<Loaded> = Read::new({
        let api = api.clone();
        move || {
            version.0.track();
            fetch(api.clone(), region.get(), view.get())
        }
    });
    let vpcs = Read::new({
        let api = api.clone();
        move || api.list_vpcs(region.get())
    });
    // The quota: read with the list (a create or a delete elsewhere changes it).
    let quota = Read::new(move || {
        version.0.track();
        api.quotas(region.get())
    });
    let services_left =
        Signal::derive(move || quota.with(|q| q.and_then(Result::ok).and_then(|q| q.services_left())));
    let vpc_names = Memo::new(move |_| {
        vpcs.with(|v| match v {
            Some(Ok(list)) => list.iter().map(|v| (v.id.clone(), v.name.clone())).collect(),
            _ => HashMap::new(),
        })
    });
    let loaded = latest(services);
    let reloading = RwSignal::new(false);
    let selected = RwSignal::new(HashSet::<String>::new());
    let announcement = RwSignal::new(String::new());
    let flash = RwSignal::new(None::<String>);
    let delete_targets = RwSignal::new(Vec::<EndpointService>::new());
    // The dialog (its chunk) is there from the first delete asked for on.
    let delete_asked = Memo::new(move |asked: Option<&bool>| {
        asked.copied().unwrap_or(false) || delete_targets.with(|t| !t.is_empty())
    });

    // After each answer: forget selections that are gone, and announce services that were
    // deleting and have disappeared.
    Effect::new(move |previous: Option<Option<Loaded>>| {
        let now = loaded.get()?;
        selected.update(|s| s.retain(|id| now.rows.iter().any(|row| &row.id == id)));
        let gone = previous.flatten().map(|before| gone_after_delete(&before, &now)).unwrap_or_default();
        if !gone.is_empty() {
            announcement.set(formats::deleted_names(&gone.join(", ")));
        }
        Some(now)
    });

    refresh_while_changing(loaded, move || services.refetch());
    let reload = move || services.refetch();

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
    // The page owns the delete write; the dialog runs it and shows its results.
    let delete = delete_services();
    let on_deleted = Callback::new(move |results: DeleteResults| {
        let started: Vec<String> =
            results.iter().filter(|(_, r)| r.is_ok()).map(|(s, _)| s.service_name.clone()).collect();
        if !started.is_empty() {
            flash.set(Some(formats::deleting_names(&started.join(", "))));
        }
        selected.set(HashSet::new());
        reload();
        quota.refetch();
    });

    let rows =
        Signal::derive(move || loaded.with(|l| l.as_ref().map(|l| l.rows.clone()).unwrap_or_default()));
    let total = Signal::derive(move || loaded.with(|l| l.as_ref().map_or(0, |l| l.total)));
    let table = TableState {
        rows,
        vpc_names: vpc_names.into(),
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
    let count = move || loaded.with(|l| l.as_ref().map(|l| format!("({})", l.total)).unwrap_or_default());
    let matches = Signal::derive(move || view.with(ListView::is_filtered).then(|| total.get()));
    // Which of the list's states shows: built again only when it changes, so that the table
    // (its rows, focus and selection) stays in place across reloads.
    let shown = Memo::new(move |_| Shown::of(total.get(), view.with(ListView::is_filtered)));
    let clear_filters = Callback::new(move |()| go.run((view.get_untracked().cleared(), false)));
    let body = move |_: Signal<Loaded>| {
        move || match shown.get() {
            Shown::NoMatch => view! { <NoMatches on_clear=clear_filters /> }.into_any(),
            Shown::Empty => view! { <NoServices /> }.into_any(),
            Shown::Table => view! {
                <ServiceTable state=table />
                <Pagination
                    range=Signal::derive(move || {
                        view.with(|v| v.range_text(rows.with(Vec::len), total.get()))
                    })
                    page=Signal::derive(move || view.with(|v| v.page))
                    pages=Signal::derive(move || view.with(|v| v.pages(total.get())))
                    page_size=Signal::derive(move || view.with(|v| v.page_size))
                    on_page=Callback::new(move |p| {
                        go.run((
                            ListView {
                                page: p,
                                ..view.get_untracked()
                            },
                            false,
                        ))
                    })
                    on_page_size=Callback::new(move |n: u32| {
                        storage_set(PAGE_SIZE_KEY, &n.to_string());
                        go.run((view.get_untracked().changed(|v| v.page_size = n), false));
                    })
                />
            }
            .into_any(),
        }
    };
    let skeleton = move || {
        view! { <ServiceTable state=table skeleton=view! { <TableSkeleton rows=5 columns=9 /> }.into_any() /> }
    };

    view! {
        <div class="page-header">
            <h1>{t().services} <span class="count">{count}</span></h1>
            <div class="page-actions">
                <button
                    type="button"
                    class="btn"
                    disabled=move || selected.with(HashSet::is_empty)
                    on:click=delete_selected
                >
                    {move || match selected.with(HashSet::len) {
                        0 => t().delete.to_owned(),
                        n => formats::delete_count(n),
                    }}
                </button>
                <button
                    type="button"
                    class="btn btn-icon"
                    aria-label=t().refresh
                    title=t().refresh
                    on:click=move |_| reload()
                    aria-busy=move || reloading.get().to_string()
                >
                    <span
                        class="icon-refresh"
                        class:spinning=move || reloading.get()
                        aria-hidden="true"
                    ></span>
                </button>
                <CreateButton left=services_left />
            </div>
        </div>
        {move || {
            flash
                .get()
                .map(|text| {
                    view! {
                        <div class="alert alert-success" role="status">
                            <span class="alert-body">{text}</span>
                            <Dismiss on_click=Callback::new(move |_| flash.set(None)) />
                        </div>
                    }
                })
        }}
        <section class="card">
            <FilterBar
                view
                matches
                on_change=Callback::new(move |v| go.run((v, false)))
                on_typing=Callback::new(move |v| go.run((v, true)))
            />
            <AsyncView read=services fallback=skeleton ready=body set_pending=reloading.write_only() />
        </section>
        <div class="visually-hidden" aria-live="polite" id="list-announcer">
            {move || announcement.get()}
        </div>
        {move || {
            delete_asked
                .get()
                .then(|| {
                    view! {
                        <LazyPart
                            quiet=true
                            load=move || Box::pin(delete_dialog(delete_targets, delete, on_deleted))
                        />
                    }
                })
        }}
    }
}

split_part! {
    /// The delete dialog, in its own chunk (loaded when a delete is first asked for).
    fn delete_dialog(
        targets: RwSignal<Vec<EndpointService>>,
        delete: DeleteServices,
        on_done: Callback<DeleteResults>
    ) -> AnyView, chunk = delete_dialog => view! { <DeleteDialog targets delete on_done /> }.into_any()
}
