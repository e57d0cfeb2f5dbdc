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
use crate::i18n::{formats, t};

/// How a record reads: `*` says what it means.
fn shown(permission: &str) -> String {
    if permission == "*" {
        t().manage.every_account.to_owned()
    } else {
        permission.to_owned()
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
        let n = formats::accounts(request.permissions.len());
        if request.action == "add" {
            if let Err(e) = &result {
                add_refused.set(Some(e.clone()));
                return;
            }
            adding.set(false);
            outcome.set(Some(Outcome::Done(formats::accounts_added(&n))));
        } else {
            let done = formats::accounts_removed(&n);
            outcome.set(Some(Outcome::of(&result, done, t().manage.whitelist_unchanged)));
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
            many => formats::accounts(many.len()),
        };
        formats::remove_from_whitelist(&who)
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
                return view! { <p class="empty-state">{t().manage.no_whitelist}</p> }.into_any();
            }
            let ids = shown_ids.get();
            let rows: Vec<_> = all.into_iter().filter(|p| ids.contains(&p.permission)).collect();
            if rows.is_empty() {
                return view! { <p class="empty-state">{t().manage.no_whitelist_match}</p> }.into_any();
            }
            let rows = rows
                .into_iter()
                .map(|p| {
                    let record = p.permission.clone();
                    let label = formats::select_named(&shown(&record));
                    let delete_label = formats::delete_named(&shown(&record));
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
                                    {t().delete}
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <ScrollTable
                    label=t().manage.whitelist
                    headers=vec![t().manage.col_account_id, t().col_created, t().col_operation]
                    select_all=move || {
                        view! { <SelectAll ids=shown_ids selected label=t().manage.select_all_accounts /> }
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
                {t().manage.add_to_whitelist}
            </button>
            <button
                type="button"
                class="btn"
                disabled=move || selected_count() == 0 || busy.get()
                on:click=move |_| ask_remove(selected.get_untracked().into_iter().collect())
            >
                {move || match selected_count() {
                    0 => t().delete.to_owned(),
                    n => formats::delete_count(n),
                }}
            </button>
            <input
                type="search"
                class="filter-search"
                placeholder=t().manage.filter_account_id
                aria-label=t().manage.filter_account_id
                prop:value=move || filter.get()
                on:input=move |ev| filter.set(event_target_value(&ev))
            />
            <span class="muted" aria-live="polite">
                {move || busy.get().then_some(t().saving)}
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
            title=t().manage.delete_whitelist_records
            message=confirm_message
            confirm_label=t().delete
            cancel_label=t().cancel
            on_confirm=on_remove
        />
    }
}
