//! The Port Mapping tab: the mappings with a search. Read-only, as the console is: "After a
//! port mapping is added, it cannot be modified or deleted" (seed), although the API's `PUT`
//! takes `ports`.

use crate::i18n::{formats, t};
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
            let text = if total() == 0 { t().no_port_mappings } else { t().no_port_mapping_match };
            return view! { <p class="empty-state">{text}</p> }.into_any();
        }
        view! {
            <ScrollTable
                label=t().port_mappings
                headers=vec![t().col_protocol, t().col_service_port, t().col_terminal_port]
            >
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
                placeholder=t().search_ports
                aria-label=t().search_ports_label
                prop:value=move || search.get()
                on:input=move |ev| search.set(event_target_value(&ev))
            />
            <span class="muted" aria-live="polite">
                {move || formats::port_mappings_shown(rows().len(), total())}
            </span>
        </div>
        <p class="note pad-x" id="ports-read-only">
            <span class="note-icon" aria-hidden="true">
                "i"
            </span>
            {t().ports_read_only}
        </p>
        {table}
    }
}
