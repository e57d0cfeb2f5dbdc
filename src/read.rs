//! A read of the API, as the pages hold it: a `LocalResource` whose value is typed for the
//! page but erased inside.
//!
//! Every `LocalResource` type (and every fetcher closure) monomorphizes the framework's async
//! machinery again; built through one non-generic function, all reads share one copy of it.
//! Measured: 5 KB brotli less wasm for the console's reads (326,116 -> 321,204 bytes).

use std::any::Any;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;

use crate::api::ApiError;

type Erased = Arc<dyn Any + Send + Sync>;
type ErasedFuture = Pin<Box<dyn Future<Output = Result<Erased, ApiError>>>>;
type ErasedResource = LocalResource<Result<Erased, ApiError>>;

/// One resource type for every read (see the module's doc).
fn erased_resource(fetch: Box<dyn Fn() -> ErasedFuture>) -> ErasedResource {
    LocalResource::new(fetch)
}

/// A read whose answer is a `T` or an [`ApiError`]. `Copy`, like the resource it wraps:
/// the framework runs it again when what the fetcher reads changes, drops the answer of a
/// page that is gone, and aborts its request then (see `api::http`).
pub struct Read<T> {
    resource: ErasedResource,
    value: PhantomData<fn() -> T>,
}

impl<T> Clone for Read<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Read<T> {}

impl<T: Send + Sync + 'static> Read<T> {
    /// Starts the read; `fetch` runs again whenever a signal it reads changes.
    pub fn new<Fut>(fetch: impl Fn() -> Fut + 'static) -> Self
    where
        Fut: Future<Output = Result<T, ApiError>> + 'static,
    {
        let erased = move || -> ErasedFuture {
            let answer = fetch();
            Box::pin(async move { answer.await.map(|v| Arc::new(v) as Erased) })
        };
        Read { resource: erased_resource(Box::new(erased)), value: PhantomData }
    }

    /// Reads again.
    pub fn refetch(self) {
        self.resource.refetch();
    }

    /// The latest answer (reactive): `None` until the first, then `Ok(&T)` or the error.
    /// Inside a `<Transition>` this registers the read with it. A read of a page that is gone
    /// is as if nothing had been read yet (no panic).
    pub fn with<R>(self, f: impl Fn(Option<Result<&T, &ApiError>>) -> R) -> R {
        self.resource
            .try_with(|r| {
                f(r.as_ref().and_then(|r| match r {
                    Ok(v) => v.downcast_ref::<T>().map(Ok),
                    Err(e) => Some(Err(e)),
                }))
            })
            .unwrap_or_else(|| f(None))
    }
}

impl<T: Clone + Send + Sync + 'static> Read<T> {
    /// A copy of the latest answer (reactive).
    pub fn get(self) -> Option<Result<T, ApiError>> {
        self.with(|r| r.map(|r| r.cloned().map_err(Clone::clone)))
    }
}
