//! Live status: while a shown service is creating or deleting, the list reads itself again
//! every few seconds, but not while the tab is hidden.

use leptos::prelude::*;
use leptos_use::utils::Pausable;
use leptos_use::{use_document_visibility, use_interval_fn};

use super::loaded::Loaded;

/// How often the list refreshes itself while a service is creating or deleting.
const POLL_INTERVAL_MS: u64 = 2_000;

/// Calls `refetch` every [`POLL_INTERVAL_MS`] while `loaded` shows a service in a transitional
/// state and the tab is visible. The interval ends with the calling page.
pub fn refresh_while_changing(loaded: Signal<Option<Loaded>>, refetch: impl Fn() + Clone + 'static) {
    let visibility = use_document_visibility();
    let transitional = Memo::new(move |_| {
        loaded.with(|l| l.as_ref().is_some_and(|l| l.rows.iter().any(|s| s.status.is_transitional())))
    });
    let Pausable { pause, resume, .. } = use_interval_fn(refetch, POLL_INTERVAL_MS);
    Effect::new(move |_| {
        if transitional.get() && visibility.get() == web_sys::VisibilityState::Visible {
            resume();
        } else {
            pause();
        }
    });
}
