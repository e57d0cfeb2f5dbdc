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

formats! {
    /// "3 accounts added to the whitelist."
    accounts_added(who: &str) =>
        format!("{who} added to the whitelist."),
        format!("{who} zur Whitelist hinzugefügt.");

    /// "3 accounts removed from the whitelist."
    accounts_removed(who: &str) =>
        format!("{who} removed from the whitelist."),
        format!("{who} von der Whitelist entfernt.");

    /// The remove confirmation.
    remove_from_whitelist(who: &str) =>
        format!(
            "Remove {who} from the whitelist? New VPC endpoints of these accounts can no longer connect to this service."
        ),
        format!(
            "{who} von der Whitelist entfernen? Neue VPC-Endpunkte dieser Konten können sich dann nicht mehr mit diesem Dienst verbinden."
        );

    /// Over the limit of one operation.
    accounts_over_limit(n: usize, max: usize) =>
        format!("{n} accounts: at most {max} can be added at a time."),
        format!("{n} Konten: Es können höchstens {max} auf einmal hinzugefügt werden.");

    /// Room left in one operation.
    accounts_room(n: usize) =>
        format!("You can add {n} more accounts in this operation."),
        format!("Sie können in diesem Vorgang noch {n} Konten hinzufügen.");

    /// A tag added.
    tag_added(key: &str) =>
        format!("Tag \"{key}\" added."),
        format!("Tag „{key}“ hinzugefügt.");

    /// A tag's value changed.
    tag_changed(key: &str) =>
        format!("The value of tag \"{key}\" changed."),
        format!("Der Wert von Tag „{key}“ wurde geändert.");

    /// A tag deleted.
    tag_deleted(key: &str) =>
        format!("Tag \"{key}\" deleted."),
        format!("Tag „{key}“ gelöscht.");

    /// The delete confirmation.
    delete_tag_question(key: &str) =>
        format!("Delete tag \"{key}\" from this service?"),
        format!("Tag „{key}“ von diesem Dienst löschen?");

    /// A row's edit button.
    edit_tag_named(key: &str) =>
        format!("Edit tag {key}"),
        format!("Tag {key} bearbeiten");

    /// A row's delete button.
    delete_tag_named(key: &str) =>
        format!("Delete tag {key}"),
        format!("Tag {key} löschen");

    /// A key the service has.
    tag_key_exists(key: &str) =>
        format!("This service already has the tag key \"{key}\"; edit its value instead."),
        format!(
            "Dieser Dienst hat den Tag-Schlüssel „{key}“ bereits; bearbeiten Sie stattdessen seinen Wert."
        );

    /// The key's hint.
    tag_key_hint(max: usize, charset: &str) =>
        format!("At most {max} characters: {charset}."),
        format!("Höchstens {max} Zeichen: {charset}.");

    /// The value's hint.
    tag_value_hint(max: usize, charset: &str) =>
        format!("At most {max} characters: {charset}; may be empty."),
        format!("Höchstens {max} Zeichen: {charset}; darf leer sein.");
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
