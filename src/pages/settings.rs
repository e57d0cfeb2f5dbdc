//! Settings: which API the console talks to, and where it is signed in.

use leptos::prelude::*;

use crate::api::session;
use crate::api::settings::{ApiMode, ApiSettings};
use crate::components::form_field::FormField;
use crate::components::segmented::{Segment, Segmented};
use crate::i18n::{formats, lang, t};

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
            <h1>{t().settings}</h1>
        </div>
        <form class="card form" on:submit=save>
            <FormField label="API" id="settings-api" group=true hint=t().tools.api_hint let:field>
                <Segmented
                    field
                    name="api-mode"
                    segments=vec![
                        Segment {
                            id: "api-mode-mock",
                            label: t().tools.embedded_mock_mode,
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
            <FormField label=t().tools.gateway id="settings-base" hint=t().tools.gateway_hint let:field>
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
                    {t().tools.signed_in}
                </h2>
                {if signed_in.is_empty() {
                    view! { <p>{t().tools.not_signed_in}</p> }.into_any()
                } else {
                    view! {
                        <ul>
                            {signed_in
                                .into_iter()
                                .map(|(r, s)| {
                                    let until = vpcep_model::time::format_utc(s.expires_ms);
                                    view! {
                                        <li>
                                            {formats::session_line(
                                                r.label(lang()),
                                                &s.user,
                                                &s.account,
                                                &s.project_id,
                                                &until,
                                            )}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        <button type="button" class="btn" on:click=sign_out>
                            {t().tools.sign_out_everywhere}
                        </button>
                    }
                        .into_any()
                }}
            </section>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary">
                    {t().save}
                </button>
            </div>
        </form>
    }
}
