//! `--cloud NAME`: the server signs in for the browser, with the credentials of `clouds.yaml`
//! (where the openstack CLI looks for it) or, for `--cloud env`, of the `OS_*` variables. The
//! password stays in this process; the browser sees the account and user names only.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use vpcep_model::iam::{needs_renewal, PasswordUser};
use vpcep_model::time::EpochMillis;
use vpcep_model::Region;

/// The part of `clouds.yaml` read here.
#[derive(Deserialize)]
struct CloudsFile {
    clouds: HashMap<String, CloudEntry>,
}

#[derive(Deserialize)]
struct CloudEntry {
    auth: AuthEntry,
}

#[derive(Deserialize)]
struct AuthEntry {
    username: Option<String>,
    password: Option<String>,
    user_domain_name: Option<String>,
    domain_name: Option<String>,
}

/// Where the openstack CLI looks for `clouds.yaml`, in its order: `OS_CLIENT_CONFIG_FILE`, the
/// current folder, the user's `~/.config/openstack`, then `/etc/openstack`.
pub fn clouds_yaml_places(env: &dyn Fn(&str) -> Option<String>) -> Vec<PathBuf> {
    let mut places = Vec::new();
    if let Some(f) = env("OS_CLIENT_CONFIG_FILE") {
        places.push(PathBuf::from(f));
    }
    places.push(PathBuf::from("clouds.yaml"));
    let config = env("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| env("HOME").map(|h| Path::new(&h).join(".config")));
    if let Some(c) = config {
        places.push(c.join("openstack").join("clouds.yaml"));
    }
    places.push(PathBuf::from("/etc/openstack/clouds.yaml"));
    places
}

/// The credentials of cloud `name` in the YAML `text`.
pub fn from_clouds_yaml(text: &str, name: &str) -> Result<PasswordUser, String> {
    let file: CloudsFile = serde_yaml_ng::from_str(text).map_err(|e| format!("clouds.yaml: {e}"))?;
    let entry = file.clouds.get(name).ok_or_else(|| {
        let mut names: Vec<_> = file.clouds.keys().cloned().collect();
        names.sort();
        format!("clouds.yaml has no cloud {name:?} (it has: {})", names.join(", "))
    })?;
    let a = &entry.auth;
    let missing = |what: &str| format!("clouds.yaml: cloud {name:?} has no auth.{what}");
    let domain =
        a.user_domain_name.as_ref().or(a.domain_name.as_ref()).ok_or_else(|| missing("user_domain_name"))?;
    let user = a.username.as_ref().ok_or_else(|| missing("username"))?;
    let password = a.password.as_ref().ok_or_else(|| missing("password"))?;
    Ok(PasswordUser::new(domain, user, password))
}

/// The credentials of the `OS_*` variables.
pub fn from_env(env: &dyn Fn(&str) -> Option<String>) -> Result<PasswordUser, String> {
    let get = |k: &str| env(k).filter(|v| !v.is_empty()).ok_or_else(|| format!("{k} is not set"));
    let domain = get("OS_USER_DOMAIN_NAME").or_else(|e| get("OS_DOMAIN_NAME").map_err(|_| e))?;
    Ok(PasswordUser::new(&domain, &get("OS_USERNAME")?, &get("OS_PASSWORD")?))
}

/// A token the server obtained: the token, its project and its expiry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerToken {
    pub token: String,
    pub project_id: String,
    pub expires_ms: EpochMillis,
}

/// The server's sign-in: credentials and a token per region.
pub struct CloudAuth {
    pub credentials: PasswordUser,
    tokens: tokio::sync::Mutex<HashMap<Region, ServerToken>>,
}

impl std::fmt::Debug for CloudAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CloudAuth").field("credentials", &self.credentials).finish()
    }
}

impl CloudAuth {
    /// `--cloud NAME` (`env`: the OS_* variables; else `NAME` in the first clouds.yaml found).
    pub fn from_config(name: &str) -> Result<CloudAuth, String> {
        let env = |k: &str| std::env::var(k).ok();
        let credentials = if name == "env" {
            from_env(&env)?
        } else {
            let places = clouds_yaml_places(&env);
            let file = places.iter().find(|p| p.is_file()).ok_or_else(|| {
                let list: Vec<_> = places.iter().map(|p| p.display().to_string()).collect();
                format!("--cloud {name}: no clouds.yaml in {}", list.join(", "))
            })?;
            let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
            from_clouds_yaml(&text, name)?
        };
        Ok(CloudAuth::new(credentials))
    }

    /// Signs in with `credentials`.
    pub fn new(credentials: PasswordUser) -> CloudAuth {
        CloudAuth { credentials, tokens: tokio::sync::Mutex::new(HashMap::new()) }
    }

    /// The token of `region`, renewed with `sign_in` when it is missing or near its expiry. One
    /// sign-in at a time: concurrent requests wait for it instead of signing in each.
    pub async fn token<F, Fut>(
        &self,
        region: Region,
        now_ms: EpochMillis,
        sign_in: F,
    ) -> Result<ServerToken, String>
    where
        F: FnOnce(PasswordUser) -> Fut,
        Fut: std::future::Future<Output = Result<ServerToken, String>>,
    {
        let mut tokens = self.tokens.lock().await;
        if let Some(t) = tokens.get(&region) {
            if !needs_renewal(t.expires_ms, now_ms) {
                return Ok(t.clone());
            }
        }
        let fresh = sign_in(self.credentials.clone()).await?;
        tokens.insert(region, fresh.clone());
        Ok(fresh)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "clouds:\n  otc:\n    auth:\n      auth_url: https://iam.eu-de.otc.t-systems.com:443/v3\n      username: alice\n      password: 's3cret'\n      project_name: eu-de\n      user_domain_name: OTC00000000001000000xxx\n    identity_api_version: 3\n    interface: public\n  other:\n    auth:\n      username: bob\n";

    #[test]
    fn clouds_yaml_as_otc_documents_it_is_read() {
        let c = from_clouds_yaml(YAML, "otc").unwrap();
        assert_eq!(
            (c.domain.name.as_str(), c.name.as_str(), c.password.as_str()),
            ("OTC00000000001000000xxx", "alice", "s3cret")
        );
        assert!(!format!("{c:?}").contains("s3cret"));
        let unknown = from_clouds_yaml(YAML, "nope").unwrap_err();
        assert!(unknown.contains("otc, other"), "{unknown}");
        assert!(from_clouds_yaml(YAML, "other").unwrap_err().contains("user_domain_name"));
        assert!(from_clouds_yaml("clouds: [", "otc").is_err());
    }

    #[test]
    fn os_variables_are_read_and_a_missing_one_is_named() {
        let vars: HashMap<&str, &str> =
            [("OS_USERNAME", "alice"), ("OS_PASSWORD", "pw"), ("OS_USER_DOMAIN_NAME", "OTC-1")].into();
        let env = |k: &str| vars.get(k).map(|v| (*v).to_owned());
        assert_eq!(from_env(&env).unwrap().domain.name, "OTC-1");
        let none = |_: &str| None;
        assert_eq!(from_env(&none).unwrap_err(), "OS_USER_DOMAIN_NAME is not set");
    }

    #[test]
    fn the_places_are_the_openstack_clis() {
        let env = |k: &str| match k {
            "HOME" => Some("/home/a".to_owned()),
            _ => None,
        };
        let places = clouds_yaml_places(&env);
        assert_eq!(places[0], PathBuf::from("clouds.yaml"));
        assert_eq!(places[1], PathBuf::from("/home/a/.config/openstack/clouds.yaml"));
        assert_eq!(places[2], PathBuf::from("/etc/openstack/clouds.yaml"));
    }

    #[tokio::test]
    async fn a_token_is_reused_until_near_its_expiry_then_renewed() {
        let auth = CloudAuth::new(PasswordUser::new("d", "u", "p"));
        let hour = 3_600_000;
        let token = |t: &str, expires_ms| ServerToken { token: t.into(), project_id: "p".into(), expires_ms };
        let t1 = auth.token(Region::EuDe, 0, |_| async move { Ok(token("t1", hour)) }).await.unwrap();
        let again =
            auth.token(Region::EuDe, hour / 2, |_| async { Err("must not sign in".to_owned()) }).await;
        assert_eq!((t1.token.as_str(), again.unwrap().token.as_str()), ("t1", "t1"));
        // Five minutes before expiry it is renewed; another region has its own.
        let t2 = auth.token(Region::EuDe, hour - 60_000, |_| async move { Ok(token("t2", 2 * hour)) }).await;
        assert_eq!(t2.unwrap().token, "t2");
        let nl = auth.token(Region::EuNl, 0, |_| async { Err("IAM unreachable".to_owned()) }).await;
        assert_eq!(nl.unwrap_err(), "IAM unreachable");
    }
}
