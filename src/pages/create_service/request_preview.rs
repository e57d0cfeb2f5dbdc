//! The request behind Create Now, next to it: method, URL with region and project, and the
//! JSON body the client will send, updated as the form changes; the same as curl and as
//! Terraform, each copyable.

use leptos::prelude::*;
use vpcep_model::draft::CreateServiceDraft;
use vpcep_model::preview::{terraform_for_create, RequestPreview};

use super::form_state::FormState;
use crate::api::use_api;
use crate::components::code_preview::CodePreview;
use crate::context::use_region;
use crate::i18n::t;

/// The preview of the form's request.
#[component]
pub fn CreateRequestPreview(
    /// The form.
    form: FormState,
) -> impl IntoView {
    let region = use_region();
    let api = use_api();
    let body = Memo::new(move |_| form.draft.with(CreateServiceDraft::check).ok());
    let texts = Signal::derive(move || {
        let Some(body) = body.get() else { return Vec::new() };
        let r = region.get();
        let project = api.project_id(r).unwrap_or_else(|| "{project_id}".to_owned());
        let request = RequestPreview::create(r, &project, &body);
        vec![("HTTP", request.http()), ("curl", request.curl()), ("Terraform", terraform_for_create(&body))]
    });
    view! {
        <section class="request-preview" aria-labelledby="request-preview-title">
            <h2 id="request-preview-title" class="request-preview-title">
                {t().create.request_title}
            </h2>
            {move || {
                if body.with(Option::is_some) {
                    view! { <CodePreview id="request-preview" texts /> }.into_any()
                } else {
                    view! {
                        <p class="muted" id="request-preview-waiting">
                            {t().create.request_waiting}
                        </p>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
