//! The console's languages, and a text in both of them ([`Bilingual`]): what the model writes
//! for people (validation messages, labels) is in [`crate::messages`], English and German side
//! by side, so that a rule cannot gain an English message without a German one.

/// A language of the console.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the default).
    En,
    /// German.
    De,
}

impl Lang {
    /// Every language, in the order the console offers them.
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

    /// `en` or `de` of a pair, by this language.
    pub fn pick<T>(self, en: T, de: T) -> T {
        match self {
            Lang::En => en,
            Lang::De => de,
        }
    }
}

/// A text in English and German.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Bilingual {
    /// English: also what the mock API answers, as the cloud answers in English.
    pub en: String,
    /// German.
    pub de: String,
}

impl Bilingual {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.de)
    }
}

/// A text in both languages.
pub fn both(en: impl Into<String>, de: impl Into<String>) -> Bilingual {
    Bilingual { en: en.into(), de: de.into() }
}
