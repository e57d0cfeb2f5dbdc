//! The service table's rows, built without `view!` and kept in step by key, in headless
//! Chromium: what stays, what is rebuilt, the order, the listeners on the body, and that a
//! row's status looks as the `StatusIndicator` component does.
#![cfg(target_arch = "wasm32")]

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use vpcep_console::components::StatusIndicator;
use vpcep_console::list_view::SortColumn;
use vpcep_console::pages::service_list::service_table::{ServiceTable, TableState};
use vpcep_model::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod common;
use common::{all, container, find, numbered_service};

wasm_bindgen_test_configure!(run_in_browser);

fn service(i: usize, status: ServiceStatus) -> EndpointService {
    EndpointService { status, ..numbered_service(i) }
}

struct Mounted {
    root: web_sys::HtmlElement,
    rows: RwSignal<Vec<EndpointService>>,
    names: RwSignal<HashMap<String, String>>,
    selected: RwSignal<HashSet<String>>,
    deleted: RwSignal<Vec<String>>,
    _handle: Box<dyn std::any::Any>,
}

fn mount(services: Vec<EndpointService>) -> Mounted {
    let root = container();
    let rows = RwSignal::new(services);
    let names = RwSignal::new(HashMap::new());
    let selected = RwSignal::new(HashSet::new());
    let deleted = RwSignal::new(Vec::new());
    let handle = leptos::mount::mount_to(root.clone(), move || {
        let state = TableState {
            rows: rows.into(),
            vpc_names: names.into(),
            selected,
            sort: Signal::derive(|| (SortColumn::Created, true)),
            on_sort: Callback::new(|_| {}),
            on_delete: Callback::new(move |s: EndpointService| deleted.update(|d| d.push(s.id))),
            busy: Signal::derive(|| false),
        };
        view! { <ServiceTable state /> }
    });
    Mounted { root, rows, names, selected, deleted, _handle: Box::new(handle) }
}

fn rows(root: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    all(root, "tbody tr")
}

fn ids(root: &web_sys::Element) -> Vec<String> {
    rows(root).iter().map(|r| r.get_attribute("data-service-id").unwrap()).collect()
}

#[wasm_bindgen_test]
async fn rows_follow_the_services_by_key_and_keep_what_did_not_change() {
    let m = mount((0..4).map(|i| service(i, ServiceStatus::Available)).collect());
    leptos::task::tick().await;
    let before = rows(&m.root);
    assert_eq!(before.len(), 4);
    // The focus is on row 2's copy button.
    let copy = find(&before[2], "button[data-row-action=copy]");
    copy.focus().unwrap();

    // Row 1 turns Creating, row 3 goes, row 9 comes first, row 0 moves to the end.
    m.rows.set(vec![
        service(9, ServiceStatus::Available),
        service(1, ServiceStatus::Creating),
        service(2, ServiceStatus::Available),
        service(0, ServiceStatus::Available),
    ]);
    leptos::task::tick().await;
    let after = rows(&m.root);
    let id = |i: usize| format!("00000000-0000-4000-8000-{i:012}");
    assert_eq!(ids(&m.root), [id(9), id(1), id(2), id(0)], "the list's order");
    assert!(after[2].is_same_node(Some(&before[2])), "an unchanged row keeps its element");
    assert!(after[3].is_same_node(Some(&before[0])), "and when it moves, too");
    assert!(!after[1].is_same_node(Some(&before[1])), "a changed service gets a new row");
    assert_eq!(find(&after[1], "[data-status]").get_attribute("data-status").as_deref(), Some("creating"));
    assert!(
        find(&after[1], "button[data-row-action=delete]").has_attribute("disabled"),
        "no delete while creating"
    );
    let focused = web_sys::window().unwrap().document().unwrap().active_element();
    assert!(focused.is_some_and(|f| f.is_same_node(Some(&copy))), "the focus stayed on row 2's button");

    // The VPC names arrive: every row shows the name.
    m.names.set(HashMap::from([("vpc-1".to_owned(), "vpc-prod".to_owned())]));
    leptos::task::tick().await;
    for row in rows(&m.root) {
        assert_eq!(find(&row, ".cell-clip").text_content().as_deref(), Some("vpc-prod"));
    }
    m.rows.set(Vec::new());
    leptos::task::tick().await;
    assert!(rows(&m.root).is_empty());

    // A service listed twice (an API's mistake) shows twice, and leaves no row behind.
    m.rows.set(vec![service(5, ServiceStatus::Available), service(5, ServiceStatus::Available)]);
    leptos::task::tick().await;
    assert_eq!(rows(&m.root).len(), 2);
    m.rows.set(vec![service(6, ServiceStatus::Available)]);
    leptos::task::tick().await;
    assert_eq!(ids(&m.root), [id(6)]);
}

#[wasm_bindgen_test]
async fn the_body_listens_for_the_rows_delete_and_checkbox() {
    let m = mount((0..3).map(|i| service(i, ServiceStatus::Available)).collect());
    leptos::task::tick().await;
    let row = rows(&m.root).remove(1);
    find(&row, "button[data-row-action=delete]").click();
    assert_eq!(m.deleted.get_untracked(), [row.get_attribute("data-service-id").unwrap()]);

    find(&row, "input[data-select-row]").click();
    leptos::task::tick().await;
    assert!(m.selected.with_untracked(|s| s.contains(&row.get_attribute("data-service-id").unwrap())));
    let all = find(&m.root, "thead input[type=checkbox]");
    assert!(!all.unchecked_ref::<web_sys::HtmlInputElement>().checked(), "one of three: not all");
    find(&row, "input[data-select-row]").click();
    assert!(m.selected.with_untracked(|s| s.is_empty()), "unchecking deselects");
}

/// The row builds its status by hand; it must look as the component does everywhere else.
#[wasm_bindgen_test]
async fn a_row_s_status_is_the_status_indicator_s_markup() {
    for status in [ServiceStatus::Creating, ServiceStatus::Available, ServiceStatus::Failed] {
        let m = mount(vec![service(0, status.clone())]);
        let indicator = container();
        let _h = leptos::mount::mount_to(indicator.clone(), move || view! { <StatusIndicator status /> });
        leptos::task::tick().await;
        let in_row = find(&m.root, "tbody [data-status]").outer_html();
        let component = find(&indicator, "[data-status]").outer_html().replace("<!---->", "");
        assert_eq!(in_row, component);
    }
}
