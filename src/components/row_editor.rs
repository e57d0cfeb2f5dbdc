//! What the port-mapping table and the tag editor share: the add button that stays focusable
//! at its limit, the "You can add N more" counter, and where focus goes after a remove.

use leptos::prelude::*;

use crate::components::field_error::FieldError;
use crate::components::form_state::{dom_id, FormState};

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

/// "You can add N more port mappings." / "You have reached the limit of 50 port mappings."
pub fn room_text(count: usize, limit: usize, plural: &str) -> String {
    if count >= limit {
        format!("You have reached the limit of {limit} {plural}.")
    } else {
        format!("You can add {} more {plural}.", limit - count)
    }
}

/// The add button with its counter; at the limit it keeps focus (`aria-disabled`) and says so.
#[component]
pub fn AddRowButton(
    #[prop(into)] id: String,
    label: &'static str,
    plural: &'static str,
    limit: usize,
    #[prop(into)] count: Signal<usize>,
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
                <span class="plus" aria-hidden="true">"+"</span>
                {label}
            </button>
            <span class="row-editor-room" id=counter_id aria-live="polite">
                {move || room_text(count.get(), limit, plural)}
            </span>
        </div>
    }
}

/// A text cell of a row: a label for screen readers, the error state and message, and blur
/// and input wired to the form. `set` receives the new text (and edits the draft).
#[component]
pub fn CellInput(
    form: FormState,
    #[prop(into)] field: String,
    caption: &'static str,
    placeholder: &'static str,
    #[prop(into)] value: Signal<String>,
    set: Callback<String>,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(optional)] numeric: bool,
    #[prop(optional)] on_paste: Option<Callback<leptos::ev::ClipboardEvent>>,
) -> impl IntoView {
    let (f1, f2, f3) = (field.clone(), field.clone(), field.clone());
    view! {
        <label class="cell">
            <span class="visually-hidden">{caption}</span>
            <input
                type="text"
                autocomplete="off"
                inputmode=numeric.then_some("numeric")
                list=list
                id=dom_id(&field)
                placeholder=placeholder
                prop:value=value
                aria-invalid=move || form.error(&f1).is_some().to_string()
                aria-describedby=move || form.described_by(&f2, "")
                on:input=move |ev| set.run(event_target_value(&ev))
                on:blur=move |ev| form.blur(&f3, &ev)
                on:paste=move |ev| {
                    if let Some(cb) = on_paste {
                        cb.run(ev);
                    }
                }
            />
            <FieldError form field=field />
        </label>
    }
}
