//! Permission Management: the accounts whose VPC endpoints may connect (the whitelist), with
//! Add to Whitelist, Delete per record or for the selected ones, and a filter by account ID.
//! Every change is one `permissions/action`.

use std::collections::HashSet;

use leptos::prelude::*;
use vpcep_model::whitelist::permission_for;
use vpcep_model::{EndpointService, ListPermissionsResponse, PermissionActionRequest};

use super::outcome::{Outcome, OutcomeView};
use super::panel_loading;
use super::whitelist_dialog::AddToWhitelistDialog;
use crate::api::{use_api, ApiError};
use crate::components::async_view::{AsyncView, Read};
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::scroll_table::ScrollTable;
use crate::components::selection::{SelectAll, SelectRow};
use crate::context::use_region;
use crate::format::local_time;

/// How a record reads: `*` says what it means.
fn shown(permission: &str) -> String {
    if permission == "*" {
        "* (every account)".to_owned()
    } else {
        permission.to_owned()
    }
}

fn accounts(n: usize) -> String {
    if n == 1 {
        "1 account".to_owned()
    } else {
        format!("{n} accounts")
    }
}

/// The Permission Management tab.
#[component]
pub fn Whitelist(
    /// The service.
    service: Signal<EndpointService>,
    /// The whitelist; read again after each change.
    data: Read<ListPermissionsResponse>,
) -> impl IntoView {
    let api = use_api();
    let region = use_region();
    let id = move || service.with_untracked(|s| s.id.clone());
    let act = Action::new_local(move |request: &PermissionActionRequest| {
        let sent = api.permission_action(region.get_untracked(), id(), request.clone());
        let request = request.clone();
        async move { (request, sent.await.map(drop)) }
    });
    let busy = act.pending();
    let selected = RwSignal::new(HashSet::<String>::new());
    let filter = RwSignal::new(String::new());
    let adding = RwSignal::new(false);
    let add_refused = RwSignal::new(None::<ApiError>);
    let confirming = RwSignal::new(false);
    let to_remove = RwSignal::new(Vec::<String>::new());
    let outcome = RwSignal::new(None::<Outcome>);
    Effect::new(move |_| {
        let Some((request, result)) = act.value().get() else { return };
        let n = accounts(request.permissions.len());
        if request.action == "add" {
            if let Err(e) = &result {
                add_refused.set(Some(e.clone()));
                return;
            }
            adding.set(false);
            outcome.set(Some(Outcome::Done(format!("{n} added to the whitelist."))));
        } else {
            let done = format!("{n} removed from the whitelist.");
            outcome.set(Some(Outcome::of(&result, done, "The whitelist was not changed.")));
            if result.is_ok() {
                selected.update(|s| s.retain(|p| !request.permissions.contains(p)));
            }
        }
        if result.is_ok() {
            data.refetch();
        }
    });
    let open_add = move |_| {
        add_refused.set(None);
        adding.set(true);
    };
    let on_add = Callback::new(move |ids: Vec<String>| {
        add_refused.set(None);
        act.dispatch_local(PermissionActionRequest::add(ids.iter().map(|i| permission_for(i)).collect()));
    });
    let ask_remove = move |records: Vec<String>| {
        to_remove.set(records);
        confirming.set(true);
    };
    let confirm_message = Signal::derive(move || {
        let records = to_remove.get();
        let who = match records.as_slice() {
            [one] => shown(one),
            many => accounts(many.len()),
        };
        format!("Remove {who} from the whitelist? New VPC endpoints of these accounts can no longer connect to this service.")
    });
    let on_remove = Callback::new(move |_| {
        act.dispatch_local(PermissionActionRequest::remove(to_remove.get_untracked()));
    });
    let table = move |data: Signal<ListPermissionsResponse>| {
        let shown_ids = Signal::derive(move || {
            let needle = filter.get().trim().to_lowercase();
            data.with(|d| {
                d.permissions
                    .iter()
                    .filter(|p| p.permission.to_lowercase().contains(&needle))
                    .map(|p| p.permission.clone())
                    .collect::<Vec<_>>()
            })
        });
        move || {
            let all = data.get().permissions;
            if all.is_empty() {
                return view! {
                    <p class="empty-state">
                        "No other account is whitelisted: only your own account can connect to this service."
                    </p>
                }
                .into_any();
            }
            let ids = shown_ids.get();
            let rows: Vec<_> = all.into_iter().filter(|p| ids.contains(&p.permission)).collect();
            if rows.is_empty() {
                return view! { <p class="empty-state">"No account ID matches the filter."</p> }.into_any();
            }
            let rows = rows
                .into_iter()
                .map(|p| {
                    let record = p.permission.clone();
                    let label = format!("Select {}", shown(&record));
                    let delete_label = format!("Delete {}", shown(&record));
                    view! {
                        <tr data-permission=p.permission.clone()>
                            <td class="cell-select">
                                <SelectRow id=record.clone() selected label />
                            </td>
                            <td class="mono">{shown(&record)}</td>
                            <td class="nowrap">{local_time(&p.created_at)}</td>
                            <td>
                                <button
                                    type="button"
                                    class="btn btn-link"
                                    aria-label=delete_label
                                    disabled=move || busy.get()
                                    on:click=move |_| ask_remove(vec![record.clone()])
                                >
                                    "Delete"
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <ScrollTable
                    label="Whitelist"
                    headers=vec!["Authorized Account ID", "Created", "Operation"]
                    select_all=move || {
                        view! { <SelectAll ids=shown_ids selected label="Select all accounts shown" /> }
                    }
                >
                    {rows}
                </ScrollTable>
            }
            .into_any()
        }
    };
    let selected_count = move || selected.with(HashSet::len);
    view! {
        <div class="tab-toolbar">
            <button type="button" class="btn btn-primary" id="whitelist-add" on:click=open_add>
                "Add to Whitelist"
            </button>
            <button
                type="button"
                class="btn"
                disabled=move || selected_count() == 0 || busy.get()
                on:click=move |_| ask_remove(selected.get_untracked().into_iter().collect())
            >
                {move || match selected_count() {
                    0 => "Delete".to_owned(),
                    n => format!("Delete ({n})"),
                }}
            </button>
            <input
                type="search"
                class="filter-search"
                placeholder="Filter by account ID"
                aria-label="Filter by account ID"
                prop:value=move || filter.get()
                on:input=move |ev| filter.set(event_target_value(&ev))
            />
            <span class="muted" aria-live="polite">
                {move || busy.get().then_some("Saving…")}
            </span>
        </div>
        <OutcomeView outcome />
        <AsyncView read=data fallback=panel_loading ready=table />
        <AddToWhitelistDialog
            open=adding
            service_name=Signal::derive(move || service.with(|s| s.service_name.clone()))
            busy
            refused=add_refused
            on_add
        />
        <ConfirmDialog
            open=confirming
            title="Delete Whitelist Records"
            message=confirm_message
            confirm_label="Delete"
            cancel_label="Cancel"
            on_confirm=on_remove
        />
    }
}
