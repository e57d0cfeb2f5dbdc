//! The catalogue: each text in English and in German, side by side. German terms follow the
//! OTC console where known; where no German OTC source was at hand the term is marked
//! "(unconfirmed)" in a comment.

macro_rules! texts {
    ($( $(#[$m:meta])* $name:ident: $en:literal, $de:literal; )+) => {
        /// Every text of the console in one language.
        pub struct Texts {
            $( $(#[$m])* pub $name: &'static str, )+
        }

        /// English.
        pub const EN: Texts = Texts { $( $name: $en, )+ };

        /// German.
        pub const DE: Texts = Texts { $( $name: $de, )+ };

        /// Every text as (name, English, German): the tests check each, and the end-to-end
        /// tests compare a page's visible texts with the English ones.
        pub const ALL: &[(&str, &str, &str)] = &[ $( (stringify!($name), $en, $de), )+ ];
    };
}

texts! {
    // The frame.
    /// The skip link.
    skip_to_content: "Skip to content", "Zum Inhalt springen";
    /// After the brand.
    console: "Console", "Konsole";
    /// The phone's menu button.
    menu: "Menu", "Menü";
    /// The phone's menu button, open.
    close_menu: "Close menu", "Menü schließen";
    /// The navigation's title (and its label).
    nav_title: "VPC Endpoint", "VPC-Endpunkt";
    /// The list page (navigation and title).
    services: "VPC Endpoint Services", "VPC-Endpunktdienste";
    /// The settings page.
    settings: "Settings", "Einstellungen";
    /// The top bar's shortcuts button.
    shortcuts: "Shortcuts", "Tastenkürzel";
    /// Its title.
    shortcuts_title: "Keyboard shortcuts (?)", "Tastenkürzel (?)";
    /// The shortcuts dialog.
    keyboard_shortcuts: "Keyboard shortcuts", "Tastenkürzel";
    /// `?`.
    shortcut_help: "Show these shortcuts", "Diese Tastenkürzel anzeigen";
    /// `/`.
    shortcut_search: "Search the service list by name", "Die Dienstliste nach Namen durchsuchen";
    /// `c`.
    shortcut_create: "Create a VPC endpoint service", "Einen VPC-Endpunktdienst erstellen";
    /// Escape.
    shortcut_escape: "Close a dialog or the menu", "Einen Dialog oder das Menü schließen";
    /// A dialog's close button.
    close: "Close", "Schließen";
    /// The embedded mock's badge.
    embedded_mock: "Embedded mock API", "Eingebettete Mock-API";
    /// Its title.
    embedded_mock_title: "Data comes from the mock API embedded in this page", "Die Daten kommen von der in diese Seite eingebetteten Mock-API";
    /// Reset demo data.
    reset_demo_data: "Reset demo data", "Demodaten zurücksetzen";
    /// While it runs.
    resetting: "Resetting…", "Wird zurückgesetzt…";
    /// The language select's label.
    language: "Language", "Sprache";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts that are the same in both languages (names, codes).
    const SAME_IN_BOTH: &[&str] = &[];

    #[test]
    fn every_text_is_there_in_both_languages_and_german_is_german() {
        for (name, en, de) in ALL {
            assert!(!en.trim().is_empty() && !de.trim().is_empty(), "{name} is empty");
            if !SAME_IN_BOTH.contains(name) {
                assert_ne!(en, de, "{name} is not translated");
            }
        }
        assert_eq!(EN.services, "VPC Endpoint Services");
        assert_eq!(DE.settings, "Einstellungen");
    }
}
