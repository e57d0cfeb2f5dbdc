//! Scenarios of the embedded mock: the rules are the mock crate's (`vpcep_mock::scenario`);
//! here, what an injected failure is to the console.

pub use vpcep_mock::scenario::*;

use super::{ApiError, REQUEST_TIMEOUT_SECONDS};

/// The error a call meets with the failure `kind` (a timeout is answered after the time limit).
pub fn fault_error(kind: FaultKind) -> ApiError {
    match kind.code() {
        Some(code) => ApiError::from_code(code),
        None => ApiError::Timeout { seconds: REQUEST_TIMEOUT_SECONDS },
    }
}
