//! The panel's fields as typed, read through the scenario's URL rules (one set of rules for
//! the panel and the link).

use crate::api::scenario::Scenario;
use crate::i18n::lang;

/// What the panel's fields hold, as typed.
#[derive(Clone, Default)]
pub(super) struct Fields {
    /// The starting account's id, and the others as the URL query has them.
    pub(super) account: String,
    pub(super) latency: String,
    pub(super) creating_s: String,
    pub(super) deleting_s: String,
    pub(super) fail: String,
    pub(super) fail_on: String,
    pub(super) fail_rate: String,
}

impl Fields {
    pub(super) fn of(s: &Scenario) -> Fields {
        Fields {
            account: s.account.id().to_owned(),
            latency: s.latency.query(),
            creating_s: (s.creating_ms / 1000).to_string(),
            deleting_s: (s.deleting_ms / 1000).to_string(),
            fail: s.fault.as_ref().map(|f| f.kind.id().to_owned()).unwrap_or_default(),
            fail_on: s.fault.as_ref().and_then(|f| f.on.clone()).unwrap_or_default(),
            fail_rate: s.fault.as_ref().and_then(|f| f.rate).map(|r| r.to_string()).unwrap_or_default(),
        }
    }

    /// The scenario, through the URL rules (one set of rules for the panel and the link).
    pub(super) fn scenario(&self) -> Result<Scenario, String> {
        let mut pairs = vec![
            ("scenario", self.account.clone()),
            ("latency", self.latency.clone()),
            ("creating_s", self.creating_s.trim().to_owned()),
            ("deleting_s", self.deleting_s.trim().to_owned()),
        ];
        if !self.fail.is_empty() {
            pairs.push(("fail", self.fail.clone()));
            if !self.fail_on.is_empty() {
                pairs.push(("fail_on", self.fail_on.clone()));
            }
            if !self.fail_rate.is_empty() {
                pairs.push(("fail_rate", self.fail_rate.clone()));
            }
        }
        let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        Scenario::from_query(&query).map(Option::unwrap_or_default).map_err(|e| e.get(lang()).to_owned())
    }
}
