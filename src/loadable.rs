//! Data loaded from the API: loading, ready or failed.

use crate::api::ApiError;

/// The state of something the page loads.
#[derive(Clone, Debug, PartialEq)]
pub enum Loadable<T> {
    /// Not answered yet (or read again).
    Loading,
    /// The value.
    Ready(T),
    /// The read failed.
    Failed(ApiError),
}

impl<T> Loadable<T> {
    /// The value when ready.
    pub fn ready(&self) -> Option<&T> {
        match self {
            Loadable::Ready(v) => Some(v),
            _ => None,
        }
    }
}

impl<T> From<Result<T, ApiError>> for Loadable<T> {
    fn from(r: Result<T, ApiError>) -> Self {
        match r {
            Ok(v) => Loadable::Ready(v),
            Err(e) => Loadable::Failed(e),
        }
    }
}
