//! The sign-in dialog: account (IAM domain) name, user name, password, region. It opens when a
//! request needs a sign-in (none yet, expired, or refused with 401) and the page stays as it
//! is below it; once signed in, the waiting requests go on. The password is sent to IAM
//! through the gateway and kept nowhere.

use leptos::prelude::*;
use vpcep_model::Region;

use crate::api::session::{last_names, SignIn};
use crate::api::settings::ApiSettings;
use crate::api::{ApiError, HttpApi};
use crate::components::form_field::FormField;
use crate::components::modal::Modal;
use crate::components::region_selector::RegionSelect;
use crate::components::ErrorAlert;
use crate::context::use_region;
use crate::i18n::t;

/// What the user typed.
#[derive(Clone)]
struct Credentials {
    account: String,
    user: String,
    password: String,
    region: Region,
}

/// The dialog; shown while a sign-in is asked for.
#[component]
pub fn SignInDialog(
    /// The prompt the HTTP client asks through.
    sign_in: SignIn,
) -> impl IntoView {
    let (last_account, last_user) = last_names();
    let account = RwSignal::new(last_account);
    let user = RwSignal::new(last_user);
    let password = RwSignal::new(String::new());
    let region = RwSignal::new(Region::EuDe);
    let missing = RwSignal::new(false);
    let console_region = use_region();
    let prompt = sign_in.clone();
    let asked = Memo::new(move |_| prompt.asked());
    // The region asked for, whenever the dialog opens.
    Effect::new(move |_| {
        if let Some(r) = asked.get() {
            region.set(r);
        }
    });
    let api = HttpApi::new(ApiSettings::load(), sign_in.clone());
    let submit = Action::new_local(move |c: &Credentials| {
        let (api, c) = (api.clone(), c.clone());
        async move { api.sign_in(&c.account, &c.user, &c.password, c.region).await.map(|_| c.region) }
    });
    let busy = submit.pending();
    let done = sign_in.clone();
    Effect::new(move |_| {
        if let Some(Ok(r)) = submit.value().get() {
            password.set(String::new());
            submit.value().set(None);
            if console_region.get_untracked() != r {
                console_region.set(r);
            }
            done.finish(true);
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let c = Credentials {
            account: account.get_untracked().trim().to_owned(),
            user: user.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
            region: region.get_untracked(),
        };
        let incomplete = c.account.is_empty() || c.user.is_empty() || c.password.is_empty();
        missing.set(incomplete);
        if !incomplete {
            submit.dispatch_local(c);
        }
    };
    let cancel = sign_in.clone();
    let dismiss = Callback::new(move |_| {
        submit.value().set(None);
        cancel.finish(false);
    });
    let required = move |v: RwSignal<String>, message: &'static str| {
        Signal::derive(move || (missing.get() && v.get().trim().is_empty()).then(|| message.to_owned()))
    };
    view! {
        <Modal
            open=Signal::derive(move || asked.get().is_some())
            id="sign-in"
            title=t().tools.sign_in_title.to_owned()
            on_dismiss=dismiss
        >
            <form class="form sign-in-form" on:submit=on_submit novalidate>
                <p class="sign-in-intro">{t().tools.sign_in_intro}</p>
                <CredentialInput
                    label=t().tools.account_name
                    id="sign-in-account"
                    hint=t().tools.account_name_hint
                    kind="text"
                    autocomplete="organization"
                    value=account
                    error=required(account, t().tools.enter_account_name)
                />
                <CredentialInput
                    label=t().tools.user_name
                    id="sign-in-user"
                    hint=t().tools.user_name_hint
                    kind="text"
                    autocomplete="username"
                    value=user
                    error=required(user, t().tools.enter_user_name)
                />
                <CredentialInput
                    label=t().tools.password
                    id="sign-in-password"
                    hint=t().tools.password_hint
                    kind="password"
                    autocomplete="current-password"
                    value=password
                    error=required(password, t().tools.enter_password)
                />
                <FormField label=t().create.region id="sign-in-region" let:field>
                    <RegionSelect id=field.id value=region described_by=field.described_by />
                </FormField>
                {move || {
                    submit
                        .value()
                        .get()
                        .and_then(Result::err)
                        .map(|e: ApiError| view! { <ErrorAlert error=e /> })
                }}
                <div class="modal-actions">
                    <button type="button" class="btn" on:click=move |_| dismiss.run(())>
                        {t().cancel}
                    </button>
                    <button type="submit" class="btn btn-primary" disabled=move || busy.get()>
                        {move || if busy.get() { t().tools.signing_in } else { t().tools.sign_in }}
                    </button>
                </div>
            </form>
        </Modal>
    }
}

/// One required text field of the dialog.
#[component]
fn CredentialInput(
    /// The label.
    label: &'static str,
    /// The input's id.
    id: &'static str,
    /// The hint under it.
    hint: &'static str,
    /// `text` or `password`.
    kind: &'static str,
    /// The `autocomplete` token (the browser's password manager fills the right fields).
    autocomplete: &'static str,
    /// What was typed.
    value: RwSignal<String>,
    /// The error to show now.
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <FormField label id required=true hint=hint.to_owned() error let:field>
            <input
                type=kind
                id=field.id
                autocomplete=autocomplete
                aria-required="true"
                aria-invalid=field.invalid
                aria-describedby=field.described_by
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </FormField>
    }
}
