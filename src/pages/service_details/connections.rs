//! Connection Management: the endpoints connected to a service, with Accept and Reject.

use leptos::prelude::*;
use vpcep_model::{ConnectionActionRequest, ConnectionStatus, ListConnectionsResponse};

use super::loading_or_error;
use crate::api::{use_api, ApiError};
use crate::components::ErrorAlert;
use crate::context::use_region;
use crate::format::local_time;
use crate::loadable::Loadable;

/// Connection Management: every endpoint with Accept and Reject.
#[component]
pub fn Connections(
    service_id: String,
    data: RwSignal<Loadable<ListConnectionsResponse>>,
    on_changed: Callback<()>,
) -> impl IntoView {
    let api = StoredValue::new(use_api());
    let region = use_region();
    let failure = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(None::<String>);
    let service_id = StoredValue::new(service_id);
    let announcement = RwSignal::new(String::new());
    // After an action the table renders again: focus goes to the row's other button.
    let focus_next = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        data.track();
        if let Some(id) = focus_next.get_value() {
            focus_next.set_value(None);
            crate::dom::focus_after_render(id);
        }
    });
    let act = move |endpoint: String, accept: bool| {
        let request = if accept {
            ConnectionActionRequest::accept(&endpoint)
        } else {
            ConnectionActionRequest::reject(&endpoint)
        };
        let task =
            api.with_value(|a| a.connection_action(region.get_untracked(), service_id.get_value(), request));
        busy.set(Some(endpoint.clone()));
        failure.set(None);
        leptos::task::spawn_local(async move {
            let result = task.await;
            busy.set(None);
            match result {
                Ok(_) => {
                    let other = if accept { "reject" } else { "accept" };
                    focus_next.set_value(Some(format!("{other}-{endpoint}")));
                    announcement.set(format!(
                        "Connection {endpoint} {}.",
                        if accept { "accepted" } else { "rejected" }
                    ));
                    on_changed.run(());
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    };
    let table = move || {
        loading_or_error(data).unwrap_or_else(|| {
            let list = data.get().ready().map(|l| l.connections.clone()).unwrap_or_default();
            if list.is_empty() {
                return view! { <p class="empty-state">"No VPC endpoint is connected to this service."</p> }.into_any();
            }
            let rows = list
                .into_iter()
                .map(|c| {
                    let (id1, id2) = (c.id.clone(), c.id.clone());
                    let accepted = c.status == ConnectionStatus::Accepted;
                    let rejected = c.status == ConnectionStatus::Rejected;
                    let working = move || busy.with(|b| b.is_some());
                    view! {
                        <tr data-endpoint-id=c.id.clone()>
                            <td class="mono">{c.id.clone()}</td>
                            <td>{c.marker_id.to_string()}</td>
                            <td>{c.status.label().to_owned()}</td>
                            <td class="mono">{c.domain_id.clone()}</td>
                            <td class="nowrap">{local_time(&c.created_at)}</td>
                            <td class="nowrap">
                                <button type="button" class="btn btn-link" id=format!("accept-{}", c.id) disabled=move || accepted || working() on:click=move |_| act(id1.clone(), true)>"Accept"</button>
                                <button type="button" class="btn btn-link" id=format!("reject-{}", c.id) disabled=move || rejected || working() on:click=move |_| act(id2.clone(), false)>"Reject"</button>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                {move || failure.get().map(|e| view! { <div class="pad"><ErrorAlert error=e /></div> })}
                <table class="table">
                    <thead><tr>
                        {["VPC Endpoint ID", "Packet ID", "Status", "Owner", "Created", "Operation"].iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        })
    };
    view! {
        <div class="visually-hidden" aria-live="polite">{move || announcement.get()}</div>
        {table}
    }
}
