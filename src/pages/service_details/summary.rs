//! The Summary tab: every fact of the service, the VPC and the backend by name, the name and
//! the description editable in place, and Connection Approval switchable (with a
//! confirmation). Each change is one `PUT`; its result shows where the user acted.

use crate::i18n::{lang, t};
use leptos::prelude::*;
use vpcep_model::naming::short_name;
use vpcep_model::validation::{validate_description, validate_name};
use vpcep_model::{EcsServer, EndpointService, LoadBalancer, ServerType, UpdateServiceBody, Vpc};

use super::inline_edit::{ChangeResult, EditableText};
use crate::api::ApiError;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::copy_button::CopyButton;
use crate::components::{ErrorAlert, StatusIndicator};
use crate::dom::focus_after_render;
use crate::format::{local_time, or_dashes};
use crate::read::Read;

/// What a change is about (where its result shows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Changed {
    Name,
    Description,
    Approval,
}

/// The details page's write: one change of one field.
pub type UpdateService = Action<(Changed, UpdateServiceBody), (Changed, Result<EndpointService, ApiError>)>;

/// The Summary tab.
#[component]
pub fn Summary(
    /// The service (its latest read).
    service: Signal<EndpointService>,
    /// The page's change of a field.
    update: UpdateService,
    /// The region's VPCs (to show the VPC by name).
    vpcs: Read<Vec<Vpc>>,
    /// The region's load balancers (to name an LB backend).
    load_balancers: Read<Vec<LoadBalancer>>,
    /// The region's ECS instances (to name an ECS backend).
    ecs_servers: Read<Vec<EcsServer>>,
) -> impl IntoView {
    let vpc_name = move || {
        let id = service.with(|s| s.vpc_id.clone());
        vpcs.with(|v| {
            v.and_then(Result::ok).and_then(|l| l.iter().find(|v| v.id == id)).map(|v| v.name.clone())
        })
    };
    let backend_name = move || {
        let (kind, port) = service.with(|s| (s.server_type.clone(), s.port_id.clone()));
        match kind {
            ServerType::Vm => ecs_servers.with(|l| {
                l.and_then(Result::ok)
                    .and_then(|l| l.iter().find(|e| e.nic_port_id == port))
                    .map(|e| e.name.clone())
            }),
            _ => load_balancers.with(|l| {
                l.and_then(Result::ok)
                    .and_then(|l| l.iter().find(|lb| lb.vip_port_id == port))
                    .map(|lb| lb.name.clone())
            }),
        }
    };
    let result_of = move |field: Changed| {
        move || update.value().with(|v| v.as_ref().filter(|(f, _)| *f == field).map(|(_, r)| r.clone()))
    };
    let approving = RwSignal::new(false);
    let approval_now = move || service.with(|s| s.approval_enabled);
    let confirm_message = move || {
        if approval_now() {
            t().approval_off_effect
        } else {
            t().approval_on_effect
        }
    };
    view! {
        <dl class="summary-grid">
            <div class="summary-item">
                <dt>{t().col_name}</dt>
                <dd>
                    <EditableText
                        field=Changed::Name
                        label=t().col_name
                        value=Signal::derive(move || service.with(|s| s.service_name.clone()))
                        start=Signal::derive(move || {
                            service
                                .with(|s| short_name(&s.service_name, &s.id).unwrap_or_default().to_owned())
                        })
                        check=|v: &str| validate_name(v.trim()).map(|v| v.message_in(lang()).to_owned())
                        update
                        result=Signal::derive(result_of(Changed::Name))
                        to_body=|v: String| UpdateServiceBody {
                            service_name: Some(v.trim().to_owned()),
                            ..Default::default()
                        }
                    />
                </dd>
            </div>
            <div class="summary-item">
                <dt>{t().col_status}</dt>
                <dd>{move || view! { <StatusIndicator status=service.with(|s| s.status.clone()) /> }}</dd>
            </div>
            <div class="summary-item">
                <dt>{t().id}</dt>
                <dd class="mono">
                    {move || service.with(|s| s.id.clone())}
                    <CopyButton text=service.get_untracked().id label=t().copy_id />
                </dd>
            </div>
            <div class="summary-item">
                <dt id="approval-label">{t().col_approval}</dt>
                <dd class="summary-action">
                    <span>{move || if approval_now() { t().enabled } else { t().disabled }}</span>
                    <button
                        type="button"
                        class="btn btn-link"
                        id="approval-switch"
                        aria-describedby="approval-label"
                        disabled=move || update.pending().get()
                        on:click=move |_| approving.set(true)
                    >
                        {move || if approval_now() { t().disable } else { t().enable }}
                    </button>
                    <ChangeResult
                        result=Signal::derive(result_of(Changed::Approval))
                        done=t().approval_changed
                    />
                </dd>
            </div>
            <div class="summary-item">
                <dt>{t().backend_resource}</dt>
                <dd>
                    {move || service.with(|s| s.server_type.label(lang()).to_owned())} ": "
                    {move || backend_name().unwrap_or_else(|| "--".to_owned())} <br />
                    <span class="mono muted">{move || service.with(|s| s.port_id.clone())}</span>
                    <CopyButton text=service.get_untracked().port_id label=t().copy_port_id />
                </dd>
            </div>
            <div class="summary-item">
                <dt>{t().service_type}</dt>
                <dd>{t().interface}</dd>
            </div>
            <div class="summary-item">
                <dt>{t().col_vpc}</dt>
                <dd>
                    {move || vpc_name().unwrap_or_else(|| "--".to_owned())} <br />
                    <span class="mono muted">{move || service.with(|s| s.vpc_id.clone())}</span>
                    <CopyButton text=service.get_untracked().vpc_id label=t().copy_vpc_id />
                </dd>
            </div>
            <div class="summary-item">
                <dt>{t().col_created}</dt>
                <dd>{move || service.with(|s| local_time(&s.created_at))}</dd>
            </div>
            <div class="summary-item">
                <dt>{t().connections}</dt>
                <dd>{move || service.with(|s| s.connection_count.unwrap_or(0).to_string())}</dd>
            </div>
            <div class="summary-item">
                <dt>{t().col_description}</dt>
                <dd>
                    <EditableText
                        field=Changed::Description
                        label=t().col_description
                        value=Signal::derive(move || service.with(|s| or_dashes(s.description.as_deref())))
                        start=Signal::derive(move || {
                            service.with(|s| s.description.clone().unwrap_or_default())
                        })
                        check=|v: &str| validate_description(v).map(|v| v.message_in(lang()).to_owned())
                        update
                        result=Signal::derive(result_of(Changed::Description))
                        to_body=|v: String| UpdateServiceBody {
                            description: Some(v),
                            ..Default::default()
                        }
                    />
                </dd>
            </div>
        </dl>
        {move || {
            service
                .with(|s| s.error.first().cloned())
                .map(|first| {
                    let e = ApiError::Http {
                        status: 400,
                        code: Some(first.error_code),
                        message: first.error_message,
                    };
                    view! {
                        <div class="pad">
                            <ErrorAlert error=e />
                        </div>
                    }
                })
        }}
        <ConfirmDialog
            open=approving
            title=t().change_approval_title
            message=Signal::derive(move || confirm_message().to_owned())
            confirm_label=t().change
            cancel_label=t().cancel
            on_confirm=Callback::new(move |_| {
                let body = UpdateServiceBody {
                    approval_enabled: Some(!approval_now()),
                    ..Default::default()
                };
                update.dispatch_local((Changed::Approval, body));
                focus_after_render("approval-switch".to_owned());
            })
        />
    }
}
