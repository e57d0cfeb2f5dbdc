//! Signing in: IAM's password sign-in through the gateway, the server's own session
//! (`vpcep-server --cloud`), and the valid session a request needs (asking the user when none).

use vpcep_model::iam::{PasswordAuthRequest, TokenResponse};
use vpcep_model::{Method, Region, Route};

use super::exchange::{error_of, exchange};
use super::HttpApi;
use crate::api::browser::now_ms;
use crate::api::session::{self, RegionSession};
use crate::api::ApiError;

/// The session the server gives when it signs in itself (`vpcep-server --cloud`).
#[derive(serde::Deserialize)]
struct ServerSession {
    project_id: String,
    account: String,
    user: String,
    expires_ms: u64,
}

impl HttpApi {
    /// Signs in to `region` with IAM (through the gateway) and keeps the session.
    pub async fn sign_in(
        &self,
        account: &str,
        user: &str,
        password: &str,
        region: Region,
    ) -> Result<RegionSession, ApiError> {
        let body = serde_json::to_string(&PasswordAuthRequest::new(account, user, password, region))
            .map_err(|e| ApiError::Malformed(e.to_string()))?;
        let url = format!("{}{}", self.base(), Route::IssueToken.target(region, ""));
        let controller =
            web_sys::AbortController::new().map_err(|_| ApiError::Network("no AbortController".into()))?;
        let answer = exchange(Method::Post, &url, "", Some(body), &controller).await?;
        match answer.status {
            201 => {}
            401 => return Err(ApiError::SignInRefused),
            status => return Err(error_of(status, &answer.text)),
        }
        let body: TokenResponse =
            serde_json::from_str(&answer.text).map_err(|e| ApiError::Malformed(e.to_string()))?;
        let token =
            answer.subject_token.ok_or_else(|| ApiError::Malformed("no X-Subject-Token header".into()))?;
        let project = body.token.project.as_ref().ok_or_else(|| {
            ApiError::Malformed(crate::i18n::formats::token_without_project(&region.to_string()))
        })?;
        let expires_ms =
            body.token.expires_ms().ok_or_else(|| ApiError::Malformed("expires_at does not read".into()))?;
        let session = RegionSession {
            token,
            project_id: project.id.clone(),
            expires_ms,
            account: account.to_owned(),
            user: user.to_owned(),
        };
        session::keep(region, session.clone());
        session::remember_names(account, user);
        Ok(session)
    }

    /// The server's own session for `region`, when it signs in itself.
    async fn server_session(&self, region: Region) -> Option<RegionSession> {
        let url = format!("{}/_session/{}", self.base(), region.id());
        let controller = web_sys::AbortController::new().ok()?;
        let answer = exchange(Method::Get, &url, "", None, &controller).await.ok()?;
        let s: ServerSession =
            (answer.status == 200).then(|| serde_json::from_str(&answer.text).ok()).flatten()?;
        let session = RegionSession {
            token: String::new(),
            project_id: s.project_id,
            expires_ms: s.expires_ms,
            account: s.account,
            user: s.user,
        };
        session::keep(region, session.clone());
        Some(session)
    }

    /// A valid session for `region`: kept, else the server's, else the user signs in.
    pub(super) async fn session(&self, region: Region) -> Result<RegionSession, ApiError> {
        if let Some(s) = session::valid(region, now_ms()) {
            return Ok(s);
        }
        if let Some(s) = self.server_session(region).await {
            return Ok(s);
        }
        if self.sign_in.ask(region).await {
            if let Some(s) = session::valid(region, now_ms()) {
                return Ok(s);
            }
        }
        Err(ApiError::SignInNeeded { region: region.id().to_owned() })
    }
}
