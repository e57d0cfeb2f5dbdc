//! A text cell of a row of the create form (a port or a tag field): a label for screen
//! readers, the error state and message, and blur and input wired to the form.

use leptos::prelude::*;

use super::form_state::{dom_id, error_id, FormState};
use crate::components::field_error::FieldError;

/// One text cell.
#[component]
pub fn CellInput(
    /// The form the cell edits.
    form: FormState,
    /// The cell's field key, e.g. `ports.3.server_port`.
    #[prop(into)]
    field: String,
    /// The cell's label (for screen readers; the column caption shows it).
    caption: &'static str,
    /// The placeholder.
    placeholder: &'static str,
    /// The text shown.
    #[prop(into)]
    value: Signal<String>,
    /// Receives the new text (and edits the draft).
    set: Callback<String>,
    /// A `<datalist>` of suggestions.
    #[prop(optional)]
    list: Option<&'static str>,
    /// Ask for the numeric keyboard.
    #[prop(optional)]
    numeric: bool,
    /// Handles a paste (for example several port mappings at once).
    #[prop(optional)]
    on_paste: Option<Callback<leptos::ev::ClipboardEvent>>,
) -> impl IntoView {
    let error = form.error_signal(field.clone());
    let (error_dom_id, described) = (error_id(&field), error_id(&field));
    let blurred = field.clone();
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
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=move || {
                    if error.with(Option::is_some) { described.clone() } else { String::new() }
                }
                on:input=move |ev| set.run(event_target_value(&ev))
                on:blur=move |ev| form.blur(&blurred, &ev)
                on:paste=move |ev| {
                    if let Some(cb) = on_paste {
                        cb.run(ev);
                    }
                }
            />
            <FieldError id=error_dom_id message=error />
        </label>
    }
}
