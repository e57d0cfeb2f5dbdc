//! The Port Mapping table: Protocol, Service Port, Terminal Port and remove, one row per
//! mapping, with validation from the shared rules and multi-line paste.

use leptos::prelude::*;
use vpcep_model::draft::{
    looks_like_port_mapping_lines, parse_port_mapping_lines, PortMappingDraft, RejectedLine,
};
use vpcep_model::limits::{MAX_PORT_MAPPINGS, UDP_ALLOWED};
use vpcep_model::Protocol;

use crate::components::field_error::FieldError;
use crate::components::form_state::{dom_id, FormState};
use crate::components::row_editor::{focus_after_remove, AddRowButton, CellInput};
use crate::dom::focus_after_render;

fn key(id: u32, leaf: &str) -> String {
    format!("ports.{id}.{leaf}")
}

/// The whole table.
#[component]
pub fn PortMappingEditor(form: FormState) -> impl IntoView {
    let ids = Memo::new(move |_| form.draft.with(|d| d.ports.iter().map(|p| p.id).collect::<Vec<u32>>()));
    let count = Signal::derive(move || ids.with(Vec::len));
    let pasted = RwSignal::new(Vec::<RejectedLine>::new());
    let add = Callback::new(move |_| {
        let mut new_id = 0;
        form.edit("ports", |d| {
            new_id = d.take_id();
            d.ports.push(PortMappingDraft::empty(new_id));
        });
        focus_after_render(dom_id(&key(new_id, "protocol")));
    });
    view! {
        <div class="row-editor port-mappings">
            <div class="row-editor-head" aria-hidden="true">
                <span>"Protocol"</span>
                <span>"Service Port"</span>
                <span>"Terminal Port"</span>
                <span></span>
            </div>
            <For
                each=move || ids.get()
                key=|id| *id
                children=move |id| view! { <PortMappingRow form id ids pasted /> }
            />
            <AddRowButton
                id=dom_id("ports")
                label="Add Port Mapping"
                plural="port mappings"
                limit=MAX_PORT_MAPPINGS
                count
                on_add=add
            />
            <FieldError form field="ports" />
            <PasteReport pasted />
        </div>
    }
}

/// Lines of a paste that were not added, so nothing is lost silently.
#[component]
fn PasteReport(pasted: RwSignal<Vec<RejectedLine>>) -> impl IntoView {
    move || {
        let lines = pasted.get();
        (!lines.is_empty()).then(|| {
            view! {
                <div class="paste-report" role="status">
                    <p>{format!("{} pasted line(s) were not added:", lines.len())}</p>
                    <ul>
                        {lines
                            .into_iter()
                            .map(|l| view! { <li>{format!("Line {} \"{}\": {}", l.line, l.text, l.reason)}</li> })
                            .collect_view()}
                    </ul>
                    <button type="button" class="btn btn-link" on:click=move |_| pasted.set(Vec::new())>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}

/// One mapping: a labelled group "Port mapping N".
#[component]
fn PortMappingRow(
    form: FormState,
    id: u32,
    ids: Memo<Vec<u32>>,
    pasted: RwSignal<Vec<RejectedLine>>,
) -> impl IntoView {
    let position = move || ids.with(|ids| ids.iter().position(|i| *i == id).unwrap_or(0));
    let label = move || format!("Port mapping {}", position() + 1);
    let row = move || form.draft.with(|d| d.ports.iter().find(|p| p.id == id).cloned());

    let remove = move |_| {
        let index = position();
        form.edit("ports", |d| d.ports.retain(|p| p.id != id));
        form.announcement.set(format!("Port mapping {} removed.", index + 1));
        let target = ids.with_untracked(|ids| focus_after_remove(index, ids.len()).map(|i| ids[i]));
        focus_after_render(match target {
            Some(next) => dom_id(&key(next, "remove")),
            None => dom_id("ports"),
        });
    };

    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        let text = ev.clipboard_data().and_then(|d| d.get_data("text").ok()).unwrap_or_default();
        if !looks_like_port_mapping_lines(&text) {
            return;
        }
        ev.prevent_default();
        let index = position();
        let room = MAX_PORT_MAPPINGS - (ids.with_untracked(Vec::len) - 1);
        let parsed = parse_port_mapping_lines(&text, room);
        let added = parsed.rows.len();
        if added > 0 {
            form.edit(&key(id, "server_port"), |d| {
                let mut rows = Vec::with_capacity(added);
                for (i, (protocol, service, terminal)) in parsed.rows.into_iter().enumerate() {
                    let row_id = if i == 0 { id } else { d.take_id() };
                    rows.push(PortMappingDraft {
                        id: row_id,
                        protocol,
                        service_port: service,
                        terminal_port: terminal,
                    });
                }
                d.ports.splice(index..=index, rows);
            });
        }
        form.announcement.set(format!(
            "Added {added} port mapping(s) from the pasted lines; {} line(s) were not added.",
            parsed.rejected.len()
        ));
        pasted.set(parsed.rejected);
    };

    let set_protocol = move |ev| {
        let p = Protocol::parse_loose(&event_target_value(&ev)).unwrap_or(Protocol::Tcp);
        form.edit(&key(id, "protocol"), |d| {
            if let Some(r) = d.ports.iter_mut().find(|r| r.id == id) {
                r.protocol = p;
            }
        });
    };
    let on_paste = Callback::new(on_paste);
    let port_input = move |leaf: &'static str, caption: &'static str, example: &'static str| {
        let field = key(id, leaf);
        let edited = field.clone();
        let service = leaf == "server_port";
        let value = Signal::derive(move || {
            row().map(|r| if service { r.service_port } else { r.terminal_port }).unwrap_or_default()
        });
        let set = Callback::new(move |text: String| {
            form.edit(&edited, |d| {
                if let Some(r) = d.ports.iter_mut().find(|r| r.id == id) {
                    if service {
                        r.service_port = text
                    } else {
                        r.terminal_port = text
                    }
                }
            })
        });
        view! { <CellInput form field caption placeholder=example value set numeric=true on_paste /> }
    };

    view! {
        <div class="row-editor-row" role="group" aria-label=label>
            <label class="cell">
                <span class="visually-hidden">"Protocol"</span>
                <select
                    id=dom_id(&key(id, "protocol"))
                    on:change=set_protocol
                    prop:value=move || row().map(|r| r.protocol.as_str().to_owned()).unwrap_or_default()
                >
                    <option value="TCP">"TCP"</option>
                    {UDP_ALLOWED.then(|| view! { <option value="UDP">"UDP"</option> })}
                </select>
                <FieldError form field=key(id, "protocol") />
            </label>
            {port_input("server_port", "Service Port", "Example: 8089")}
            {port_input("client_port", "Terminal Port", "Example: 80")}
            <div class="cell cell-remove">
                <button
                    type="button"
                    class="btn btn-link"
                    id=dom_id(&key(id, "remove"))
                    aria-label=move || format!("Remove port mapping {}", position() + 1)
                    on:click=remove
                >
                    "Remove"
                </button>
            </div>
        </div>
    }
}
