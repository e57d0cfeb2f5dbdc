//! The texts with numbers or names in them, per language (each `match` lists every language,
//! so a missing German one does not compile).

use super::{lang, Lang};

mod create;
mod manage;
mod numbers;
mod tools;

pub use create::*;
pub use manage::*;
pub use numbers::*;
pub use tools::*;

/// "You can create 3 more VPC endpoint services." (n > 1).
pub fn quota_left(n: usize) -> String {
    match lang() {
        Lang::En => format!("You can create {n} more VPC endpoint services."),
        Lang::De => format!("Sie können noch {n} VPC-Endpunktdienste erstellen."),
    }
}

/// The row checkbox of `name`.
pub fn select_named(name: &str) -> String {
    match lang() {
        Lang::En => format!("Select {name}"),
        Lang::De => format!("{name} auswählen"),
    }
}

/// The delete button of `name`.
pub fn delete_named(name: &str) -> String {
    match lang() {
        Lang::En => format!("Delete {name}"),
        Lang::De => format!("{name} löschen"),
    }
}

/// "Delete (3)".
pub fn delete_count(n: usize) -> String {
    match lang() {
        Lang::En => format!("Delete ({n})"),
        Lang::De => format!("Löschen ({n})"),
    }
}

/// A chip's remove button.
pub fn remove_filter(label: &str) -> String {
    match lang() {
        Lang::En => format!("Remove filter {label}"),
        Lang::De => format!("Filter {label} entfernen"),
    }
}

/// "12 matches", "1 match".
pub fn matches(n: usize) -> String {
    match lang() {
        Lang::En if n == 1 => "1 match".to_owned(),
        Lang::En => format!("{} matches", number(n)),
        Lang::De => format!("{} Treffer", number(n)),
    }
}

/// "Page 1 of 2".
pub fn page_of(page: u32, pages: u32) -> String {
    match lang() {
        Lang::En => format!("Page {page} of {pages}"),
        Lang::De => format!("Seite {page} von {pages}"),
    }
}

/// A 5xx.
pub fn err_service_failed(status: u16) -> String {
    match lang() {
        Lang::En => format!("The service failed (HTTP {status})"),
        Lang::De => format!("Der Dienst ist fehlgeschlagen (HTTP {status})"),
    }
}

/// Another 4xx.
pub fn err_refused(status: u16) -> String {
    match lang() {
        Lang::En => format!("The request was refused (HTTP {status})"),
        Lang::De => format!("Die Anfrage wurde abgelehnt (HTTP {status})"),
    }
}

/// A 401's detail.
pub fn err_signin_again(message: &str) -> String {
    match lang() {
        Lang::En => format!("{message} Sign in again (Sign in, top right)."),
        Lang::De => format!("{message} Melden Sie sich erneut an (Anmelden, oben rechts)."),
    }
}

/// A network error's detail.
pub fn err_check_connection(why: &str) -> String {
    match lang() {
        Lang::En => format!("Check your connection and try again ({why})."),
        Lang::De => format!("Prüfen Sie Ihre Verbindung und versuchen Sie es erneut ({why})."),
    }
}

/// A timeout's detail.
pub fn err_no_answer(seconds: u32) -> String {
    match lang() {
        Lang::En => format!("No answer after {seconds} seconds. Try again."),
        Lang::De => format!("Keine Antwort nach {seconds} Sekunden. Versuchen Sie es erneut."),
    }
}

/// A malformed answer's detail.
pub fn err_unexpected(why: &str) -> String {
    match lang() {
        Lang::En => format!("Unexpected response: {why}."),
        Lang::De => format!("Unerwartete Antwort: {why}."),
    }
}

/// A missing sign-in's detail.
pub fn err_needs_signin(region: &str) -> String {
    match lang() {
        Lang::En => format!("This needs a sign-in to {region}. Sign in (top right), then try again; what you typed stays."),
        Lang::De => format!(
            "Dafür ist eine Anmeldung in {region} nötig. Melden Sie sich an (oben rechts) und versuchen Sie es erneut; Ihre Eingaben bleiben erhalten."
        ),
    }
}

/// The delete dialog's title for several.
pub fn delete_many_title(n: usize) -> String {
    match lang() {
        Lang::En => format!("Delete {n} VPC Endpoint Services"),
        Lang::De => format!("{n} VPC-Endpunktdienste löschen"),
    }
}

/// The delete dialog's confirmation label.
pub fn type_to_confirm(word: &str) -> String {
    match lang() {
        Lang::En => format!("To confirm, type \"{word}\"."),
        Lang::De => format!("Geben Sie zur Bestätigung \"{word}\" ein."),
    }
}

/// "1 of 2 port mappings".
pub fn port_mappings_shown(shown: usize, total: usize) -> String {
    match lang() {
        Lang::En => format!("{shown} of {total} port mappings"),
        Lang::De => format!("{shown} von {total} Port-Zuordnungen"),
    }
}

/// The label of an in-place field ("New name"); `what` is the field's name.
pub fn new_value(what: &str) -> String {
    match lang() {
        Lang::En => format!("New {}", what.to_lowercase()),
        Lang::De => format!("Neuer Wert: {what}"),
    }
}

/// The Edit button of a field ("Edit name").
pub fn edit_field(what: &str) -> String {
    match lang() {
        Lang::En => format!("Edit {}", what.to_lowercase()),
        Lang::De => format!("{what} bearbeiten"),
    }
}

/// "Accept (2)".
pub fn counted(label: &str, n: usize) -> String {
    format!("{label} ({n})")
}

/// Progress of a bulk action: the `done`-th of `of`.
pub fn working(done: usize, of: usize) -> String {
    match lang() {
        Lang::En => format!("Working… {done} of {of}"),
        Lang::De => format!("In Arbeit… {done} von {of}"),
    }
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
