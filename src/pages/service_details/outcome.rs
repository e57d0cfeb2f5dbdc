//! What a change on a tab did, shown above the tab's table: a short success, or what was not
//! changed and why (the API's words and code). Either can be dismissed.

use leptos::prelude::*;

use super::inline_edit::refusal;
use crate::api::ApiError;
use crate::components::dismiss::Dismiss;
use crate::components::error_alert::ErrorBox;

/// The result of the last change on a tab.
#[derive(Clone, Debug)]
pub enum Outcome {
    /// What was done ("2 accounts added to the whitelist.").
    Done(String),
    /// What was not done, and the refusal.
    Failed(String, ApiError),
}

impl Outcome {
    /// The outcome of a request: `done` on success, `failed` with the error otherwise.
    pub fn of<T>(result: &Result<T, ApiError>, done: String, failed: &str) -> Outcome {
        match result {
            Ok(_) => Outcome::Done(done),
            Err(e) => Outcome::Failed(failed.to_owned(), e.clone()),
        }
    }
}

/// Shows the last outcome, if any.
#[component]
pub fn OutcomeView(
    /// The last outcome; the close button clears it.
    outcome: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let dismiss = move || view! { <Dismiss on_click=Callback::new(move |_| outcome.set(None)) /> };
    move || {
        outcome.get().map(|o| match o {
            Outcome::Done(text) => view! {
                <div class="alert alert-success" role="status">
                    <span class="alert-body">{text}</span>
                    {dismiss()}
                </div>
            }
            .into_any(),
            Outcome::Failed(what, e) => view! {
                <ErrorBox title=what action=Some(dismiss().into_any())>
                    <p class="alert-detail">{refusal(&e)}</p>
                </ErrorBox>
            }
            .into_any(),
        })
    }
}
