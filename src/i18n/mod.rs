//! The console's texts in English and German: every text in one catalogue per language
//! ([`texts`]), so that a missing German text is a compile error rather than a fallback.
//!
//! The language is chosen in the top bar and remembered (localStorage); choosing another
//! reloads the page, as the OTC console does, so that views read their texts once.
//!
//! Work in progress: the pages move into the catalogue one by one; until all have, the
//! language select stays hidden ([`GERMAN_READY`]).

pub mod formats;
mod texts;

use std::cell::Cell;

pub use texts::{Texts, ALL, DE, EN};

use crate::api::{storage_get, storage_set};

/// Whether every text of the console is in the catalogue (then the language select shows).
pub const GERMAN_READY: bool = false;

/// Where the choice is kept.
pub const LANG_KEY: &str = "vpcep-console.lang.v1";

/// A language of the console.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// English (the default).
    En,
    /// German.
    De,
}

impl Lang {
    /// Every language, in the order the select offers them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The language's code (`en`, `de`): the `lang` attribute and what is stored.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's name in itself.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    /// The language of a code.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Its texts.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }
}

thread_local! {
    static CURRENT: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language chosen (read once per page load).
pub fn lang() -> Lang {
    CURRENT.with(|c| {
        c.get().unwrap_or_else(|| {
            let chosen = if GERMAN_READY {
                storage_get(LANG_KEY).and_then(|code| Lang::from_code(&code)).unwrap_or(Lang::En)
            } else {
                Lang::En
            };
            c.set(Some(chosen));
            chosen
        })
    })
}

/// The texts of the chosen language.
pub fn t() -> &'static Texts {
    lang().texts()
}

/// Remembers `lang` and reloads the page in it.
pub fn choose(lang: Lang) {
    storage_set(LANG_KEY, lang.code());
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Marks the document with the language (screen readers pronounce by it).
pub fn mark_document() {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang().code());
    }
}
