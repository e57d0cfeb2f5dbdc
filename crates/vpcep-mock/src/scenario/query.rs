//! A scenario as a URL query (`?scenario=empty&latency=0&fail=quota&fail_on=create_service`),
//! read and written with `serde_urlencoded`; what it reads is then held to [`Scenario::check`].

use serde::{Deserialize, Serialize};
use vpcep_model::lang::Bilingual;

use super::{Account, Fault, FaultKind, Latency, Scenario, MAX_LATENCY_MS, MAX_TRANSITION_S};
use crate::scenario_texts as texts;

/// The URL query keys of a scenario.
pub const QUERY_KEYS: [&str; 7] =
    ["scenario", "latency", "creating_s", "deleting_s", "fail", "fail_on", "fail_rate"];

/// The URL query of a scenario: every field optional, strings as typed.
#[derive(Debug, Default, Serialize, Deserialize)]
struct ScenarioQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    scenario: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    latency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    creating_s: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deleting_s: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fail_on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fail_rate: Option<String>,
}

impl Scenario {
    /// The scenario of a URL query (without `?`; other keys are ignored): `Ok(None)` when it
    /// names none, `Err` with what is wrong otherwise.
    pub fn from_query(query: &str) -> Result<Option<Scenario>, Bilingual> {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(query).map_err(|e| texts::unreadable(&e.to_string()))?;
        let mine: Vec<(String, String)> =
            pairs.into_iter().filter(|(k, _)| QUERY_KEYS.contains(&k.as_str())).collect();
        if mine.is_empty() {
            return Ok(None);
        }
        let q: ScenarioQuery =
            serde_urlencoded::from_str(&serde_urlencoded::to_string(&mine).unwrap_or_default())
                .map_err(|e| texts::key_twice(&e.to_string()))?;
        let mut s = Scenario::default();
        if let Some(a) = q.scenario {
            s.account = Account::from_id(&a).ok_or_else(|| texts::unknown_account(&a))?;
        }
        if let Some(l) = q.latency {
            s.latency = match l.as_str() {
                "random" => Latency::Random,
                ms => Latency::Fixed(ms.parse().map_err(|_| texts::bad_latency(MAX_LATENCY_MS, ms))?),
            };
        }
        let seconds = |v: Option<String>, what: &str, default: u64| -> Result<u64, Bilingual> {
            match v {
                None => Ok(default),
                Some(v) => v
                    .parse::<u64>()
                    .map(|s| s.saturating_mul(1000))
                    .map_err(|_| texts::bad_seconds(what, MAX_TRANSITION_S, &v)),
            }
        };
        s.creating_ms = seconds(q.creating_s, "creating_s", s.creating_ms)?;
        s.deleting_ms = seconds(q.deleting_s, "deleting_s", s.deleting_ms)?;
        if let Some(f) = q.fail {
            let kind = FaultKind::from_id(&f).ok_or_else(|| texts::unknown_failure(&f))?;
            let rate = match q.fail_rate {
                None => None,
                Some(r) => Some(r.parse::<u8>().map_err(|_| texts::bad_rate(&r))?),
            };
            let on = q.fail_on.filter(|o| o != "any");
            s.fault = Some(Fault { kind, on, rate });
        }
        s.check()?;
        Ok(Some(s))
    }

    /// The URL query of this scenario (only what differs from the default).
    pub fn to_query(&self) -> String {
        let d = Scenario::default();
        let q = ScenarioQuery {
            scenario: Some(self.account.id().to_owned()),
            latency: (self.latency != d.latency).then(|| self.latency.query()),
            creating_s: (self.creating_ms != d.creating_ms).then(|| (self.creating_ms / 1000).to_string()),
            deleting_s: (self.deleting_ms != d.deleting_ms).then(|| (self.deleting_ms / 1000).to_string()),
            fail: self.fault.as_ref().map(|f| f.kind.id().to_owned()),
            fail_on: self.fault.as_ref().and_then(|f| f.on.clone()),
            fail_rate: self.fault.as_ref().and_then(|f| f.rate.map(|r| r.to_string())),
        };
        serde_urlencoded::to_string(&q).unwrap_or_default()
    }
}
