//! A form row: the label, the control, its error and its hint. The field hands its control
//! the id, `aria-invalid` and `aria-describedby` (error, hint and any extra ids), so that no
//! control writes them by hand.

use leptos::prelude::*;

use crate::components::field_error::FieldError;

/// What a field gives its control.
#[derive(Clone)]
pub struct FieldControl {
    /// The control's id (the label's `for`).
    pub id: String,
    /// The id of the field's label (for a group's `aria-labelledby`).
    pub label_id: String,
    /// `aria-invalid`: "true" while the field shows an error.
    pub invalid: Signal<String>,
    /// `aria-describedby`: the error while it shows, the hint, and the field's extra ids.
    pub described_by: Signal<String>,
}

/// One row of a form. `children` builds the control from the [`FieldControl`].
#[component]
pub fn FormField<F, V>(
    /// The field's name, shown as its label.
    label: &'static str,
    /// The control's id; the error is `{id}-error`, the hint `{id}-hint`.
    #[prop(into)]
    id: String,
    /// Marks the field as required (a star; the control says `aria-required` itself).
    #[prop(optional)]
    required: bool,
    /// The hint under the control.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Ids of other elements that describe the control (a counter, a preview).
    #[prop(optional)]
    described_by: &'static str,
    /// The error to show now, if any.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// The control is a group (radio buttons, a table of rows): the label is not a `<label>`
    /// and the control names it with `aria-labelledby`.
    #[prop(optional)]
    group: bool,
    /// Builds the control.
    children: F,
) -> impl IntoView
where
    F: FnOnce(FieldControl) -> V,
    V: IntoView + 'static,
{
    let label_id = format!("{id}-label");
    let error_id = format!("{id}-error");
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let invalid = Signal::derive(move || error.with(Option::is_some).to_string());
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        Signal::derive(move || {
            let error = error.with(Option::is_some).then(|| error_id.clone());
            let extra = Some(described_by.to_owned()).filter(|s| !s.is_empty());
            [error, hint_id.clone(), extra].into_iter().flatten().collect::<Vec<_>>().join(" ")
        })
    };
    let control = FieldControl { id: id.clone(), label_id: label_id.clone(), invalid, described_by };
    let star = required.then(|| {
        view! {
            <span class="required" aria-hidden="true">
                "*"
            </span>
        }
    });
    let label_view = if group {
        view! {
            <span class="form-label" id=label_id>
                {label}
                {star}
            </span>
        }
        .into_any()
    } else {
        view! {
            <label class="form-label" id=label_id for=id>
                {label}
                {star}
            </label>
        }
        .into_any()
    };
    view! {
        <div class="form-row">
            {label_view}
            <div class="form-control">
                {children(control)} <FieldError id=error_id message=error />
                {hint
                    .zip(hint_id)
                    .map(|(text, id)| {
                        view! {
                            <p class="field-hint" id=id>
                                {text}
                            </p>
                        }
                    })}
            </div>
        </div>
    }
}
