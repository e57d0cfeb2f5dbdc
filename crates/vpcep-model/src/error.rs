//! The API's error body and the `EndPoint.xxxx` codes the console and the mock use
//! (API reference §5 and §12).

use serde::{Deserialize, Serialize};

/// The body of every VPCEP error response: `{"error_code": "EndPoint.0002", "error_msg": "…"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiErrorBody {
    pub error_code: String,
    pub error_msg: String,
}

/// An error code of the API with the HTTP status and message the real service answers, and the
/// create form's field it belongs to (where the console shows it), if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ErrorCode {
    pub code: &'static str,
    pub status: u16,
    pub message: &'static str,
    /// The same in German, for the console (the API answers in English; the console shows its
    /// own words by code, as the OTC console does). Unconfirmed wording.
    pub message_de: &'static str,
    /// The create request's field the code is about: `service_name`, `vpc_id`, `port_id`,
    /// `ports` or `tags` (the form's field keys); `None` for codes about the whole request.
    pub field: Option<&'static str>,
}

impl ErrorCode {
    /// The code's entry in the table, when the console knows it.
    pub fn known(code: &str) -> Option<ErrorCode> {
        ALL.iter().copied().find(|c| c.code == code)
    }

    /// The error body for this code with its standard message.
    pub fn body(self) -> ApiErrorBody {
        ApiErrorBody { error_code: self.code.to_owned(), error_msg: self.message.to_owned() }
    }

    /// Looks a code up among the ones this crate knows.
    pub fn find(code: &str) -> Option<ErrorCode> {
        ALL.iter().copied().find(|c| c.code.eq_ignore_ascii_case(code))
    }

    /// The create form's field an answered code belongs to (see [`ErrorCode::field`]).
    pub fn field_of(code: &str) -> Option<&'static str> {
        ErrorCode::find(code)?.field
    }
}

macro_rules! field {
    () => {
        None
    };
    ($field:literal) => {
        Some($field)
    };
}

macro_rules! codes {
    ($( $(#[$m:meta])* $name:ident = ($code:literal, $status:literal, $msg:literal, $de:literal $(, $field:literal)?); )+) => {
        $( $(#[$m])* pub const $name: ErrorCode = ErrorCode {
            code: $code,
            status: $status,
            message: $msg,
            message_de: $de,
            field: field!($($field)?),
        }; )+
        /// Every code above.
        pub const ALL: &[ErrorCode] = &[$($name),+];
    };
}

codes! {
    /// The API's code for a failure of its own (a server that could not save, for example).
    SYSTEM_ERROR = ("EndPoint.0001", 500, "System error. Please retry.", "Systemfehler. Bitte versuchen Sie es erneut.");
    PARAMETER_ERROR = ("EndPoint.0002", 400, "Parameter error.", "Parameterfehler.");
    AUTHENTICATION_FAILED = ("EndPoint.0003", 401, "Authentication failed or authentication information is invalid.", "Authentifizierung fehlgeschlagen oder Authentifizierungsdaten ungültig.");
    NO_PERMISSION = ("EndPoint.0004", 403, "Authentication information is incorrect or you have no permissions.", "Authentifizierungsdaten sind falsch oder Sie haben keine Berechtigung.");
    NOT_FOUND = ("EndPoint.0005", 404, "The requested resource does not exist.", "Die angeforderte Ressource existiert nicht.");
    INVALID_LIMIT = ("EndPoint.0006", 400, "Invalid limit.", "Ungültiges limit.");
    INVALID_ACTION = ("EndPoint.0007", 400, "Invalid action.", "Ungültige Aktion.");
    INVALID_OFFSET = ("EndPoint.0010", 400, "Invalid offset.", "Ungültiger offset.");
    INVALID_SORT_KEY = ("EndPoint.0017", 400, "Invalid sort_key.", "Ungültiger sort_key.");
    INVALID_SORT_DIR = ("EndPoint.0018", 400, "Invalid sort_dir.", "Ungültige sort_dir.");
    INVALID_STATUS = ("EndPoint.0019", 400, "Invalid status.", "Ungültiger Status.");
    INVALID_VPC_ID = ("EndPoint.0020", 400, "Invalid VPC ID.", "Ungültige VPC-ID.", "vpc_id");
    INVALID_SERVICE_NAME = ("EndPoint.1003", 400, "Invalid service name.", "Ungültiger Dienstname.", "service_name");
    /// Spelled `Endpoint.` by the real API.
    QUOTA_EXCEEDED = ("Endpoint.1018", 400, "Quota exceeded.", "Kontingent überschritten.");
    VPC_NOT_FOUND = ("EndPoint.2001", 400, "The VPC does not exist.", "Die VPC existiert nicht.", "vpc_id");
    SERVICE_NOT_FOUND = ("EndPoint.2003", 400, "The endpoint service does not exist.", "Der Endpunktdienst existiert nicht.");
    /// Spelled `Endpoint.` in the API's example.
    ENDPOINT_NOT_IN_SERVICE = ("Endpoint.2013", 400, "The endpoint does not belong to the endpoint service.", "Der Endpunkt gehört nicht zu diesem Endpunktdienst.");
    PORTS_EMPTY = ("EndPoint.2028", 400, "The endpoint service port or protocol is empty.", "Port oder Protokoll des Endpunktdienstes fehlt.", "ports");
    ONLY_ONE_ENDPOINT = ("EndPoint.2031", 400, "Only one endpoint is allowed.", "Nur ein Endpunkt ist erlaubt.");
    INVALID_PERMISSION = ("EndPoint.3002", 400, "Invalid permission.", "Ungültige Berechtigung.");
    INVALID_PORT_ID = ("EndPoint.3003", 400, "Invalid port ID.", "Ungültige Port-ID.", "port_id");
    SERVICE_IN_USE = ("EndPoint.3006", 400, "The endpoint service is being used.", "Der Endpunktdienst wird verwendet.");
    INVALID_SERVER_TYPE = ("EndPoint.3021", 400, "Invalid serverType.", "Ungültiger serverType.");
    PORT_ID_NOT_IN_VPC = ("EndPoint.3042", 400, "The port ID does not belong to the current VPC.", "Die Port-ID gehört nicht zur aktuellen VPC.", "port_id");
    INVALID_SERVICE_PORT = ("EndPoint.3043", 400, "The service port is invalid.", "Der Dienst-Port ist ungültig.", "ports");
    PORTS_CONFLICT = ("EndPoint.3044", 400, "The parameter ports conflicted with ports in an existing endpoint service.", "Die Ports überschneiden sich mit Ports eines bestehenden Endpunktdienstes.", "ports");
    /// An empty `permissions` list.
    PERMISSIONS_EMPTY = ("EndPoint.3036", 400, "Invalid permissions.", "Ungültige Berechtigungen.");
    STATE_FORBIDS_CHANGE = ("EndPoint.3045", 400, "Other properties cannot be modified in the current endpoint service state.", "Im aktuellen Zustand des Endpunktdienstes können keine weiteren Eigenschaften geändert werden.");
    WHITELIST_LIMIT = ("EndPoint.3049", 400, "The maximum number of whitelist records has been reached.", "Die Höchstzahl an Whitelist-Einträgen ist erreicht.");
    INVALID_SERVICE_ID = ("EndPoint.3062", 400, "Invalid endpoint service ID.", "Ungültige ID des Endpunktdienstes.");
    /// Another code the API documents for an invalid port ID.
    INVALID_PORT_ID_2 = ("EndPoint.3063", 400, "Invalid port ID.", "Ungültige Port-ID.", "port_id");
    TAG_EMPTY = ("EndPoint.3066", 400, "The tag cannot be empty.", "Das Tag darf nicht leer sein.", "tags");
    TAG_KEY_DUPLICATE = ("EndPoint.3067", 400, "The tag key cannot be duplicated.", "Der Tag-Schlüssel darf nicht doppelt vorkommen.", "tags");
    TAG_CHARACTERS = ("EndPoint.3068", 400, "Tag keys and values should meet relevant requirements.", "Tag-Schlüssel und -Werte müssen die Anforderungen erfüllen.", "tags");
    TAG_LIMIT = ("EndPoint.3069", 400, "The maximum number of tags has been reached.", "Die Höchstzahl an Tags ist erreicht.", "tags");
    /// The tag value cannot be duplicated.
    TAG_VALUE_DUPLICATE = ("EndPoint.3071", 400, "The tag value cannot be duplicated.", "Der Tag-Wert darf nicht doppelt vorkommen.", "tags");
    TAG_KEY_SIZE = ("EndPoint.3072", 400, "The tag key size is invalid.", "Die Länge des Tag-Schlüssels ist ungültig.", "tags");
    TAG_VALUE_SIZE = ("EndPoint.3073", 400, "The tag value size is invalid.", "Die Länge des Tag-Werts ist ungültig.", "tags");
    PORT_LIMIT = ("EndPoint.3074", 400, "The maximum of ports has been reached.", "Die Höchstzahl an Ports ist erreicht.", "ports");
    INVALID_PROTOCOL = ("EndPoint.3075", 400, "The protocol is invalid.", "Das Protokoll ist ungültig.", "ports");
    /// Another code the API documents for an invalid service name.
    INVALID_SERVICE_NAME_2 = ("EndPoint.3076", 400, "Invalid service name.", "Ungültiger Dienstname.", "service_name");
}
