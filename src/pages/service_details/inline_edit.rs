//! Editing one field of a service in place, and the outcome of a change next to the field.

use crate::i18n::{formats, t};
use leptos::prelude::*;
use vpcep_model::{EndpointService, ErrorCode, UpdateServiceBody};

use super::summary::{Changed, UpdateService};
use crate::api::ApiError;
use crate::dom::focus_after_render;

/// The message for a refused change, in the words of the field.
pub(super) fn refusal(e: &ApiError) -> String {
    match e.code() {
        Some(c) if ErrorCode::find(c) == Some(vpcep_model::error::STATE_FORBIDS_CHANGE) => {
            format!("{} ({c})", t().refused_transitional)
        }
        Some(c) => format!("{} ({c})", e.detail()),
        None => format!("{} {}", e.title(), e.detail()),
    }
}

/// The outcome of a change, next to what was changed: a short success, or why it was refused.
#[component]
pub fn ChangeResult(
    /// The last change of this field, if any.
    #[prop(into)]
    result: Signal<Option<Result<EndpointService, ApiError>>>,
    /// What a success says.
    done: &'static str,
) -> impl IntoView {
    move || match result.get() {
        Some(Ok(_)) => Some(
            view! {
                <span class="change-done" role="status">
                    {done}
                </span>
            }
            .into_any(),
        ),
        Some(Err(e)) => Some(
            view! {
                <span class="field-error" role="alert">
                    {refusal(&e)}
                </span>
            }
            .into_any(),
        ),
        None => None,
    }
}

/// A value with Edit; editing shows a field with Save and Cancel (Enter saves, Escape cancels),
/// checked by the shared rule before anything is sent.
#[component]
pub fn EditableText(
    /// Which field this is.
    field: Changed,
    /// The field's name (labels and buttons).
    label: &'static str,
    /// The value shown.
    #[prop(into)]
    value: Signal<String>,
    /// The text the editor starts with.
    #[prop(into)]
    start: Signal<String>,
    /// The shared rule: the message when the text breaks it.
    check: fn(&str) -> Option<String>,
    /// The page's change.
    update: UpdateService,
    /// The last change of this field.
    #[prop(into)]
    result: Signal<Option<Result<EndpointService, ApiError>>>,
    /// The body that changes this field to a text.
    to_body: fn(String) -> UpdateServiceBody,
) -> impl IntoView {
    let editing = RwSignal::new(false);
    let text = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let id = format!("edit-{}", label.to_lowercase());
    let error_id = format!("{id}-error");
    // A saved change ends the editing (the page reads the service again).
    Effect::new(move |_| {
        if result.with(|r| matches!(r, Some(Ok(_)))) {
            editing.set(false);
        }
    });
    let (edit_button, input_id) = (format!("{id}-button"), id.clone());
    let open = {
        let input_id = input_id.clone();
        move |_| {
            text.set(start.get_untracked());
            problem.set(None);
            editing.set(true);
            focus_after_render(input_id.clone());
        }
    };
    let save = move || {
        let t = text.get_untracked();
        if let Some(message) = check(&t) {
            problem.set(Some(message));
            return;
        }
        update.dispatch_local((field, to_body(t)));
    };
    let cancel = {
        let edit_button = edit_button.clone();
        move || {
            editing.set(false);
            focus_after_render(edit_button.clone());
        }
    };
    let shown_error =
        move || problem.get().or_else(|| result.get().and_then(Result::err).map(|e| refusal(&e)));
    move || {
        if editing.get() {
            let (save_click, cancel_click) = (save, cancel.clone());
            let (cancel_key, error_id2) = (cancel.clone(), error_id.clone());
            view! {
                <div class="inline-edit">
                    <input
                        type="text"
                        id=input_id.clone()
                        aria-label=formats::new_value(label)
                        aria-invalid=move || shown_error().is_some().to_string()
                        aria-describedby=move || {
                            if shown_error().is_some() { error_id2.clone() } else { String::new() }
                        }
                        prop:value=move || text.get()
                        on:input=move |ev| {
                            text.set(event_target_value(&ev));
                            problem.set(None);
                        }
                        on:keydown=move |ev| match ev.key().as_str() {
                            "Enter" => save(),
                            "Escape" => cancel_key(),
                            _ => {}
                        }
                    />
                    <button
                        type="button"
                        class="btn btn-primary"
                        disabled=move || update.pending().get()
                        on:click=move |_| save_click()
                    >
                        {t().save}
                    </button>
                    <button type="button" class="btn" on:click=move |_| cancel_click()>
                        {t().cancel}
                    </button>
                    {
                        let error_id = error_id.clone();
                        move || {
                            shown_error()
                                .map(|m| {
                                    view! {
                                        <p class="field-error" id=error_id.clone()>
                                            {m}
                                        </p>
                                    }
                                })
                        }
                    }
                </div>
            }
            .into_any()
        } else {
            let done = if field == Changed::Name { t().name_changed } else { t().description_changed };
            view! {
                <span class="summary-value" translate="no">
                    {move || value.get()}
                </span>
                <button
                    type="button"
                    class="btn btn-link"
                    id=edit_button.clone()
                    aria-label=formats::edit_field(label)
                    on:click=open.clone()
                >
                    {t().edit}
                </button>
                <ChangeResult result done />
            }
            .into_any()
        }
    }
}
