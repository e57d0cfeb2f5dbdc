//! A part of the console that loads when first needed: in the split build (`--cfg
//! vpcep_split`, see `xtask/src/split.rs`) its code is a wasm chunk of its own, fetched the
//! first time the part shows (or ahead, see `prefetch`); elsewhere (wasm-bindgen-test, native
//! builds) it is called directly. While the chunk loads the part says so; when it cannot be fetched (offline, a
//! deploy replaced it) it shows an error with Retry instead of a blank page.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::components::ErrorBox;
use crate::i18n::t;

/// A chunk that could not be fetched or instantiated (the browser's console has the cause).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkError;

#[cfg(vpcep_split)]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// What a part's loader returns: the part's view, built by code in its chunk.
pub type PartFuture = Pin<Box<dyn Future<Output = Result<AnyView, ChunkError>>>>;

/// Declares `async fn $load(args) -> Result<$ret, ChunkError>` whose body runs in the wasm
/// chunk `$chunk` (every part with the same chunk name shares one chunk), and
/// `$load::prefetch()`, which fetches the chunk without running anything (on a hint that the
/// part comes next: a pointer over its link). Arguments and the result cross the boundary by
/// value, so they are concrete types.
#[macro_export]
macro_rules! split_part {
    (
        $(#[$m:meta])*
        $vis:vis fn $load:ident($($arg:ident: $ty:ty),*) -> $ret:ty, chunk = $chunk:ident => $body:expr
    ) => {
        $(#[$m])*
        $vis async fn $load($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::components::ChunkError> {
            #[cfg(vpcep_split)]
            return $load::part($($arg),*).await;
            #[cfg(not(vpcep_split))]
            return $load::part($($arg),*);
        }

        #[doc = concat!("The chunk of [`", stringify!($load), "`].")]
        $vis mod $load {
            use super::*;

            #[cfg_attr(
                vpcep_split,
                ::leptos::wasm_split::wasm_split(
                    $chunk,
                    wasm_split_path = ::leptos::wasm_split,
                    fallible,
                    preload(fetch_chunk)
                )
            )]
            pub(super) fn part($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::components::ChunkError> {
                ::core::result::Result::Ok($body)
            }

            /// Fetches the chunk (once; a failure is left to the part, which says so).
            #[allow(dead_code)]
            pub fn prefetch() {
                #[cfg(vpcep_split)]
                ::leptos::task::spawn_local(async {
                    let _ = fetch_chunk().await;
                });
            }
        }
    };
}

/// Shows the view `load` builds once its chunk is there: "Loading…" until then (nothing, for
/// a `quiet` part such as a dialog), an error with Retry if the chunk could not be loaded.
#[component]
pub fn LazyPart(
    /// Loads the chunk and builds the part's view.
    load: impl Fn() -> PartFuture + Send + Sync + 'static,
    /// No "Loading…" (for a dialog: it shows once loaded).
    #[prop(optional)]
    quiet: bool,
) -> impl IntoView {
    lazy_part(Arc::new(load), quiet)
}

/// [`LazyPart`]'s body, compiled once for every part.
fn lazy_part(load: Arc<dyn Fn() -> PartFuture + Send + Sync>, quiet: bool) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    let fallback = move || {
        (!quiet).then(|| {
            view! {
                <p class="lazy-loading" role="status">
                    {t().loading_part}
                </p>
            }
        })
    };
    view! {
        <Suspense fallback=fallback>
            {move || {
                attempt.track();
                let load = load.clone();
                Suspend::new(
                    SendWrapper::new(async move {
                        match load().await {
                            Ok(part) => part,
                            Err(ChunkError) => {
                                // The chunk's future is a browser promise underneath: not Send, and it never
                                // leaves this thread.
                                view! { <ChunkFailed retry=move || attempt.update(|n| *n += 1) /> }
                                    .into_any()
                            }
                        }
                    }),
                )
            }}
        </Suspense>
    }
}

/// The error shown instead of a part whose chunk did not load.
#[component]
fn ChunkFailed(retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let action = view! {
        <button type="button" class="btn" on:click=move |_| retry()>
            {t().retry}
        </button>
    }
    .into_any();
    view! {
        <ErrorBox title=t().part_not_loaded.to_owned() action=Some(action)>
            <p class="alert-detail">{t().part_not_loaded_detail}</p>
        </ErrorBox>
    }
}
