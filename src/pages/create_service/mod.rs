//! Create VPC Endpoint Service: every field of the seed, on one page.

mod basic_fields;
mod resources;
mod result_view;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use vpcep_model::draft::CreateServiceDraft;
use vpcep_model::EndpointService;

use crate::api::{storage_get, storage_set, use_api, ApiError};
use crate::components::backend_picker::BackendPicker;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::form_state::{dom_id, FormState};
use crate::components::port_mapping_editor::PortMappingEditor;
use crate::components::tag_editor::TagEditor;
use crate::components::vpc_select::VpcSelect;
use crate::context::use_region;
use crate::dom::{focus_after_render, focus_now};
use basic_fields::{ApprovalField, DescriptionField, NameField, RegionField, ServiceTypeField};
use resources::FormResources;
use result_view::CreatedResult;

const DRAFT_KEY: &str = "vpcep-console.create-draft.v1";

fn stored_draft() -> CreateServiceDraft {
    storage_get(DRAFT_KEY).and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default()
}

fn forget_draft() {
    crate::api::storage_remove(DRAFT_KEY);
}

/// The field an API error belongs to, so that it is shown there too.
fn field_of(error: &ApiError) -> Option<&'static str> {
    Some(match error.code()? {
        "EndPoint.1003" | "EndPoint.3076" => "service_name",
        "EndPoint.0020" | "EndPoint.2001" => "vpc_id",
        "EndPoint.3003" | "EndPoint.3063" | "EndPoint.3042" => "port_id",
        "EndPoint.2028" | "EndPoint.3043" | "EndPoint.3044" | "EndPoint.3074" | "EndPoint.3075" => "ports",
        "EndPoint.3066" | "EndPoint.3067" | "EndPoint.3068" | "EndPoint.3069" | "EndPoint.3071"
        | "EndPoint.3072" | "EndPoint.3073" => "tags",
        _ => return None,
    })
}

/// The create page: the form, then the result.
#[component]
pub fn CreateServicePage() -> impl IntoView {
    let region = use_region();
    let form = FormState::new(stored_draft());
    let resources = FormResources::new();
    let pending = RwSignal::new(false);
    let api_error = RwSignal::new(None::<ApiError>);
    let created = RwSignal::new(None::<EndpointService>);
    let leaving = RwSignal::new(false);

    // Keep the draft across reloads.
    Effect::new(move |_| {
        let json = form.draft.with(|d| serde_json::to_string(d).unwrap_or_default());
        if created.get_untracked().is_none() {
            storage_set(DRAFT_KEY, &json);
        }
    });
    // Load the region's resources; another region clears the VPC and the backend.
    Effect::new(move |previous: Option<()>| {
        let r = region.get();
        if previous.is_some() {
            form.edit("vpc_id", |d| {
                d.vpc_id.clear();
                d.port_id.clear();
            });
        }
        resources.load_all(r);
    });

    let change_vpc = Callback::new(move |vpc: String| {
        let keeps_backend = |port: &str| {
            let lb = resources.load_balancers.with_untracked(|l| {
                l.ready().is_some_and(|l| l.iter().any(|lb| lb.vip_port_id == port && lb.vpc_id == vpc))
            });
            let ecs = resources.ecs_servers.with_untracked(|l| {
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
            return; // a second click while creating creates nothing
        }
        form.submitted.set(true);
        api_error.set(None);
        let body = match form.draft.with_untracked(CreateServiceDraft::check) {
            Ok(body) => body,
            Err(_) => {
                if let Some(key) = form.first_error_key() {
                    focus_now(&dom_id(&key));
                }
                return;
            }
        };
        pending.set(true);
        let task = use_api().create_service(region.get_untracked(), body);
        leptos::task::spawn_local(async move {
            let result = task.await;
            pending.set(false);
            match result {
                Ok(service) => {
                    forget_draft();
                    created.set(Some(service));
                    focus_after_render("result-title".to_owned());
                }
                Err(e) => {
                    if let Some(field) = field_of(&e) {
                        form.server_error.set(Some((
                            field.to_owned(),
                            format!("{} ({})", e.detail(), e.code().unwrap_or("")),
                        )));
                    }
                    api_error.set(Some(e));
                    focus_after_render("create-error".to_owned());
                }
            }
        });
    };

    let navigate = use_navigate();
    let leave = Callback::new(move |_| {
        forget_draft();
        navigate("/services", Default::default());
    });
    let cancel = move |_| {
        if form.draft.with_untracked(|d| *d != CreateServiceDraft::default()) {
            leaving.set(true);
        } else {
            leave.run(());
        }
    };

    let the_form = move || {
        view! {
            <form class="card form" novalidate=true on:submit=submit aria-labelledby="create-title">
                <RegionField />
                <NameField form />
                <div class="form-row">
                    <label class="form-label" id="label-vpc" for=dom_id("vpc_id")>"VPC"<span class="required" aria-hidden="true">"*"</span></label>
                    <div class="form-control">
                        <VpcSelect
                            form
                            vpcs=resources.vpcs
                            on_refresh=Callback::new(move |_| resources.load_vpcs(region.get_untracked()))
                            on_change=change_vpc
                        />
                    </div>
                </div>
                <ServiceTypeField />
                <ApprovalField form />
                <div class="form-row">
                    <span class="form-label" id="label-ports">"Port Mapping"<span class="required" aria-hidden="true">"*"</span></span>
                    <div class="form-control" role="group" aria-labelledby="label-ports" aria-describedby="ports-note">
                        <PortMappingEditor form />
                        <div class="note" id="ports-note">
                            <span class="note-icon" aria-hidden="true">"i"</span>
                            <p>
                                "Accessing a VPC endpoint service from a VPC endpoint is to access the service port from the associated terminal port. After a port mapping is added, it cannot be modified or deleted. "
                                "Tip: paste lines such as " <code>"TCP 80 8080"</code> " into a port field to add several port mappings at once."
                            </p>
                        </div>
                    </div>
                </div>
                <BackendPicker
                    form
                    load_balancers=resources.load_balancers
                    ecs_servers=resources.ecs_servers
                    on_refresh=Callback::new(move |_| resources.load_backends(region.get_untracked()))
                />
                <div class="form-row">
                    <span class="form-label" id="label-tags">"Tag"</span>
                    <div class="form-control" role="group" aria-labelledby="label-tags">
                        <TagEditor form suggestions=resources.tag_suggestions />
                        <p class="field-hint">"Optional. Tag keys and values can contain letters, digits, underscores (_) and hyphens (-); a key is unique and at most 36 characters, a value at most 43."</p>
                    </div>
                </div>
                <DescriptionField form />
                <ErrorSummary form />
                {move || api_error.get().map(|e| view! { <ApiFailure error=e /> })}
                <div class="form-actions">
                    <button type="button" class="btn" data-form-action="cancel" on:click=cancel>"Cancel"</button>
                    <button type="submit" class="btn btn-primary" data-form-action="submit" aria-disabled=move || pending.get().to_string() aria-busy=move || pending.get().to_string()>
                        {move || if pending.get() { view! { <span class="spinner" aria-hidden="true"></span> "Creating…" }.into_any() } else { "Create Now".into_any() }}
                    </button>
                </div>
            </form>
        }
    };

    view! {
        <div class="page-header">
            <h1 id="create-title">
                <A href="/services" attr:class="back-link" attr:aria-label="Back to VPC Endpoint Service List">"‹"</A>
                "Create VPC Endpoint Service"
            </h1>
        </div>
        {move || match created.get() {
            Some(service) => view! { <CreatedResult service /> }.into_any(),
            None => the_form().into_any(),
        }}
        <div class="visually-hidden" aria-live="polite" id="form-announcer">{move || form.announcement.get()}</div>
        <ConfirmDialog
            open=leaving
            title="Leave this page?"
            message="The VPC endpoint service has not been created. Your changes will be lost."
            confirm_label="Leave"
            cancel_label="Stay"
            on_confirm=leave
        />
    }
}

/// After a submit: every error as a link to its field, above the buttons.
#[component]
fn ErrorSummary(form: FormState) -> impl IntoView {
    move || {
        let errors = if form.submitted.get() { form.shown_errors() } else { Vec::new() };
        (!errors.is_empty()).then(|| {
            view! {
                <div class="alert alert-error error-summary" role="alert" id="error-summary">
                    <span class="alert-icon" aria-hidden="true">"!"</span>
                    <div class="alert-body">
                        <p class="alert-title">{format!("Fix {} problem(s) before creating the service:", errors.len())}</p>
                        <ul>
                            {errors
                                .into_iter()
                                .map(|(key, message)| {
                                    let id = dom_id(&key);
                                    let href = format!("#{id}");
                                    view! {
                                        <li>
                                            <a href=href on:click=move |ev| {
                                                ev.prevent_default();
                                                focus_now(&id);
                                            }>{message}</a>
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
fn ApiFailure(error: ApiError) -> impl IntoView {
    view! {
        <div class="alert alert-error" role="alert" id="create-error" tabindex="-1">
            <span class="alert-icon" aria-hidden="true">"!"</span>
            <div class="alert-body">
                <p class="alert-title">{format!("The VPC endpoint service could not be created. {}", error.title())}</p>
                <p class="alert-detail">
                    {error.detail()}
                    {error.code().map(|c| view! { " " <span class="error-code">"Error code: " {c.to_owned()}</span> })}
                </p>
                <p class="alert-detail">"Your input is kept; correct it and try again."</p>
            </div>
        </div>
    }
}
