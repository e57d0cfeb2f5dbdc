//! The port-mapping table and the tag editor, in headless Chromium: add, remove, limits,
//! duplicates, focus after add and remove, paste.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use vpcep_console::pages::create_service::form_state::FormState;
use vpcep_console::pages::create_service::port_mapping_editor::PortMappingEditor;
use vpcep_console::pages::create_service::tag_editor::{TagEditor, TagSuggestions};
use vpcep_model::draft::{CreateServiceDraft, PortMappingDraft, TagDraft};
use wasm_bindgen_test::*;

mod common;
use common::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_ports(draft: CreateServiceDraft) -> (web_sys::HtmlElement, FormState, impl Drop) {
    let root = container();
    let form = FormState::new(draft);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <PortMappingEditor form />
            <div id="announcer">{move || form.announcement.get()}</div>
        }
    });
    (root, form, handle)
}

fn draft_with_ports(n: u32) -> CreateServiceDraft {
    let ports = (1..=n)
        .map(|i| PortMappingDraft {
            id: i,
            protocol: vpcep_model::Protocol::Tcp,
            service_port: (1000 + i).to_string(),
            terminal_port: (2000 + i).to_string(),
        })
        .collect();
    CreateServiceDraft { ports, next_id: n + 1, ..Default::default() }
}

fn rows(root: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    all(root, "[role=group]")
}

#[wasm_bindgen_test]
async fn the_table_starts_with_one_row_and_add_focuses_the_new_row() {
    let (root, form, _h) = mount_ports(CreateServiceDraft::default());
    let first = rows(&root);
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].get_attribute("aria-label").as_deref(), Some("Port mapping 1"));
    assert_eq!(find(&root, ".row-editor-room").text_content().unwrap(), "You can add 49 more port mappings.");

    find(&root, "#f-ports").click();
    wait_for(&root, "[role=group]", 2).await;
    let new_id = form.draft.with_untracked(|d| d.ports[1].id);
    let want = format!("f-ports-{new_id}-protocol");
    wait_until("the new row's protocol is focused", || focused_id() == want).await;
    assert_eq!(rows(&root)[1].get_attribute("aria-label").as_deref(), Some("Port mapping 2"));
    assert_eq!(find(&root, ".row-editor-room").text_content().unwrap(), "You can add 48 more port mappings.");
    let add = find(&root, "#f-ports");
    assert_eq!(add.get_attribute("aria-describedby").as_deref(), Some("f-ports-room"));
    assert_eq!(find(&root, "#f-ports-room").get_attribute("aria-live").as_deref(), Some("polite"));
}

#[wasm_bindgen_test]
async fn at_50_rows_add_says_so_stays_focusable_and_adds_nothing() {
    let (root, form, _h) = mount_ports(draft_with_ports(50));
    assert_eq!(rows(&root).len(), 50);
    let add = find(&root, "#f-ports");
    assert_eq!(add.get_attribute("aria-disabled").as_deref(), Some("true"));
    assert!(!add.has_attribute("disabled"), "a disabled button could not keep focus");
    assert_eq!(
        find(&root, ".row-editor-room").text_content().unwrap(),
        "You have reached the limit of 50 port mappings."
    );
    add.focus().unwrap();
    add.click();
    leptos::task::tick().await;
    assert_eq!(form.draft.with_untracked(|d| d.ports.len()), 50);
    assert_eq!(focused_id(), "f-ports");
}

#[wasm_bindgen_test]
async fn a_duplicate_marks_both_rows_and_names_the_other() {
    let (root, _form, _h) = mount_ports(draft_with_ports(2));
    let service_1 = find(&root, "#f-ports-1-server_port");
    let service_2 = find(&root, "#f-ports-2-server_port");
    type_into(&service_1, "80");
    type_into(&service_2, "80");
    leptos::task::tick().await;
    assert_eq!(service_1.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(service_2.get_attribute("aria-invalid").as_deref(), Some("true"));
    let e1 = find(&root, "#f-ports-1-server_port-error").text_content().unwrap();
    let e2 = find(&root, "#f-ports-2-server_port-error").text_content().unwrap();
    assert!(e1.contains("(TCP 80) as port mapping 2"), "{e1}");
    assert!(e2.contains("(TCP 80) as port mapping 1"), "{e2}");
    assert_eq!(service_1.get_attribute("aria-describedby").as_deref(), Some("f-ports-1-server_port-error"));

    // Another protocol is no duplicate.
    let protocol_2: web_sys::HtmlSelectElement =
        wasm_bindgen::JsCast::unchecked_into(find(&root, "#f-ports-2-protocol"));
    protocol_2.set_value("UDP");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    protocol_2.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    leptos::task::tick().await;
    assert_eq!(service_1.get_attribute("aria-invalid").as_deref(), Some("false"));
    assert!(root.query_selector("#f-ports-1-server_port-error").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_bad_port_shows_its_message_after_blur_then_live() {
    let (root, _form, _h) = mount_ports(CreateServiceDraft::default());
    let terminal = find(&root, "#f-ports-1-client_port");
    type_into(&terminal, "70000");
    leptos::task::tick().await;
    assert_eq!(
        terminal.get_attribute("aria-invalid").as_deref(),
        Some("false"),
        "not before the user leaves the field"
    );
    blur(&terminal);
    leptos::task::tick().await;
    assert_eq!(terminal.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        find(&root, "#f-ports-1-client_port-error").text_content().unwrap(),
        "!Enter a terminal port from 1 to 65535."
    );
    type_into(&terminal, "8o");
    leptos::task::tick().await;
    assert!(find(&root, "#f-ports-1-client_port-error").text_content().unwrap().contains("whole number"));
    type_into(&terminal, "80");
    leptos::task::tick().await;
    assert_eq!(terminal.get_attribute("aria-invalid").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn remove_moves_focus_to_next_then_previous_then_add_and_is_announced() {
    let (root, form, _h) = mount_ports(draft_with_ports(3));
    // Remove the middle row: focus goes to the row that took its place (former row 3).
    find(&root, "#f-ports-2-remove").click();
    wait_until("focus on row 3's remove", || focused_id() == "f-ports-3-remove").await;
    assert_eq!(find(&root, "#announcer").text_content().unwrap(), "Port mapping 2 removed.");
    assert_eq!(
        find(&root, "#f-ports-3-remove").get_attribute("aria-label").as_deref(),
        Some("Remove port mapping 2")
    );
    // Remove the last row: focus goes to the previous row.
    find(&root, "#f-ports-3-remove").click();
    wait_until("focus on row 1's remove", || focused_id() == "f-ports-1-remove").await;
    // Remove the only row: focus goes to the add button.
    find(&root, "#f-ports-1-remove").click();
    wait_until("focus on add", || focused_id() == "f-ports").await;
    assert_eq!(form.draft.with_untracked(|d| d.ports.len()), 0);
    assert_eq!(
        find(&root, "#f-ports").get_attribute("type").as_deref(),
        Some("button"),
        "Enter on a remove never submits"
    );
}

#[wasm_bindgen_test]
async fn pasting_lines_fills_rows_and_reports_the_rest() {
    let (root, form, _h) = mount_ports(CreateServiceDraft::default());
    let cell = find(&root, "#f-ports-1-server_port");
    let handled = paste(&cell, "TCP 80 8080\nudp 53 5353\nbogus line here\n443 8443");
    assert!(handled, "the paste replaces the browser's");
    wait_for(&root, "[role=group]", 3).await;
    let ports = form.draft.with_untracked(|d| d.ports.clone());
    let got: Vec<(String, String, String)> = ports
        .iter()
        .map(|p| (p.protocol.to_string(), p.service_port.clone(), p.terminal_port.clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("TCP".into(), "80".into(), "8080".into()),
            ("UDP".into(), "53".into(), "5353".into()),
            ("TCP".into(), "443".into(), "8443".into())
        ]
    );
    let report = find(&root, ".paste-report").text_content().unwrap();
    assert!(report.contains("Line 3 \"bogus line here\""), "{report}");
    assert!(find(&root, "#announcer").text_content().unwrap().contains("Added 3 port mappings"));
    // A single value pastes normally.
    assert!(!paste(&find(&root, "#f-ports-1-client_port"), "9090"));
}

fn mount_tags(draft: CreateServiceDraft) -> (web_sys::HtmlElement, FormState, impl Drop) {
    let root = container();
    let form = FormState::new(draft);
    let suggestions = Signal::derive(|| TagSuggestions {
        keys: vec!["env".into(), "team".into()],
        values: vec!["prod".into()],
    });
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <TagEditor form suggestions />
            <div id="announcer">{move || form.announcement.get()}</div>
        }
    });
    (root, form, handle)
}

#[wasm_bindgen_test]
async fn tags_add_with_focus_validate_and_suggest() {
    let (root, form, _h) = mount_tags(CreateServiceDraft::default());
    assert_eq!(rows(&root).len(), 0);
    assert_eq!(find(&root, ".row-editor-room").text_content().unwrap(), "You can add 10 more tags.");
    find(&root, "#f-tags").click();
    wait_for(&root, "[role=group]", 1).await;
    let id = form.draft.with_untracked(|d| d.tags[0].id);
    let key_id = format!("f-tags-{id}-key");
    wait_until("the new tag's key is focused", || focused_id() == key_id).await;
    let key = find(&root, &format!("#{key_id}"));
    assert_eq!(key.get_attribute("list").as_deref(), Some("tag-key-suggestions"));
    assert_eq!(texts(&root.query_selector_all("#tag-key-suggestions option").unwrap()).len(), 2);

    // An empty key is reported once the key was left.
    assert!(root.query_selector(".field-error").unwrap().is_none());
    blur(&key);
    leptos::task::tick().await;
    assert!(find(&root, &format!("#f-tags-{id}-key-error"))
        .text_content()
        .unwrap()
        .contains("Enter a tag key."));
    type_into(&key, "owner@team");
    leptos::task::tick().await;
    let msg = find(&root, &format!("#f-tags-{id}-key-error")).text_content().unwrap();
    assert!(msg.contains("\"@\" is not allowed"), "{msg}");
    type_into(&key, "owner");
    let value = find(&root, &format!("#f-tags-{id}-value"));
    type_into(&value, "x".repeat(44).as_str());
    blur(&value);
    leptos::task::tick().await;
    assert!(find(&root, &format!("#f-tags-{id}-value-error"))
        .text_content()
        .unwrap()
        .contains("at most 43 characters"));
}

#[wasm_bindgen_test]
async fn duplicate_tag_keys_mark_both_rows_and_ten_is_the_limit() {
    let tags = (1..=10).map(|i| TagDraft { id: i, key: format!("k{i}"), value: String::new() }).collect();
    let (root, _form, _h) = mount_tags(CreateServiceDraft { tags, next_id: 11, ..Default::default() });
    assert_eq!(find(&root, "#f-tags").get_attribute("aria-disabled").as_deref(), Some("true"));
    assert_eq!(
        find(&root, ".row-editor-room").text_content().unwrap(),
        "You have reached the limit of 10 tags."
    );
    type_into(&find(&root, "#f-tags-2-key"), "k1");
    type_into(&find(&root, "#f-tags-1-key"), "k1");
    leptos::task::tick().await;
    assert!(find(&root, "#f-tags-1-key-error").text_content().unwrap().contains("also used by tag 2"));
    assert!(find(&root, "#f-tags-2-key-error").text_content().unwrap().contains("also used by tag 1"));
    // Remove tag 2 ("k1"): announced by key; focus to the row that took its place.
    find(&root, "#f-tags-2-remove").click();
    wait_until("focus on tag 3's remove", || focused_id() == "f-tags-3-remove").await;
    assert_eq!(find(&root, "#announcer").text_content().unwrap(), "Tag k1 removed.");
    assert!(root.query_selector("#f-tags-1-key-error").unwrap().is_none(), "no duplicate left");
    assert_eq!(find(&root, "#f-tags").get_attribute("aria-disabled").as_deref(), Some("false"));
}
