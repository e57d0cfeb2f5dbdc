//! The API's error body and the `EndPoint.xxxx` codes the console and the mock use
//! (API reference §5 and §12).

use serde::{Deserialize, Serialize};

/// The body of every VPCEP error response: `{"error_code": "EndPoint.0002", "error_msg": "…"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiErrorBody {
    pub error_code: String,
    pub error_msg: String,
}

/// An error code of the API with the HTTP status and message the real service answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ErrorCode {
    pub code: &'static str,
    pub status: u16,
    pub message: &'static str,
}

impl ErrorCode {
    /// The error body for this code with its standard message.
    pub fn body(self) -> ApiErrorBody {
        ApiErrorBody { error_code: self.code.to_owned(), error_msg: self.message.to_owned() }
    }

    /// Looks a code up among the ones this crate knows.
    pub fn find(code: &str) -> Option<ErrorCode> {
        ALL.iter().copied().find(|c| c.code.eq_ignore_ascii_case(code))
    }
}

macro_rules! codes {
    ($( $(#[$m:meta])* $name:ident = ($code:literal, $status:literal, $msg:literal); )+) => {
        $( $(#[$m])* pub const $name: ErrorCode = ErrorCode { code: $code, status: $status, message: $msg }; )+
        /// Every code above.
        pub const ALL: &[ErrorCode] = &[$($name),+];
    };
}

codes! {
    PARAMETER_ERROR = ("EndPoint.0002", 400, "Parameter error.");
    AUTHENTICATION_FAILED = ("EndPoint.0003", 401, "Authentication failed or authentication information is invalid.");
    NO_PERMISSION = ("EndPoint.0004", 403, "Authentication information is incorrect or you have no permissions.");
    NOT_FOUND = ("EndPoint.0005", 404, "The requested resource does not exist.");
    INVALID_LIMIT = ("EndPoint.0006", 400, "Invalid limit.");
    INVALID_ACTION = ("EndPoint.0007", 400, "Invalid action.");
    INVALID_OFFSET = ("EndPoint.0010", 400, "Invalid offset.");
    INVALID_SORT_KEY = ("EndPoint.0017", 400, "Invalid sort_key.");
    INVALID_SORT_DIR = ("EndPoint.0018", 400, "Invalid sort_dir.");
    INVALID_STATUS = ("EndPoint.0019", 400, "Invalid status.");
    INVALID_VPC_ID = ("EndPoint.0020", 400, "Invalid VPC ID.");
    INVALID_SERVICE_NAME = ("EndPoint.1003", 400, "Invalid service name.");
    /// Spelled `Endpoint.` by the real API.
    QUOTA_EXCEEDED = ("Endpoint.1018", 400, "Quota exceeded.");
    VPC_NOT_FOUND = ("EndPoint.2001", 400, "The VPC does not exist.");
    SERVICE_NOT_FOUND = ("EndPoint.2003", 400, "The endpoint service does not exist.");
    /// Spelled `Endpoint.` in the API's example.
    ENDPOINT_NOT_IN_SERVICE = ("Endpoint.2013", 400, "The endpoint does not belong to the endpoint service.");
    PORTS_EMPTY = ("EndPoint.2028", 400, "The endpoint service port or protocol is empty.");
    ONLY_ONE_ENDPOINT = ("EndPoint.2031", 400, "Only one endpoint is allowed.");
    INVALID_PORT_ID = ("EndPoint.3003", 400, "Invalid port ID.");
    SERVICE_IN_USE = ("EndPoint.3006", 400, "The endpoint service is being used.");
    INVALID_SERVER_TYPE = ("EndPoint.3021", 400, "Invalid serverType.");
    PORT_ID_NOT_IN_VPC = ("EndPoint.3042", 400, "The port ID does not belong to the current VPC.");
    INVALID_SERVICE_PORT = ("EndPoint.3043", 400, "The service port is invalid.");
    PORTS_CONFLICT = ("EndPoint.3044", 400, "The parameter ports conflicted with ports in an existing endpoint service.");
    STATE_FORBIDS_CHANGE = ("EndPoint.3045", 400, "Other properties cannot be modified in the current endpoint service state.");
    INVALID_SERVICE_ID = ("EndPoint.3062", 400, "Invalid endpoint service ID.");
    TAG_EMPTY = ("EndPoint.3066", 400, "The tag cannot be empty.");
    TAG_KEY_DUPLICATE = ("EndPoint.3067", 400, "The tag key cannot be duplicated.");
    TAG_CHARACTERS = ("EndPoint.3068", 400, "Tag keys and values should meet relevant requirements.");
    TAG_LIMIT = ("EndPoint.3069", 400, "The maximum number of tags has been reached.");
    TAG_KEY_SIZE = ("EndPoint.3072", 400, "The tag key size is invalid.");
    TAG_VALUE_SIZE = ("EndPoint.3073", 400, "The tag value size is invalid.");
    PORT_LIMIT = ("EndPoint.3074", 400, "The maximum of ports has been reached.");
    INVALID_PROTOCOL = ("EndPoint.3075", 400, "The protocol is invalid.");
}
