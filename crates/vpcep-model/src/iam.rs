//! IAM v3 password sign-in: the request body and the parts of the answer the console keeps.
//!
//! `POST /v3/auth/tokens` on `iam.{region}…` with a project scope whose name is the region
//! (each region's default project); the answer is 201 with the token in the `X-Subject-Token`
//! header and `token.expires_at` / `token.project.id` in the body. Wrong credentials: 401.

use serde::{Deserialize, Serialize};

use crate::region::Region;
use crate::time::{parse_utc, EpochMillis};

/// The header that carries a new token in IAM's answer.
pub const SUBJECT_TOKEN_HEADER: &str = "X-Subject-Token";
/// The header that carries the token in every other request.
pub const AUTH_TOKEN_HEADER: &str = "X-Auth-Token";
/// A token is renewed (or the user asked to sign in again) this long before it expires, so that
/// no request leaves with a token that expires on its way.
pub const RENEW_BEFORE_MS: EpochMillis = 5 * 60 * 1000;

/// `{"auth": {"identity": {"methods": ["password"], "password": {"user": …}}, "scope": …}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordAuthRequest {
    pub auth: Auth,
}

/// `auth`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Auth {
    pub identity: Identity,
    pub scope: Scope,
}

/// `auth.identity`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    pub methods: Vec<String>,
    pub password: PasswordIdentity,
}

/// `auth.identity.password`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordIdentity {
    pub user: PasswordUser,
}

/// `auth.identity.password.user`: the IAM user, its password and its account (domain).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordUser {
    pub name: String,
    pub password: String,
    pub domain: Named,
}

impl PasswordUser {
    /// User `name` of account `domain`.
    pub fn new(domain: &str, name: &str, password: &str) -> Self {
        PasswordUser {
            name: name.to_owned(),
            password: password.to_owned(),
            domain: Named { name: domain.to_owned() },
        }
    }
}

impl core::fmt::Debug for PasswordUser {
    // The password never reaches a log.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("PasswordUser").field("name", &self.name).field("domain", &self.domain).finish()
    }
}

/// `{"name": …}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    pub name: String,
}

/// `auth.scope`: a project, by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    pub project: Named,
}

impl PasswordAuthRequest {
    /// Signs `user` of account `domain` in to the default project of `region`.
    pub fn new(domain: &str, user: &str, password: &str, region: Region) -> Self {
        PasswordAuthRequest::for_user(PasswordUser::new(domain, user, password), region)
    }

    /// Signs `user` in to the default project of `region`.
    pub fn for_user(user: PasswordUser, region: Region) -> Self {
        PasswordAuthRequest {
            auth: Auth {
                identity: Identity {
                    methods: vec!["password".to_owned()],
                    password: PasswordIdentity { user },
                },
                scope: Scope { project: Named { name: region.id().to_owned() } },
            },
        }
    }

    /// The user's credentials.
    pub fn user(&self) -> &PasswordUser {
        &self.auth.identity.password.user
    }

    /// The project asked for (a region name for the default projects).
    pub fn project_name(&self) -> &str {
        &self.auth.scope.project.name
    }
}

/// The body of IAM's 201 answer (the fields the console reads; the catalog and roles are left).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenResponse {
    pub token: TokenBody,
}

/// `token`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenBody {
    /// ISO 8601 with microseconds: `2015-11-09T01:42:57.527363Z`.
    pub expires_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<String>,
    /// The project of a project-scoped token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<TokenProject>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<TokenUser>,
}

/// `token.project`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenProject {
    pub id: String,
    pub name: String,
}

/// `token.user`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenUser {
    pub name: String,
    pub domain: TokenDomain,
}

/// `token.user.domain`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenDomain {
    #[serde(default)]
    pub id: String,
    pub name: String,
}

impl TokenBody {
    /// When the token expires, if `expires_at` reads.
    pub fn expires_ms(&self) -> Option<EpochMillis> {
        parse_utc(&self.expires_at)
    }
}

/// Whether a token that expires at `expires_ms` should no longer be sent at `now_ms`.
pub fn needs_renewal(expires_ms: EpochMillis, now_ms: EpochMillis) -> bool {
    now_ms.saturating_add(RENEW_BEFORE_MS) >= expires_ms
}
