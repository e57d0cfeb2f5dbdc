//! Settings: which API the console talks to, and the credentials for the HTTP API.

use leptos::prelude::*;

use crate::api::settings::{set_token, token, ApiMode, ApiSettings};
use crate::api::{HttpApi, VpcepApi};
use crate::components::form_field::FormField;
use crate::components::segmented::{Segment, Segmented};
use crate::components::ErrorAlert;
use crate::context::use_region;

/// The settings page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let saved = ApiSettings::load();
    let mode = RwSignal::new(saved.mode);
    let base = RwSignal::new(saved.base.clone());
    let project = RwSignal::new(saved.project_id.clone());
    let secret = RwSignal::new(token());
    let region = use_region();
    // "Test connection": one read of the list with the settings as typed.
    let test = Action::new_local(move |settings: &ApiSettings| {
        let sent = HttpApi::new(settings.clone()).list_services(
            region.get_untracked(),
            vpcep_model::ListServicesQuery { limit: Some("1".into()), ..Default::default() },
        );
        async move { sent.await.map(|l| l.total_count) }
    });
    let testing = test.pending();
    let current = move || ApiSettings {
        mode: mode.get_untracked(),
        base: base.get_untracked().trim().to_owned(),
        project_id: project.get_untracked().trim().to_owned(),
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        current().save();
        set_token(secret.get_untracked().trim());
        // The API is chosen when the console starts.
        let _ = window().location().assign("/services");
    };
    let test_connection = move |_| {
        set_token(secret.get_untracked().trim());
        test.dispatch_local(current());
    };
    let http = move || mode.get() == ApiMode::Http;
    view! {
        <div class="page-header">
            <h1>"Settings"</h1>
        </div>
        <form class="card form" on:submit=save>
            <FormField
                label="API"
                id="settings-api"
                group=true
                hint="The embedded mock runs in this page. HTTP talks to the OTC VPCEP v1 REST API (or the project's mock server) with the same requests."
                let:field
            >
                <Segmented
                    field
                    name="api-mode"
                    segments=vec![
                        Segment {
                            id: "api-mode-mock",
                            label: "Embedded mock",
                        },
                        Segment {
                            id: "api-mode-http",
                            label: "HTTP",
                        },
                    ]
                    chosen=Signal::derive(move || usize::from(http()))
                    on_choose=Callback::new(move |i: usize| {
                        mode.set(if i == 0 { ApiMode::Mock } else { ApiMode::Http })
                    })
                />
            </FormField>
            <FormField
                label="Endpoint base"
                id="settings-base"
                hint="Requests go to {base}/vpcep/v1/{project}/…, {base}/vpc/…, {base}/elb/… and {base}/ecs/…. The default /api is a same-origin path that trunk serve proxies, so no CORS is needed."
                let:field
            >
                <input
                    type="text"
                    id=field.id
                    aria-describedby=field.described_by
                    prop:value=move || base.get()
                    on:input=move |ev| base.set(event_target_value(&ev))
                    disabled=move || !http()
                />
            </FormField>
            <FormField label="Project ID" id="settings-project" let:field>
                <input
                    type="text"
                    id=field.id
                    autocomplete="off"
                    prop:value=move || project.get()
                    on:input=move |ev| project.set(event_target_value(&ev))
                    disabled=move || !http()
                />
            </FormField>
            <FormField
                label="IAM token"
                id="settings-token"
                hint="Sent as X-Auth-Token. Kept in this browser tab only (sessionStorage); never logged, never put in a URL."
                let:field
            >
                <input
                    type="password"
                    id=field.id
                    autocomplete="off"
                    aria-describedby=field.described_by
                    prop:value=move || secret.get()
                    on:input=move |ev| secret.set(event_target_value(&ev))
                    disabled=move || !http()
                />
            </FormField>
            {move || {
                test.value()
                    .get()
                    .map(|r| match r {
                        Ok(n) => {
                            view! {
                                <div class="alert alert-success" role="status">
                                    <span class="alert-body">
                                        {format!(
                                            "The connection works: {n} VPC endpoint service(s) in the project.",
                                        )}
                                    </span>
                                </div>
                            }
                                .into_any()
                        }
                        Err(e) => view! { <ErrorAlert error=e /> }.into_any(),
                    })
            }}
            <div class="form-actions">
                <button
                    type="button"
                    class="btn"
                    disabled=move || !http() || testing.get()
                    on:click=test_connection
                >
                    {move || if testing.get() { "Testing…" } else { "Test connection" }}
                </button>
                <button type="submit" class="btn btn-primary">
                    "Save"
                </button>
            </div>
        </form>
    }
}
