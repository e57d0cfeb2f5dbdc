//! The table of endpoint services: selection, sortable Name/ID and Created, one row per
//! service, and the Delete operation.

use std::collections::{HashMap, HashSet};

use crate::i18n::t;
use leptos::prelude::*;
use vpcep_model::EndpointService;
use wasm_bindgen::JsCast;

use crate::components::copy_button::copy_and_confirm;
use crate::components::keyed_rows::KeyedRows;
use crate::components::selection::{row_checkbox_changed, SelectAll};
use crate::list_view::SortColumn;

use super::service_row::{build_row, row_key, RowData, COPY_ACTION, DELETE_ACTION};

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
    let body = NodeRef::<leptos::html::Tbody>::new();
    if skeleton.is_none() {
        // The rows follow the services and the VPC names (they come once per region); the
        // selection reaches the checkboxes through SelectAll.
        Effect::new(move |before: Option<KeyedRows<RowData>>| {
            let mut keyed = before.unwrap_or_default();
            let Some(body) = body.get() else { return keyed };
            let Some(doc) = body.owner_document() else { return keyed };
            let data: Vec<RowData> = vpc_names.with(|names| {
                rows.with(|services| {
                    services
                        .iter()
                        .map(|s| RowData {
                            service: s.clone(),
                            vpc: names.get(&s.vpc_id).cloned().unwrap_or_else(|| s.vpc_id.clone()),
                        })
                        .collect()
                })
            });
            selected.with_untracked(|chosen| {
                keyed.update(&body, data, row_key, |row| {
                    build_row(&doc, row, chosen.contains(&row.service.id))
                })
            });
            keyed
        });
    }
    // One click listener for all the rows (they have none of their own); their checkboxes
    // change the selection through the body's change listener.
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(button) = closest(&ev, "button[data-row-action]") else { return };
        match button.get_attribute("data-row-action").as_deref() {
            Some(COPY_ACTION) => {
                copy_and_confirm(&button, &button.get_attribute("data-copy").unwrap_or_default())
            }
            Some(DELETE_ACTION) => {
                let id =
                    button.closest("tr").ok().flatten().and_then(|tr| tr.get_attribute("data-service-id"));
                let service = rows.with_untracked(|r| r.iter().find(|s| Some(&s.id) == id.as_ref()).cloned());
                if let Some(service) = service {
                    state.on_delete.run(service);
                }
            }
            _ => {}
        }
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
                <tbody
                    node_ref=body
                    on:click=on_click
                    on:change=move |ev| row_checkbox_changed(selected, &ev)
                >
                    {skeleton}
                </tbody>
            </table>
        </div>
    }
}

/// The element matching `selector` at or above the event's target.
fn closest(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(selector).ok().flatten()
}
