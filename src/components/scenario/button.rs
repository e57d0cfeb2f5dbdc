//! The top bar's Scenario button (a badge while a scenario differs from the default), and
//! what was wrong with the scenario link the page was opened with.

use leptos::prelude::*;

use super::panel::ScenarioPanel;
use super::target::{ScenarioControl, ScenarioTarget};
use crate::api::ServerScenario;
use crate::components::dismiss::Dismiss;
use crate::i18n::{formats, lang, t};

/// The top bar's button in HTTP mode: vpcep-server's mock plays scenarios per project (a
/// gateway to the cloud does not, and then there is no button).
#[component]
pub fn ServerScenarioButton() -> impl IntoView {
    let region = crate::context::use_region();
    let probe = LocalResource::new(move || ServerScenario::probe(region.get()));
    move || {
        probe.get().flatten().map(|s| {
            let control = ScenarioControl { target: ScenarioTarget::Server(s), url_error: None };
            view! { <ScenarioBadge control /> }
        })
    }
}

/// The top bar's button: "Scenario", or what the active scenario changes (a badge); its
/// panel; and what was wrong with the page's link.
#[component]
pub fn ScenarioBadge(
    /// What plays the scenario.
    control: ScenarioControl,
) -> impl IntoView {
    let scenario = control.target.scenario();
    let open = RwSignal::new(false);
    let url_error = RwSignal::new(control.url_error.clone());
    let summary = {
        let s = scenario.clone();
        let base = control.target.baseline();
        move || s.with(|s| s.summary_against(&base, lang()))
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
            {move || summary().map_or_else(|| t().tools.scenario.to_owned(), |s| formats::scenario_badge(&s))}
        </button>
        {move || {
            url_error
                .get()
                .map(|why| {
                    view! {
                        <div class="scenario-url-error alert alert-error" role="alert">
                            <span class="alert-body">{formats::link_not_applied(&why)}</span>
                            <Dismiss on_click=Callback::new(move |_| url_error.set(None)) />
                        </div>
                    }
                })
        }}
        <ScenarioPanel open target=control.target />
    }
}
