//! The Scenario panel (top bar; the embedded mock, or vpcep-server's mock for the signed-in
//! project in HTTP mode): the starting account, the latency, how
//! long a service stays Creating and Deleting, and a failure to inject. Apply plays it; Copy
//! link gives the URL that reproduces it; the badge says what differs from the default.

use leptos::prelude::*;
use vpcep_mock::Account;

use crate::api::scenario::{FaultKind, Latency, Scenario, MAX_TRANSITION_S, OPERATIONS};
use crate::api::{EmbeddedMock, ServerScenario};
use crate::components::dismiss::Dismiss;
use crate::components::form_field::FormField;
use crate::components::modal::Modal;
use crate::components::state_transfer::StateTransfer;
use crate::context::use_data_version;
use crate::dom::copy_to_clipboard;

/// What plays the scenario.
#[derive(Clone)]
pub enum ScenarioTarget {
    /// The embedded mock (every region; its state can be exported and imported).
    Embedded(EmbeddedMock),
    /// vpcep-server's mock, for the signed-in project.
    Server(ServerScenario),
}

impl ScenarioTarget {
    fn scenario(&self) -> ArcRwSignal<Scenario> {
        match self {
            ScenarioTarget::Embedded(m) => m.scenario(),
            ScenarioTarget::Server(s) => s.scenario(),
        }
    }

    async fn apply(&self, scenario: Scenario, fresh: bool) -> Result<(), String> {
        match self {
            ScenarioTarget::Embedded(m) => {
                m.set_scenario(scenario, fresh);
                Ok(())
            }
            ScenarioTarget::Server(s) => s.apply(scenario, fresh).await.map_err(|e| {
                let code = e.code().map(|c| format!(" ({c})")).unwrap_or_default();
                format!("The server did not take the scenario: {}{code}", e.detail())
            }),
        }
    }
}

/// The scenario's player, in context when the console uses the embedded mock.
#[derive(Clone)]
pub struct ScenarioControl {
    /// What plays the scenario.
    pub target: ScenarioTarget,
    /// What was wrong with the scenario of the URL the page was opened with.
    pub url_error: Option<String>,
}

/// The choices of the latency select, as (value, label).
const LATENCIES: [(&str, &str); 7] = [
    ("0", "None (0 ms)"),
    ("300", "300 ms (default)"),
    ("1000", "1 s"),
    ("2000", "2 s"),
    ("5000", "5 s"),
    ("random", "Random, 100 to 2,000 ms"),
    ("", ""),
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

/// The top bar's button: "Scenario", or what the active scenario changes (a badge).
#[component]
pub fn ScenarioButton() -> impl IntoView {
    if let Some(control) = use_context::<ScenarioControl>() {
        return view! { <ScenarioBadge control /> }.into_any();
    }
    if crate::api::settings::ApiSettings::load().mode != crate::api::settings::ApiMode::Http {
        return ().into_any();
    }
    // HTTP mode: the server's mock plays scenarios per project (a gateway to the cloud does not).
    let region = crate::context::use_region();
    let probe = LocalResource::new(move || ServerScenario::probe(region.get()));
    (move || {
        probe.get().flatten().map(|s| {
            let control = ScenarioControl { target: ScenarioTarget::Server(s), url_error: None };
            view! { <ScenarioBadge control /> }
        })
    })
    .into_any()
}

/// The badge, the panel, and what was wrong with the page's link.
#[component]
fn ScenarioBadge(
    /// What plays the scenario.
    control: ScenarioControl,
) -> impl IntoView {
    let scenario = control.target.scenario();
    let open = RwSignal::new(false);
    let url_error = RwSignal::new(control.url_error.clone());
    let summary = {
        let s = scenario.clone();
        move || s.with(Scenario::summary)
    };
    let active = {
        let s = summary.clone();
        move || s().is_some()
    };
    view! {
        <button
            type="button"
            class="btn btn-link topbar-action scenario-button"
            class:scenario-active=active
            id="scenario-button"
            on:click=move |_| open.set(true)
        >
            {move || summary().map_or_else(|| "Scenario".to_owned(), |s| format!("Scenario: {s}"))}
        </button>
        {move || {
            url_error
                .get()
                .map(|why| {
                    view! {
                        <div class="scenario-url-error alert alert-error" role="alert">
                            <span class="alert-body">{format!("The link was not applied: {why}.")}</span>
                            <Dismiss on_click=Callback::new(move |_| url_error.set(None)) />
                        </div>
                    }
                })
        }}
        <ScenarioPanel open target=control.target />
    }
}

/// What the panel's fields hold, as typed.
#[derive(Clone, Default)]
struct Fields {
    account: String,
    latency: String,
    creating_s: String,
    deleting_s: String,
    fail: String,
    fail_on: String,
    fail_rate: String,
}

impl Fields {
    fn of(s: &Scenario) -> Fields {
        let latency = match s.latency {
            Latency::Fixed(ms) => ms.to_string(),
            Latency::Random => "random".to_owned(),
        };
        Fields {
            account: s.account.id().to_owned(),
            latency,
            creating_s: (s.creating_ms / 1000).to_string(),
            deleting_s: (s.deleting_ms / 1000).to_string(),
            fail: s.fault.as_ref().map(|f| f.kind.id().to_owned()).unwrap_or_default(),
            fail_on: s.fault.as_ref().and_then(|f| f.on.clone()).unwrap_or_default(),
            fail_rate: s.fault.as_ref().and_then(|f| f.rate).map(|r| r.to_string()).unwrap_or_default(),
        }
    }

    /// The scenario, through the URL rules (one set of rules for the panel and the link).
    fn scenario(&self) -> Result<Scenario, String> {
        let mut pairs = vec![
            ("scenario", self.account.clone()),
            ("latency", self.latency.clone()),
            ("creating_s", self.creating_s.trim().to_owned()),
            ("deleting_s", self.deleting_s.trim().to_owned()),
        ];
        if !self.fail.is_empty() {
            pairs.push(("fail", self.fail.clone()));
            if !self.fail_on.is_empty() {
                pairs.push(("fail_on", self.fail_on.clone()));
            }
            if !self.fail_rate.is_empty() {
                pairs.push(("fail_rate", self.fail_rate.clone()));
            }
        }
        let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        Scenario::from_query(&query).map(Option::unwrap_or_default)
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
fn ScenarioPanel(
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
    let defaults = move |_| fields.set(Fields::of(&Scenario::default()));
    let accounts: Vec<(String, String)> =
        Account::ALL.iter().map(|a| (a.id().to_owned(), account_label(*a).to_owned())).collect();
    let latencies: Vec<(String, String)> = LATENCIES
        .iter()
        .filter(|(v, _)| !v.is_empty())
        .map(|(v, l)| ((*v).to_owned(), (*l).to_owned()))
        .collect();
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
