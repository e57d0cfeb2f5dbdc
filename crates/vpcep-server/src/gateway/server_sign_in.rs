//! The server's own sign-in (`--cloud`): its token for a region, and the session the browser
//! reads at `/api/_session/{region}` (project and names, never the token or the password).

use axum::body::Bytes;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use http_body_util::{BodyExt, Full, Limited};
use serde_json::json;
use vpcep_model::iam::{PasswordAuthRequest, TokenResponse, SUBJECT_TOKEN_HEADER};
use vpcep_model::{Region, Service};

use super::{describe, refuse, Gateway};
use crate::cloud_auth::{CloudAuth, ServerToken};
use crate::limits::MAX_BODY_BYTES;

impl Gateway {
    /// The account and user the server signs in with (`--cloud`), for the console's badge.
    pub fn account(&self) -> Option<(&str, &str)> {
        self.cloud.as_ref().map(|c| (c.credentials.domain.name.as_str(), c.credentials.name.as_str()))
    }

    /// The server's token for `region` (`--cloud`), from IAM through the same upstreams.
    pub(super) async fn server_token(
        &self,
        cloud: &CloudAuth,
        region: Region,
    ) -> Result<ServerToken, String> {
        let now = vpcep_mock::Clock::now_ms(&vpcep_mock::SystemClock);
        cloud
            .token(region, now, |c| async move {
                let body = PasswordAuthRequest::for_user(c, region);
                let body = serde_json::to_vec(&body).map_err(|e| e.to_string())?;
                let uri = format!("{}/v3/auth/tokens", self.upstream(Service::Iam, region));
                let req = hyper::Request::post(uri)
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Full::new(Bytes::from(body)))
                    .map_err(|e| e.to_string())?;
                let res = tokio::time::timeout(self.timeout, self.client.request(req))
                    .await
                    .map_err(|_| "IAM did not answer in time".to_owned())?
                    .map_err(|e| describe(&e))?;
                let status = res.status();
                let token =
                    res.headers().get(SUBJECT_TOKEN_HEADER).and_then(|v| v.to_str().ok()).map(str::to_owned);
                let bytes = Limited::new(res.into_body(), MAX_BODY_BYTES)
                    .collect()
                    .await
                    .map_err(|e| e.to_string())?
                    .to_bytes();
                if status == StatusCode::UNAUTHORIZED {
                    return Err("IAM refused the credentials (401)".into());
                }
                let answer: TokenResponse = serde_json::from_slice(&bytes)
                    .map_err(|e| format!("IAM answered {status} with a body that is not a token: {e}"))?;
                let expires_ms = answer.token.expires_ms().ok_or("IAM's expires_at does not read")?;
                let project_id = answer.token.project.map(|p| p.id).ok_or("IAM's token has no project")?;
                let token = token.ok_or("IAM's answer has no X-Subject-Token")?;
                Ok(ServerToken { token, project_id, expires_ms })
            })
            .await
    }

    /// `GET /api/_session/{region}`: with `--cloud`, the project and the names the server
    /// signed in with (never the token or the password).
    pub async fn session(&self, region: &str) -> Response {
        let (Some(cloud), Some(region)) = (&self.cloud, Region::from_id(region)) else {
            return refuse(StatusCode::NOT_FOUND, "This server does not sign in itself (no --cloud).".into());
        };
        match self.server_token(cloud, region).await {
            Ok(t) => axum::Json(json!({
                "project_id": t.project_id,
                "account": cloud.credentials.domain.name,
                "user": cloud.credentials.name,
                "expires_ms": t.expires_ms,
            }))
            .into_response(),
            Err(why) => refuse(
                StatusCode::BAD_GATEWAY,
                format!("The server could not sign in to {}: {why}", region.id()),
            ),
        }
    }
}
