//! The root component: context, shell and routes.

use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::path;

use crate::api::settings::{ApiMode, ApiSettings};
use crate::api::{start, Api};
use crate::components::shell::Shell;
use crate::components::LazyPart;
use crate::context::{provide_app_context, DataVersion, RegionState};
use crate::pages::{self, ServiceListPage};

/// The console, wired to the API chosen in Settings (the embedded mock by default).
#[component]
pub fn App() -> impl IntoView {
    crate::i18n::mark_document();
    #[cfg(feature = "e2e-hooks")]
    crate::i18n::expose_catalogue();
    // The API's implementation is a chunk of its own, fetched now, while the page paints.
    let backend = match ApiSettings::load().mode {
        ApiMode::Mock => start::embedded_mock(crate::api::scenario_start::take_link_query()),
        ApiMode::Http => start::http_client(),
    };
    provide_context(backend.clone());
    Api::provide(backend.clone());
    leptos::task::spawn_local(async move {
        // A failure shows where the API is used (with Retry); nothing to do here.
        let _ = backend.backend().await;
    });
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
        <Routes fallback=|| view! { <LazyPart load=|| Box::pin(pages::not_found_page()) /> }>
            <Route path=path!("/") view=|| view! { <Redirect path="/services" /> } />
            <Route path=path!("/services") view=ServiceListPage />
            <Route
                path=path!("/services/create")
                view=|| view! { <LazyPart load=|| Box::pin(pages::create_page()) /> }
            />
            <Route
                path=path!("/services/:id")
                view=|| view! { <LazyPart load=|| Box::pin(pages::details_page()) /> }
            />
            <Route
                path=path!("/settings")
                view=|| view! { <LazyPart load=|| Box::pin(pages::settings_page()) /> }
            />
        </Routes>
    }
}

/// Fetches the chunk of the page a link goes to, on a hint that it comes next (the pointer or
/// the focus on the link), so that it opens without "Loading…".
pub fn prefetch_page(path: &str) {
    match path {
        "/services/create" => pages::create_page::prefetch(),
        "/settings" => pages::settings_page::prefetch(),
        p if p.starts_with("/services/") => pages::details_page::prefetch(),
        _ => {}
    }
}
