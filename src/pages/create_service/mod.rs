//! Create VPC Endpoint Service: every field of the seed, on one page. The page owns the
//! reads (`resources`) and the write (the create `Action`); its widgets take data and
//! callbacks through props.

mod backend_picker;
mod basic_fields;
mod cell_input;
mod feedback;
pub mod form_state;
mod load_problem;
pub mod port_mapping_editor;
mod request_preview;
mod resources;
mod result_view;
pub mod tag_editor;
mod vpc_select;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use vpcep_model::draft::CreateServiceDraft;
use vpcep_model::validation::tag_charset_words;
use vpcep_model::ErrorCode;

use crate::api::{storage_get, storage_remove, storage_set, use_api};
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::form_field::FormField;
use crate::context::use_region;
use crate::dom::{focus_after_render, focus_now};
use crate::i18n::{formats, lang, t};
use backend_picker::BackendPicker;
use basic_fields::{ApprovalField, DescriptionField, NameField, RegionField, ServiceTypeField};
use feedback::{ApiFailure, ErrorSummary};
use form_state::{dom_id, FormState};
use port_mapping_editor::PortMappingEditor;
use request_preview::CreateRequestPreview;
use resources::FormResources;
use result_view::CreatedResult;
use tag_editor::TagEditor;
use vpc_select::VpcSelect;

const DRAFT_KEY: &str = "vpcep-console.create-draft.v1";

fn stored_draft() -> CreateServiceDraft {
    storage_get(DRAFT_KEY).and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default()
}

/// The create page: the form, then the result.
#[component]
pub fn CreateServicePage() -> impl IntoView {
    let region = use_region();
    let form = FormState::new(stored_draft());
    let resources = FormResources::new();
    let leaving = RwSignal::new(false);
    let api = use_api();
    // The write: once per valid submit; a second click while it runs sends nothing.
    let create = Action::new_local(move |body: &vpcep_model::CreateServiceBody| {
        api.create_service(region.get_untracked(), body.clone())
    });
    let pending = create.pending();
    let created =
        Signal::derive(move || create.value().with(|v| v.as_ref().and_then(|r| r.as_ref().ok().cloned())));
    let api_error =
        Signal::derive(move || create.value().with(|v| v.as_ref().and_then(|r| r.as_ref().err().cloned())));
    Effect::new(move |_| match create.value().get() {
        Some(Ok(_)) => {
            storage_remove(DRAFT_KEY);
            focus_after_render("result-title".to_owned());
        }
        Some(Err(e)) => {
            // A refusal that belongs to a field is shown there too, until the draft changes.
            if let Some(field) = e.code().and_then(ErrorCode::field_of) {
                let message = format!("{} ({})", e.detail(), e.code().unwrap_or(""));
                form.server_error.set(Some((field.to_owned(), message)));
            }
            focus_after_render("create-error".to_owned());
        }
        None => {}
    });

    // Keep the draft across reloads.
    Effect::new(move |_| {
        let json = form.draft.with(|d| serde_json::to_string(d).unwrap_or_default());
        if created.with_untracked(Option::is_none) {
            storage_set(DRAFT_KEY, &json);
        }
    });
    // Another region clears the VPC and the backend (the resources read again by themselves).
    Effect::new(move |previous: Option<()>| {
        region.track();
        if previous.is_some() {
            form.edit("vpc_id", |d| {
                d.vpc_id.clear();
                d.port_id.clear();
            });
        }
    });

    let (load_balancers, ecs_servers) = (resources.load_balancers(), resources.ecs_servers());
    let change_vpc = Callback::new(move |vpc: String| {
        let keeps_backend = |port: &str| {
            let lb = load_balancers.with_untracked(|l| {
                l.ready().is_some_and(|l| l.iter().any(|lb| lb.vip_port_id == port && lb.vpc_id == vpc))
            });
            let ecs = ecs_servers.with_untracked(|l| {
                l.ready().is_some_and(|l| l.iter().any(|e| e.nic_port_id == port && e.vpc_id == vpc))
            });
            lb || ecs
        };
        form.edit("vpc_id", |d| {
            if !keeps_backend(&d.port_id) {
                d.port_id.clear();
            }
            d.vpc_id = vpc.clone();
        });
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        form.submitted.set(true);
        match form.draft.with_untracked(CreateServiceDraft::check) {
            Ok(body) => {
                create.dispatch_local(body);
            }
            Err(_) => {
                if let Some(key) = form.first_error_key() {
                    focus_now(&dom_id(&key));
                }
            }
        }
    };

    let navigate = use_navigate();
    let leave = Callback::new(move |_| {
        storage_remove(DRAFT_KEY);
        navigate("/services", Default::default());
    });
    let cancel = move |_| {
        if form.draft.with_untracked(|d| *d != CreateServiceDraft::default()) {
            leaving.set(true);
        } else {
            leave.run(());
        }
    };

    let ports_note = t().create.ports_note;
    let tags_hint = formats::tags_hint(
        tag_charset_words().get(lang()),
        vpcep_model::limits::MAX_TAG_KEY_CHARS,
        vpcep_model::limits::MAX_TAG_VALUE_CHARS,
    );
    let the_form = move || {
        view! {
            <form class="card form" novalidate=true on:submit=submit aria-labelledby="create-title">
                <RegionField />
                <NameField form />
                <VpcSelect
                    form
                    vpcs=resources.vpcs()
                    on_refresh=Callback::new(move |_| resources.refresh_vpcs())
                    on_change=change_vpc
                />
                <ServiceTypeField />
                <ApprovalField form />
                <FormField label=t().create.port_mapping id="ports" required=true group=true let:field>
                    <div role="group" aria-labelledby=field.label_id aria-describedby="ports-note">
                        <PortMappingEditor form />
                        <div class="note" id="ports-note">
                            <span class="note-icon" aria-hidden="true">
                                "i"
                            </span>
                            <p>
                                {ports_note} {t().create.paste_tip_before} <code>"TCP 80 8080"</code>
                                {t().create.paste_tip_after}
                            </p>
                        </div>
                    </div>
                </FormField>
                <BackendPicker
                    form
                    load_balancers
                    ecs_servers
                    on_refresh=Callback::new(move |_| resources.refresh_backends())
                />
                <FormField label=t().create.tag id="tags" group=true hint=tags_hint.clone() let:field>
                    <div role="group" aria-labelledby=field.label_id aria-describedby=field.described_by>
                        <TagEditor form suggestions=resources.tag_suggestions() />
                    </div>
                </FormField>
                <DescriptionField form />
                <ErrorSummary form />
                {move || api_error.get().map(|e| view! { <ApiFailure error=e /> })}
                <div class="form-actions">
                    <button type="button" class="btn" data-form-action="cancel" on:click=cancel>
                        {t().cancel}
                    </button>
                    <button
                        type="submit"
                        class="btn btn-primary"
                        data-form-action="submit"
                        aria-disabled=move || pending.get().to_string()
                        aria-busy=move || pending.get().to_string()
                    >
                        {move || {
                            if pending.get() {
                                view! {
                                    <span class="spinner" aria-hidden="true"></span>
                                    {t().create.creating}
                                }
                                    .into_any()
                            } else {
                                t().create.create_now.into_any()
                            }
                        }}
                    </button>
                </div>
                <CreateRequestPreview form />
            </form>
        }
    };

    view! {
        <div class="page-header">
            <h1 id="create-title">
                <A href="/services" attr:class="back-link" attr:aria-label=t().create.back_to_list>
                    "‹"
                </A>
                {t().create_service}
            </h1>
        </div>
        {move || match created.get() {
            Some(service) => view! { <CreatedResult service /> }.into_any(),
            None => the_form().into_any(),
        }}
        <div class="visually-hidden" aria-live="polite" id="form-announcer">
            {move || form.announcement.get()}
        </div>
        <ConfirmDialog
            open=leaving
            title=t().create.leave_title
            message=t().create.leave_text
            confirm_label=t().create.leave
            cancel_label=t().create.stay
            on_confirm=leave
        />
    }
}
