//! Selecting rows of a table: a checkbox per row, and one that selects every row shown. The
//! selection is a set of row ids; the table highlights a selected row in CSS
//! (`tr:has(.cell-select :checked)`).

use std::collections::HashSet;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The ids of the selected rows.
pub type Selection = RwSignal<HashSet<String>>;

/// The header's checkbox: checked when every row shown is selected; a click selects them all,
/// or clears the selection when they all were. It also keeps the rows' checkboxes
/// ([`SelectRow`]) of its table in step when the selection changes (select all, a clear after
/// a delete): one effect for the table instead of one per row, about a fifth of the paint
/// of 1,000 rows.
#[component]
pub fn SelectAll(
    /// The ids of the rows shown.
    #[prop(into)]
    ids: Signal<Vec<String>>,
    /// The selection.
    selected: Selection,
    /// What the checkbox does, for screen readers ("Select all services on this page").
    label: &'static str,
) -> impl IntoView {
    let all_selected =
        move || ids.with(|ids| !ids.is_empty() && selected.with(|sel| ids.iter().all(|i| sel.contains(i))));
    let toggle = move |_| {
        if all_selected() {
            selected.set(HashSet::new());
        } else {
            selected.set(ids.get_untracked().into_iter().collect());
        }
    };
    let header = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| selected.with(|sel| sync_rows(header.get(), sel)));
    view! {
        <input type="checkbox" node_ref=header aria-label=label prop:checked=all_selected on:change=toggle />
    }
}

/// Checks the rows' checkboxes in the table of `header` whose ids are in `selected`, and
/// unchecks the others.
fn sync_rows(header: Option<web_sys::HtmlInputElement>, selected: &HashSet<String>) {
    let Some(table) = header.and_then(|h| h.closest("table").ok().flatten()) else { return };
    let Ok(boxes) = table.query_selector_all("input[data-select-row]") else { return };
    for i in 0..boxes.length() {
        let Some(input) = boxes.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            continue;
        };
        let on = input.get_attribute("data-select-row").is_some_and(|id| selected.contains(&id));
        if input.checked() != on {
            input.set_checked(on);
        }
    }
}

/// A row's checkbox: checked as the selection is when the row renders; later changes of the
/// selection reach it through its table's [`SelectAll`] (a table with row checkboxes has one).
#[component]
pub fn SelectRow(
    /// The row's id.
    id: String,
    /// The selection.
    selected: Selection,
    /// What is selected, for screen readers ("Select web-frontend").
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let checked = selected.with_untracked(|s| s.contains(&id));
    view! {
        <input
            type="checkbox"
            data-select-row=id.clone()
            aria-label=label
            prop:checked=checked
            on:change=move |ev| row_checkbox_changed(selected, &ev)
        />
    }
}

/// A row checkbox's change (on the checkbox itself, or on a table body that listens for the
/// rows it built without `view!`): its `data-select-row` id joins the selection when checked
/// and leaves it when not. Other changes are not for it.
pub fn row_checkbox_changed(selected: Selection, ev: &web_sys::Event) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return;
    };
    let Some(id) = input.get_attribute("data-select-row") else { return };
    let on = input.checked();
    selected.update(|s| {
        if on {
            s.insert(id);
        } else {
            s.remove(&id);
        }
    });
}
