//! Benchmark (prints numbers, asserts only that the work was done): painting the service table
//! with Leptos against a hand-written DOM baseline, and a filter keystroke's update, with
//! 1,000 services in the account. Run with `cargo xtask bench`.
#![cfg(target_arch = "wasm32")]

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use vpcep_console::list_view::{ListView, SortColumn};
use vpcep_console::pages::service_list::service_table::{ServiceTable, TableState};
use vpcep_model::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod common;
use common::{container, numbered_service};

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// The same table, written by hand with web-sys: the baseline. It builds the same elements
/// and attributes as the console's rows (checkbox, link, ID line with copy button, status
/// icon, delete button) and header (caption, columns, select-all, sort buttons), and listens
/// as the console's table does (one click and one change listener on the body, one on each
/// header control), so that the ratio compares like with like.
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
    let set = |e: &web_sys::Element, name: &str, value: &str| e.set_attribute(name, value).unwrap();
    let noop = Closure::<dyn Fn()>::new(|| {});
    let table = el("table", "table services-table");
    set(&table, "aria-busy", "false");
    set(&table, "aria-labelledby", "services-table-caption");
    let caption = el("caption", "visually-hidden");
    set(&caption, "id", "services-table-caption");
    caption.set_text_content(Some("Endpoint services"));
    table.append_child(&caption).unwrap();
    let colgroup = el("colgroup", "");
    let columns =
        ["select", "name", "vpc", "backend", "status", "approval", "created", "description", "operation"];
    for column in columns {
        colgroup.append_child(&el("col", &format!("col-{column}"))).unwrap();
    }
    table.append_child(&colgroup).unwrap();
    let thead = el("thead", "");
    let head = el("tr", "");
    let header = |text: &str, sortable: Option<&str>| {
        let th = el("th", "");
        set(&th, "scope", "col");
        match sortable {
            Some(sort) => {
                set(&th, "aria-sort", sort);
                let button = el("button", "sort-button");
                set(&button, "type", "button");
                button.add_event_listener_with_callback("click", noop.as_ref().unchecked_ref()).unwrap();
                button.append_child(&doc.create_text_node(text)).unwrap();
                let icon = el("span", "sort-icon");
                set(&icon, "aria-hidden", "true");
                icon.set_text_content(Some(if sort == "none" { "↕" } else { "▼" }));
                button.append_child(&icon).unwrap();
                th.append_child(&button).unwrap();
            }
            None => th.set_text_content(Some(text)),
        }
        th
    };
    let select_all = el("th", "cell-select");
    set(&select_all, "scope", "col");
    let all = el("input", "");
    set(&all, "type", "checkbox");
    set(&all, "aria-label", "Select all services on this page");
    all.add_event_listener_with_callback("change", noop.as_ref().unchecked_ref()).unwrap();
    select_all.append_child(&all).unwrap();
    head.append_child(&select_all).unwrap();
    head.append_child(&header("Name/ID", Some("none"))).unwrap();
    for text in ["VPC", "Backend Resource Type", "Status", "Connection Approval"] {
        head.append_child(&header(text, None)).unwrap();
    }
    head.append_child(&header("Created", Some("descending"))).unwrap();
    head.append_child(&header("Description", None)).unwrap();
    head.append_child(&header("Operation", None)).unwrap();
    thead.append_child(&head).unwrap();
    table.append_child(&thead).unwrap();
    let tbody = el("tbody", "");
    tbody.add_event_listener_with_callback("click", noop.as_ref().unchecked_ref()).unwrap();
    tbody.add_event_listener_with_callback("change", noop.as_ref().unchecked_ref()).unwrap();
    let text_cell = |text: &str, class: &str, label: &str| {
        let td = el("td", class);
        set(&td, "data-label", label);
        td.set_text_content(Some(text));
        td
    };
    for s in rows {
        let tr = el("tr", "");
        set(&tr, "data-service-id", &s.id);
        let td = el("td", "cell-select");
        set(&td, "data-label", "Select");
        let cb = el("input", "");
        set(&cb, "type", "checkbox");
        set(&cb, "data-select-row", &s.id);
        set(&cb, "aria-label", &format!("Select {}", s.service_name));
        td.append_child(&cb).unwrap();
        tr.append_child(&td).unwrap();
        let td = el("td", "cell-name");
        set(&td, "data-label", "Name/ID");
        let a = el("a", "service-name");
        set(&a, "href", &format!("/services/{}", s.id));
        set(&a, "title", &s.service_name);
        a.set_text_content(Some(&s.service_name));
        td.append_child(&a).unwrap();
        let sub = el("div", "cell-sub mono");
        let id = el("span", "cell-id");
        set(&id, "title", &s.id);
        id.set_text_content(Some(&s.id));
        sub.append_child(&id).unwrap();
        let copy = el("button", "btn-copy-icon");
        set(&copy, "type", "button");
        set(&copy, "aria-label", "Copy ID");
        set(&copy, "title", "Copy ID");
        set(&copy, "data-row-action", "copy");
        set(&copy, "data-copy", &s.id);
        let icon = el("span", "copy-icon");
        set(&icon, "aria-hidden", "true");
        copy.append_child(&icon).unwrap();
        sub.append_child(&copy).unwrap();
        td.append_child(&sub).unwrap();
        tr.append_child(&td).unwrap();
        let vpc = text_cell(&s.vpc_id, "cell-clip", "VPC");
        set(&vpc, "title", &s.vpc_id);
        tr.append_child(&vpc).unwrap();
        tr.append_child(&text_cell(s.server_type.label(vpcep_model::Lang::En), "", "Backend Resource Type"))
            .unwrap();
        let td = el("td", "");
        set(&td, "data-label", "Status");
        let st = el("span", "status status-available");
        set(&st, "data-status", s.status.as_str());
        let status_icon = el("span", "status-icon");
        set(&status_icon, "aria-hidden", "true");
        st.append_child(&status_icon).unwrap();
        st.append_child(&doc.create_text_node(s.status.label(vpcep_model::Lang::En))).unwrap();
        td.append_child(&st).unwrap();
        tr.append_child(&td).unwrap();
        let approval = if s.approval_enabled { "Enabled" } else { "Disabled" };
        tr.append_child(&text_cell(approval, "", "Connection Approval")).unwrap();
        let created = vpcep_console::format::local_time(&s.created_at);
        tr.append_child(&text_cell(&created, "cell-created", "Created")).unwrap();
        let description = s.description.as_deref().unwrap_or("--");
        let cell = el("td", "cell-description");
        set(&cell, "data-label", "Description");
        set(&cell, "title", description);
        set(&cell, "translate", "no");
        let clamp = el("div", "clamp-2");
        clamp.set_text_content(Some(description));
        cell.append_child(&clamp).unwrap();
        tr.append_child(&cell).unwrap();
        let td = el("td", "cell-operation");
        set(&td, "data-label", "Operation");
        let del = el("button", "btn btn-link");
        set(&del, "type", "button");
        set(&del, "aria-label", &format!("Delete {}", s.service_name));
        set(&del, "data-row-action", "delete");
        del.set_text_content(Some("Delete"));
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
        view! { <ServiceTable state /> }
    });
    // Effects scheduled by the mount run on the next tick: part of painting.
    leptos::task::tick().await;
    let elapsed = now() - start;
    (elapsed, root, handle, signal)
}

#[wasm_bindgen_test]
async fn bench_list_paint_and_filter_keystroke() {
    let account: Vec<EndpointService> = (0..1000).map(numbered_service).collect();
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
