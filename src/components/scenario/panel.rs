//! The panel: the account, the latency, the Creating and Deleting times, a failure; Apply,
//! Copy link, Defaults; and, for the embedded mock, its data out and in.

use leptos::prelude::*;
use vpcep_mock::Account;

use super::fields::Fields;
use super::target::ScenarioTarget;
use crate::api::scenario::{FaultKind, MAX_TRANSITION_S, OPERATIONS};
use crate::components::form_field::FormField;
use crate::components::modal::Modal;
use crate::components::state_transfer::StateTransfer;
use crate::context::use_data_version;
use crate::dom::copy_to_clipboard;
use crate::i18n::{formats, lang, t};

/// The choices of the latency select, as (value, label).
fn latencies() -> [(&'static str, &'static str); 6] {
    let t = &t().tools;
    [
        ("0", t.latency_none),
        ("300", t.latency_default),
        ("1000", "1 s"),
        ("2000", "2 s"),
        ("5000", "5 s"),
        ("random", t.latency_random),
    ]
}

/// The account's label.
fn account_label(a: Account) -> &'static str {
    let t = &t().tools;
    match a {
        Account::Demo => t.account_demo,
        Account::Empty => t.account_empty,
        Account::AtQuota => t.account_at_quota,
        Account::Many => t.account_many,
        Account::Failed => t.account_failed,
        Account::Pending => t.account_pending,
    }
}

/// A select of the panel: its options as (value, label).
fn select(
    label: &'static str,
    id: &'static str,
    options: Vec<(String, String)>,
    value: RwSignal<Fields>,
    field: fn(&mut Fields) -> &mut String,
) -> impl IntoView {
    view! {
        <FormField label id let:c>
            <select
                id=c.id
                aria-describedby=c.described_by
                prop:value=move || value.with(|f| field(&mut f.clone()).clone())
                on:change=move |ev| value.update(|f| *field(f) = event_target_value(&ev))
            >
                {options.into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
            </select>
        </FormField>
    }
}

/// The panel.
#[component]
pub(super) fn ScenarioPanel(
    /// Open while true.
    open: RwSignal<bool>,
    /// What plays the scenario.
    target: ScenarioTarget,
) -> impl IntoView {
    let current = RwSignal::from(target.scenario());
    let embedded = match &target {
        ScenarioTarget::Embedded(m) => Some(m.clone()),
        ScenarioTarget::Server(_) => None,
    };
    let on_page = embedded.is_some();
    let target = StoredValue::new(target);
    let fields = RwSignal::new(Fields::default());
    let problem = RwSignal::new(None::<String>);
    let copied = RwSignal::new(false);
    let version = use_data_version();
    Effect::new(move |_| {
        if open.get() {
            fields.set(Fields::of(&current.get_untracked()));
            problem.set(None);
            copied.set(false);
        }
    });
    let account_changes = move || fields.with(|f| f.account != current.with(|c| c.account.id().to_owned()));
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match fields.with_untracked(Fields::scenario) {
            Ok(s) => {
                let fresh = s.account != current.get_untracked().account;
                let target = target.get_value();
                leptos::task::spawn_local(async move {
                    match target.apply(s, fresh).await {
                        Ok(()) => {
                            version.bump();
                            open.set(false);
                        }
                        Err(why) => problem.set(Some(why)),
                    }
                });
            }
            Err(why) => problem.set(Some(why)),
        }
    };
    let copy_link = move |_| match fields.with_untracked(Fields::scenario) {
        Ok(s) => {
            let origin = window().location().origin().unwrap_or_default();
            copied.set(copy_to_clipboard(&format!("{origin}/services?{}", s.to_query())));
            problem.set(None);
        }
        Err(why) => problem.set(Some(why)),
    };
    let baseline = target.with_value(ScenarioTarget::baseline);
    let baseline = StoredValue::new(baseline);
    let defaults = move |_| fields.set(Fields::of(&baseline.get_value()));
    let accounts: Vec<(String, String)> =
        Account::ALL.iter().map(|a| (a.id().to_owned(), account_label(*a).to_owned())).collect();
    let latencies: Vec<(String, String)> =
        latencies().iter().map(|(v, l)| ((*v).to_owned(), (*l).to_owned())).collect();
    let mut kinds = vec![(String::new(), t().tools.failure_none.to_owned())];
    kinds.extend(FaultKind::ALL.iter().map(|k| (k.id().to_owned(), k.label(lang()).to_owned())));
    let mut operations = vec![(String::new(), t().tools.any_call.to_owned())];
    operations.extend(OPERATIONS.iter().map(|o| ((*o).to_owned(), (*o).to_owned())));
    let (accounts, latencies) = (StoredValue::new(accounts), StoredValue::new(latencies));
    let (kinds, operations) = (StoredValue::new(kinds), StoredValue::new(operations));
    let rates = vec![
        (String::new(), t().tools.next_call_only.to_owned()),
        ("10".to_owned(), formats::percent_of_calls(10)),
        ("25".to_owned(), formats::percent_of_calls(25)),
        ("50".to_owned(), formats::percent_of_calls(50)),
        ("100".to_owned(), t().tools.every_call.to_owned()),
    ];
    let rates = StoredValue::new(rates);
    let seconds = move |label: &'static str, id: &'static str, field: fn(&mut Fields) -> &mut String| {
        view! {
            <FormField label id hint=formats::seconds_hint(MAX_TRANSITION_S) let:c>
                <input
                    type="number"
                    min="0"
                    max=MAX_TRANSITION_S.to_string()
                    id=c.id
                    aria-describedby=c.described_by
                    prop:value=move || fields.with(|f| field(&mut f.clone()).clone())
                    on:input=move |ev| fields.update(|f| *field(f) = event_target_value(&ev))
                />
            </FormField>
        }
    };
    view! {
        <Modal
            open=open.into()
            id="scenario-dialog"
            title=t().tools.scenario.to_owned()
            on_dismiss=Callback::new(move |_| open.set(false))
        >
            <form class="form" on:submit=apply novalidate>
                <p class="muted">
                    {if on_page {
                        t().tools.scenario_intro_embedded
                    } else {
                        t().tools.scenario_intro_server
                    }}
                </p>
                {select(
                    t().tools.starting_account,
                    "scenario-account",
                    accounts.get_value(),
                    fields,
                    |f| &mut f.account,
                )}
                {move || {
                    account_changes()
                        .then(|| {
                            view! {
                                <p class="note" id="scenario-reset-note">
                                    {t().tools.scenario_reset_note}
                                </p>
                            }
                        })
                }}
                {select(
                    t().tools.latency,
                    "scenario-latency",
                    latencies.get_value(),
                    fields,
                    |f| &mut f.latency,
                )}
                {seconds(t().tools.creating_takes, "scenario-creating", |f| &mut f.creating_s)}
                {seconds(t().tools.deleting_takes, "scenario-deleting", |f| &mut f.deleting_s)}
                {select(t().tools.failure, "scenario-fail", kinds.get_value(), fields, |f| &mut f.fail)}
                {move || {
                    fields
                        .with(|f| !f.fail.is_empty())
                        .then(|| {
                            view! {
                                {select(
                                    t().tools.failing_operation,
                                    "scenario-fail-on",
                                    operations.get_value(),
                                    fields,
                                    |f| &mut f.fail_on,
                                )}
                                {select(
                                    t().tools.how_often,
                                    "scenario-fail-rate",
                                    rates.get_value(),
                                    fields,
                                    |f| &mut f.fail_rate,
                                )}
                            }
                        })
                }}
                {move || {
                    problem
                        .get()
                        .map(|why| {
                            view! {
                                <p class="field-error" role="alert">
                                    {why}
                                </p>
                            }
                        })
                }}
                {embedded.clone().map(|mock| view! { <StateTransfer mock /> })}
                <div class="modal-actions">
                    <span class="muted" role="status">
                        {move || copied.get().then_some(t().tools.link_copied)}
                    </span>
                    {on_page
                        .then(|| {
                            view! {
                                <button type="button" class="btn" on:click=copy_link>
                                    {t().tools.copy_link}
                                </button>
                            }
                        })}
                    <button type="button" class="btn" on:click=defaults>
                        {t().tools.defaults}
                    </button>
                    <button type="button" class="btn" on:click=move |_| open.set(false)>
                        {t().cancel}
                    </button>
                    <button type="submit" class="btn btn-primary">
                        {t().tools.apply}
                    </button>
                </div>
            </form>
        </Modal>
    }
}
