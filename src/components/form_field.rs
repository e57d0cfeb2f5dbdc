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
    let control = FieldControl::new(&id, hint.is_some(), described_by, error);
    let child = children(control).into_any();
    form_row(Row { label, id, required, hint, error, group }, child)
}

impl FieldControl {
    fn new(id: &str, has_hint: bool, extra: &'static str, error: Signal<Option<String>>) -> Self {
        let error_id = format!("{id}-error");
        let hint_id = has_hint.then(|| format!("{id}-hint"));
        let invalid = Signal::derive(move || error.with(Option::is_some).to_string());
        let described_by = Signal::derive(move || {
            let error = error.with(Option::is_some).then(|| error_id.clone());
            let extra = Some(extra.to_owned()).filter(|s| !s.is_empty());
            [error, hint_id.clone(), extra].into_iter().flatten().collect::<Vec<_>>().join(" ")
        });
        FieldControl { id: id.to_owned(), label_id: format!("{id}-label"), invalid, described_by }
    }
}

/// The props of [`FormField`] that its row needs.
struct Row {
    label: &'static str,
    id: String,
    required: bool,
    hint: Option<String>,
    error: Signal<Option<String>>,
    group: bool,
}

/// The row around a control; not generic, so it is compiled once for every field.
fn form_row(row: Row, control: AnyView) -> AnyView {
    let Row { label, id, required, hint, error, group } = row;
    let label_id = format!("{id}-label");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
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
                {control} <FieldError id=error_id message=error />
                {hint
                    .map(|text| {
                        view! {
                            <p class="field-hint" id=hint_id>
                                {text}
                            </p>
                        }
                    })}
            </div>
        </div>
    }
    .into_any()
}
