//! Signed in, per region: the IAM token of each region's project, its expiry and project id,
//! kept in this browser tab only (sessionStorage), never the password. When the server signs
//! in itself (`vpcep-server --cloud`), a session has no token: the gateway adds it.
//!
//! [`SignIn`] connects the HTTP client with the sign-in dialog: a request that finds no valid
//! session (or gets a 401) asks for a sign-in and waits; the dialog answers, and the request
//! goes on (or fails with [`super::ApiError::SignInNeeded`] when the user cancels). The page
//! and its form stay as they are meanwhile.

use std::cell::RefCell;
use std::collections::BTreeMap;

use futures_channel::oneshot;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use vpcep_model::iam::needs_renewal;
use vpcep_model::Region;

const SESSIONS_KEY: &str = "vpcep-console.sessions.v1";
const NAMES_KEY: &str = "vpcep-console.sign-in-names.v1";

/// A region's session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionSession {
    /// The `X-Auth-Token` (empty when the server signs in).
    pub token: String,
    /// The region's project, in every VPCEP, VPC and ECS path.
    pub project_id: String,
    /// When the token expires (ms since the epoch).
    pub expires_ms: u64,
    /// The account (IAM domain) name.
    pub account: String,
    /// The IAM user name.
    pub user: String,
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn all() -> BTreeMap<String, RegionSession> {
    session_storage()
        .and_then(|s| s.get_item(SESSIONS_KEY).ok().flatten())
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default()
}

fn save_all(map: &BTreeMap<String, RegionSession>) {
    if let (Some(s), Ok(j)) = (session_storage(), serde_json::to_string(map)) {
        let _ = s.set_item(SESSIONS_KEY, &j);
    }
}

/// The session of `region` while its token is not near expiry.
pub fn valid(region: Region, now_ms: u64) -> Option<RegionSession> {
    all().remove(region.id()).filter(|s| !needs_renewal(s.expires_ms, now_ms))
}

/// Keeps `session` for `region`.
pub fn keep(region: Region, session: RegionSession) {
    let mut map = all();
    map.insert(region.id().to_owned(), session);
    save_all(&map);
}

/// Forgets `region`'s session (its token was refused).
pub fn forget(region: Region) {
    let mut map = all();
    map.remove(region.id());
    save_all(&map);
}

/// Signs out of every region.
pub fn clear_all() {
    if let Some(s) = session_storage() {
        let _ = s.remove_item(SESSIONS_KEY);
    }
}

/// The regions signed in to (valid or not).
pub fn signed_in() -> Vec<(Region, RegionSession)> {
    all().into_iter().filter_map(|(k, v)| Some((Region::from_id(&k)?, v))).collect()
}

/// The account and user names last signed in with (to fill the dialog in; no password).
pub fn last_names() -> (String, String) {
    session_storage()
        .and_then(|s| s.get_item(NAMES_KEY).ok().flatten())
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default()
}

/// Remembers the account and user names for the next sign-in in this tab.
pub fn remember_names(account: &str, user: &str) {
    if let (Some(s), Ok(j)) = (session_storage(), serde_json::to_string(&(account, user))) {
        let _ = s.set_item(NAMES_KEY, &j);
    }
}

thread_local! {
    static WAITING: RefCell<Vec<oneshot::Sender<bool>>> = const { RefCell::new(Vec::new()) };
}

/// The sign-in prompt: which region a request waits for a sign-in to, if any.
#[derive(Clone, Debug, Default)]
pub struct SignIn {
    asked: ArcRwSignal<Option<Region>>,
}

impl SignIn {
    /// The region a sign-in is asked for (`None`: no dialog).
    pub fn asked(&self) -> Option<Region> {
        self.asked.get()
    }

    /// Asks for a sign-in to `region`; resolves to whether the user signed in.
    pub fn ask(&self, region: Region) -> impl std::future::Future<Output = bool> {
        let (tx, rx) = oneshot::channel();
        WAITING.with(|w| w.borrow_mut().push(tx));
        if self.asked.get_untracked().is_none() {
            self.asked.set(Some(region));
        }
        async move { rx.await.unwrap_or(false) }
    }

    /// Opens the dialog without a waiting request (the Sign in button).
    pub fn open(&self, region: Region) {
        self.asked.set(Some(region));
    }

    /// The dialog closed: signed in, or cancelled. Every waiting request goes on.
    pub fn finish(&self, signed_in: bool) {
        self.asked.set(None);
        for tx in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
            let _ = tx.send(signed_in);
        }
    }
}

/// The sign-in prompt in context (HTTP mode only).
pub fn use_sign_in() -> Option<SignIn> {
    use_context::<SignIn>()
}
