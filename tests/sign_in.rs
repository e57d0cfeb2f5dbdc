//! Signing in, in headless Chromium: the prompt that requests wait on, the per-region
//! sessions in sessionStorage, and the API settings that choose HTTP.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use vpcep_console::api::session::{self, RegionSession, SignIn};
use vpcep_console::api::settings::{ApiMode, ApiSettings};
use vpcep_model::iam::RENEW_BEFORE_MS;
use vpcep_model::Region;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn a_session(project: &str, expires_ms: u64) -> RegionSession {
    RegionSession {
        token: "t".into(),
        project_id: project.into(),
        expires_ms,
        account: "OTC-1".into(),
        user: "alice".into(),
    }
}

#[wasm_bindgen_test]
async fn every_waiting_request_goes_on_when_the_dialog_closes() {
    let prompt = SignIn::default();
    assert_eq!(prompt.asked(), None);
    let first = prompt.ask(Region::EuNl);
    let second = prompt.ask(Region::EuDe);
    // The dialog asks for the first region asked.
    assert_eq!(prompt.asked(), Some(Region::EuNl));
    let done = Rc::new(Cell::new(0));
    let (d1, d2) = (done.clone(), done.clone());
    let waiting = async move {
        assert!(first.await);
        d1.set(d1.get() + 1);
        assert!(second.await);
        d2.set(d2.get() + 1);
    };
    prompt.finish(true);
    waiting.await;
    assert_eq!(done.get(), 2);
    assert_eq!(prompt.asked(), None);
    // Cancelled: the waiting request learns it.
    let third = prompt.ask(Region::EuDe);
    prompt.finish(false);
    assert!(!third.await);
}

#[wasm_bindgen_test]
fn sessions_are_per_region_and_expire_before_their_token_does() {
    session::clear_all();
    let now = 1_000_000_000;
    session::keep(Region::EuDe, a_session("p-de", now + 10 * RENEW_BEFORE_MS));
    session::keep(Region::EuNl, a_session("p-nl", now + RENEW_BEFORE_MS));
    assert_eq!(session::valid(Region::EuDe, now).map(|s| s.project_id).as_deref(), Some("p-de"));
    // Within RENEW_BEFORE_MS of its expiry a token is not sent any more.
    assert_eq!(session::valid(Region::EuNl, now), None);
    assert_eq!(session::signed_in().len(), 2);
    session::forget(Region::EuDe);
    assert_eq!(session::valid(Region::EuDe, now), None);
    session::clear_all();
    assert!(session::signed_in().is_empty());
    let stored = web_sys::window().unwrap().session_storage().unwrap().unwrap();
    assert_eq!(stored.get_item("vpcep-console.sessions.v1").unwrap(), None);
}

/// The settings are read at every start by the browser's JSON.parse (no serde_json in the
/// main module): what was saved comes back, and what does not read gives the defaults.
#[wasm_bindgen_test]
fn api_settings_read_back_and_bad_ones_give_the_defaults() {
    let key = "vpcep-console.api-settings.v1";
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let http = ApiSettings { mode: ApiMode::Http, base: "/gateway".into() };
    http.save();
    assert_eq!(ApiSettings::load(), http);
    // What the end-to-end tests write.
    storage.set_item(key, r#"{"mode":"http","base":"/api"}"#).unwrap();
    assert_eq!(ApiSettings::load(), ApiSettings { mode: ApiMode::Http, base: "/api".into() });
    for bad in [
        "",
        "null",
        "3",
        "{",
        r#"{"mode":"ftp","base":"/api"}"#,
        r#"{"mode":"http"}"#,
        r#"{"mode":1,"base":"/api"}"#,
    ] {
        storage.set_item(key, bad).unwrap();
        assert_eq!(ApiSettings::load(), ApiSettings::default(), "{bad:?}");
    }
    storage.remove_item(key).unwrap();
}
