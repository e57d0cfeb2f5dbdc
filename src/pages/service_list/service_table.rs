//! The table of endpoint services: selection, sortable Name/ID and Created, one row per
//! service, and the Delete operation.

use std::collections::{HashMap, HashSet};

use crate::i18n::{formats, lang, t};
use leptos::prelude::*;
use vpcep_model::EndpointService;

use crate::components::copy_button::CopyButton;
use crate::components::selection::{SelectAll, SelectRow};
use crate::components::StatusIndicator;
use crate::format::{local_time, or_dashes};
use crate::list_view::SortColumn;

/// The data columns, in the console's order (selection and Operation come around them).
pub fn columns() -> [&'static str; 7] {
    let t = t();
    [
        t.col_name_id,
        t.col_vpc,
        t.col_backend_type,
        t.col_status,
        t.col_approval,
        t.col_created,
        t.col_description,
    ]
}

/// The `<col>` classes, selection and Operation included (their widths are in the CSS).
const COL_CLASSES: [&str; 9] = [
    "col-select",
    "col-name",
    "col-vpc",
    "col-backend",
    "col-status",
    "col-approval",
    "col-created",
    "col-description",
    "col-operation",
];

/// What the table needs from its page.
#[derive(Clone, Copy)]
pub struct TableState {
    /// The services of this page.
    pub rows: Signal<Vec<EndpointService>>,
    /// VPC names by id (a row shows the id until they arrive).
    pub vpc_names: Signal<HashMap<String, String>>,
    /// The ids of the selected services.
    pub selected: RwSignal<HashSet<String>>,
    /// The sort column and whether it is descending.
    pub sort: Signal<(SortColumn, bool)>,
    /// A sortable header was clicked.
    pub on_sort: Callback<SortColumn>,
    /// A row's Delete was clicked.
    pub on_delete: Callback<EndpointService>,
    /// The rows are being read again.
    pub busy: Signal<bool>,
}

/// The table; `skeleton` replaces the rows while nothing is loaded yet.
#[component]
pub fn ServiceTable(
    /// Rows, selection, sort and callbacks.
    state: TableState,
    /// Shown instead of the rows while nothing is loaded yet.
    #[prop(optional)]
    skeleton: Option<AnyView>,
) -> impl IntoView {
    let TableState { rows, selected, sort, on_sort, busy, vpc_names, .. } = state;
    let all_ids = Signal::derive(move || rows.with(|r| r.iter().map(|s| s.id.clone()).collect::<Vec<_>>()));
    let sortable = move |column: SortColumn, label: &'static str| {
        let aria_sort = move || match sort.get() {
            (c, true) if c == column => "descending",
            (c, false) if c == column => "ascending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=aria_sort>
                <button type="button" class="sort-button" on:click=move |_| on_sort.run(column)>
                    {label}
                    <span class="sort-icon" aria-hidden="true">
                        {move || match aria_sort() {
                            "descending" => "▼",
                            "ascending" => "▲",
                            _ => "↕",
                        }}
                    </span>
                </button>
            </th>
        }
    };
    let rows_view = match skeleton {
        Some(s) => s,
        None => view! {
            // Keyed by id and status (a status change re-renders its row) and by whether the
            // VPC names have arrived (they come once per region; rows then show names, not ids).
            <For
                each=move || {
                    let named = vpc_names.with(|m| !m.is_empty());
                    rows.get().into_iter().map(move |s| (named, s)).collect::<Vec<_>>()
                }
                key=|(named, s)| (s.id.clone(), s.status.clone(), *named)
                children=move |(_, s): (bool, EndpointService)| view! { <ServiceRow service=s state /> }
            />
        }
        .into_any(),
    };
    view! {
        <div class="table-scroll">
            <table
                class="table services-table"
                aria-busy=move || busy.get().to_string()
                aria-labelledby="services-table-caption"
            >
                <caption id="services-table-caption" class="visually-hidden">
                    {t().services_caption}
                </caption>
                // Fixed column widths (style/main.css): nothing is cut at 1280 px and up.
                <colgroup>{COL_CLASSES.iter().map(|c| view! { <col class=*c /> }).collect_view()}</colgroup>
                <thead>
                    <tr>
                        <th scope="col" class="cell-select">
                            <SelectAll ids=all_ids selected label=t().select_all_services />
                        </th>
                        {sortable(SortColumn::Name, columns()[0])}
                        {columns()[1..5].iter().map(|c| view! { <th scope="col">{*c}</th> }).collect_view()}
                        {sortable(SortColumn::Created, columns()[5])}
                        <th scope="col">{columns()[6]}</th>
                        <th scope="col">{t().col_operation}</th>
                    </tr>
                </thead>
                <tbody>{rows_view}</tbody>
            </table>
        </div>
    }
}

/// One service.
#[component]
fn ServiceRow(
    /// The service.
    service: EndpointService,
    /// The table's state (selection and callbacks).
    state: TableState,
) -> impl IntoView {
    let vpc_id = service.vpc_id.clone();
    // Not reactive: the row is rendered again when the names arrive (see the For key).
    let vpc = state.vpc_names.with_untracked(|m| m.get(&vpc_id).cloned().unwrap_or_else(|| vpc_id.clone()));
    let t = t();
    let approval = if service.approval_enabled { t.enabled } else { t.disabled };
    let description = or_dashes(service.description.as_deref());
    let (vpc_title, description_title) = (vpc.clone(), description.clone());
    let id = service.id.clone();
    let selected = state.selected;
    let deleting = service.status.is_transitional();
    let for_delete = service.clone();
    let select_label = formats::select_named(&service.service_name);
    let delete_label = formats::delete_named(&service.service_name);
    view! {
        // The selected row is highlighted by CSS (tr:has(:checked)): no effect per row.
        <tr data-service-id=service.id.clone()>
            <td class="cell-select" data-label=t.select>
                <SelectRow id=id selected label=select_label />
            </td>
            // Name and ID take one line each, cut with an ellipsis; the whole text is the
            // title (hover), and a focused name shows it whole.
            <td class="cell-name" data-label=t.col_name_id>
                // A plain link: the router handles its click; <A> would add a reactive
                // aria-current check per row.
                <a
                    href=format!("/services/{}", service.id)
                    class="service-name"
                    title=service.service_name.clone()
                >
                    {service.service_name.clone()}
                </a>
                <div class="cell-sub mono">
                    <span class="cell-id" title=service.id.clone()>
                        {service.id.clone()}
                    </span>
                    <CopyButton text=service.id.clone() label=t.copy_id />
                </div>
            </td>
            <td class="cell-clip" data-label=t.col_vpc title=vpc_title>
                {vpc}
            </td>
            <td data-label=t.col_backend_type>{service.server_type.label(lang()).to_owned()}</td>
            <td data-label=t.col_status>
                <StatusIndicator status=service.status.clone() />
            </td>
            <td data-label=t.col_approval>{approval}</td>
            <td class="cell-created" data-label=t.col_created>
                {local_time(&service.created_at)}
            </td>
            <td class="cell-description" data-label=t.col_description title=description_title translate="no">
                <div class="clamp-2">{description}</div>
            </td>
            <td class="cell-operation" data-label=t.col_operation>
                <button
                    type="button"
                    class="btn btn-link"
                    aria-label=delete_label
                    disabled=deleting
                    on:click=move |_| state.on_delete.run(for_delete.clone())
                >
                    {t.delete}
                </button>
            </td>
        </tr>
    }
}
