//! The tools', settings' and sign-in's texts with numbers or names in them.

use crate::i18n::{lang, Lang};

/// "10% of calls".
pub fn percent_of_calls(p: u8) -> String {
    match lang() {
        Lang::En => format!("{p}% of calls"),
        Lang::De => format!("{p} % der Aufrufe"),
    }
}

/// A seconds field's hint.
pub fn seconds_hint(max: u64) -> String {
    match lang() {
        Lang::En => format!("0 to {max} seconds."),
        Lang::De => format!("0 bis {max} Sekunden."),
    }
}

/// The badge with a scenario.
pub fn scenario_badge(summary: &str) -> String {
    match lang() {
        Lang::En => format!("Scenario: {summary}"),
        Lang::De => format!("Szenario: {summary}"),
    }
}

/// A bad scenario link.
pub fn link_not_applied(why: &str) -> String {
    match lang() {
        Lang::En => format!("The link was not applied: {why}."),
        Lang::De => format!("Der Link wurde nicht übernommen: {why}."),
    }
}

/// The server refused the scenario.
pub fn server_refused_scenario(why: &str) -> String {
    match lang() {
        Lang::En => format!("The server did not take the scenario: {why}"),
        Lang::De => format!("Der Server hat das Szenario nicht übernommen: {why}"),
    }
}

/// Exported.
pub fn exported_as(file: &str) -> String {
    match lang() {
        Lang::En => format!("Exported as {file}."),
        Lang::De => format!("Exportiert als {file}."),
    }
}

/// A state too large for a link.
pub fn state_too_large(len: usize, max: usize) -> String {
    match lang() {
        Lang::En => {
            format!("The state is too large for a link ({len} characters, at most {max}); export a file instead.")
        }
        Lang::De => format!(
            "Der Zustand ist für einen Link zu groß ({len} Zeichen, höchstens {max}); exportieren Sie stattdessen eine Datei."
        ),
    }
}

/// Imported.
pub fn imported(file: &str) -> String {
    match lang() {
        Lang::En => format!("Imported {file}."),
        Lang::De => format!("{file} importiert."),
    }
}

/// Not imported.
pub fn not_imported(file: &str, why: &str) -> String {
    match lang() {
        Lang::En => format!("{file} was not imported: {why}. Nothing was changed."),
        Lang::De => format!("{file} wurde nicht importiert: {why}. Es wurde nichts geändert."),
    }
}

/// Not a state file (`detail` is the JSON parser's words).
pub fn not_a_state_file(detail: &str) -> String {
    match lang() {
        Lang::En => format!("this is not a mock state file ({detail})"),
        Lang::De => format!("dies ist keine Zustandsdatei der Mock-API ({detail})"),
    }
}

/// Another format.
pub fn wrong_state_format(found: &str, expected: &str) -> String {
    match lang() {
        Lang::En => format!("the format is \"{found}\", not \"{expected}\""),
        Lang::De => format!("das Format ist „{found}“, nicht „{expected}“"),
    }
}

/// Another version.
pub fn unsupported_state_version(found: u32, supported: u32) -> String {
    match lang() {
        Lang::En => format!("version {found} is not supported (this console reads {supported})"),
        Lang::De => format!("Version {found} wird nicht unterstützt (diese Konsole liest {supported})"),
    }
}

/// Not a region.
pub fn not_a_region(id: &str) -> String {
    match lang() {
        Lang::En => format!("\"{id}\" is not a region"),
        Lang::De => format!("„{id}“ ist keine Region"),
    }
}

/// A journal under another region's key.
pub fn journal_of_other_region(id: &str, other: &str) -> String {
    match lang() {
        Lang::En => format!("the journal under \"{id}\" is of {other}"),
        Lang::De => format!("das Journal unter „{id}“ gehört zu {other}"),
    }
}

/// A change refused on replay.
pub fn change_no_longer_applies(id: &str, n: usize, of: usize) -> String {
    match lang() {
        Lang::En => format!("in {id}, change {n} of {of} no longer applies (it was refused on replay)"),
        Lang::De => {
            format!("in {id} gilt Änderung {n} von {of} nicht mehr (sie wurde beim Wiedergeben abgelehnt)")
        }
    }
}

/// The HTTP badge.
pub fn http_api(base: &str) -> String {
    match lang() {
        Lang::En => format!("HTTP API: {base}"),
        Lang::De => format!("HTTP-API: {base}"),
    }
}

/// A session in Settings.
pub fn session_line(region: &str, user: &str, account: &str, project: &str, until: &str) -> String {
    match lang() {
        Lang::En => format!("{region}: {user} of {account} (project {project}), until {until}"),
        Lang::De => format!("{region}: {user} von {account} (Projekt {project}), bis {until}"),
    }
}

/// The session badge's title.
pub fn signed_in_as(region: &str, user: &str, account: &str) -> String {
    match lang() {
        Lang::En => format!("Signed in to {region} as {user} of {account}"),
        Lang::De => format!("Bei {region} angemeldet als {user} von {account}"),
    }
}

/// Announced after a delete finished.
pub fn deleted_names(names: &str) -> String {
    match lang() {
        Lang::En => format!("Deleted: {names}."),
        Lang::De => format!("Gelöscht: {names}."),
    }
}

/// Shown after a delete started.
pub fn deleting_names(names: &str) -> String {
    match lang() {
        Lang::En => format!("Deleting {names}."),
        Lang::De => format!("{names} wird gelöscht."),
    }
}

/// The name chip.
pub fn name_chip(name: &str) -> String {
    match lang() {
        Lang::En => format!("Name: {name}"),
        Lang::De => format!("Name: {name}"),
    }
}

/// The state of a link that did not load.
pub fn state_not_loaded(why: &str) -> String {
    match lang() {
        Lang::En => format!("the state in it was not loaded: {why}"),
        Lang::De => format!("der Zustand darin wurde nicht geladen: {why}"),
    }
}

/// A token without the region's project.
pub fn token_without_project(region: &str) -> String {
    match lang() {
        Lang::En => format!("the token has no project (is there a project named {region}?)"),
        Lang::De => format!("das Token hat kein Projekt (gibt es ein Projekt namens {region}?)"),
    }
}
