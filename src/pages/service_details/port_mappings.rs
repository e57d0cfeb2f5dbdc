//! The Port Mapping tab: the mappings with a search. Read-only, as the console is: "After a
//! port mapping is added, it cannot be modified or deleted" (seed), although the API's `PUT`
//! takes `ports`.

use leptos::prelude::*;

use crate::components::scroll_table::ScrollTable;
use vpcep_model::{EndpointService, PortMapping};

/// Whether a mapping matches the search: its protocol or either port contains the text.
fn matches(p: &PortMapping, needle: &str) -> bool {
    let needle = needle.trim().to_lowercase();
    needle.is_empty()
        || p.protocol.to_string().to_lowercase().contains(&needle)
        || p.server_port.to_string().contains(&needle)
        || p.client_port.to_string().contains(&needle)
}

/// The Port Mapping tab.
#[component]
pub fn PortMappings(
    /// The service.
    service: Signal<EndpointService>,
) -> impl IntoView {
    let search = RwSignal::new(String::new());
    let rows = move || {
        let needle = search.get();
        service.with(|s| s.ports.iter().filter(|p| matches(p, &needle)).cloned().collect::<Vec<_>>())
    };
    let total = move || service.with(|s| s.ports.len());
    let table = move || {
        let list = rows();
        if list.is_empty() {
            let text = if total() == 0 { "No port mappings." } else { "No port mapping matches the search." };
            return view! { <p class="empty-state">{text}</p> }.into_any();
        }
        view! {
            <ScrollTable label="Port mappings" headers=&["Protocol", "Service Port", "Terminal Port"]>
                {list
                    .into_iter()
                    .map(|p| {
                        view! {
                            <tr>
                                <td>{p.protocol.to_string()}</td>
                                <td>{p.server_port.to_string()}</td>
                                <td>{p.client_port.to_string()}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </ScrollTable>
        }
        .into_any()
    };
    view! {
        <div class="tab-toolbar">
            <input
                type="search"
                class="filter-search"
                placeholder="Search by protocol or port"
                aria-label="Search port mappings by protocol or port"
                prop:value=move || search.get()
                on:input=move |ev| search.set(event_target_value(&ev))
            />
            <span class="muted" aria-live="polite">
                {move || format!("{} of {} port mappings", rows().len(), total())}
            </span>
        </div>
        <p class="note pad-x" id="ports-read-only">
            <span class="note-icon" aria-hidden="true">
                "i"
            </span>
            "Port mappings cannot be modified or deleted after the service is created. To change them, create a new service."
        </p>
        {table}
    }
}
