//! Dialogs in headless Chromium: Add to Whitelist checks every line before anything is sent;
//! the tag dialog refuses a key the service has and edits the value only; Escape dismisses a
//! modal even before the focus has moved into it.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use vpcep_console::components::modal::Modal;
use vpcep_console::pages::service_details::tag_dialog::{TagDialog, TagDialogMode};
use vpcep_console::pages::service_details::whitelist_dialog::AddToWhitelistDialog;
use vpcep_model::Tag;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod common;
use common::*;

wasm_bindgen_test_configure!(run_in_browser);

fn submit(root: &web_sys::Element) {
    find(root, "button[type=submit]").click();
}

#[wasm_bindgen_test]
async fn bad_lines_are_named_with_their_lines_and_nothing_is_sent() {
    let root = container();
    let sent = RwSignal::new(None::<Vec<String>>);
    let no_refusal = Signal::stored(None::<vpcep_console::api::ApiError>);
    let _h = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <AddToWhitelistDialog
                open=RwSignal::new(true)
                service_name="eu-de.shop.1234"
                busy=false
                refused=no_refusal
                on_add=Callback::new(move |ids| sent.set(Some(ids)))
            />
        }
    });
    let ids =
        wait_for(&root, "#whitelist-ids", 1).await.item(0).unwrap().unchecked_into::<web_sys::HtmlElement>();
    // The dialog empties itself when it opens (an effect, a tick after mounting).
    vpcep_console::api::sleep_ms(20).await;
    type_into(&ids, "abc123\nbad-id\n\nabc123");
    wait_until("the room counts the lines", || {
        find(&root, "#whitelist-room").text_content().unwrap()
            == "You can add 47 more accounts in this operation."
    })
    .await;
    submit(&root);
    wait_for(&root, "#whitelist-ids-error li", 2).await;
    let problems = texts(&root.query_selector_all("#whitelist-ids-error li").unwrap());
    assert!(problems[0].starts_with("Line 2: "), "{problems:?}");
    assert_eq!(problems[1], "Line 4: the same account ID as line 1.");
    assert_eq!(ids.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(ids.get_attribute("aria-describedby").unwrap().contains("whitelist-ids-error"));
    assert_eq!(sent.get_untracked(), None, "nothing is sent");
    type_into(&ids, " abc123 \n*\n");
    submit(&root);
    wait_until("the add is sent", || sent.get_untracked().is_some()).await;
    assert_eq!(sent.get_untracked(), Some(vec!["abc123".to_owned(), "*".to_owned()]));
}

#[wasm_bindgen_test]
async fn the_tag_dialog_refuses_a_key_the_service_has_and_edits_the_value_only() {
    let root = container();
    let mode = RwSignal::new(Some(TagDialogMode::Add));
    let saved = RwSignal::new(None::<Tag>);
    let no_refusal = Signal::stored(None::<vpcep_console::api::ApiError>);
    let tags = vec![Tag { key: "env".into(), value: "prod".into() }];
    let _h = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <TagDialog
                mode
                tags=tags.clone()
                busy=false
                refused=no_refusal
                on_save=Callback::new(move |t| saved.set(Some(t)))
            />
        }
    });
    let key = wait_for(&root, "#tag-key", 1).await.item(0).unwrap().unchecked_into::<web_sys::HtmlElement>();
    vpcep_console::api::sleep_ms(20).await;
    type_into(&key, "env");
    submit(&root);
    wait_for(&root, "#tag-key-error", 1).await;
    assert!(find(&root, "#tag-key-error").text_content().unwrap().contains("edit its value instead"));
    assert_eq!(saved.get_untracked(), None);
    // Edit: the key is read-only and keeps its value; the new value is saved.
    mode.set(Some(TagDialogMode::Edit(Tag { key: "env".into(), value: "prod".into() })));
    wait_until("the key is read-only", || find(&root, "#tag-key").has_attribute("readonly")).await;
    vpcep_console::api::sleep_ms(20).await;
    type_into(&find(&root, "#tag-value"), "test");
    submit(&root);
    wait_until("the change is saved", || saved.get_untracked().is_some()).await;
    assert_eq!(saved.get_untracked(), Some(Tag { key: "env".into(), value: "test".into() }));
}

/// Lets the pending reactive work run (it runs in microtasks), but not the next frame.
async fn microtask() {
    let resolved = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(resolved).await;
}

#[wasm_bindgen_test]
async fn escape_dismisses_a_dialog_before_the_focus_has_moved_into_it() {
    let root = container();
    let opener =
        common::document().create_element("button").unwrap().unchecked_into::<web_sys::HtmlElement>();
    opener.set_text_content(Some("Delete"));
    root.append_child(&opener).unwrap();
    opener.focus().unwrap();
    let open = RwSignal::new(false);
    let _h = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Modal
                open=open.into()
                id="escape-test"
                title=Signal::stored("A dialog".to_owned())
                on_dismiss=Callback::new(move |()| open.set(false))
            >
                <button type="button">"Inside"</button>
            </Modal>
        }
    });
    open.set(true);
    for _ in 0..50 {
        if common::document().get_element_by_id("escape-test").is_some() {
            break;
        }
        microtask().await;
    }
    assert!(common::document().get_element_by_id("escape-test").is_some(), "the dialog is shown");
    // The gap: the dialog is there, the focus is not in it yet (it moves a frame later).
    assert_eq!(
        common::document().active_element().as_ref(),
        Some(opener.unchecked_ref::<web_sys::Element>())
    );
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let escape = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    opener.dispatch_event(&escape).unwrap();
    assert!(!open.get_untracked(), "Escape dismissed the dialog");
    assert!(escape.default_prevented());
}
