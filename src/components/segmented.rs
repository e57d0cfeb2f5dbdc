//! A segmented choice: radio buttons that look like one bar of buttons, the chosen one marked.
//! The form's Service Type and Backend Resource Type and the settings' API use it.

use leptos::prelude::*;

use crate::components::form_field::FieldControl;

/// One choice of a [`Segmented`].
#[derive(Clone, Copy)]
pub struct Segment {
    /// The radio button's id.
    pub id: &'static str,
    /// Its label.
    pub label: &'static str,
}

/// The choices of a form field; `chosen` is the index of the chosen one.
#[component]
pub fn Segmented(
    /// The field (the group is named by its label, described by its hint).
    field: FieldControl,
    /// The radio buttons' `name`.
    name: &'static str,
    /// The choices, in order.
    segments: Vec<Segment>,
    /// The index of the chosen segment.
    #[prop(into)]
    chosen: Signal<usize>,
    /// A segment was chosen (its index).
    #[prop(optional)]
    on_choose: Option<Callback<usize>>,
) -> impl IntoView {
    let buttons = segments
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            view! {
                <label class="segment" class:selected=move || chosen.get() == i>
                    <input
                        type="radio"
                        name=name
                        id=s.id
                        prop:checked=move || chosen.get() == i
                        on:change=move |_| {
                            if let Some(cb) = on_choose {
                                cb.run(i);
                            }
                        }
                    />
                    {s.label}
                </label>
            }
        })
        .collect_view();
    view! {
        <div
            class="segmented"
            role="radiogroup"
            aria-labelledby=field.label_id
            aria-describedby=field.described_by
        >
            {buttons}
        </div>
    }
}
