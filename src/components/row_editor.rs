//! A generic editor of a list of rows (Cloudscape's AttributeEditor is the model): the rows
//! with their cells and a Remove button each, an add button that stays focusable at its limit
//! with a "You can add N more" counter, focus after add and remove, and announcements.
//! The port-mapping table and the tag editor are built on it.

use std::hash::Hash;

use leptos::prelude::*;

use crate::dom::focus_after_render;
use crate::i18n::{formats, t};

/// Where focus goes after removing the row at `index` when `remaining` rows are left: the
/// same control of the row that took its place, else of the previous row, else `None` (the
/// add button).
pub fn focus_after_remove(index: usize, remaining: usize) -> Option<usize> {
    if index < remaining {
        Some(index)
    } else if remaining > 0 {
        Some(remaining - 1)
    } else {
        None
    }
}

/// What the caller says about the rows of a [`RowEditor`].
#[derive(Clone, Copy)]
pub struct RowsSpec {
    /// Column captions above the rows (each cell also has its own label).
    pub headers: fn() -> Vec<&'static str>,
    /// Show the captions when there is no row.
    pub headers_when_empty: bool,
    /// The add button's id and text.
    pub add_id: &'static str,
    /// The add button's text.
    pub add_label: &'static str,
    /// The rows' name in the counter: "port mappings", "tags".
    pub plural: &'static str,
    /// At most this many rows.
    pub limit: usize,
    /// The accessible name of the row at a position (from 0): "Port mapping 1".
    pub row_name: fn(usize) -> String,
}

/// The rows, their Remove buttons and the add button.
#[component]
pub fn RowEditor<K, R, V>(
    /// Captions, names and limits.
    spec: RowsSpec,
    /// The rows' keys, in order (a key survives adds and removes; a position does not).
    #[prop(into)]
    keys: Signal<Vec<K>>,
    /// The cells of one row (everything but its Remove button), given its key and position.
    row: R,
    /// The Remove button's accessible name, given a row's key and position (reactive).
    remove_label: Callback<(K, usize), String>,
    /// The id of a row's Remove button (focus goes there after a remove).
    remove_id: fn(&K) -> String,
    /// Adds a row; returns the id of the control to focus (the new row's first cell).
    on_add: Callback<(), String>,
    /// Removes a row, given its key and position; returns what to announce.
    on_remove: Callback<(K, usize), String>,
    /// Where announcements go (a polite live region).
    announce: Callback<String>,
) -> impl IntoView
where
    K: Clone + Eq + Hash + Send + Sync + 'static,
    R: Fn(K, Signal<usize>) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let count = Signal::derive(move || keys.with(Vec::len));
    let add = Callback::new(move |_| focus_after_render(on_add.run(())));
    let one_row = move |k: K| {
        let position = Memo::new({
            let k = k.clone();
            move |_| keys.with(|ks| ks.iter().position(|x| x == &k).unwrap_or(0))
        });
        let remove = {
            let k = k.clone();
            move |_| {
                let index = position.get_untracked();
                announce.run(on_remove.run((k.clone(), index)));
                let next =
                    keys.with_untracked(|ks| focus_after_remove(index, ks.len()).map(|i| remove_id(&ks[i])));
                focus_after_render(next.unwrap_or_else(|| spec.add_id.to_owned()));
            }
        };
        let label = {
            let k = k.clone();
            move || remove_label.run((k.clone(), position.get()))
        };
        view! {
            <div class="row-editor-row" role="group" aria-label=move || (spec.row_name)(position.get())>
                {row.clone()(k.clone(), position.into())}
                <div class="cell cell-remove">
                    <button
                        type="button"
                        class="btn btn-link"
                        id=remove_id(&k)
                        aria-label=label
                        on:click=remove
                    >
                        {t().remove}
                    </button>
                </div>
            </div>
        }
    };
    view! {
        {move || {
            (spec.headers_when_empty || count.get() > 0)
                .then(|| {
                    view! {
                        <div class="row-editor-head" aria-hidden="true">
                            {(spec.headers)().into_iter().map(|h| view! { <span>{h}</span> }).collect_view()}
                            <span></span>
                        </div>
                    }
                })
        }}
        <For each=move || keys.get() key=|k| k.clone() children=one_row />
        <AddRowButton
            id=spec.add_id
            label=spec.add_label
            plural=spec.plural
            limit=spec.limit
            count
            on_add=add
        />
    }
}

/// The add button with its counter; at the limit it keeps focus (`aria-disabled`) and says so.
#[component]
pub fn AddRowButton(
    /// The button's id.
    #[prop(into)]
    id: String,
    /// The button's text.
    label: &'static str,
    /// The rows' name in the counter.
    plural: &'static str,
    /// At most this many rows.
    limit: usize,
    /// How many rows there are.
    #[prop(into)]
    count: Signal<usize>,
    /// Adds a row (not called at the limit).
    on_add: Callback<()>,
) -> impl IntoView {
    let counter_id = format!("{id}-room");
    let full = move || count.get() >= limit;
    view! {
        <div class="row-editor-add">
            <button
                type="button"
                class="btn"
                id=id
                aria-disabled=move || full().to_string()
                aria-describedby=counter_id.clone()
                on:click=move |_| {
                    if !full() {
                        on_add.run(());
                    }
                }
            >
                <span class="plus" aria-hidden="true">
                    "+"
                </span>
                {label}
            </button>
            <span class="row-editor-room" id=counter_id aria-live="polite">
                {move || formats::room_text(count.get(), limit, plural)}
            </span>
        </div>
    }
}
