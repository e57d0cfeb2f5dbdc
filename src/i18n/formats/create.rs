//! The create form's texts with numbers or names in them.

use crate::i18n::{lang, Lang};

formats! {
    /// The Name hint.
    name_hint(max: usize) =>
        format!("Optional. At most {max} characters: letters, digits, underscores (_) and hyphens (-)."),
        format!(
            "Optional. Höchstens {max} Zeichen: Buchstaben, Ziffern, Unterstriche (_) und Bindestriche (-)."
        );

    /// The Tag hint.
    tags_hint(charset: &str, key_max: usize, value_max: usize) =>
        format!(
            "Optional. Tag keys and values can contain {charset}; a key is unique and at most {key_max} characters, a value at most {value_max}."
        ),
        format!(
            "Optional. Tag-Schlüssel und -Werte dürfen {charset} enthalten; ein Schlüssel ist eindeutig und hat höchstens {key_max} Zeichen, ein Wert höchstens {value_max}."
        );

    /// A port-mapping row's name ("Port mapping 1").
    port_mapping_n(n: usize) =>
        format!("Port mapping {n}"),
        format!("Port-Zuordnung {n}");

    /// Announced after a remove.
    port_mapping_removed(n: usize) =>
        format!("Port mapping {n} removed."),
        format!("Port-Zuordnung {n} entfernt.");

    /// A row's remove button.
    remove_port_mapping(n: usize) =>
        format!("Remove port mapping {n}"),
        format!("Port-Zuordnung {n} entfernen");

    /// One line of it.
    pasted_line(line: usize, text: &str, reason: &str) =>
        format!("Line {line} \"{text}\": {reason}"),
        format!("Zeile {line} „{text}“: {reason}");

    /// A tag row's name ("Tag 1").
    tag_n(n: usize) =>
        format!("Tag {n}"),
        format!("Tag {n}");

    /// Announced after a remove (`tag` is its key or its number).
    tag_removed(tag: &str) =>
        format!("Tag {tag} removed."),
        format!("Tag {tag} entfernt.");

    /// A tag row's remove button.
    remove_tag(tag: &str) =>
        format!("Remove tag {tag}"),
        format!("Tag {tag} entfernen");

    /// Copy a value.
    copy_value(value: &str) =>
        format!("Copy {value}"),
        format!("{value} kopieren");

    /// "Loading VPCs…".
    loading_list(what: &str) =>
        format!("Loading {what}…"),
        format!("{what} werden geladen…");

    /// A list that could not be loaded.
    list_failed(what: &str, why: &str) =>
        format!("The {what} could not be loaded: {why}"),
        format!("Die {what} konnten nicht geladen werden: {why}");
}

/// The paste report's title.
pub fn pasted_not_added(n: usize) -> String {
    match lang() {
        Lang::En if n == 1 => "1 pasted line was not added:".to_owned(),
        Lang::En => format!("{n} pasted lines were not added:"),
        Lang::De if n == 1 => "1 eingefügte Zeile wurde nicht übernommen:".to_owned(),
        Lang::De => format!("{n} eingefügte Zeilen wurden nicht übernommen:"),
    }
}

/// Announced after a paste.
pub fn pasted(added: usize, rejected: usize) -> String {
    let en_rows = if added == 1 { "1 port mapping".to_owned() } else { format!("{added} port mappings") };
    let en_lines = if rejected == 1 { "1 line was".to_owned() } else { format!("{rejected} lines were") };
    let de_rows =
        if added == 1 { "1 Port-Zuordnung".to_owned() } else { format!("{added} Port-Zuordnungen") };
    let de_lines =
        if rejected == 1 { "1 Zeile wurde".to_owned() } else { format!("{rejected} Zeilen wurden") };
    match lang() {
        Lang::En => format!("Added {en_rows} from the pasted lines; {en_lines} not added."),
        Lang::De => format!("{de_rows} aus den eingefügten Zeilen hinzugefügt; {de_lines} nicht übernommen."),
    }
}

/// The error summary's title.
pub fn fix_problems(n: usize) -> String {
    match lang() {
        Lang::En if n == 1 => "Fix 1 problem before creating the service:".to_owned(),
        Lang::En => format!("Fix {n} problems before creating the service:"),
        Lang::De if n == 1 => "Beheben Sie 1 Problem, bevor Sie den Dienst erstellen:".to_owned(),
        Lang::De => format!("Beheben Sie {n} Probleme, bevor Sie den Dienst erstellen:"),
    }
}
