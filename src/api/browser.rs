//! The few browser facilities the API layer needs: time, sleep, entropy, localStorage.
//!
//! Storage stays hand-written rather than leptos-use's `use_local_storage`: the embedded mock
//! reads and writes its journal outside any component (no reactive owner, no signal wanted),
//! and these three calls hold nothing that could outlive a page.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Resolves after `ms` milliseconds (a `setTimeout` promise).
pub async fn sleep_ms(ms: u32) {
    if ms == 0 {
        return;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), ms as i32);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// 64 random bits for seeding ids (`crypto.getRandomValues`, else the clock).
pub fn entropy() -> u64 {
    let mut bytes = [0u8; 8];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if filled {
        u64::from_le_bytes(bytes)
    } else {
        now_ms() ^ ((js_sys::Math::random() * u32::MAX as f64) as u64) << 32
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads a localStorage item.
pub fn storage_get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Writes a localStorage item (quietly does nothing where storage is unavailable).
pub fn storage_set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

/// Removes a localStorage item.
pub fn storage_remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}
