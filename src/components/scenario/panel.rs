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

/// The choices of the latency select, as (value, label).
const LATENCIES: [(&str, &str); 6] = [
    ("0", "None (0 ms)"),
    ("300", "300 ms (default)"),
    ("1000", "1 s"),
    ("2000", "2 s"),
    ("5000", "5 s"),
    ("random", "Random, 100 to 2,000 ms"),
];

/// The account's label.
fn account_label(a: Account) -> &'static str {
    match a {
        Account::Demo => "Demo data (12 services)",
        Account::Empty => "Empty account",
        Account::AtQuota => "At the quota (20 services)",
        Account::Many => "1,000 services",
        Account::Failed => "One failed service",
        Account::Pending => "Services with pending connections",
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
        LATENCIES.iter().map(|(v, l)| ((*v).to_owned(), (*l).to_owned())).collect();
    let mut kinds = vec![(String::new(), "None".to_owned())];
    kinds.extend(FaultKind::ALL.iter().map(|k| (k.id().to_owned(), k.label().to_owned())));
    let mut operations = vec![(String::new(), "Any call".to_owned())];
    operations.extend(OPERATIONS.iter().map(|o| ((*o).to_owned(), (*o).to_owned())));
    let (accounts, latencies) = (StoredValue::new(accounts), StoredValue::new(latencies));
    let (kinds, operations) = (StoredValue::new(kinds), StoredValue::new(operations));
    let rates = vec![
        (String::new(), "The next call only".to_owned()),
        ("10".to_owned(), "10% of calls".to_owned()),
        ("25".to_owned(), "25% of calls".to_owned()),
        ("50".to_owned(), "50% of calls".to_owned()),
        ("100".to_owned(), "Every call".to_owned()),
    ];
    let rates = StoredValue::new(rates);
    let seconds = move |label: &'static str, id: &'static str, field: fn(&mut Fields) -> &mut String| {
        view! {
            <FormField label id hint=format!("0 to {MAX_TRANSITION_S} seconds.") let:c>
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
            title="Scenario".to_owned()
            on_dismiss=Callback::new(move |_| open.set(false))
        >
            <form class="form" on:submit=apply novalidate>
                <p class="muted">
                    {if on_page {
                        "How the embedded mock behaves. Every setting is also a URL query: Copy link gives a link that reproduces it."
                    } else {
                        "How vpcep-server's mock behaves for your project (other projects keep their own). The server can also play one for every project: vpcep-server --scenario QUERY."
                    }}
                </p>
                {select(
                    "Starting account",
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
                                    "Applying starts every region again from this account; what was changed so far is dropped."
                                </p>
                            }
                        })
                }}
                {select("Latency", "scenario-latency", latencies.get_value(), fields, |f| &mut f.latency)}
                {seconds("Creating takes", "scenario-creating", |f| &mut f.creating_s)}
                {seconds("Deleting takes", "scenario-deleting", |f| &mut f.deleting_s)}
                {select("Failure", "scenario-fail", kinds.get_value(), fields, |f| &mut f.fail)}
                {move || {
                    fields
                        .with(|f| !f.fail.is_empty())
                        .then(|| {
                            view! {
                                {select(
                                    "Failing operation",
                                    "scenario-fail-on",
                                    operations.get_value(),
                                    fields,
                                    |f| &mut f.fail_on,
                                )}
                                {select(
                                    "How often",
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
                        {move || copied.get().then_some("Link copied.")}
                    </span>
                    {on_page
                        .then(|| {
                            view! {
                                <button type="button" class="btn" on:click=copy_link>
                                    "Copy link"
                                </button>
                            }
                        })}
                    <button type="button" class="btn" on:click=defaults>
                        "Defaults"
                    </button>
                    <button type="button" class="btn" on:click=move |_| open.set(false)>
                        "Cancel"
                    </button>
                    <button type="submit" class="btn btn-primary">
                        "Apply"
                    </button>
                </div>
            </form>
        </Modal>
    }
}
