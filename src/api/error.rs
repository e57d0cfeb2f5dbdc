//! What can go wrong when the console talks to the API, in words a person can act on.

use crate::i18n::{formats, lang, t, Lang};
use vpcep_model::{ApiErrorBody, ErrorCode};

/// A failed API call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// The API answered with an error status and (usually) an error body.
    Http {
        /// The HTTP status.
        status: u16,
        /// The body's `EndPoint.xxxx` code, when there was an error body.
        code: Option<String>,
        /// The body's message, or what the console says for a body it could not read.
        message: String,
    },
    /// The request never got an answer (offline, DNS, refused, CORS).
    Network(String),
    /// No answer within the time limit.
    Timeout {
        /// The time limit.
        seconds: u32,
    },
    /// The answer was not the JSON the API documents.
    Malformed(String),
    /// IAM refused the account, user name or password (401 to the sign-in).
    SignInRefused,
    /// No valid sign-in for the region, and the user did not sign in.
    SignInNeeded {
        /// The region (`eu-de`).
        region: String,
    },
}

impl ApiError {
    /// The error the API answers for `code`.
    pub fn from_code(code: ErrorCode) -> Self {
        ApiError::Http {
            status: code.status,
            code: Some(code.code.to_owned()),
            message: code.message.to_owned(),
        }
    }

    /// An error from a status and a parsed error body.
    pub fn from_body(status: u16, body: ApiErrorBody) -> Self {
        ApiError::Http { status, code: Some(body.error_code), message: body.error_msg }
    }

    /// The API's `EndPoint.xxxx` code, when there is one.
    pub fn code(&self) -> Option<&str> {
        match self {
            ApiError::Http { code, .. } => code.as_deref(),
            _ => None,
        }
    }

    /// A short title for an alert.
    pub fn title(&self) -> String {
        match self {
            ApiError::Http { status: 401, .. } => t().err_signin_expired.to_owned(),
            ApiError::SignInNeeded { .. } => t().err_signin_needed.to_owned(),
            ApiError::SignInRefused => t().err_signin_refused.to_owned(),
            ApiError::Http { status: 403, .. } => t().err_no_permission.to_owned(),
            ApiError::Http { status: 404, .. } => t().err_not_found.to_owned(),
            ApiError::Http { status, .. } if *status >= 500 => formats::err_service_failed(*status),
            ApiError::Http { status, .. } => formats::err_refused(*status),
            ApiError::Network(_) => t().err_unreachable.to_owned(),
            ApiError::Timeout { .. } => t().err_timeout.to_owned(),
            ApiError::Malformed(_) => t().err_malformed.to_owned(),
        }
    }

    /// The detail under the title.
    pub fn detail(&self) -> String {
        match self {
            ApiError::Http { status: 401, message, .. } => formats::err_signin_again(message),
            // In German the console says a code it knows in its own words (as the OTC console
            // does); the API's message is English, and shown as it came otherwise.
            ApiError::Http { code: Some(code), message, .. } => match (lang(), ErrorCode::known(code)) {
                (Lang::De, Some(known)) => known.message_de.to_owned(),
                _ => message.clone(),
            },
            ApiError::Http { message, .. } => message.clone(),
            ApiError::Network(why) => formats::err_check_connection(why),
            ApiError::Timeout { seconds } => formats::err_no_answer(*seconds),
            ApiError::Malformed(why) => formats::err_unexpected(why),
            ApiError::SignInRefused => t().err_signin_refused_detail.to_owned(),
            ApiError::SignInNeeded { region } => formats::err_needs_signin(region),
        }
    }
}

impl core::fmt::Display for ApiError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.code() {
            Some(code) => write!(f, "{}: {} ({code})", self.title(), self.detail()),
            None => write!(f, "{}: {}", self.title(), self.detail()),
        }
    }
}

/// So that `ErrorBoundary` and `?` in `Result<_, Box<dyn Error>>` can carry it.
impl std::error::Error for ApiError {}
