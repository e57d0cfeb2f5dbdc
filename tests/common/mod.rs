//! Helpers of the browser tests: mount points, waiting, events.
#![allow(dead_code)]

use vpcep_console::api::sleep_ms;
use wasm_bindgen::JsCast;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element in the body to mount into.
pub fn container() -> web_sys::HtmlElement {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

/// Polls until `selector` matches at least `count` elements (at most 2 s).
pub async fn wait_for(root: &web_sys::Element, selector: &str, count: u32) -> web_sys::NodeList {
    for _ in 0..200 {
        let found = root.query_selector_all(selector).unwrap();
        if found.length() >= count {
            return found;
        }
        sleep_ms(10).await;
    }
    panic!("timed out waiting for {count} × {selector}; page: {}", root.inner_html());
}

/// Polls until `check` holds (at most 2 s).
pub async fn wait_until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..200 {
        if check() {
            return;
        }
        sleep_ms(10).await;
    }
    panic!("timed out waiting until {what}");
}

pub fn texts(list: &web_sys::NodeList) -> Vec<String> {
    (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

pub fn find(root: &web_sys::Element, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in {}", root.inner_html()))
        .unchecked_into()
}

pub fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    target.dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

/// Types `value` into an input (an `input` event), like a person would.
pub fn type_into(input: &web_sys::HtmlElement, value: &str) {
    input.unchecked_ref::<web_sys::HtmlInputElement>().set_value(value);
    fire(input, "input");
}

/// Leaves a field (a `blur` event).
pub fn blur(el: &web_sys::HtmlElement) {
    el.dispatch_event(&web_sys::FocusEvent::new("blur").unwrap()).unwrap();
}

/// Pastes `text` into an element (a `paste` event with clipboard data).
pub fn paste(el: &web_sys::HtmlElement, text: &str) -> bool {
    let data = web_sys::DataTransfer::new().unwrap();
    data.set_data("text/plain", text).unwrap();
    let init = web_sys::ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&data));
    let ev = web_sys::ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
    ev.default_prevented()
}

/// The id of the focused element.
pub fn focused_id() -> String {
    document().active_element().map(|e| e.id()).unwrap_or_default()
}

/// The embedded mock without latency or storage.
pub fn instant_mock() -> vpcep_console::api::EmbeddedMock {
    vpcep_console::api::EmbeddedMock::new(vpcep_console::api::MockOptions::instant())
}

/// Service number `i` of a made-up account (ids and names numbered, every second one on ECS,
/// every third with approval, all Available).
pub fn numbered_service(i: usize) -> vpcep_model::EndpointService {
    use vpcep_model::*;
    EndpointService {
        id: format!("00000000-0000-4000-8000-{i:012}"),
        port_id: "p".into(),
        pool_id: None,
        service_name: format!("eu-de.svc-{i:04}.00000000-0000-4000-8000-{i:012}"),
        service_type: ServiceType::Interface,
        server_type: if i.is_multiple_of(2) { ServerType::Lb } else { ServerType::Vm },
        vpc_id: "vpc-1".into(),
        approval_enabled: i.is_multiple_of(3),
        status: ServiceStatus::Available,
        created_at: "2026-11-25T10:00:00Z".into(),
        updated_at: None,
        project_id: "p".into(),
        domain_id: None,
        ports: vec![PortMapping { client_port: 80, server_port: 8080, protocol: Protocol::Tcp }],
        tcp_proxy: None,
        tags: vec![],
        connection_count: Some(0),
        description: Some(format!("Service number {i}")),
        error: vec![],
    }
}
