//! The texts with numbers or names in them, English and German side by side: one
//! `formats!` line per text (it takes both languages, so a missing German one does not
//! compile), and a plain function with a `match` over every language where the text needs
//! more (plurals, a limit reached).

use super::{lang, Lang};

/// Texts of arguments: `name(args) => English, German;` becomes `pub fn name(args) -> String`
/// that writes the one of the chosen language.
macro_rules! formats {
    ($( $(#[$m:meta])* $name:ident($($arg:ident: $ty:ty),*) => $en:expr, $de:expr; )+) => {
        $(
            $(#[$m])*
            pub fn $name($($arg: $ty),*) -> String {
                match crate::i18n::lang() {
                    crate::i18n::Lang::En => $en.into(),
                    crate::i18n::Lang::De => $de.into(),
                }
            }
        )+
    };
}

mod create;
mod manage;
mod numbers;
mod tools;

pub use create::*;
pub use manage::*;
pub use numbers::*;
pub use tools::*;

formats! {
    /// "You can create 3 more VPC endpoint services." (n > 1).
    quota_left(n: usize) =>
        format!("You can create {n} more VPC endpoint services."),
        format!("Sie können noch {n} VPC-Endpunktdienste erstellen.");

    /// The row checkbox of `name`.
    select_named(name: &str) =>
        format!("Select {name}"),
        format!("{name} auswählen");

    /// The delete button of `name`.
    delete_named(name: &str) =>
        format!("Delete {name}"),
        format!("{name} löschen");

    /// "Delete (3)".
    delete_count(n: usize) =>
        format!("Delete ({n})"),
        format!("Löschen ({n})");

    /// A chip's remove button.
    remove_filter(label: &str) =>
        format!("Remove filter {label}"),
        format!("Filter {label} entfernen");

    /// "Page 1 of 2".
    page_of(page: u32, pages: u32) =>
        format!("Page {page} of {pages}"),
        format!("Seite {page} von {pages}");

    /// A 5xx.
    err_service_failed(status: u16) =>
        format!("The service failed (HTTP {status})"),
        format!("Der Dienst ist fehlgeschlagen (HTTP {status})");

    /// Another 4xx.
    err_refused(status: u16) =>
        format!("The request was refused (HTTP {status})"),
        format!("Die Anfrage wurde abgelehnt (HTTP {status})");

    /// A 401's detail.
    err_signin_again(message: &str) =>
        format!("{message} Sign in again (Sign in, top right)."),
        format!("{message} Melden Sie sich erneut an (Anmelden, oben rechts).");

    /// A network error's detail.
    err_check_connection(why: &str) =>
        format!("Check your connection and try again ({why})."),
        format!("Prüfen Sie Ihre Verbindung und versuchen Sie es erneut ({why}).");

    /// A timeout's detail.
    err_no_answer(seconds: u32) =>
        format!("No answer after {seconds} seconds. Try again."),
        format!("Keine Antwort nach {seconds} Sekunden. Versuchen Sie es erneut.");

    /// A malformed answer's detail.
    err_unexpected(why: &str) =>
        format!("Unexpected response: {why}."),
        format!("Unerwartete Antwort: {why}.");

    /// A missing sign-in's detail.
    err_needs_signin(region: &str) =>
        format!("This needs a sign-in to {region}. Sign in (top right), then try again; what you typed stays."),
        format!(
            "Dafür ist eine Anmeldung in {region} nötig. Melden Sie sich an (oben rechts) und versuchen Sie es erneut; Ihre Eingaben bleiben erhalten."
        );

    /// The delete dialog's title for several.
    delete_many_title(n: usize) =>
        format!("Delete {n} VPC Endpoint Services"),
        format!("{n} VPC-Endpunktdienste löschen");

    /// The delete dialog's confirmation label.
    type_to_confirm(word: &str) =>
        format!("To confirm, type \"{word}\"."),
        format!("Geben Sie zur Bestätigung \"{word}\" ein.");

    /// "1 of 2 port mappings".
    port_mappings_shown(shown: usize, total: usize) =>
        format!("{shown} of {total} port mappings"),
        format!("{shown} von {total} Port-Zuordnungen");

    /// The label of an in-place field ("New name"); `what` is the field's name.
    new_value(what: &str) =>
        format!("New {}", what.to_lowercase()),
        format!("Neuer Wert: {what}");

    /// The Edit button of a field ("Edit name").
    edit_field(what: &str) =>
        format!("Edit {}", what.to_lowercase()),
        format!("{what} bearbeiten");

    /// Progress of a bulk action: the `done`-th of `of`.
    working(done: usize, of: usize) =>
        format!("Working… {done} of {of}"),
        format!("In Arbeit… {done} von {of}");
}

/// "12 matches", "1 match".
pub fn matches(n: usize) -> String {
    match lang() {
        Lang::En if n == 1 => "1 match".to_owned(),
        Lang::En => format!("{} matches", number(n)),
        Lang::De => format!("{} Treffer", number(n)),
    }
}

/// "Accept (2)".
pub fn counted(label: &str, n: usize) -> String {
    format!("{label} ({n})")
}

/// The report of a bulk accept (or reject) where all went through.
pub fn connections_done(n: usize, accepted: bool) -> String {
    match (lang(), accepted) {
        (Lang::En, a) => {
            let verb = if a { "accepted" } else { "rejected" };
            if n == 1 {
                format!("1 connection {verb}.")
            } else {
                format!("{n} connections {verb}.")
            }
        }
        (Lang::De, a) => {
            let verb = if a { "angenommen" } else { "abgelehnt" };
            if n == 1 {
                format!("1 Verbindung {verb}.")
            } else {
                format!("{n} Verbindungen {verb}.")
            }
        }
    }
}

/// The report of a bulk action where some failed.
pub fn connections_partly(done: usize, of: usize, accepted: bool) -> String {
    match (lang(), accepted) {
        (Lang::En, a) => format!("{done} of {of} connections {}.", if a { "accepted" } else { "rejected" }),
        (Lang::De, a) => {
            format!("{done} von {of} Verbindungen {}.", if a { "angenommen" } else { "abgelehnt" })
        }
    }
}

/// A row editor's room: "You can add 3 more port mappings." / "You have reached the limit of
/// 50 port mappings."
pub fn room_text(count: usize, limit: usize, plural: &str) -> String {
    match (lang(), count >= limit) {
        (Lang::En, true) => format!("You have reached the limit of {limit} {plural}."),
        (Lang::En, false) => format!("You can add {} more {plural}.", limit - count),
        (Lang::De, true) => format!("Sie haben die Grenze von {limit} {plural} erreicht."),
        (Lang::De, false) => format!("Sie können noch {} {plural} hinzufügen.", limit - count),
    }
}
