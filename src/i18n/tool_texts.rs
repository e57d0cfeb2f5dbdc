//! The catalogue's section for the prototyping tools (scenarios, state, request previews),
//! settings, sign-in, and what is left of the frame.

use super::texts::section;

section! {
    /// The tools, settings and sign-in.
    ToolTexts {
        // The Scenario panel.
        /// The badge and the panel's title.
        scenario: "Scenario", "Szenario";
        /// Latency.
        latency_none: "None (0 ms)", "Keine (0 ms)";
        /// Latency.
        latency_default: "300 ms (default)", "300 ms (Standard)";
        /// Latency.
        latency_random: "Random, 100 to 2,000 ms", "Zufällig, 100 bis 2.000 ms";
        /// An account.
        account_demo: "Demo data (12 services)", "Demodaten (12 Dienste)";
        /// An account.
        account_empty: "Empty account", "Leeres Konto";
        /// An account.
        account_at_quota: "At the quota (20 services)", "Am Kontingent (20 Dienste)";
        /// An account.
        account_many: "1,000 services", "1.000 Dienste";
        /// An account.
        account_failed: "One failed service", "Ein fehlgeschlagener Dienst";
        /// An account.
        account_pending: "Services with pending connections", "Dienste mit ausstehenden Verbindungen";
        /// No failure.
        failure_none: "None", "Keiner";
        /// Any operation.
        any_call: "Any call", "Jeder Aufruf";
        /// Rate.
        next_call_only: "The next call only", "Nur der nächste Aufruf";
        /// Rate.
        every_call: "Every call", "Jeder Aufruf";
        /// The panel's intro, embedded mock.
        scenario_intro_embedded: "How the embedded mock behaves. Every setting is also a URL query: Copy link gives a link that reproduces it.", "Wie sich die eingebettete Mock-API verhält. Jede Einstellung ist auch ein URL-Parameter: „Link kopieren“ liefert einen Link, der sie wiederherstellt.";
        /// The panel's intro, server.
        scenario_intro_server: "How vpcep-server's mock behaves for your project (other projects keep their own). The server can also play one for every project: vpcep-server --scenario QUERY.", "Wie sich die Mock-API von vpcep-server für Ihr Projekt verhält (andere Projekte behalten ihr eigenes). Der Server kann auch eines für jedes Projekt abspielen: vpcep-server --scenario QUERY.";
        /// Field.
        starting_account: "Starting account", "Startkonto";
        /// A new account drops the changes.
        scenario_reset_note: "Applying starts every region again from this account; what was changed so far is dropped.", "Übernehmen startet jede Region neu mit diesem Konto; bisherige Änderungen werden verworfen.";
        /// Field.
        latency: "Latency", "Latenz";
        /// Field.
        creating_takes: "Creating takes", "Erstellen dauert";
        /// Field.
        deleting_takes: "Deleting takes", "Löschen dauert";
        /// Field.
        failure: "Failure", "Fehler";
        /// Field.
        failing_operation: "Failing operation", "Fehlschlagender Vorgang";
        /// Field.
        how_often: "How often", "Wie oft";
        /// Copied.
        link_copied: "Link copied.", "Link kopiert.";
        /// Button.
        copy_link: "Copy link", "Link kopieren";
        /// Button.
        defaults: "Defaults", "Standardwerte";
        /// Button.
        apply: "Apply", "Übernehmen";
        // The panel's data part.
        /// Its legend.
        data: "Data", "Daten";
        /// Button.
        export_file: "Export file", "Datei exportieren";
        /// Button.
        import_file: "Import file", "Datei importieren";
        /// Button.
        copy_state_link: "Copy state link", "Zustandslink kopieren";
        /// Copied.
        state_link_copied: "State link copied.", "Zustandslink kopiert.";
        /// Not copied.
        link_not_copied: "The link could not be copied.", "Der Link konnte nicht kopiert werden.";
        // Previews.
        /// The format switch's label.
        format: "Format", "Format";
        /// Copy.
        copy: "Copy", "Kopieren";
        /// Copied.
        copied: "Copied.", "Kopiert.";
        /// A copy icon, after copying.
        copied_short: "Copied", "Kopiert";
        // Settings.
        /// The API field's hint.
        api_hint: "The embedded mock runs in this page. HTTP talks to the cloud's APIs through this server's gateway (vpcep-server --api otc, or its mock with --api mock), with the same requests; you sign in with your IAM user.", "Die eingebettete Mock-API läuft in dieser Seite. HTTP spricht über das Gateway dieses Servers mit den APIs der Cloud (vpcep-server --api otc, oder mit seiner Mock-API über --api mock), mit denselben Anfragen; Sie melden sich mit Ihrem IAM-Benutzer an.";
        /// The mode.
        embedded_mock_mode: "Embedded mock", "Eingebettete Mock-API";
        /// Field.
        gateway: "Gateway", "Gateway";
        /// Its hint.
        gateway_hint: "Requests go to {gateway}/{service}/{region}/…, e.g. /api/vpcep/eu-de/v1/{project}/vpc-endpoint-services. The default /api is this server's own, so no CORS is needed.", "Anfragen gehen an {gateway}/{service}/{region}/…, z. B. /api/vpcep/eu-de/v1/{project}/vpc-endpoint-services. Das voreingestellte /api gehört diesem Server, daher ist kein CORS nötig.";
        /// Section.
        signed_in: "Signed in", "Angemeldet";
        /// No session.
        not_signed_in: "Not signed in. In HTTP mode the console asks for a sign-in when a page needs one.", "Nicht angemeldet. Im HTTP-Modus fragt die Konsole nach einer Anmeldung, sobald eine Seite sie braucht.";
        /// Button.
        sign_out_everywhere: "Sign out of every region", "Von allen Regionen abmelden";
        /// The HTTP badge's title.
        http_api_title: "The console talks to the VPCEP REST API", "Die Konsole spricht mit der VPCEP-REST-API";
        // Sign-in.
        /// Button.
        sign_in: "Sign in", "Anmelden";
        /// Button.
        sign_out: "Sign out", "Abmelden";
        /// While it runs.
        signing_in: "Signing in…", "Anmeldung läuft…";
        /// The dialog's title.
        sign_in_title: "Sign in to Open Telekom Cloud", "Bei Open Telekom Cloud anmelden";
        /// Its intro.
        sign_in_intro: "The console signs in with IAM to the region's project; the token stays in this browser tab.", "Die Konsole meldet sich über IAM beim Projekt der Region an; das Token bleibt in diesem Browser-Tab.";
        /// Field.
        account_name: "Account name", "Kontoname";
        /// Its hint.
        account_name_hint: "The IAM domain, e.g. OTC00000000001000000xxx (My Credentials).", "Die IAM-Domain, z. B. OTC00000000001000000xxx (Meine Anmeldedaten).";
        /// Field.
        user_name: "IAM user name", "IAM-Benutzername";
        /// Its hint.
        user_name_hint: "Your IAM user in that account (or the account's own name for its administrator).", "Ihr IAM-Benutzer in diesem Konto (oder der Name des Kontos selbst für seinen Administrator).";
        /// Field.
        password: "Password", "Passwort";
        /// Its hint.
        password_hint: "Sent once to IAM through this server; kept nowhere.", "Wird einmal über diesen Server an IAM gesendet; nirgends gespeichert.";
        /// Missing.
        enter_account_name: "Enter the account name.", "Geben Sie den Kontonamen ein.";
        /// Missing.
        enter_user_name: "Enter the user name.", "Geben Sie den Benutzernamen ein.";
        /// Missing.
        enter_password: "Enter the password.", "Geben Sie das Passwort ein.";
        // Not found.
        /// Title.
        page_not_found: "Page not found", "Seite nicht gefunden";
        /// Text.
        no_page_here: "There is no page at this address.", "Unter dieser Adresse gibt es keine Seite.";
        // The list's filters.
        /// A filter property.
        backend_type: "Backend Resource Type", "Backend-Ressourcentyp";
        /// The tag filter's hint.
        tag_filter_hint: "key or key=value", "Schlüssel oder Schlüssel=Wert";
        /// The ID filter's hint.
        service_id: "Service ID", "Dienst-ID";
        /// A delete that started (after the name).
        deletion_started: "deletion started.", "Löschen gestartet.";
        /// A refusal without a code.
        no_code: "no code", "kein Code";
    }
}
