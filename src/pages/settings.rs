//! Settings: which API the console talks to, and where it is signed in.

use leptos::prelude::*;

use crate::api::session;
use crate::api::settings::{ApiMode, ApiSettings};
use crate::components::form_field::FormField;
use crate::components::segmented::{Segment, Segmented};

/// The settings page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let saved = ApiSettings::load();
    let mode = RwSignal::new(saved.mode);
    let base = RwSignal::new(saved.base.clone());
    let current =
        move || ApiSettings { mode: mode.get_untracked(), base: base.get_untracked().trim().to_owned() };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        current().save();
        // The API is chosen when the console starts.
        let _ = window().location().assign("/services");
    };
    let http = move || mode.get() == ApiMode::Http;
    let signed_in = session::signed_in();
    let sign_out = move |_| {
        session::clear_all();
        let _ = window().location().reload();
    };
    view! {
        <div class="page-header">
            <h1>"Settings"</h1>
        </div>
        <form class="card form" on:submit=save>
            <FormField
                label="API"
                id="settings-api"
                group=true
                hint="The embedded mock runs in this page. HTTP talks to the cloud's APIs through this server's gateway (vpcep-server --api otc, or its mock with --api mock), with the same requests; you sign in with your IAM user."
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
                label="Gateway"
                id="settings-base"
                hint="Requests go to {gateway}/{service}/{region}/…, e.g. /api/vpcep/eu-de/v1/{project}/vpc-endpoint-services. The default /api is this server's own, so no CORS is needed."
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
            <section class="signed-in" aria-labelledby="signed-in-title">
                <h2 id="signed-in-title" class="section-title">
                    "Signed in"
                </h2>
                {if signed_in.is_empty() {
                    view! {
                        <p>
                            "Not signed in. In HTTP mode the console asks for a sign-in when a page needs one."
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <ul>
                            {signed_in
                                .into_iter()
                                .map(|(r, s)| {
                                    let until = vpcep_model::time::format_utc(s.expires_ms);
                                    view! {
                                        <li>
                                            {format!(
                                                "{}: {} of {} (project {}), until {until}",
                                                r.label(),
                                                s.user,
                                                s.account,
                                                s.project_id,
                                            )}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        <button type="button" class="btn" on:click=sign_out>
                            "Sign out of every region"
                        </button>
                    }
                        .into_any()
                }}
            </section>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary">
                    "Save"
                </button>
            </div>
        </form>
    }
}
