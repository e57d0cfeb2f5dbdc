//! How a page shows a read: a fallback until the first answer, the shared error view with
//! Retry when it failed, and the content, which stays in place (with its focus and its rows)
//! while the read runs again.
//!
//! The read is a [`LocalResource`]: the framework drops a stale answer and runs the fetcher
//! again when its inputs change; a request still in flight is aborted when the resource asks
//! again or the page goes away (see `api::http`).

use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::ErrorAlert;

/// A read's result.
pub type Read<T> = LocalResource<Result<T, ApiError>>;

/// What a read shows now. The content is built once per change of phase, not per answer.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Loading,
    Ready,
    Failed(ApiError),
}

/// The latest successful value of `read` (kept while it reloads or after it failed).
pub fn latest<T: Clone + Send + Sync + 'static>(read: Read<T>) -> Signal<Option<T>> {
    Signal::derive(move || read.with(|r| r.as_ref().and_then(|r| r.as_ref().ok().cloned())))
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
    let content = move || match phase.get() {
        Phase::Loading => ().into_any(),
        Phase::Ready => {
            // Ready means a value; between a failed reload and the switch to its error view,
            // the content keeps the value it was built with.
            let Some(first) = value.get_untracked() else { return ().into_any() };
            ready(Signal::derive(move || value.get().unwrap_or_else(|| first.clone()))).into_any()
        }
        Phase::Failed(error) => {
            view! { <ErrorAlert error on_retry=Callback::new(move |_| read.refetch()) /> }.into_any()
        }
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
            {move || read.with(|_| ())}
            {content}
        </Transition>
    }
}
