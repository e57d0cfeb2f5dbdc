//! Benchmark (prints numbers, asserts only that the work was done): painting the service table
//! with Leptos against a hand-written DOM baseline, and a filter keystroke's update, with
//! 1,000 services in the account. Run with `cargo xtask bench`.
#![cfg(target_arch = "wasm32")]

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use leptos_router::components::Router;
use vpcep_console::list_view::{ListView, SortColumn};
use vpcep_console::pages::service_list::service_table::{ServiceTable, TableState};
use vpcep_model::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod common;
use common::container;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

fn services(n: usize) -> Vec<EndpointService> {
    (0..n)
        .map(|i| EndpointService {
            id: format!("00000000-0000-4000-8000-{i:012}"),
            port_id: "p".into(),
            pool_id: None,
            service_name: format!("eu-de.svc-{i:04}.00000000-0000-4000-8000-{i:012}"),
            service_type: ServiceType::Interface,
            server_type: if i % 2 == 0 { ServerType::Lb } else { ServerType::Vm },
            vpc_id: "vpc-1".into(),
            approval_enabled: i % 3 == 0,
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
        })
        .collect()
}

/// The same table, written by hand with web-sys: the baseline. It builds the same elements
/// and attributes as the Leptos row (checkbox, link, ID line with copy button, status icon,
/// delete button) and wires the same listeners, so that the ratio compares like with like.
fn hand_written(root: &web_sys::Element, rows: &[EndpointService]) {
    use wasm_bindgen::closure::Closure;
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = |tag: &str, class: &str| {
        let e = doc.create_element(tag).unwrap();
        if !class.is_empty() {
            e.set_class_name(class);
        }
        e
    };
    let noop = Closure::<dyn Fn()>::new(|| {});
    let table = el("table", "table");
    let tbody = el("tbody", "");
    for s in rows {
        let tr = el("tr", "");
        tr.set_attribute("data-service-id", &s.id).unwrap();
        let td = el("td", "cell-select");
        td.set_attribute("data-label", "Select").unwrap();
        let cb = el("input", "");
        cb.set_attribute("type", "checkbox").unwrap();
        cb.set_attribute("aria-label", &format!("Select {}", s.service_name)).unwrap();
        cb.add_event_listener_with_callback("change", noop.as_ref().unchecked_ref()).unwrap();
        td.append_child(&cb).unwrap();
        tr.append_child(&td).unwrap();
        let td = el("td", "cell-name");
        td.set_attribute("data-label", "Name/ID").unwrap();
        let a = el("a", "service-name");
        a.set_attribute("href", &format!("/services/{}", s.id)).unwrap();
        a.set_attribute("title", &s.service_name).unwrap();
        a.set_text_content(Some(&s.service_name));
        a.add_event_listener_with_callback("click", noop.as_ref().unchecked_ref()).unwrap();
        let sub = el("div", "cell-sub mono");
        let id = el("span", "cell-id");
        id.set_attribute("title", &s.id).unwrap();
        id.set_text_content(Some(&s.id));
        sub.append_child(&id).unwrap();
        let copy = el("button", "btn-copy-icon");
        copy.set_attribute("aria-label", "Copy ID").unwrap();
        copy.append_child(&el("span", "copy-icon")).unwrap();
        copy.add_event_listener_with_callback("click", noop.as_ref().unchecked_ref()).unwrap();
        sub.append_child(&copy).unwrap();
        td.append_child(&a).unwrap();
        td.append_child(&sub).unwrap();
        tr.append_child(&td).unwrap();
        let text_cell = |text: &str, class: &str, label: &str| {
            let td = el("td", class);
            td.set_attribute("data-label", label).unwrap();
            td.set_text_content(Some(text));
            td
        };
        let vpc = text_cell(&s.vpc_id, "cell-clip", "VPC");
        vpc.set_attribute("title", &s.vpc_id).unwrap();
        tr.append_child(&vpc).unwrap();
        tr.append_child(&text_cell(s.server_type.label(vpcep_model::Lang::En), "", "Backend Resource Type"))
            .unwrap();
        let td = el("td", "");
        td.set_attribute("data-label", "Status").unwrap();
        let st = el("span", "status status-available");
        st.set_attribute("data-status", s.status.as_str()).unwrap();
        st.append_child(&el("span", "status-icon")).unwrap();
        st.append_child(&doc.create_text_node(s.status.label(vpcep_model::Lang::En))).unwrap();
        td.append_child(&st).unwrap();
        tr.append_child(&td).unwrap();
        let approval = if s.approval_enabled { "Enabled" } else { "Disabled" };
        tr.append_child(&text_cell(approval, "", "Connection Approval")).unwrap();
        let created = vpcep_console::format::local_time(&s.created_at);
        tr.append_child(&text_cell(&created, "cell-created", "Created")).unwrap();
        let description = s.description.as_deref().unwrap_or("--");
        let cell = text_cell("", "cell-description", "Description");
        cell.set_attribute("title", description).unwrap();
        let clamp = el("div", "clamp-2");
        clamp.set_text_content(Some(description));
        cell.append_child(&clamp).unwrap();
        tr.append_child(&cell).unwrap();
        let td = el("td", "cell-operation");
        td.set_attribute("data-label", "Operation").unwrap();
        let del = el("button", "btn btn-link");
        del.set_text_content(Some("Delete"));
        del.add_event_listener_with_callback("click", noop.as_ref().unchecked_ref()).unwrap();
        td.append_child(&del).unwrap();
        tr.append_child(&td).unwrap();
        tbody.append_child(&tr).unwrap();
    }
    table.append_child(&tbody).unwrap();
    root.append_child(&table).unwrap();
    noop.forget();
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

async fn leptos_paint(
    rows: Vec<EndpointService>,
) -> (f64, web_sys::HtmlElement, impl Drop, RwSignal<Vec<EndpointService>>) {
    let root = container();
    let signal = RwSignal::new(Vec::new());
    let start = now();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        signal.set(rows);
        let state = TableState {
            rows: signal.into(),
            vpc_names: RwSignal::new(HashMap::new()).into(),
            selected: RwSignal::new(HashSet::new()),
            sort: Signal::derive(|| (SortColumn::Created, true)),
            on_sort: Callback::new(|_| {}),
            on_delete: Callback::new(|_| {}),
            busy: Signal::derive(|| false),
        };
        view! {
            <Router>
                <ServiceTable state />
            </Router>
        }
    });
    // Effects scheduled by the mount run on the next tick: part of painting.
    leptos::task::tick().await;
    let elapsed = now() - start;
    (elapsed, root, handle, signal)
}

#[wasm_bindgen_test]
async fn bench_list_paint_and_filter_keystroke() {
    let account = services(1000);
    let view = ListView { page_size: 50, ..Default::default() };
    for size in [50usize, 1000] {
        let rows: Vec<EndpointService> = account.iter().take(size).cloned().collect();
        let mut base = Vec::new();
        let mut lep = Vec::new();
        for _ in 0..15 {
            let root = container();
            let t = now();
            hand_written(&root, &rows);
            base.push(now() - t);
            root.remove();
            let (elapsed, root, handle, _) = leptos_paint(rows.clone()).await;
            assert_eq!(root.query_selector_all("tbody tr").unwrap().length() as usize, size);
            lep.push(elapsed);
            drop(handle);
            root.remove();
        }
        let fastest = |v: &[f64]| v.iter().cloned().fold(f64::MAX, f64::min);
        let (bf, lf) = (fastest(&base), fastest(&lep));
        let (b, l) = (median(base), median(lep));
        web_sys::console::log_1(
            &format!(
                "BENCH paint {size} rows (15 runs): hand-written DOM median {b:.1} ms, Leptos median {l:.1} ms, ratio {:.2}; fastest {bf:.1} vs {lf:.1} ms, ratio {:.2} (budget 1.30)",
                l / b,
                lf / bf
            )
            .into(),
        );
    }

    // A filter keystroke with all 1,000 services loaded (client-side filtering): filter, sort
    // and cut the page, then update the rows in the DOM.
    let (_, root, _handle, signal) = leptos_paint(view.finish(account.clone(), None).0).await;
    leptos::task::tick().await;
    let mut times = Vec::new();
    for (i, text) in ["s", "sv", "svc", "svc-", "svc-0", "svc-00", "svc-001", "svc-0012"].iter().enumerate() {
        let v = ListView { name: text.to_string(), ..view.clone() };
        let t = now();
        let matching: Vec<EndpointService> =
            account.iter().filter(|s| s.service_name.contains(&v.name)).cloned().collect();
        let (page, _) = v.finish(matching, None);
        let expected = page.len();
        signal.set(page);
        leptos::task::tick().await;
        let shown = root.query_selector_all("tbody tr").unwrap().length() as usize;
        times.push(now() - t);
        assert_eq!(shown, expected, "keystroke {i}");
        web_sys::console::log_1(
            &format!("  keystroke {text:?}: {} rows, {:.1} ms", expected, times[i]).into(),
        );
    }
    web_sys::console::log_1(
        &format!(
            "BENCH filter keystroke over 1000 services: median {:.1} ms, max {:.1} ms (budget 16 ms, one frame)",
            median(times.clone()),
            times.iter().cloned().fold(0.0, f64::max)
        )
        .into(),
    );
    let _ = root.dyn_ref::<web_sys::Element>();
}
