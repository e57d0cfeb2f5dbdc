//! The texts with numbers or names in them, per language (each `match` lists every language,
//! so a missing German one does not compile).

use super::{lang, Lang};

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
        Lang::En => format!("{n} matches"),
        Lang::De => format!("{n} Treffer"),
    }
}

/// "Page 1 of 2".
pub fn page_of(page: u32, pages: u32) -> String {
    match lang() {
        Lang::En => format!("Page {page} of {pages}"),
        Lang::De => format!("Seite {page} von {pages}"),
    }
}
