//! Selecting rows of a table: a checkbox per row, and one that selects every row shown. The
//! selection is a set of row ids; the table highlights a selected row in CSS
//! (`tr:has(.cell-select :checked)`).

use std::collections::HashSet;

use leptos::prelude::*;

/// The ids of the selected rows.
pub type Selection = RwSignal<HashSet<String>>;

/// The header's checkbox: checked when every row shown is selected; a click selects them all,
/// or clears the selection when they all were.
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
    view! { <input type="checkbox" aria-label=label prop:checked=all_selected on:change=toggle /> }
}

/// A row's checkbox.
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
    let mine = id.clone();
    view! {
        <input
            type="checkbox"
            aria-label=label
            prop:checked=move || selected.with(|s| s.contains(&mine))
            on:change=move |ev| {
                let on = event_target_checked(&ev);
                selected
                    .update(|s| {
                        if on {
                            s.insert(id.clone());
                        } else {
                            s.remove(&id);
                        }
                    });
            }
        />
    }
}
