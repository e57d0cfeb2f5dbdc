//! The Add to Whitelist dialog: account IDs, one per line, after the fixed `iam:domain::`;
//! each line checked by the shared rule before anything is sent. A refusal shows in the
//! dialog and what was typed stays.

use leptos::prelude::*;
use vpcep_model::limits::{MAX_WHITELIST_PER_OPERATION, WHITELIST_PREFIX};
use vpcep_model::validation::parse_domain_id_lines;

use super::dialog_parts::{DialogButtons, DialogRefusal};
use crate::api::ApiError;
use crate::components::modal::Modal;
use crate::i18n::{formats, lang, t};

/// The dialog; `on_add` gets the account IDs to add.
#[component]
pub fn AddToWhitelistDialog(
    /// Open while true; Cancel and Escape close it.
    open: RwSignal<bool>,
    /// The service's name (shown read-only).
    #[prop(into)]
    service_name: Signal<String>,
    /// Whether the add is being sent.
    #[prop(into)]
    busy: Signal<bool>,
    /// The refusal of the last add, if any.
    #[prop(into)]
    refused: Signal<Option<ApiError>>,
    /// Sends the add.
    on_add: Callback<Vec<String>>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<String>::new());
    // A new dialog starts empty.
    Effect::new(move |_| {
        if open.get() {
            text.set(String::new());
            problems.set(Vec::new());
        }
    });
    let count = move || text.with(|t| t.lines().filter(|l| !l.trim().is_empty()).count());
    let room = move || {
        let n = count();
        if n > MAX_WHITELIST_PER_OPERATION {
            formats::accounts_over_limit(n, MAX_WHITELIST_PER_OPERATION)
        } else {
            formats::accounts_room(MAX_WHITELIST_PER_OPERATION - n)
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        match parse_domain_id_lines(&text.get_untracked()) {
            Ok(ids) => {
                problems.set(Vec::new());
                on_add.run(ids);
            }
            Err(p) => {
                problems.set(p.iter().map(|b| b.get(lang()).to_owned()).collect());
                crate::dom::focus_now("whitelist-ids");
            }
        }
    };
    let invalid = move || problems.with(|p| !p.is_empty()).to_string();
    let described_by = move || {
        let error = problems.with(|p| !p.is_empty()).then_some("whitelist-ids-error ");
        format!("{}whitelist-prefix whitelist-ids-hint whitelist-room", error.unwrap_or(""))
    };
    view! {
        <Modal
            open=open.into()
            id="whitelist-dialog"
            title=t().manage.add_to_whitelist.to_owned()
            on_dismiss=Callback::new(move |_| open.set(false))
        >
            <form class="form" on:submit=submit novalidate>
                <div class="form-row">
                    <span class="form-label">{t().manage.service_name_label}</span>
                    <div class="form-control">
                        <span class="mono">{move || service_name.get()}</span>
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="whitelist-ids">
                        {t().manage.authorized_account_ids}
                        <span class="required" aria-hidden="true">
                            "*"
                        </span>
                    </label>
                    <div class="form-control">
                        <div class="prefixed">
                            <span class="prefix mono" id="whitelist-prefix">
                                {WHITELIST_PREFIX}
                            </span>
                            <textarea
                                id="whitelist-ids"
                                class="mono"
                                rows="5"
                                aria-required="true"
                                aria-invalid=invalid
                                aria-describedby=described_by
                                prop:value=move || text.get()
                                on:input=move |ev| text.set(event_target_value(&ev))
                            ></textarea>
                        </div>
                        {move || {
                            let list = problems.get();
                            (!list.is_empty())
                                .then(|| {
                                    view! {
                                        <div class="field-error" id="whitelist-ids-error">
                                            <ul>
                                                {list
                                                    .into_iter()
                                                    .map(|p| view! { <li>{p}</li> })
                                                    .collect_view()}
                                            </ul>
                                        </div>
                                    }
                                })
                        }}
                        <p class="field-hint" id="whitelist-ids-hint">
                            {t().manage.account_ids_hint}
                        </p>
                        <p class="field-hint" id="whitelist-room" aria-live="polite">
                            {room}
                        </p>
                    </div>
                </div>
                <DialogRefusal what=t().manage.accounts_not_added refused />
                <DialogButtons
                    busy
                    busy_label=t().manage.adding
                    on_cancel=Callback::new(move |_| open.set(false))
                />
            </form>
        </Modal>
    }
}
