//! The console's texts in English and German, side by side: the catalogue ([`texts`] and its
//! sections) for fixed texts, [`formats`] for texts with numbers or names in them. A text
//! without its German is a compile error, not a fallback: the catalogue's macro takes both,
//! and each format `match`es every language. The shared rules' texts (validation messages,
//! labels) are in `vpcep_model::messages`, the mock's scenario texts in
//! `vpcep_mock::scenario_texts`, the same way.
//!
//! The language is chosen in the top bar and remembered (localStorage); choosing another
//! reloads the page, as the OTC console does, so that views read their texts once.

mod create_texts;
pub mod formats;
mod manage_texts;
mod texts;
mod tool_texts;

use std::cell::Cell;

pub use texts::{all, Texts, DE, EN};

use crate::api::{storage_get, storage_set};

/// Where the choice is kept.
pub const LANG_KEY: &str = "vpcep-console.lang.v1";

pub use vpcep_model::Lang;

/// The texts of `lang`.
pub fn texts_of(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
    }
}

thread_local! {
    static CURRENT: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language chosen (read once per page load).
pub fn lang() -> Lang {
    CURRENT.with(|c| {
        c.get().unwrap_or_else(|| {
            // Native tests have no browser storage: they read English unless they set another.
            let chosen = if cfg!(target_arch = "wasm32") {
                storage_get(LANG_KEY).and_then(|code| Lang::from_code(&code)).unwrap_or(Lang::En)
            } else {
                Lang::En
            };
            c.set(Some(chosen));
            chosen
        })
    })
}

/// Sets the language of this page load without remembering it (component tests use it).
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(Some(lang)));
}

/// The texts of the chosen language.
pub fn t() -> &'static Texts {
    texts_of(lang())
}

/// Remembers `lang` and reloads the page in it.
pub fn choose(lang: Lang) {
    storage_set(LANG_KEY, lang.code());
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// The end-to-end tests' copy of the catalogue, `globalThis.vpcepCatalogue` as JSON
/// `[[name, English, German], …]` (only in a build with the `e2e-hooks` feature): the German
/// walk looks for its English texts on German pages.
#[cfg(feature = "e2e-hooks")]
pub fn expose_catalogue() {
    let json = serde_json::to_string(&all()).unwrap_or_default();
    let _ = js_sys::Reflect::set(
        &js_sys::global(),
        &wasm_bindgen::JsValue::from_str("vpcepCatalogue"),
        &wasm_bindgen::JsValue::from_str(&json),
    );
}

/// Marks the document with the language (screen readers pronounce by it).
pub fn mark_document() {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang().code());
    }
}
