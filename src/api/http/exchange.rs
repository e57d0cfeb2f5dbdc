//! One HTTP exchange within the time limit, and the error of an answer that is not 2xx.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::{Method as HttpMethod, RequestBuilder};
use leptos::prelude::set_timeout_with_handle;
use vpcep_model::iam::{AUTH_TOKEN_HEADER, SUBJECT_TOKEN_HEADER};
use vpcep_model::{ApiErrorBody, Method};

use crate::api::ApiError;

/// How long a request may take.
pub use crate::api::REQUEST_TIMEOUT_SECONDS as TIMEOUT_SECONDS;

fn http_method(m: Method) -> HttpMethod {
    match m {
        Method::Get => HttpMethod::GET,
        Method::Post => HttpMethod::POST,
        Method::Put => HttpMethod::PUT,
        Method::Delete => HttpMethod::DELETE,
    }
}

/// What came back: the status, the `X-Subject-Token` header (IAM) and the body.
pub(super) struct Answer {
    pub status: u16,
    pub subject_token: Option<String>,
    pub text: String,
}

/// One exchange within the time limit; `controller` aborts it (leaving the page, or the limit).
pub(super) async fn exchange(
    method: Method,
    url: &str,
    token: &str,
    body: Option<String>,
    controller: &web_sys::AbortController,
) -> Result<Answer, ApiError> {
    let timed_out = Rc::new(Cell::new(false));
    let (flag, abort) = (timed_out.clone(), controller.clone());
    let timer = set_timeout_with_handle(
        move || {
            flag.set(true);
            abort.abort();
        },
        Duration::from_secs(u64::from(TIMEOUT_SECONDS)),
    )
    .ok();
    let mut builder = RequestBuilder::new(url)
        .method(http_method(method))
        .header("Accept", "application/json")
        .abort_signal(Some(&controller.signal()));
    if !token.is_empty() {
        builder = builder.header(AUTH_TOKEN_HEADER, token);
    }
    let request = match body {
        Some(b) => builder.header("Content-Type", "application/json").body(b),
        None => builder.build(),
    }
    .map_err(|e| ApiError::Network(e.to_string()))?;
    let result = async {
        let response = request.send().await?;
        let status = response.status();
        let subject_token = response.headers().get(SUBJECT_TOKEN_HEADER);
        let text = response.text().await?;
        Ok::<_, gloo_net::Error>(Answer { status, subject_token, text })
    }
    .await;
    if let Some(t) = timer {
        t.clear();
    }
    match result {
        Ok(a) => Ok(a),
        Err(_) if timed_out.get() => Err(ApiError::Timeout { seconds: TIMEOUT_SECONDS }),
        Err(e) => Err(ApiError::Network(e.to_string())),
    }
}

/// The error of a non-2xx answer: the API's (or the gateway's) error body, else IAM's
/// `{"error": {"message"}}`, else the status alone.
pub(super) fn error_of(status: u16, text: &str) -> ApiError {
    if let Ok(body) = serde_json::from_str::<ApiErrorBody>(text) {
        return ApiError::from_body(status, body);
    }
    #[derive(serde::Deserialize)]
    struct IamError {
        error: IamErrorBody,
    }
    #[derive(serde::Deserialize)]
    struct IamErrorBody {
        message: String,
    }
    match serde_json::from_str::<IamError>(text) {
        Ok(e) => ApiError::Http { status, code: None, message: e.error.message },
        Err(_) => {
            ApiError::Http { status, code: None, message: format!("HTTP {status} with no error body.") }
        }
    }
}
