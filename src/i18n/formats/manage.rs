//! The Whitelist and Tags tabs' texts with numbers or names in them.

use crate::i18n::{lang, Lang};

/// "1 account", "3 accounts".
pub fn accounts(n: usize) -> String {
    match lang() {
        Lang::En if n == 1 => "1 account".to_owned(),
        Lang::En => format!("{n} accounts"),
        Lang::De if n == 1 => "1 Konto".to_owned(),
        Lang::De => format!("{n} Konten"),
    }
}

/// "3 accounts added to the whitelist."
pub fn accounts_added(who: &str) -> String {
    match lang() {
        Lang::En => format!("{who} added to the whitelist."),
        Lang::De => format!("{who} zur Whitelist hinzugefügt."),
    }
}

/// "3 accounts removed from the whitelist."
pub fn accounts_removed(who: &str) -> String {
    match lang() {
        Lang::En => format!("{who} removed from the whitelist."),
        Lang::De => format!("{who} von der Whitelist entfernt."),
    }
}

/// The remove confirmation.
pub fn remove_from_whitelist(who: &str) -> String {
    match lang() {
        Lang::En => format!(
            "Remove {who} from the whitelist? New VPC endpoints of these accounts can no longer connect to this service."
        ),
        Lang::De => format!(
            "{who} von der Whitelist entfernen? Neue VPC-Endpunkte dieser Konten können sich dann nicht mehr mit diesem Dienst verbinden."
        ),
    }
}

/// Over the limit of one operation.
pub fn accounts_over_limit(n: usize, max: usize) -> String {
    match lang() {
        Lang::En => format!("{n} accounts: at most {max} can be added at a time."),
        Lang::De => format!("{n} Konten: Es können höchstens {max} auf einmal hinzugefügt werden."),
    }
}

/// Room left in one operation.
pub fn accounts_room(n: usize) -> String {
    match lang() {
        Lang::En => format!("You can add {n} more accounts in this operation."),
        Lang::De => format!("Sie können in diesem Vorgang noch {n} Konten hinzufügen."),
    }
}

/// A tag added.
pub fn tag_added(key: &str) -> String {
    match lang() {
        Lang::En => format!("Tag \"{key}\" added."),
        Lang::De => format!("Tag „{key}“ hinzugefügt."),
    }
}

/// A tag's value changed.
pub fn tag_changed(key: &str) -> String {
    match lang() {
        Lang::En => format!("The value of tag \"{key}\" changed."),
        Lang::De => format!("Der Wert von Tag „{key}“ wurde geändert."),
    }
}

/// A tag deleted.
pub fn tag_deleted(key: &str) -> String {
    match lang() {
        Lang::En => format!("Tag \"{key}\" deleted."),
        Lang::De => format!("Tag „{key}“ gelöscht."),
    }
}

/// The delete confirmation.
pub fn delete_tag_question(key: &str) -> String {
    match lang() {
        Lang::En => format!("Delete tag \"{key}\" from this service?"),
        Lang::De => format!("Tag „{key}“ von diesem Dienst löschen?"),
    }
}

/// A row's edit button.
pub fn edit_tag_named(key: &str) -> String {
    match lang() {
        Lang::En => format!("Edit tag {key}"),
        Lang::De => format!("Tag {key} bearbeiten"),
    }
}

/// A row's delete button.
pub fn delete_tag_named(key: &str) -> String {
    match lang() {
        Lang::En => format!("Delete tag {key}"),
        Lang::De => format!("Tag {key} löschen"),
    }
}

/// "3 of 10 tags." and at the limit what to do.
pub fn tags_of(n: usize, max: usize) -> String {
    match (lang(), n >= max) {
        (Lang::En, true) => format!("{n} of {max} tags: delete one to add another."),
        (Lang::En, false) => format!("{n} of {max} tags."),
        (Lang::De, true) => format!("{n} von {max} Tags: Löschen Sie eines, um ein weiteres hinzuzufügen."),
        (Lang::De, false) => format!("{n} von {max} Tags."),
    }
}

/// A key the service has.
pub fn tag_key_exists(key: &str) -> String {
    match lang() {
        Lang::En => format!("This service already has the tag key \"{key}\"; edit its value instead."),
        Lang::De => format!(
            "Dieser Dienst hat den Tag-Schlüssel „{key}“ bereits; bearbeiten Sie stattdessen seinen Wert."
        ),
    }
}

/// The key's hint.
pub fn tag_key_hint(max: usize, charset: &str) -> String {
    match lang() {
        Lang::En => format!("At most {max} characters: {charset}."),
        Lang::De => format!("Höchstens {max} Zeichen: {charset}."),
    }
}

/// The value's hint.
pub fn tag_value_hint(max: usize, charset: &str) -> String {
    match lang() {
        Lang::En => format!("At most {max} characters: {charset}; may be empty."),
        Lang::De => format!("Höchstens {max} Zeichen: {charset}; darf leer sein."),
    }
}
