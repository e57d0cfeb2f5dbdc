//! The Port Mapping table: Protocol, Service Port, Terminal Port and Remove, one row per
//! mapping, on the generic row editor, with validation from the shared rules and multi-line
//! paste.

use leptos::prelude::*;
use vpcep_model::draft::{
    looks_like_port_mapping_lines, parse_port_mapping_lines, PortMappingDraft, RejectedLine,
};
use vpcep_model::limits::{MAX_PORT_MAPPINGS, UDP_ALLOWED};
use vpcep_model::Protocol;

use super::cell_input::CellInput;
use super::form_state::{dom_id, error_id, FormState};
use crate::components::field_error::FieldError;
use crate::components::row_editor::{RowEditor, RowsSpec};
use crate::i18n::{formats, lang, t};

fn key(id: u32, leaf: &str) -> String {
    format!("ports.{id}.{leaf}")
}

fn spec() -> RowsSpec {
    RowsSpec {
        headers: || vec![t().create.protocol, t().create.service_port, t().create.terminal_port],
        headers_when_empty: true,
        add_id: "f-ports",
        add_label: t().create.add_port_mapping,
        plural: t().create.port_mappings_plural,
        limit: MAX_PORT_MAPPINGS,
        row_name: |i| formats::port_mapping_n(i + 1),
    }
}

/// The whole table.
#[component]
pub fn PortMappingEditor(
    /// The form whose `ports` this edits.
    form: FormState,
) -> impl IntoView {
    let ids = Memo::new(move |_| form.draft.with(|d| d.ports.iter().map(|p| p.id).collect::<Vec<u32>>()));
    let pasted = RwSignal::new(Vec::<RejectedLine>::new());
    let on_add = Callback::new(move |_| {
        let mut new_id = 0;
        form.edit("ports", |d| {
            new_id = d.take_id();
            d.ports.push(PortMappingDraft::empty(new_id));
        });
        dom_id(&key(new_id, "protocol"))
    });
    let on_remove = Callback::new(move |(id, index): (u32, usize)| {
        form.edit("ports", |d| d.ports.retain(|p| p.id != id));
        formats::port_mapping_removed(index + 1)
    });
    let row = move |id: u32, position: Signal<usize>| view! { <PortMappingRow form id position pasted /> };
    view! {
        <div class="row-editor port-mappings">
            <RowEditor
                spec=spec()
                keys=ids
                row
                remove_label=Callback::new(|(_, i): (u32, usize)| formats::remove_port_mapping(i + 1))
                remove_id=|id| dom_id(&key(*id, "remove"))
                on_add
                on_remove
                announce=Callback::new(move |text| form.announcement.set(text))
            />
            <FieldError id=error_id("ports") message=form.error_signal("ports") />
            <PasteReport pasted />
        </div>
    }
}

/// Lines of a paste that were not added, so nothing is lost silently.
#[component]
fn PasteReport(
    /// The lines not added by the last paste.
    pasted: RwSignal<Vec<RejectedLine>>,
) -> impl IntoView {
    move || {
        let lines = pasted.get();
        (!lines.is_empty()).then(|| {
            view! {
                <div class="paste-report" role="status">
                    <p>{formats::pasted_not_added(lines.len())}</p>
                    <ul>
                        {lines
                            .into_iter()
                            .map(|l| formats::pasted_line(l.line, &l.text, l.reason.get(lang())))
                            .map(|line| view! { <li>{line}</li> })
                            .collect_view()}
                    </ul>
                    <button type="button" class="btn btn-link" on:click=move |_| pasted.set(Vec::new())>
                        {t().manage.dismiss}
                    </button>
                </div>
            }
        })
    }
}

/// The cells of one mapping.
#[component]
fn PortMappingRow(
    /// The form.
    form: FormState,
    /// The mapping's row id.
    id: u32,
    /// Its position in the table (from 0).
    position: Signal<usize>,
    /// Where a paste reports the lines it did not add.
    pasted: RwSignal<Vec<RejectedLine>>,
) -> impl IntoView {
    let row = move || form.draft.with(|d| d.ports.iter().find(|p| p.id == id).cloned());
    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        let text = ev.clipboard_data().and_then(|d| d.get_data("text").ok()).unwrap_or_default();
        if !looks_like_port_mapping_lines(&text) {
            return;
        }
        ev.prevent_default();
        let index = position.get_untracked();
        let room = MAX_PORT_MAPPINGS - (form.draft.with_untracked(|d| d.ports.len()) - 1);
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
        form.announcement.set(formats::pasted(added, parsed.rejected.len()));
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
    let protocol_key = key(id, "protocol");
    view! {
        <label class="cell">
            <span class="visually-hidden">{t().create.protocol}</span>
            <select
                id=dom_id(&protocol_key)
                on:change=set_protocol
                prop:value=move || row().map(|r| r.protocol.as_str().to_owned()).unwrap_or_default()
            >
                <option value="TCP">"TCP"</option>
                {UDP_ALLOWED.then(|| view! { <option value="UDP">"UDP"</option> })}
            </select>
            <FieldError id=error_id(&protocol_key) message=form.error_signal(protocol_key.clone()) />
        </label>
        {port_input("server_port", t().create.service_port, t().create.example_service_port)}
        {port_input("client_port", t().create.terminal_port, t().create.example_terminal_port)}
    }
}
