//! Connection Management: the endpoints connected to a service, with Accept and Reject.

use leptos::prelude::*;
use vpcep_model::{ConnectionActionRequest, ConnectionStatus, ListConnectionsResponse};

use super::panel_loading;
use crate::api::use_api;
use crate::components::async_view::{AsyncView, Read};
use crate::components::ErrorAlert;
use crate::context::use_region;
use crate::dom::focus_after_render;
use crate::format::local_time;

/// Connection Management: every endpoint with Accept and Reject.
#[component]
pub fn Connections(
    /// The service whose connections these are.
    #[prop(into)]
    service_id: Signal<String>,
    /// The connections; read again after each accept or reject.
    data: Read<ListConnectionsResponse>,
) -> impl IntoView {
    let api = use_api();
    let region = use_region();
    // One write per click: `(endpoint, accept)`; the value keeps which it was and how it went.
    let act = Action::new_local(move |(endpoint, accept): &(String, bool)| {
        let request = if *accept {
            ConnectionActionRequest::accept(endpoint)
        } else {
            ConnectionActionRequest::reject(endpoint)
        };
        let sent = api.connection_action(region.get_untracked(), service_id.get_untracked(), request);
        let (endpoint, accept) = (endpoint.clone(), *accept);
        async move { (endpoint, accept, sent.await) }
    });
    let working = act.pending();
    let announcement = RwSignal::new(String::new());
    // After an action, the table renders again: focus goes to the row's other button.
    let focus_next = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let Some((endpoint, accept, Ok(_))) = act.value().get() else { return };
        let other = if accept { "reject" } else { "accept" };
        focus_next.set_value(Some(format!("{other}-{endpoint}")));
        announcement.set(format!("Connection {endpoint} {}.", if accept { "accepted" } else { "rejected" }));
        data.refetch();
    });
    Effect::new(move |_| {
        data.with(|_| ());
        if let Some(id) = focus_next.try_update_value(Option::take).flatten() {
            focus_after_render(id);
        }
    });
    let failure = move || match act.value().get() {
        Some((_, _, Err(e))) => Some(view! {
            <div class="pad">
                <ErrorAlert error=e />
            </div>
        }),
        _ => None,
    };
    let table = move |data: Signal<ListConnectionsResponse>| {
        move || {
            let list = data.get().connections;
            if list.is_empty() {
                return view! { <p class="empty-state">"No VPC endpoint is connected to this service."</p> }
                    .into_any();
            }
            let rows = list
                .into_iter()
                .map(|c| {
                    let (id1, id2) = (c.id.clone(), c.id.clone());
                    let accepted = c.status == ConnectionStatus::Accepted;
                    let rejected = c.status == ConnectionStatus::Rejected;
                    view! {
                        <tr data-endpoint-id=c.id.clone()>
                            <td class="mono">{c.id.clone()}</td>
                            <td>{c.marker_id.to_string()}</td>
                            <td>{c.status.label().to_owned()}</td>
                            <td class="mono">{c.domain_id.clone()}</td>
                            <td class="nowrap">{local_time(&c.created_at)}</td>
                            <td class="nowrap">
                                <button
                                    type="button"
                                    class="btn btn-link"
                                    id=format!("accept-{}", c.id)
                                    disabled=move || accepted || working.get()
                                    on:click=move |_| {
                                        act.dispatch_local((id1.clone(), true));
                                    }
                                >
                                    "Accept"
                                </button>
                                <button
                                    type="button"
                                    class="btn btn-link"
                                    id=format!("reject-{}", c.id)
                                    disabled=move || rejected || working.get()
                                    on:click=move |_| {
                                        act.dispatch_local((id2.clone(), false));
                                    }
                                >
                                    "Reject"
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="table">
                    <thead>
                        <tr>
                            {["VPC Endpoint ID", "Packet ID", "Status", "Owner", "Created", "Operation"]
                                .iter()
                                .map(|h| view! { <th scope="col">{*h}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        }
    };
    view! {
        <div class="visually-hidden" aria-live="polite">
            {move || announcement.get()}
        </div>
        {failure}
        <AsyncView read=data fallback=panel_loading ready=table />
    }
}
