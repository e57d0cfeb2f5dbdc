//! How a page shows a read: a fallback until the first answer, the shared error view with
//! Retry when it failed, and the content, which stays in place (with its focus and its rows)
//! while the read runs again.
//!
//! The read is a [`Read`] (a `LocalResource`): the framework runs the fetcher again when its
//! inputs change and drops the answer of a page that is gone; a request still in flight is
//! aborted when the page goes away (see `api::http`).

use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::ErrorAlert;

pub use crate::read::Read;

/// What a read shows now. The content is built once per change of phase, not per answer.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Loading,
    Ready,
    Failed(ApiError),
}

/// The latest successful value of `read` (kept while it reloads or after it failed).
pub fn latest<T: Clone + Send + Sync + 'static>(read: Read<T>) -> Signal<Option<T>> {
    Signal::derive(move || read.with(|r| r.and_then(|r| r.ok().cloned())))
}

/// Shows `read` inside a `<Transition>`: `fallback` until it first answers, then `ready` with
/// the read's latest value, or an error with Retry.
#[component]
pub fn AsyncView<T, V>(
    /// The read to show.
    read: Read<T>,
    /// Shown until the first answer.
    #[prop(optional, into)]
    fallback: ViewFnOnce,
    /// Builds the content once the read succeeded; gets the latest value as a signal.
    ready: impl Fn(Signal<T>) -> V + Send + Sync + 'static,
    /// Set while the read runs again (for `aria-busy` and a spinner).
    #[prop(optional, into)]
    set_pending: Option<SignalSetter<bool>>,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let phase = Memo::new(move |_| {
        read.with(|r| match r {
            None => Phase::Loading,
            Some(Ok(_)) => Phase::Ready,
            Some(Err(e)) => Phase::Failed(e.clone()),
        })
    });
    let value = latest(read);
    let ready = move || -> AnyView {
        // Ready means a value; between a failed reload and the switch to its error view, the
        // content keeps the value it was built with.
        let Some(first) = value.get_untracked() else { return ().into_any() };
        ready(Signal::derive(move || value.get().unwrap_or_else(|| first.clone()))).into_any()
    };
    let parts = Parts {
        phase,
        register: Box::new(move || read.with(|_| ())),
        ready: Box::new(ready),
        retry: Callback::new(move |_| read.refetch()),
    };
    transition(parts, fallback, set_pending)
}

/// What [`AsyncView`] hands to the one non-generic function that builds its view, so that the
/// `<Transition>` and its states are compiled once, not once per read type.
struct Parts {
    phase: Memo<Phase>,
    /// Reads the resource (registers it with the Transition).
    register: Box<dyn Fn() + Send + Sync>,
    /// Builds the content.
    ready: Box<dyn Fn() -> AnyView + Send + Sync>,
    retry: Callback<()>,
}

fn transition(parts: Parts, fallback: ViewFnOnce, set_pending: Option<SignalSetter<bool>>) -> AnyView {
    let Parts { phase, register, ready, retry } = parts;
    let content = move || match phase.get() {
        Phase::Loading => ().into_any(),
        Phase::Ready => ready(),
        Phase::Failed(error) => view! { <ErrorAlert error on_retry=retry /> }.into_any(),
    };
    let set_pending = move |pending: bool| {
        if let Some(set) = set_pending {
            set.set(pending);
        }
    };
    view! {
        <Transition fallback set_pending=SignalSetter::map(set_pending)>
            // Reading the resource here registers it with the Transition (fallback first,
            // pending while it reloads); the content itself depends only on the phase.
            {move || register()}
            {content}
        </Transition>
    }
    .into_any()
}
