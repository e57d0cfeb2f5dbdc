//! Connection Management: the endpoints connected to a service, filtered by status, with
//! Accept and Reject per row and for the selected rows.

use std::collections::HashSet;

use crate::i18n::{formats, lang, t};
use leptos::prelude::*;
use vpcep_model::{Connection, ConnectionStatus, ListConnectionsResponse};

use super::connection_bulk::{bulk_action, BulkReport, BulkResults};
use super::panel_loading;
use crate::components::async_view::{AsyncView, Read};
use crate::components::scroll_table::ScrollTable;
use crate::components::selection::{SelectAll, SelectRow};
use crate::dom::focus_after_render;
use crate::format::local_time;

/// The status filter's value for a connection ("" shows all).
fn status_key(c: &Connection) -> &str {
    c.status.as_str()
}

/// Connection Management.
#[component]
pub fn Connections(
    /// The service whose connections these are.
    #[prop(into)]
    service_id: Signal<String>,
    /// The connections; read again after each accept or reject.
    data: Read<ListConnectionsResponse>,
) -> impl IntoView {
    let progress = RwSignal::new(None::<(usize, usize)>);
    let act = bulk_action(service_id, progress);
    let working = act.pending();
    let report = RwSignal::new(None::<BulkResults>);
    let selected = RwSignal::new(HashSet::<String>::new());
    let status = RwSignal::new(String::new());
    // After a single row's action the table renders again: focus goes to the row's other button.
    let focus_next = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let Some((accept, results)) = act.value().get() else { return };
        if let [(endpoint, Ok(()))] = results.as_slice() {
            let other = if accept { "reject" } else { "accept" };
            focus_next.set_value(Some(format!("{other}-{endpoint}")));
        }
        selected.update(|s| s.retain(|id| results.iter().any(|(e, r)| e == id && r.is_err())));
        report.set(Some((accept, results)));
        data.refetch();
    });
    Effect::new(move |_| {
        data.with(|_| ());
        if let Some(id) = focus_next.try_update_value(Option::take).flatten() {
            focus_after_render(id);
        }
    });
    let run = move |ids: Vec<String>, accept: bool| {
        report.set(None);
        act.dispatch_local((ids, accept));
    };
    let table = move |data: Signal<ListConnectionsResponse>| {
        let shown_ids = Signal::derive(move || {
            let want = status.get();
            data.with(|d| {
                d.connections
                    .iter()
                    .filter(|c| want.is_empty() || status_key(c) == want)
                    .map(|c| c.id.clone())
                    .collect::<Vec<_>>()
            })
        });
        // A row the filter hides is no longer selected.
        Effect::new(move |_| {
            let ids = shown_ids.get();
            selected.update(|s| s.retain(|id| ids.contains(id)));
        });
        move || {
            let all = data.get().connections;
            if all.is_empty() {
                return view! { <p class="empty-state">{t().no_connections}</p> }.into_any();
            }
            let ids = shown_ids.get();
            let list: Vec<_> = all.into_iter().filter(|c| ids.contains(&c.id)).collect();
            if list.is_empty() {
                return view! { <p class="empty-state">{t().no_connection_with_status}</p> }.into_any();
            }
            let rows = list
                .into_iter()
                .map(|c| {
                    let (id1, id2) = (c.id.clone(), c.id.clone());
                    let accepted = c.status == ConnectionStatus::Accepted;
                    let rejected = c.status == ConnectionStatus::Rejected;
                    view! {
                        <tr data-endpoint-id=c.id.clone()>
                            <td class="cell-select">
                                <SelectRow id=c.id.clone() selected label=formats::select_named(&c.id) />
                            </td>
                            <td class="mono">{c.id.clone()}</td>
                            <td>{c.marker_id.to_string()}</td>
                            <td>{c.status.label(lang()).to_owned()}</td>
                            <td class="mono">{c.domain_id.clone()}</td>
                            <td class="nowrap">{local_time(&c.created_at)}</td>
                            <td class="nowrap">
                                <button
                                    type="button"
                                    class="btn btn-link"
                                    id=format!("accept-{}", c.id)
                                    disabled=move || accepted || working.get()
                                    on:click=move |_| run(vec![id1.clone()], true)
                                >
                                    {t().accept}
                                </button>
                                <button
                                    type="button"
                                    class="btn btn-link"
                                    id=format!("reject-{}", c.id)
                                    disabled=move || rejected || working.get()
                                    on:click=move |_| run(vec![id2.clone()], false)
                                >
                                    {t().reject}
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <ScrollTable
                    label=t().connections
                    headers=vec![
                        t().col_endpoint_id,
                        t().col_packet_id,
                        t().col_status,
                        t().col_owner,
                        t().col_created,
                        t().col_operation,
                    ]
                    select_all=move || {
                        view! { <SelectAll ids=shown_ids selected label=t().select_all_connections /> }
                    }
                >
                    {rows}
                </ScrollTable>
            }
            .into_any()
        }
    };
    let count = move || selected.with(HashSet::len);
    // The selected connections in the table's order (the requests go one by one, in it).
    let in_table_order = move || {
        let list = untrack(|| data.with(|r| r.and_then(Result::ok).map(|d| d.connections.clone())));
        selected.with_untracked(|sel| {
            list.unwrap_or_default()
                .into_iter()
                .map(|c| c.id)
                .filter(|id| sel.contains(id))
                .collect::<Vec<_>>()
        })
    };
    let bulk_button = move |accept: bool| {
        let label = if accept { t().accept } else { t().reject };
        view! {
            <button
                type="button"
                class="btn"
                disabled=move || count() == 0 || working.get()
                on:click=move |_| run(in_table_order(), accept)
            >
                {move || match count() {
                    0 => label.to_owned(),
                    n => formats::counted(label, n),
                }}
            </button>
        }
    };
    view! {
        <div class="tab-toolbar">
            {bulk_button(true)} {bulk_button(false)} <label class="visually-hidden" for="connection-status">
                {t().col_status}
            </label>
            <select
                id="connection-status"
                class="filter-select"
                prop:value=move || status.get()
                on:change=move |ev| status.set(event_target_value(&ev))
            >
                <option value="">{t().all_statuses}</option>
                {ConnectionStatus::KNOWN
                    .iter()
                    .map(|s| {
                        view! { <option value=s.as_str().to_owned()>{s.label(lang()).to_owned()}</option> }
                    })
                    .collect_view()}
            </select> <span class="muted" aria-live="polite">
                {move || progress.get().map(|(done, of)| formats::working(done + 1, of))}
            </span>
        </div>
        <BulkReport results=report />
        <AsyncView read=data fallback=panel_loading ready=table />
    }
}
