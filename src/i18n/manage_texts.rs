//! The catalogue's section for the details page's Whitelist and Tags tabs and their dialogs.

use super::texts::section;

section! {
    /// The Whitelist and Tags tabs.
    ManageTexts {
        // Permission Management (the whitelist).
        /// `*` in the list.
        every_account: "* (every account)", "* (jedes Konto)";
        /// Nothing but the own account.
        no_whitelist: "No other account is whitelisted: only your own account can connect to this service.", "Kein anderes Konto steht auf der Whitelist: Nur Ihr eigenes Konto kann sich mit diesem Dienst verbinden.";
        /// The filter finds nothing.
        no_whitelist_match: "No account ID matches the filter.", "Keine Konto-ID entspricht dem Filter.";
        /// The table's label.
        whitelist: "Whitelist", "Whitelist";
        /// Column.
        col_account_id: "Authorized Account ID", "Autorisierte Konto-ID";
        /// The select-all checkbox.
        select_all_accounts: "Select all accounts shown", "Alle angezeigten Konten auswählen";
        /// The add button and dialog title.
        add_to_whitelist: "Add to Whitelist", "Zur Whitelist hinzufügen";
        /// The filter (placeholder and label).
        filter_account_id: "Filter by account ID", "Nach Konto-ID filtern";
        /// A remove that failed.
        whitelist_unchanged: "The whitelist was not changed.", "Die Whitelist wurde nicht geändert.";
        /// The confirmation's title.
        delete_whitelist_records: "Delete Whitelist Records", "Whitelist-Einträge löschen";
        /// The dialog's read-only name.
        service_name_label: "VPC Endpoint Service Name", "Name des VPC-Endpunktdienstes";
        /// The dialog's text area.
        authorized_account_ids: "Authorized Account IDs", "Autorisierte Konto-IDs";
        /// Its hint.
        account_ids_hint: "One account (domain) ID per line: 1 to 64 letters and digits, or * to let every account connect.", "Eine Konto-ID (Domain-ID) pro Zeile: 1 bis 64 Buchstaben und Ziffern, oder *, damit sich jedes Konto verbinden kann.";
        /// A refused add.
        accounts_not_added: "The accounts were not added.", "Die Konten wurden nicht hinzugefügt.";
        /// While adding.
        adding: "Adding…", "Wird hinzugefügt…";
        // Tags.
        /// A refused delete.
        tag_not_deleted: "The tag was not deleted.", "Das Tag wurde nicht gelöscht.";
        /// No tags.
        no_tags: "No tags.", "Keine Tags.";
        /// Column.
        col_key: "Key", "Schlüssel";
        /// Column.
        col_value: "Value", "Wert";
        /// The add button and dialog title.
        add_tag: "Add Tag", "Tag hinzufügen";
        /// The edit dialog's title.
        edit_tag: "Edit Tag", "Tag bearbeiten";
        /// The confirmation's title.
        delete_tag: "Delete Tag", "Tag löschen";
        /// A refused save.
        tag_not_saved: "The tag was not saved.", "Das Tag wurde nicht gespeichert.";
        // Shared.
        /// An outcome's dismiss button.
        dismiss: "Dismiss", "Schließen";
        /// The Terraform dialog's intro.
        terraform_intro: "This service as opentelekomcloud_vpcep_service_v1, with an import block (Terraform 1.5 and later) that adopts it by its ID.", "Dieser Dienst als opentelekomcloud_vpcep_service_v1, mit einem import-Block (ab Terraform 1.5), der ihn über seine ID übernimmt.";
    }
}
