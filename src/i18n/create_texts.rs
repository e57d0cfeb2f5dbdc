//! The catalogue's section for the create form.

use super::texts::section;

section! {
    /// The create form.
    CreateTexts {
        /// Region.
        region: "Region", "Region";
        /// Its hint (the seed's words).
        region_hint: "Resources in different regions cannot communicate with each other over internal networks. Select the region nearest to your resources.", "Ressourcen in verschiedenen Regionen können nicht über interne Netzwerke miteinander kommunizieren. Wählen Sie die Region, die Ihren Ressourcen am nächsten ist.";
        /// Name.
        name: "Name", "Name";
        /// Its placeholder.
        enter_name: "Enter a name.", "Geben Sie einen Namen ein.";
        /// Before the generated name.
        will_be_named: "The service will be named ", "Der Dienst wird so benannt: ";
        /// In the generated name.
        service_id_placeholder: "<service ID>", "<Dienst-ID>";
        /// Service Type.
        service_type: "Service Type", "Diensttyp";
        /// Its hint.
        service_type_hint: "Only interface VPC endpoint services can be created.", "Es können nur VPC-Endpunktdienste vom Typ Schnittstelle (interface) erstellt werden.";
        /// Connection Approval's hint (the seed's words).
        approval_hint: "Specifies whether the connection between a VPC endpoint and this VPC endpoint service requires approval from the owner of the service. If enabled, every VPC endpoint that connects to the service must be approved.", "Legt fest, ob die Verbindung zwischen einem VPC-Endpunkt und diesem VPC-Endpunktdienst die Genehmigung des Dienstbesitzers erfordert. Wenn aktiviert, muss jeder VPC-Endpunkt, der sich mit dem Dienst verbindet, genehmigt werden.";
        /// VPCs, in "Loading VPCs…".
        vpcs: "VPCs", "VPCs";
        /// No VPC.
        no_vpc: "There is no VPC in this region. Create one first.", "In dieser Region gibt es keine VPC. Erstellen Sie zuerst eine.";
        /// A select's empty choice.
        select_option: "--Select--", "--Auswählen--";
        /// Refresh the VPCs.
        refresh_vpcs: "Refresh VPCs", "VPCs aktualisieren";
        /// Port Mapping's label.
        port_mapping: "Port Mapping", "Port-Zuordnung";
        /// Its note (the seed's words).
        ports_note: "Accessing a VPC endpoint service from a VPC endpoint is to access the service port from the associated terminal port. After a port mapping is added, it cannot be modified or deleted. ", "Der Zugriff von einem VPC-Endpunkt auf einen VPC-Endpunktdienst erfolgt über den zugeordneten Endpunkt-Port auf den Dienst-Port. Eine hinzugefügte Port-Zuordnung kann nicht mehr geändert oder gelöscht werden. ";
        /// The paste tip, before the example.
        paste_tip_before: "Tip: paste lines such as ", "Tipp: Fügen Sie Zeilen wie ";
        /// After it.
        paste_tip_after: " into a port field to add several port mappings at once.", " in ein Port-Feld ein, um mehrere Port-Zuordnungen auf einmal hinzuzufügen.";
        /// Column and cell label.
        protocol: "Protocol", "Protokoll";
        /// Column and cell label.
        service_port: "Service Port", "Dienst-Port";
        /// Column and cell label.
        terminal_port: "Terminal Port", "Endpunkt-Port";
        /// Placeholder.
        example_service_port: "Example: 8089", "Beispiel: 8089";
        /// Placeholder.
        example_terminal_port: "Example: 80", "Beispiel: 80";
        /// The add button.
        add_port_mapping: "Add Port Mapping", "Port-Zuordnung hinzufügen";
        /// In the counter.
        port_mappings_plural: "port mappings", "Port-Zuordnungen";
        /// Backend Resource Type.
        backend_type: "Backend Resource Type", "Backend-Ressourcentyp";
        /// The seed's security-group note.
        security_group_note: "Security groups use the whitelist mechanism. For the security group of the backend resource, add an inbound rule whose source IP address is ", "Sicherheitsgruppen verwenden den Whitelist-Mechanismus. Fügen Sie der Sicherheitsgruppe der Backend-Ressource eine eingehende Regel hinzu, deren Quell-IP-Adresse dies ist: ";
        /// Copy.
        copy: "Copy", "Kopieren";
        /// Copied.
        copied: "Copied", "Kopiert";
        /// Before a VPC is chosen.
        select_vpc_first: "Select a VPC first.", "Wählen Sie zuerst eine VPC aus.";
        /// No load balancer.
        no_load_balancer: "There is no load balancer in this VPC.", "In dieser VPC gibt es keinen Load Balancer.";
        /// Load Balancer.
        load_balancer: "Load Balancer", "Load Balancer";
        /// Load balancers, in "Loading …".
        load_balancers: "load balancers", "Load Balancer";
        /// Refresh them.
        refresh_load_balancers: "Refresh load balancers", "Load Balancer aktualisieren";
        /// No ECS.
        no_ecs: "There is no ECS in this VPC.", "In dieser VPC gibt es keinen ECS.";
        /// An ECS's ACTIVE.
        running: "Running", "Wird ausgeführt";
        /// ECS List.
        ecs_list: "ECS List", "ECS-Liste";
        /// ECS instances, in "Loading …".
        ecs_instances: "ECS instances", "ECS-Instanzen";
        /// Column.
        private_ip: "Private IP", "Private IP";
        /// Column.
        az: "AZ", "AZ";
        /// Tag.
        tag: "Tag", "Tag";
        /// Cell label.
        tag_key: "Tag key", "Tag-Schlüssel";
        /// Cell label.
        tag_value: "Tag value", "Tag-Wert";
        /// In the counter.
        tags_plural: "tags", "Tags";
        /// Retry a list.
        retry: "Retry", "Erneut versuchen";
        /// The create button.
        create_now: "Create Now", "Jetzt erstellen";
        /// While it runs.
        creating: "Creating…", "Wird erstellt…";
        /// The back link.
        back_to_list: "Back to VPC Endpoint Service List", "Zurück zur Liste der VPC-Endpunktdienste";
        /// Leaving with changes.
        leave_title: "Leave this page?", "Diese Seite verlassen?";
        /// Its text.
        leave_text: "The VPC endpoint service has not been created. Your changes will be lost.", "Der VPC-Endpunktdienst wurde nicht erstellt. Ihre Änderungen gehen verloren.";
        /// Leave.
        leave: "Leave", "Verlassen";
        /// Stay.
        stay: "Stay", "Bleiben";
        /// The API refused.
        not_created: "The VPC endpoint service could not be created.", "Der VPC-Endpunktdienst konnte nicht erstellt werden.";
        /// Before the code.
        error_code: "Error code: ", "Fehlercode: ";
        /// Input kept.
        input_kept: "Your input is kept; correct it and try again.", "Ihre Eingaben bleiben erhalten; korrigieren Sie sie und versuchen Sie es erneut.";
        /// The result.
        being_created: "The VPC endpoint service is being created.", "Der VPC-Endpunktdienst wird erstellt.";
        /// Its text.
        available_soon: "It becomes available in a moment; the list shows its status.", "Er ist in Kürze verfügbar; die Liste zeigt seinen Status.";
        /// View Details.
        view_details: "View Details", "Details anzeigen";
        /// The request preview's title.
        request_title: "The request Create Now sends", "Die Anfrage, die „Jetzt erstellen“ sendet";
        /// Until the form is valid.
        request_waiting: "It shows here as soon as every field is valid.", "Sie erscheint hier, sobald jedes Feld gültig ist.";
    }
}
