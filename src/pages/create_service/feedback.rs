//! What the form says about a submit: every error as a link to its field, or the API's refusal.

use leptos::prelude::*;

use super::form_state::{dom_id, FormState};
use crate::api::ApiError;
use crate::dom::focus_now;
use crate::i18n::{formats, t};

/// After a submit: every error as a link to its field, above the buttons.
#[component]
pub fn ErrorSummary(
    /// The form.
    form: FormState,
) -> impl IntoView {
    move || {
        let errors = if form.submitted.get() { form.shown_errors() } else { Vec::new() };
        (!errors.is_empty()).then(|| {
            view! {
                <div class="alert alert-error error-summary" role="alert" id="error-summary">
                    <span class="alert-icon" aria-hidden="true">
                        "!"
                    </span>
                    <div class="alert-body">
                        <p class="alert-title">{formats::fix_problems(errors.len())}</p>
                        <ul>
                            {errors
                                .into_iter()
                                .map(|(key, message)| {
                                    let id = dom_id(&key);
                                    let href = format!("#{id}");
                                    view! {
                                        <li>
                                            <a
                                                href=href
                                                on:click=move |ev| {
                                                    ev.prevent_default();
                                                    focus_now(&id);
                                                }
                                            >
                                                {message}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </div>
                </div>
            }
        })
    }
}

/// The API refused the create: its code and message, above the buttons.
#[component]
pub fn ApiFailure(
    /// What the API answered.
    error: ApiError,
) -> impl IntoView {
    view! {
        <div class="alert alert-error" role="alert" id="create-error" tabindex="-1">
            <span class="alert-icon" aria-hidden="true">
                "!"
            </span>
            <div class="alert-body">
                <p class="alert-title">{format!("{} {}", t().create.not_created, error.title())}</p>
                <p class="alert-detail">
                    {error.detail()}
                    {error
                        .code()
                        .map(|c| {
                            view! {
                                " "
                                <span class="error-code">{t().create.error_code} {c.to_owned()}</span>
                            }
                        })}
                </p>
                <p class="alert-detail">{t().create.input_kept}</p>
            </div>
        </div>
    }
}
