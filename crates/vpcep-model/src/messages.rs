//! Every text the shared rules write for people, in English and German side by side: the
//! validation messages, the pasted-line reasons and the labels. The rules call these; no rule
//! writes a text of its own. (The console's own texts are in its `i18n` module.) The German
//! wording is ours: no German OTC console text was at hand to confirm it.

use crate::connection::ConnectionStatus;
use crate::lang::{both, Bilingual, Lang};
use crate::region::Region;
use crate::resources::LoadBalancerKind;
use crate::service::{ServerType, ServiceStatus};

/// One message: a function of its arguments that gives English and German.
macro_rules! messages {
    ($( $(#[$m:meta])* $name:ident($($arg:ident: $ty:ty),*) => $en:expr, $de:expr; )+) => {
        $( $(#[$m])* pub fn $name($($arg: $ty),*) -> Bilingual { both($en, $de) } )+
    };
}

messages! {
    // Single fields.
    /// The name is too long.
    name_too_long(max: usize, count: usize) =>
        format!("The name can contain at most {max} characters (it has {count})."),
        format!("Der Name darf höchstens {max} Zeichen enthalten (er hat {count}).");
    /// The subject of the name's character rule.
    the_name() => "The name", "Der Name";
    /// No VPC.
    select_vpc() => "Select a VPC.", "Wählen Sie eine VPC aus.";
    /// Another service type.
    only_interface() =>
        "Only Interface endpoint services can be created.",
        "Es können nur Endpunktdienste vom Typ Schnittstelle (interface) erstellt werden.";
    /// Another backend type.
    choose_backend_type() =>
        "Choose Enhanced load balancer or ECS as the backend resource type.",
        "Wählen Sie Enhanced Load Balancer oder ECS als Backend-Ressourcentyp.";
    /// No ECS chosen.
    select_ecs() => "Select an ECS from the ECS list.", "Wählen Sie einen ECS aus der ECS-Liste aus.";
    /// No load balancer chosen.
    select_load_balancer() => "Select a load balancer.", "Wählen Sie einen Load Balancer aus.";
    /// A change's empty backend port.
    backend_port_id_empty() =>
        "The backend's port id cannot be empty.", "Die Port-ID des Backends darf nicht leer sein.";
    /// The description is too long.
    description_too_long(max: usize, count: usize) =>
        format!("The description can contain at most {max} characters (it has {count})."),
        format!("Die Beschreibung darf höchstens {max} Zeichen enthalten (sie hat {count}).");
    /// `<` or `>` in the description.
    description_angle_brackets() =>
        "The description cannot contain angle brackets (< or >).",
        "Die Beschreibung darf keine spitzen Klammern (< oder >) enthalten.";
    /// A control character in the description.
    description_control_characters() =>
        "The description cannot contain control characters (such as line breaks or tabs).",
        "Die Beschreibung darf keine Steuerzeichen (wie Zeilenumbrüche oder Tabulatoren) enthalten.";
    /// `tcp_proxy` (API only).
    tcp_proxy_values(values: &str) =>
        format!("tcp_proxy must be one of {values}."),
        format!("tcp_proxy muss einer dieser Werte sein: {values}.");
    /// `pool_id` (API only).
    pool_id_rule(max: usize) =>
        format!("pool_id must be 1 to {max} letters, digits, hyphens or underscores."),
        format!("pool_id muss aus 1 bis {max} Buchstaben, Ziffern, Bindestrichen oder Unterstrichen bestehen.");

    // Characters.
    /// Spaces refused.
    spaces_refused() => "spaces are not allowed", "Leerzeichen sind nicht erlaubt";
    /// Tabs and line breaks refused.
    line_breaks_refused() =>
        "tabs and line breaks are not allowed", "Tabulatoren und Zeilenumbrüche sind nicht erlaubt";
    /// Another character refused.
    character_refused(c: char) => format!("\"{c}\" is not allowed"), format!("„{c}“ ist nicht erlaubt");
    /// The characters of a name.
    name_characters() =>
        "letters, digits, underscores (_) and hyphens (-)",
        "Buchstaben, Ziffern, Unterstriche (_) und Bindestriche (-)";
    /// The characters of a tag where `@` is allowed.
    tag_characters_with_at_sign() =>
        "letters, digits, underscores (_), hyphens (-) and at signs (@)",
        "Buchstaben, Ziffern, Unterstriche (_), Bindestriche (-) und At-Zeichen (@)";
    /// "The name can contain only …; … is not allowed."
    only_characters(what: &Bilingual, allowed: &Bilingual, refused: &Bilingual) =>
        format!("{} can contain only {}; {}.", what.en, allowed.en, refused.en),
        format!("{} darf nur {} enthalten; {}.", what.de, allowed.de, refused.de);

    // Port mappings.
    /// The service port, in a sentence.
    service_port() => "service port", "Dienst-Port";
    /// The terminal port, in a sentence.
    terminal_port() => "terminal port", "Endpunkt-Port";
    /// A port out of range or empty.
    port_range(port: &Bilingual, min: i64, max: i64) =>
        format!("Enter a {} from {min} to {max}.", port.en),
        format!("Geben Sie einen {} von {min} bis {max} ein.", port.de);
    /// A port that is not a number.
    port_whole_number(port: &Bilingual, min: i64, max: i64) =>
        format!("The {} must be a whole number from {min} to {max}.", port.en),
        format!("Der {} muss eine ganze Zahl von {min} bis {max} sein.", port.de);
    /// Another protocol, UDP allowed.
    choose_tcp_or_udp() => "Choose TCP or UDP.", "Wählen Sie TCP oder UDP.";
    /// Another protocol, TCP only.
    choose_tcp() => "Choose TCP.", "Wählen Sie TCP.";
    /// Two mappings with the same protocol and port.
    same_port(this: usize, port_word: &Bilingual, protocol: &str, port: i64, other: usize) =>
        format!(
            "Port mapping {this} uses the same protocol and {} ({protocol} {port}) as port mapping {other}.",
            port_word.en
        ),
        format!(
            "Port-Zuordnung {this} verwendet dasselbe Protokoll und denselben {} ({protocol} {port}) wie Port-Zuordnung {other}.",
            port_word.de
        );
    /// No mapping.
    add_port_mapping() => "Add at least one port mapping.", "Fügen Sie mindestens eine Port-Zuordnung hinzu.";
    /// Too many mappings.
    too_many_port_mappings(max: usize, n: usize) =>
        format!("At most {max} port mappings can be added at a time (there are {n})."),
        format!("Es können höchstens {max} Port-Zuordnungen auf einmal hinzugefügt werden (es sind {n}).");
    /// A pasted line's first word is no protocol.
    not_a_protocol(word: &str) =>
        format!("\"{word}\" is not a protocol; use TCP or UDP."),
        format!("„{word}“ ist kein Protokoll; verwenden Sie TCP oder UDP.");
    /// A pasted line without two ports.
    write_protocol_and_ports() =>
        "Write a protocol, a service port and a terminal port.",
        "Schreiben Sie ein Protokoll, einen Dienst-Port und einen Endpunkt-Port.";
    /// A pasted line over the limit.
    over_port_mapping_limit(max: usize) =>
        format!("Over the limit of {max} port mappings."),
        format!("Über der Grenze von {max} Port-Zuordnungen.");

    // Tags.
    /// No key.
    enter_tag_key() => "Enter a tag key.", "Geben Sie einen Tag-Schlüssel ein.";
    /// The key is too long.
    tag_key_too_long(max: usize, count: usize) =>
        format!("The tag key can contain at most {max} characters (it has {count})."),
        format!("Der Tag-Schlüssel darf höchstens {max} Zeichen enthalten (er hat {count}).");
    /// The subject of the key's character rule.
    the_tag_key() => "The tag key", "Der Tag-Schlüssel";
    /// The value is too long.
    tag_value_too_long(max: usize, count: usize) =>
        format!("The tag value can contain at most {max} characters (it has {count})."),
        format!("Der Tag-Wert darf höchstens {max} Zeichen enthalten (er hat {count}).");
    /// The subject of the value's character rule.
    the_tag_value() => "The tag value", "Der Tag-Wert";
    /// Too many tags in a create.
    too_many_tags(max: usize, n: usize) =>
        format!("At most {max} tags can be added (there are {n})."),
        format!("Es können höchstens {max} Tags hinzugefügt werden (es sind {n}).");
    /// A key used twice in a create (`other` counts from 1).
    tag_key_used_by(key: &str, other: usize) =>
        format!("The tag key \"{key}\" is also used by tag {other}; keys must be unique."),
        format!("Der Tag-Schlüssel „{key}“ wird auch von Tag {other} verwendet; Schlüssel müssen eindeutig sein.");
    /// A tag action's action.
    tag_action_values() => "The action is create or delete.", "Die Aktion ist create oder delete.";
    /// A tag action without tags.
    name_a_tag() => "Name at least one tag.", "Nennen Sie mindestens ein Tag.";
    /// A tag to create without a value.
    tag_needs_value() =>
        "A tag to add needs a value (it may be empty).",
        "Ein hinzuzufügendes Tag braucht einen Wert (er darf leer sein).";
    /// A key given twice in a tag action.
    tag_key_twice(key: &str) =>
        format!("The tag key \"{key}\" is given twice."),
        format!("Der Tag-Schlüssel „{key}“ ist doppelt angegeben.");
    /// A tag action that would pass the limit.
    tags_after_change(max: usize, after: usize) =>
        format!("A service has at most {max} tags; this would make {after}."),
        format!("Ein Dienst hat höchstens {max} Tags; dies ergäbe {after}.");

    // The whitelist.
    /// No account ID.
    enter_account_id() => "Enter an account ID.", "Geben Sie eine Konto-ID ein.";
    /// An account ID too long.
    account_id_too_long(max: usize, count: usize) =>
        format!("An account ID has at most {max} characters (this one has {count})."),
        format!("Eine Konto-ID hat höchstens {max} Zeichen (diese hat {count}).");
    /// An account ID with another character.
    account_id_characters(refused: &Bilingual) =>
        format!("An account ID contains only letters and digits, or is * alone; {}.", refused.en),
        format!("Eine Konto-ID enthält nur Buchstaben und Ziffern oder ist * allein; {}.", refused.de);
    /// A record without its prefix.
    record_prefix(prefix: &str) =>
        format!("A whitelist record starts with {prefix} (or is * alone)."),
        format!("Ein Whitelist-Eintrag beginnt mit {prefix} (oder ist * allein).");
    /// A whitelist action's action.
    permission_action_values() => "The action is add or remove.", "Die Aktion ist add oder remove.";
    /// A whitelist action without records.
    name_an_account() => "Name at least one account.", "Nennen Sie mindestens ein Konto.";
    /// The dialog without IDs.
    enter_account_ids() => "Enter at least one account ID.", "Geben Sie mindestens eine Konto-ID ein.";
    /// The dialog over the limit of one operation.
    too_many_accounts(max: usize, n: usize) =>
        format!("At most {max} accounts can be added at a time (there are {n})."),
        format!("Es können höchstens {max} Konten auf einmal hinzugefügt werden (es sind {n}).");
    /// A problem of the dialog's line `line`.
    on_line(line: usize, problem: &Bilingual) =>
        format!("Line {line}: {}", problem.en),
        format!("Zeile {line}: {}", problem.de);
    /// An ID given twice.
    same_account_as_line(line: usize, first: usize) =>
        format!("Line {line}: the same account ID as line {first}."),
        format!("Zeile {line}: dieselbe Konto-ID wie Zeile {first}.");
}

/// A service status's label.
pub fn service_status(status: &ServiceStatus, lang: Lang) -> &str {
    match status {
        ServiceStatus::Creating => lang.pick("Creating", "Wird erstellt"),
        ServiceStatus::Available => lang.pick("Available", "Verfügbar"),
        ServiceStatus::Failed => lang.pick("Failed", "Fehlgeschlagen"),
        ServiceStatus::Deleting => lang.pick("Deleting", "Wird gelöscht"),
        ServiceStatus::Other(s) => s,
    }
}

/// A connection status's label.
pub fn connection_status(status: &ConnectionStatus, lang: Lang) -> &str {
    match status {
        ConnectionStatus::PendingAcceptance => lang.pick("Pending acceptance", "Annahme ausstehend"),
        ConnectionStatus::Creating => lang.pick("Creating", "Wird erstellt"),
        ConnectionStatus::Accepted => lang.pick("Accepted", "Angenommen"),
        ConnectionStatus::Rejected => lang.pick("Rejected", "Abgelehnt"),
        ConnectionStatus::Failed => lang.pick("Failed", "Fehlgeschlagen"),
        ConnectionStatus::Deleting => lang.pick("Deleting", "Wird gelöscht"),
        ConnectionStatus::Other(s) => s,
    }
}

/// A backend type's label (the seed's words).
pub fn server_type(server_type: &ServerType, lang: Lang) -> &str {
    match server_type {
        ServerType::Lb => lang.pick("Enhanced load balancer", "Enhanced Load Balancer"),
        ServerType::Vm => "ECS",
        ServerType::Other(s) => s,
    }
}

/// A region's label.
pub fn region(region: Region, lang: Lang) -> &'static str {
    match region {
        Region::EuDe => lang.pick("eu-de (Germany)", "eu-de (Deutschland)"),
        Region::EuNl => lang.pick("eu-nl (Netherlands)", "eu-nl (Niederlande)"),
    }
}

/// A load balancer kind's label.
pub fn load_balancer_kind(kind: LoadBalancerKind, lang: Lang) -> &'static str {
    match kind {
        LoadBalancerKind::Shared => lang.pick("Shared", "Gemeinsam genutzt"),
        LoadBalancerKind::Dedicated => lang.pick("Dedicated", "Dediziert"),
    }
}
