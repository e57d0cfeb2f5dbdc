//! The two backends, each started in its own chunk (see [`super::backend`]): the embedded
//! mock (its engine, its scenarios, its state import) and the HTTP client (with its sign-in).

use std::sync::Arc;

use leptos::prelude::*;

use super::backend::{Backend, BackendSlot};
use super::scenario_start::scenario_at_start;
use super::session::SignIn;
use super::settings::ApiSettings;
use super::{EmbeddedMock, HttpApi, MockOptions};
use crate::components::scenario::{ScenarioBadge, ScenarioControl, ScenarioTarget, ServerScenarioButton};
use crate::components::sign_in::{SessionBadge, SignInDialog};
use crate::split_part;

/// The embedded mock's slot: started from `link_query` (what the page's link asked of the
/// mock, taken off the URL at start) when first needed.
pub fn embedded_mock(link_query: String) -> BackendSlot {
    BackendSlot::new(Box::new(move || Box::pin(start_embedded_mock(link_query.clone()))), true)
}

/// The HTTP client's slot.
pub fn http_client() -> BackendSlot {
    BackendSlot::new(Box::new(|| Box::pin(start_http_client())), false)
}

split_part! {
    /// The embedded mock with the scenario of the page's link (or the kept one), and the
    /// state the link carries, if any.
    fn start_embedded_mock(link_query: String) -> Backend, chunk = embedded_mock => {
        let start = scenario_at_start(&link_query);
        let mock = EmbeddedMock::new(MockOptions { scenario: start.scenario.clone(), ..MockOptions::default() });
        if start.fresh {
            mock.set_scenario(start.scenario, true);
        }
        let mut url_error = start.error;
        if let Some(state) = start.state {
            if let Err(why) = mock.import(&state) {
                url_error = Some(crate::i18n::formats::state_not_loaded(&why));
            }
        }
        let control = ScenarioControl { target: ScenarioTarget::Embedded(mock.clone()), url_error };
        Backend {
            api: Arc::new(mock),
            scenario_button: Some(Arc::new(move || view! { <ScenarioBadge control=control.clone() /> }.into_any())),
            session: None,
            dialogs: None,
        }
    }
}

split_part! {
    /// The HTTP client with the settings' address, and its sign-in.
    fn start_http_client() -> Backend, chunk = http_client => {
        let sign_in = SignIn::default();
        let (session, dialog) = (sign_in.clone(), sign_in.clone());
        Backend {
            api: Arc::new(HttpApi::new(ApiSettings::load(), sign_in)),
            scenario_button: Some(Arc::new(|| view! { <ServerScenarioButton /> }.into_any())),
            session: Some(Arc::new(move || view! { <SessionBadge sign_in=session.clone() /> }.into_any())),
            dialogs: Some(Arc::new(move || view! { <SignInDialog sign_in=dialog.clone() /> }.into_any())),
        }
    }
}
