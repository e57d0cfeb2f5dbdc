//! The mock's IAM: `POST /v3/auth/tokens` with a password, for the users it was told about
//! (`--users FILE`, else one demo user), answered as IAM documents it (201, the token in
//! `X-Subject-Token`, `token.project.id` and `expires_at` in the body; 401 for wrong
//! credentials). Each (account, region) has a project id of its own, stable across restarts.
//!
//! With `--users`, every other request must carry a token this IAM issued, unexpired and for
//! the project in its path (401 "The token must be updated." otherwise, as the cloud says it).
//! Without it, any non-empty token is taken, as before, so tools can call the mock with a
//! made-up one.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use axum::http::{HeaderMap, StatusCode};
use serde::Deserialize;
use serde_json::json;
use vpcep_mock::{Clock, SystemClock};
use vpcep_model::iam::{PasswordAuthRequest, PasswordUser, AUTH_TOKEN_HEADER};
use vpcep_model::time::{format_utc, EpochMillis};
use vpcep_model::Region;

use crate::limits::MAX_TOKENS;

/// `--users FILE`: `{"users": [{"name": …, "password": …, "domain": {"name": …}}]}`, each user
/// in the shape of the user in IAM's sign-in body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UsersFile {
    users: Vec<PasswordUser>,
}

/// The demo user when no `--users` file is given (printed in the README).
pub const DEMO_USER: (&str, &str, &str) = ("OTC-DEMO", "demo", "demo-password");

/// What an issued token stands for.
#[derive(Clone, Debug)]
struct Issued {
    project_id: String,
    region: Region,
    expires_ms: EpochMillis,
}

/// The users, the tokens issued, and whether tokens are checked.
pub struct Iam {
    users: Vec<PasswordUser>,
    strict: bool,
    token_ttl_ms: EpochMillis,
    tokens: Mutex<HashMap<String, Issued>>,
}

/// Why a request's token is refused.
pub struct Refused {
    pub status: StatusCode,
    pub message: &'static str,
}

impl Iam {
    /// The users of `file` (strict tokens), else the demo user (any token taken).
    pub fn open(file: Option<&Path>, token_ttl_ms: EpochMillis) -> Result<Iam, String> {
        let (users, strict) = match file {
            Some(path) => {
                let text =
                    std::fs::read_to_string(path).map_err(|e| format!("--users {}: {e}", path.display()))?;
                let parsed: UsersFile =
                    serde_json::from_str(&text).map_err(|e| format!("--users {}: {e}", path.display()))?;
                (parsed.users, true)
            }
            None => {
                let (domain, name, password) = DEMO_USER;
                (vec![PasswordUser::new(domain, name, password)], false)
            }
        };
        Ok(Iam { users, strict, token_ttl_ms, tokens: Mutex::new(HashMap::new()) })
    }

    /// `POST /v3/auth/tokens`: the token and the answer's body, or the status and body of a
    /// refusal.
    pub fn issue(
        &self,
        bytes: &[u8],
    ) -> Result<(String, serde_json::Value), (StatusCode, serde_json::Value)> {
        let refuse = |status: StatusCode, message: &str| {
            let title = status.canonical_reason().unwrap_or("Error");
            (status, json!({"error": {"code": status.as_u16(), "message": message, "title": title}}))
        };
        let request: PasswordAuthRequest = serde_json::from_slice(bytes)
            .map_err(|e| refuse(StatusCode::BAD_REQUEST, &format!("The request body is not valid: {e}.")))?;
        let wanted = request.user();
        let user = self
            .users
            .iter()
            .find(|u| *u == wanted)
            .ok_or_else(|| refuse(StatusCode::UNAUTHORIZED, "The username or password is wrong."))?;
        let region = Region::from_id(request.project_name()).ok_or_else(|| {
            refuse(StatusCode::BAD_REQUEST, "No project of this name exists in the account.")
        })?;
        let now = SystemClock.now_ms();
        let expires_ms = now + self.token_ttl_ms;
        let project_id = project_id(&user.domain.name, region);
        let token = format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple());
        {
            let mut tokens = self.tokens.lock().unwrap_or_else(|e| e.into_inner());
            if tokens.len() >= MAX_TOKENS {
                tokens.retain(|_, t| t.expires_ms > now);
            }
            if tokens.len() >= MAX_TOKENS {
                let soonest = tokens.iter().min_by_key(|(_, t)| t.expires_ms).map(|(k, _)| k.clone());
                if let Some(k) = soonest {
                    tokens.remove(&k);
                }
            }
            tokens.insert(token.clone(), Issued { project_id: project_id.clone(), region, expires_ms });
        }
        Ok((token, token_body(user, region, &project_id, now, expires_ms)))
    }

    /// The project a request may act on: `path_project` when its token allows it; for the
    /// routes without a project in the path (`path_project` empty), the token's project (or,
    /// without `--users`, the demo user's project of `region`).
    pub fn project_for(
        &self,
        headers: &HeaderMap,
        path_project: &str,
        region: Region,
    ) -> Result<String, Refused> {
        let token = headers.get(AUTH_TOKEN_HEADER).and_then(|v| v.to_str().ok()).unwrap_or("").trim();
        if token.is_empty() {
            return Err(Refused { status: StatusCode::UNAUTHORIZED, message: "The request has no token." });
        }
        let issued = self.tokens.lock().unwrap_or_else(|e| e.into_inner()).get(token).cloned();
        let now = SystemClock.now_ms();
        match issued {
            Some(t) if t.expires_ms <= now => Err(expired()),
            Some(t) if !path_project.is_empty() && path_project != t.project_id => Err(Refused {
                status: StatusCode::FORBIDDEN,
                message: "The token is not valid for this project.",
            }),
            Some(t) => Ok(t.project_id),
            None if self.strict => Err(expired()),
            None if path_project.is_empty() => Ok(project_id(DEMO_USER.0, region)),
            None => Ok(path_project.to_owned()),
        }
    }

    /// The region of a project this IAM handed out (for seeding it with that region's data).
    pub fn region_of(&self, project: &str) -> Option<Region> {
        let tokens = self.tokens.lock().unwrap_or_else(|e| e.into_inner());
        tokens.values().find(|t| t.project_id == project).map(|t| t.region)
    }

    /// Makes every issued token expired (a test hook: "the token ran out mid-work").
    pub fn expire_all(&self) {
        let now = SystemClock.now_ms();
        for t in self.tokens.lock().unwrap_or_else(|e| e.into_inner()).values_mut() {
            t.expires_ms = now.min(t.expires_ms);
        }
    }
}

/// The body of IAM's 201 answer in the shape its documentation gives (Tables 3-11 of
/// "Obtaining a User Token Through Password Authentication"): every key of the documented
/// example, plus `token.project` of a project-scoped token. The catalog and roles are empty.
fn token_body(
    user: &PasswordUser,
    region: Region,
    project_id: &str,
    now: EpochMillis,
    expires_ms: EpochMillis,
) -> serde_json::Value {
    let domain = json!({ "id": hex_id(&user.domain.name, "domain"), "name": user.domain.name });
    json!({
        "token": {
            "methods": ["password"],
            "expires_at": iso_micros(expires_ms),
            "issued_at": iso_micros(now),
            "user": {
                "domain": domain,
                "id": hex_id(&format!("{}/{}", user.domain.name, user.name), "user"),
                "name": user.name,
                "password_expires_at": "",
            },
            "project": { "domain": domain, "id": project_id, "name": region.id() },
            "catalog": [],
            "roles": [],
        }
    })
}

fn expired() -> Refused {
    Refused { status: StatusCode::UNAUTHORIZED, message: "The token must be updated." }
}

/// `2026-11-27T03:04:05.000000Z`, as IAM writes `expires_at`.
fn iso_micros(ms: EpochMillis) -> String {
    let base = format_utc(ms);
    format!("{}.{:03}000Z", base.trim_end_matches('Z'), ms % 1000)
}

/// A stable 32-hex id from a name (FNV-1a, twice): the same account and region always get the
/// same project id, across restarts, as in the cloud.
fn hex_id(name: &str, salt: &str) -> String {
    let fnv = |seed: u64| {
        name.bytes().chain(salt.bytes()).fold(seed, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
    };
    format!("{:016x}{:016x}", fnv(0xcbf2_9ce4_8422_2325), fnv(0x8422_2325_cbf2_9ce4))
}

/// The project id of `domain`'s default project in `region`.
pub fn project_id(domain: &str, region: Region) -> String {
    hex_id(domain, region.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sign_in(
        iam: &Iam,
        domain: &str,
        user: &str,
        password: &str,
        region: Region,
    ) -> Result<String, StatusCode> {
        let body = serde_json::to_vec(&PasswordAuthRequest::new(domain, user, password, region)).unwrap();
        iam.issue(&body).map(|(t, _)| t).map_err(|(s, _)| s)
    }

    fn with_token(t: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(AUTH_TOKEN_HEADER, t.parse().unwrap());
        h
    }

    #[test]
    fn the_demo_user_signs_in_per_region_and_wrong_credentials_get_401() {
        let iam = Iam::open(None, 60_000).unwrap();
        let (d, u, p) = DEMO_USER;
        let de = sign_in(&iam, d, u, p, Region::EuDe).unwrap();
        let nl = sign_in(&iam, d, u, p, Region::EuNl).unwrap();
        let de_project = iam.project_for(&with_token(&de), "", Region::EuNl).ok().unwrap();
        let nl_project = iam.project_for(&with_token(&nl), "", Region::EuDe).ok().unwrap();
        assert_ne!(de_project, nl_project, "each region has its own project");
        assert_eq!(de_project, project_id(d, Region::EuDe));
        assert_eq!(sign_in(&iam, d, u, "wrong", Region::EuDe), Err(StatusCode::UNAUTHORIZED));
        assert_eq!(sign_in(&iam, "other", u, p, Region::EuDe), Err(StatusCode::UNAUTHORIZED));
        // A token of one project does not open another.
        let refused = iam.project_for(&with_token(&de), &nl_project, Region::EuNl).err().unwrap();
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        // Without --users a made-up token still works (tools, the older tests).
        assert_eq!(iam.project_for(&with_token("made-up"), "p1", Region::EuDe).ok().unwrap(), "p1");
    }

    #[test]
    fn with_a_users_file_only_issued_unexpired_tokens_pass() {
        let dir = std::env::temp_dir().join(format!("vpcep-iam-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("users.json");
        std::fs::write(
            &file,
            r#"{"users":[{"name":"alice","password":"pw","domain":{"name":"OTC00000000001000000123"}}]}"#,
        )
        .unwrap();
        let iam = Iam::open(Some(&file), 60_000).unwrap();
        let t = sign_in(&iam, "OTC00000000001000000123", "alice", "pw", Region::EuDe).unwrap();
        let project = project_id("OTC00000000001000000123", Region::EuDe);
        assert!(iam.project_for(&with_token(&t), &project, Region::EuDe).is_ok());
        assert_eq!(
            iam.project_for(&with_token("made-up"), &project, Region::EuDe).err().unwrap().status,
            401
        );
        iam.expire_all();
        let refused = iam.project_for(&with_token(&t), &project, Region::EuDe).err().unwrap();
        assert_eq!(
            (refused.status, refused.message),
            (StatusCode::UNAUTHORIZED, "The token must be updated.")
        );
        assert!(Iam::open(Some(&dir.join("missing.json")), 1).is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }

    /// The keys of a JSON object, recursively (`token.user.domain.id`, …).
    fn keys(v: &serde_json::Value, prefix: &str, out: &mut Vec<String>) {
        if let Some(map) = v.as_object() {
            for (k, child) in map {
                let path = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                keys(child, &path, out);
                out.push(path);
            }
        }
    }

    #[test]
    fn the_answer_has_every_key_of_the_documented_example_and_a_project() {
        let documented: serde_json::Value = serde_json::from_str(include_str!(
            "../../vpcep-model/tests/fixtures/iam_token_password_domain_scope.json"
        ))
        .unwrap();
        let iam = Iam::open(None, 60_000).unwrap();
        let (d, u, p) = DEMO_USER;
        let body = serde_json::to_vec(&PasswordAuthRequest::new(d, u, p, Region::EuDe)).unwrap();
        let (_, answer) = iam.issue(&body).map_err(|(s, _)| s).unwrap();
        let (mut want, mut have) = (Vec::new(), Vec::new());
        keys(&documented, "", &mut want);
        keys(&answer, "", &mut have);
        // `token.domain` is what a domain-scoped token has instead of `token.project`.
        let missing: Vec<_> =
            want.iter().filter(|k| !k.starts_with("token.domain") && !have.contains(k)).collect();
        assert!(missing.is_empty(), "not in the mock's answer: {missing:?}");
        for k in ["token.project.id", "token.project.name", "token.project.domain.name"] {
            assert!(have.iter().any(|h| h == k), "{k}");
        }
        // And the console's own reading of it.
        let read: vpcep_model::iam::TokenResponse = serde_json::from_value(answer).unwrap();
        assert_eq!(read.token.project.unwrap().id, project_id(d, Region::EuDe));
    }

    #[test]
    fn at_most_max_tokens_are_kept_the_soonest_to_expire_goes_first() {
        let iam = Iam::open(None, 60_000).unwrap();
        let (d, u, p) = DEMO_USER;
        let first = sign_in(&iam, d, u, p, Region::EuDe).unwrap();
        // The first one expires soonest (it was issued first; same life).
        iam.tokens.lock().unwrap().get_mut(&first).unwrap().expires_ms -= 1;
        for _ in 1..MAX_TOKENS {
            sign_in(&iam, d, u, p, Region::EuDe).unwrap();
        }
        assert_eq!(iam.tokens.lock().unwrap().len(), MAX_TOKENS);
        assert!(iam.tokens.lock().unwrap().contains_key(&first));
        let newest = sign_in(&iam, d, u, p, Region::EuDe).unwrap();
        let tokens = iam.tokens.lock().unwrap();
        assert_eq!(tokens.len(), MAX_TOKENS);
        assert!(!tokens.contains_key(&first) && tokens.contains_key(&newest));
    }

    #[test]
    fn a_token_lives_as_long_as_asked_24_hours_by_default() {
        use clap::Parser;
        let args = crate::cli::Args::parse_from(["vpcep-server", "--api", "mock"]);
        assert_eq!(args.token_ttl_s, 24 * 60 * 60);
        let iam = Iam::open(None, args.token_ttl_s * 1000).unwrap();
        let (d, u, p) = DEMO_USER;
        let body = serde_json::to_vec(&PasswordAuthRequest::new(d, u, p, Region::EuDe)).unwrap();
        let (_, answer) = iam.issue(&body).map_err(|(s, _)| s).unwrap();
        let at = |k: &str| vpcep_model::time::parse_utc(answer["token"][k].as_str().unwrap()).unwrap();
        assert_eq!(at("expires_at") - at("issued_at"), crate::limits::TOKEN_TTL.as_millis() as u64);
    }

    #[test]
    fn expires_at_is_written_as_iam_writes_it() {
        assert_eq!(iso_micros(1_447_033_377_527), "2015-11-09T01:42:57.527000Z");
        assert_eq!(vpcep_model::time::parse_utc(&iso_micros(1_447_033_377_527)), Some(1_447_033_377_527));
    }
}
