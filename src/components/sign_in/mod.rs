//! Signing in to the cloud (HTTP mode): the dialog a request opens when it needs a token, and
//! the top bar's badge with Sign in / Sign out.

mod badge;
mod dialog;

pub use badge::SessionBadge;
pub use dialog::SignInDialog;
