//! The root component: context, shell and routes.

use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::path;

use crate::api::session::SignIn;
use crate::api::settings::{ApiMode, ApiSettings};
use crate::api::{Api, EmbeddedMock, HttpApi, MockOptions};
use crate::components::scenario::{ScenarioControl, ScenarioTarget};
use crate::components::shell::Shell;
use crate::context::{provide_app_context, DataVersion, RegionState};
use crate::pages::{CreateServicePage, NotFoundPage, ServiceDetailsPage, ServiceListPage, SettingsPage};

/// The console, wired to the API chosen in Settings (the embedded mock by default).
#[component]
pub fn App() -> impl IntoView {
    crate::i18n::mark_document();
    #[cfg(feature = "e2e-hooks")]
    crate::i18n::expose_catalogue();
    let settings = ApiSettings::load();
    match settings.mode {
        ApiMode::Mock => {
            let start = crate::api::scenario_start::scenario_at_start();
            let mock =
                EmbeddedMock::new(MockOptions { scenario: start.scenario.clone(), ..MockOptions::default() });
            if start.fresh {
                mock.set_scenario(start.scenario, true);
            }
            let mut url_error = start.error;
            if let Some(state) = start.state {
                if let Err(why) = mock.import(&state) {
                    url_error = Some(crate::i18n::formats::state_not_loaded(&why));
                }
            }
            provide_context(ScenarioControl { target: ScenarioTarget::Embedded(mock.clone()), url_error });
            Api::provide(mock);
        }
        ApiMode::Http => {
            let sign_in = SignIn::default();
            provide_context(sign_in.clone());
            Api::provide(HttpApi::new(settings, sign_in));
        }
    }
    provide_app_context();
    view! {
        <Router>
            <Shell>
                <AppRoutes />
            </Shell>
        </Router>
    }
}

/// The console's routes; expects an [`Api`], [`RegionState`] and [`DataVersion`] in context.
#[component]
pub fn AppRoutes() -> impl IntoView {
    // Leaving a page cancels the reads it started: each request is aborted when the owner
    // that sent it is cleaned up (see `api::http`).
    let _ = (use_context::<RegionState>(), use_context::<DataVersion>());
    view! {
        <Routes fallback=NotFoundPage>
            <Route path=path!("/") view=|| view! { <Redirect path="/services" /> } />
            <Route path=path!("/services") view=ServiceListPage />
            <Route path=path!("/services/create") view=CreateServicePage />
            <Route path=path!("/services/:id") view=ServiceDetailsPage />
            <Route path=path!("/settings") view=SettingsPage />
        </Routes>
    }
}
