//! The catalogue: each text in English and in German, side by side. German terms follow the
//! OTC console where known; where no German OTC source was at hand the term is marked
//! "(unconfirmed)" in a comment.

use super::create_texts::CreateTexts;
use super::manage_texts::ManageTexts;
use super::tool_texts::ToolTexts;

macro_rules! texts {
    (
        sections { $( $(#[$sm:meta])* $sec:ident: $Sec:ident, )* }
        $( $(#[$m:meta])* $name:ident: $en:literal, $de:literal; )+
    ) => {
        /// Every text of the console in one language: the frame's, the list's and the details
        /// page's here, the rest by area in its section.
        pub struct Texts {
            $( $(#[$sm])* pub $sec: $Sec, )*
            $( $(#[$m])* pub $name: &'static str, )+
        }

        /// English.
        pub const EN: Texts = Texts { $( $sec: $Sec::EN, )* $( $name: $en, )+ };

        /// German.
        pub const DE: Texts = Texts { $( $sec: $Sec::DE, )* $( $name: $de, )+ };

        /// Every text as (name, English, German): the tests check each, and the end-to-end
        /// tests look for the English ones on German pages.
        pub fn all() -> Vec<(&'static str, &'static str, &'static str)> {
            let mut all = vec![ $( (stringify!($name), $en, $de), )+ ];
            $( all.extend_from_slice($Sec::ALL); )*
            all
        }
    };
}

/// A section of the catalogue: a struct of texts with its English and German values.
macro_rules! section {
    (
        $(#[$sm:meta])* $Struct:ident {
            $( $(#[$m:meta])* $name:ident: $en:literal, $de:literal; )+
        }
    ) => {
        $(#[$sm])*
        pub struct $Struct {
            $( $(#[$m])* pub $name: &'static str, )+
        }

        impl $Struct {
            /// English.
            pub const EN: $Struct = $Struct { $( $name: $en, )+ };
            /// German.
            pub const DE: $Struct = $Struct { $( $name: $de, )+ };
            /// Every text as (name, English, German).
            pub const ALL: &'static [(&'static str, &'static str, &'static str)] =
                &[ $( (stringify!($name), $en, $de), )+ ];
        }
    };
}
pub(crate) use section;

texts! {
    sections {
        /// The create form.
        create: CreateTexts,
        /// The details page's Whitelist and Tags tabs and their dialogs.
        manage: ManageTexts,
        /// The prototyping tools, settings and sign-in.
        tools: ToolTexts,
    }
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
    /// A row editor's remove button.
    remove: "Remove", "Entfernen";
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
    // The service list.
    /// The create button.
    create_service: "Create VPC Endpoint Service", "VPC-Endpunktdienst erstellen";
    /// At the quota.
    quota_reached: "You have reached the quota of VPC endpoint services in this region. Delete one, or ask for a higher quota.", "Sie haben das Kontingent für VPC-Endpunktdienste in dieser Region erreicht. Löschen Sie einen oder beantragen Sie ein höheres Kontingent.";
    /// One left.
    quota_one_left: "You can create 1 more VPC endpoint service.", "Sie können noch 1 VPC-Endpunktdienst erstellen.";
    /// The table's caption.
    services_caption: "VPC endpoint services", "VPC-Endpunktdienste";
    /// The select-all checkbox.
    select_all_services: "Select all services on this page", "Alle Dienste auf dieser Seite auswählen";
    /// Column.
    col_name_id: "Name/ID", "Name/ID";
    /// Column.
    col_vpc: "VPC", "VPC";
    /// Column.
    col_backend_type: "Backend Resource Type", "Backend-Ressourcentyp";
    /// Column.
    col_status: "Status", "Status";
    /// Column.
    col_approval: "Connection Approval", "Verbindungs\u{AD}genehmigung";
    /// Column.
    col_created: "Created", "Erstellt";
    /// Column.
    col_description: "Description", "Beschreibung";
    /// Column.
    col_operation: "Operation", "Vorgang";
    /// Approval on.
    enabled: "Enabled", "Aktiviert";
    /// Approval off.
    disabled: "Disabled", "Deaktiviert";
    /// A card's checkbox label (phone).
    select: "Select", "Auswählen";
    /// The copy button of an ID.
    copy_id: "Copy ID", "ID kopieren";
    /// Delete.
    delete: "Delete", "Löschen";
    /// Refresh.
    refresh: "Refresh", "Aktualisieren";
    /// No row for the filters.
    no_matches: "No matches", "Keine Treffer";
    /// Its text.
    no_matches_text: "No VPC endpoint service matches these filters.", "Kein VPC-Endpunktdienst entspricht diesen Filtern.";
    /// No service at all.
    no_services: "No VPC endpoint services", "Keine VPC-Endpunktdienste";
    /// Its text.
    no_services_text: "You have not created any VPC endpoint service in this region.", "Sie haben in dieser Region noch keinen VPC-Endpunktdienst erstellt.";
    /// The filter bar.
    clear_filters: "Clear filters", "Filter löschen";
    /// Its value field.
    filter_value: "Filter value", "Filterwert";
    /// The chips' list.
    active_filters: "Active filters", "Aktive Filter";
    /// The name search.
    search_by_name: "Search by name", "Nach Namen suchen";
    /// The property select.
    filter_property: "Filter property", "Filtereigenschaft";
    /// Add a filter.
    add_filter: "Add filter", "Filter hinzufügen";
    // Errors and alerts.
    /// Retry.
    retry: "Retry", "Erneut versuchen";
    /// Before an API code.
    error_code: "Error code: ", "Fehlercode: ";
    /// 401.
    err_signin_expired: "Your sign-in has expired or was refused", "Ihre Anmeldung ist abgelaufen oder wurde abgelehnt";
    /// No session.
    err_signin_needed: "Sign in to continue", "Melden Sie sich an, um fortzufahren";
    /// IAM refused.
    err_signin_refused: "Sign-in refused", "Anmeldung abgelehnt";
    /// 403.
    err_no_permission: "You have no permission for this operation", "Sie haben keine Berechtigung für diesen Vorgang";
    /// 404.
    err_not_found: "Not found", "Nicht gefunden";
    /// No answer.
    err_unreachable: "The API could not be reached", "Die API war nicht erreichbar";
    /// Too slow.
    err_timeout: "The API did not answer in time", "Die API hat nicht rechtzeitig geantwortet";
    /// Unreadable.
    err_malformed: "The API sent an answer the console cannot read", "Die API hat eine Antwort gesendet, die die Konsole nicht lesen kann";
    /// IAM's refusal, explained.
    err_signin_refused_detail: "The account name, user name or password is wrong.", "Kontoname, Benutzername oder Passwort ist falsch.";
    // The delete dialog.
    /// The word a person types to confirm a delete (unconfirmed for German).
    confirm_word: "delete", "löschen";
    /// One service.
    delete_one_title: "Delete This VPC Endpoint Service", "Diesen VPC-Endpunktdienst löschen";
    /// Before the names.
    delete_intro: "VPC endpoint service ", "VPC-Endpunktdienst ";
    /// After the names.
    delete_outro: " will be deleted.", " wird gelöscht.";
    /// The warning.
    delete_warning: "Deleted VPC endpoint services cannot be recovered. Exercise caution when performing this operation.", "Gelöschte VPC-Endpunktdienste können nicht wiederhergestellt werden. Gehen Sie bei diesem Vorgang mit Vorsicht vor.";
    /// Column.
    col_name: "Name", "Name";
    /// Cancel.
    cancel: "Cancel", "Abbrechen";
    /// While deleting.
    deleting: "Deleting…", "Wird gelöscht…";
    // The details page.
    /// Tab.
    tab_summary: "Summary", "Übersicht";
    /// Tab.
    tab_connections: "Connection Management", "Verbindungsverwaltung";
    /// Tab.
    tab_permissions: "Permission Management", "Berechtigungsverwaltung";
    /// Tab.
    tab_ports: "Port Mapping", "Port-Zuordnung";
    /// Tab.
    tab_tags: "Tags", "Tags";
    /// The tab list's label.
    service_details: "Service details", "Dienstdetails";
    /// While a read runs.
    loading: "Loading…", "Wird geladen…";
    /// A part of the console (its wasm chunk) is being fetched.
    loading_part: "Loading this part of the console…", "Dieser Teil der Konsole wird geladen…";
    /// A part's chunk could not be fetched.
    part_not_loaded: "This part of the console could not be loaded", "Dieser Teil der Konsole konnte nicht geladen werden";
    /// What to do when a part's chunk could not be fetched.
    part_not_loaded_detail: "Check the network connection and try again. What you entered elsewhere is kept.", "Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut. Ihre übrigen Eingaben bleiben erhalten.";
    /// The back link.
    back_to_list: "Back to VPC Endpoint Service List", "Zurück zur Liste der VPC-Endpunktdienste";
    /// The title before the name is known.
    a_service: "VPC Endpoint Service", "VPC-Endpunktdienst";
    /// The Terraform button.
    terraform: "Terraform", "Terraform";
    /// A dialog's busy OK.
    saving: "Saving…", "Wird gespeichert…";
    /// Save.
    save: "Save", "Speichern";
    /// Edit.
    edit: "Edit", "Bearbeiten";
    /// After a rename.
    name_changed: "Name changed.", "Name geändert.";
    /// After a description change.
    description_changed: "Description changed.", "Beschreibung geändert.";
    /// The refusal while creating or deleting (before the code).
    refused_transitional: "The service is being created or deleted; change it once it is Available.", "Der Dienst wird gerade erstellt oder gelöscht; ändern Sie ihn, sobald er verfügbar ist.";
    // Port Mapping.
    /// No mapping at all.
    no_port_mappings: "No port mappings.", "Keine Port-Zuordnungen.";
    /// None for the search.
    no_port_mapping_match: "No port mapping matches the search.", "Keine Port-Zuordnung entspricht der Suche.";
    /// The table's label.
    port_mappings: "Port mappings", "Port-Zuordnungen";
    /// Column.
    col_protocol: "Protocol", "Protokoll";
    /// Column.
    col_service_port: "Service Port", "Dienst-Port";
    /// Column.
    col_terminal_port: "Terminal Port", "Endpunkt-Port";
    /// The search's placeholder.
    search_ports: "Search by protocol or port", "Nach Protokoll oder Port suchen";
    /// The search's label.
    search_ports_label: "Search port mappings by protocol or port", "Port-Zuordnungen nach Protokoll oder Port durchsuchen";
    /// The read-only note.
    ports_read_only: "Port mappings cannot be modified or deleted after the service is created. To change them, create a new service.", "Port-Zuordnungen können nach dem Erstellen des Dienstes weder geändert noch gelöscht werden. Um sie zu ändern, erstellen Sie einen neuen Dienst.";
    // Summary.
    /// What disabling approval does.
    approval_off_effect: "New VPC endpoints will connect without your approval. Endpoints already waiting stay pending until you accept or reject them.", "Neue VPC-Endpunkte verbinden sich ohne Ihre Genehmigung. Bereits wartende Endpunkte bleiben ausstehend, bis Sie sie annehmen oder ablehnen.";
    /// What enabling approval does.
    approval_on_effect: "Every new VPC endpoint will wait for your approval. Endpoints already connected stay connected.", "Jeder neue VPC-Endpunkt wartet auf Ihre Genehmigung. Bereits verbundene Endpunkte bleiben verbunden.";
    /// Field.
    id: "ID", "ID";
    /// The approval switch, off.
    disable: "Disable", "Deaktivieren";
    /// The approval switch, on.
    enable: "Enable", "Aktivieren";
    /// After the switch.
    approval_changed: "Connection approval changed.", "Verbindungsgenehmigung geändert.";
    /// Field.
    backend_resource: "Backend Resource", "Backend-Ressource";
    /// Copy.
    copy_port_id: "Copy port ID", "Port-ID kopieren";
    /// Field.
    service_type: "Service Type", "Diensttyp";
    /// Its only value.
    interface: "Interface", "Schnittstelle";
    /// Copy.
    copy_vpc_id: "Copy VPC ID", "VPC-ID kopieren";
    /// Field.
    connections: "Connections", "Verbindungen";
    /// The approval confirmation.
    change_approval_title: "Change connection approval?", "Verbindungsgenehmigung ändern?";
    /// Its button.
    change: "Change", "Ändern";
    // Connection Management.
    /// No connection.
    no_connections: "No VPC endpoint is connected to this service.", "Mit diesem Dienst ist kein VPC-Endpunkt verbunden.";
    /// None with the status.
    no_connection_with_status: "No connection has this status.", "Keine Verbindung hat diesen Status.";
    /// Accept.
    accept: "Accept", "Annehmen";
    /// Reject.
    reject: "Reject", "Ablehnen";
    /// Column.
    col_endpoint_id: "VPC Endpoint ID", "VPC-Endpunkt-ID";
    /// Column.
    col_packet_id: "Packet ID", "Paket-ID";
    /// Column.
    col_owner: "Owner", "Eigentümer";
    /// The select-all checkbox.
    select_all_connections: "Select all connections shown", "Alle angezeigten Verbindungen auswählen";
    /// The status filter's first option.
    all_statuses: "All statuses", "Alle Status";
    // Pagination.
    /// Its label.
    pages: "Pages", "Seiten";
    /// Previous.
    previous_page: "Previous page", "Vorherige Seite";
    /// Next.
    next_page: "Next page", "Nächste Seite";
    /// Page size.
    rows_per_page: "Rows per page", "Zeilen pro Seite";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts that are the same in both languages (names, codes).
    const SAME_IN_BOTH: &[&str] = &[
        "col_name_id",
        "col_vpc",
        "col_status",
        "col_name",
        "tab_tags",
        "terraform",
        "id",
        "whitelist",
        "region",
        "name",
        "vpcs",
        "load_balancer",
        "private_ip",
        "az",
        "tag",
        "format",
        "gateway",
    ];

    #[test]
    fn every_text_is_there_in_both_languages_and_german_is_german() {
        for (name, en, de) in all() {
            assert!(!en.trim().is_empty() && !de.trim().is_empty(), "{name} is empty");
            if !SAME_IN_BOTH.contains(&name) {
                assert_ne!(en, de, "{name} is not translated");
            }
        }
        assert_eq!(EN.services, "VPC Endpoint Services");
        assert_eq!(DE.settings, "Einstellungen");
    }
}
