//! Scenarios of the mock (in the page or in vpcep-server), for prototyping and review: the latency, how long a
//! service stays Creating and Deleting, a failure to inject (the next call, or a rate per
//! operation), and the starting account. Every setting is also a URL query, so a link
//! reproduces the state for a reviewer:
//!
//! `?scenario=at-quota&latency=random&creating_s=10&fail=500&fail_on=create_service&fail_rate=50`
//!
//! Queries are read with `serde_urlencoded` (nothing parsed by hand).

use serde::{Deserialize, Serialize};
use vpcep_model::error::{self, ErrorCode};
use vpcep_model::lang::{Bilingual, Lang};

use crate::scenario_texts as texts;

mod query;

pub use query::QUERY_KEYS;

use crate::accounts::Account;

/// The simulated latency of every call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Latency {
    /// Always this many milliseconds (0 to [`MAX_LATENCY_MS`]).
    Fixed(u32),
    /// 100 to 2,000 ms, drawn for each call.
    Random,
}

/// The largest fixed latency.
pub const MAX_LATENCY_MS: u32 = 5_000;
/// The random latency's range.
pub const RANDOM_LATENCY_MS: (u32, u32) = (100, 2_000);
/// The latency without a scenario.
pub const DEFAULT_LATENCY_MS: u32 = 300;

impl Latency {
    /// The latency of one call; `random` is in [0, 1).
    pub fn draw(self, random: f64) -> u32 {
        match self {
            Latency::Fixed(ms) => ms,
            Latency::Random => {
                let (lo, hi) = RANDOM_LATENCY_MS;
                lo + (f64::from(hi - lo) * random) as u32
            }
        }
    }

    /// Its value in a URL query (`300`, `random`).
    pub fn query(self) -> String {
        match self {
            Latency::Fixed(ms) => ms.to_string(),
            Latency::Random => "random".to_owned(),
        }
    }
}

/// A failure the mock answers instead of doing the call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FaultKind {
    /// HTTP 500, `EndPoint.0001`.
    ServerError,
    /// No answer: after the console's time limit, a timeout.
    Timeout,
    /// `Endpoint.1018`, quota exceeded.
    Quota,
    /// `EndPoint.3044`, the ports are used by another service on the backend.
    PortsInUse,
    /// `EndPoint.3006`, the service is being used.
    InUse,
    /// `EndPoint.0004`, 403.
    NoPermission,
}

impl FaultKind {
    /// Every kind, in the order a person picks from.
    pub const ALL: [FaultKind; 6] = [
        FaultKind::ServerError,
        FaultKind::Timeout,
        FaultKind::Quota,
        FaultKind::PortsInUse,
        FaultKind::InUse,
        FaultKind::NoPermission,
    ];

    /// Its name in a URL.
    pub fn id(self) -> &'static str {
        match self {
            FaultKind::ServerError => "500",
            FaultKind::Timeout => "timeout",
            FaultKind::Quota => "quota",
            FaultKind::PortsInUse => "ports-in-use",
            FaultKind::InUse => "in-use",
            FaultKind::NoPermission => "no-permission",
        }
    }

    /// What a person reads, in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        texts::fault_label(self, lang)
    }

    fn from_id(id: &str) -> Option<FaultKind> {
        FaultKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The API error the call answers; `None` for a timeout (no answer at all).
    pub fn code(self) -> Option<ErrorCode> {
        match self {
            FaultKind::ServerError => Some(error::SYSTEM_ERROR),
            FaultKind::Timeout => None,
            FaultKind::Quota => Some(error::QUOTA_EXCEEDED),
            FaultKind::PortsInUse => Some(error::PORTS_CONFLICT),
            FaultKind::InUse => Some(error::SERVICE_IN_USE),
            FaultKind::NoPermission => Some(error::NO_PERMISSION),
        }
    }
}

/// A failure to inject.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    /// What the call answers.
    pub kind: FaultKind,
    /// The operation it hits (`create_service`, …), or every operation when `None`.
    pub on: Option<String>,
    /// How often, in percent; `None`: the next matching call only.
    pub rate: Option<u8>,
}

impl Fault {
    /// Whether the call `operation` fails; `random` is in [0, 1).
    pub fn hits(&self, operation: &str, random: f64) -> bool {
        self.on.as_deref().is_none_or(|on| on == operation)
            && self.rate.is_none_or(|r| random * 100.0 < f64::from(r))
    }
}

/// How the embedded mock behaves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    /// The data every region starts from.
    pub account: Account,
    /// The latency of every call.
    pub latency: Latency,
    /// How long a new service stays Creating.
    pub creating_ms: u64,
    /// How long a deleted service stays Deleting.
    pub deleting_ms: u64,
    /// The failure to inject, if any.
    pub fault: Option<Fault>,
}

impl Default for Scenario {
    fn default() -> Self {
        let config = crate::cloud::MockConfig::default();
        Scenario {
            account: Account::Demo,
            latency: Latency::Fixed(DEFAULT_LATENCY_MS),
            creating_ms: config.create_delay_ms,
            deleting_ms: config.delete_delay_ms,
            fault: None,
        }
    }
}

/// The operations a failure can be aimed at: the request table's names.
pub use vpcep_model::request::OPERATIONS;

/// The largest Creating or Deleting time in a URL, in seconds.
pub const MAX_TRANSITION_S: u64 = 600;

impl Scenario {
    /// What vpcep-server's mock does without a scenario: the default, with no latency (the
    /// server adds none of its own).
    pub fn server_default() -> Scenario {
        Scenario { latency: Latency::Fixed(0), ..Scenario::default() }
    }

    /// The engine's configuration for this scenario's Creating and Deleting times.
    pub fn config(&self) -> crate::cloud::MockConfig {
        crate::cloud::MockConfig {
            create_delay_ms: self.creating_ms,
            delete_delay_ms: self.deleting_ms,
            ..crate::cloud::MockConfig::default()
        }
    }

    /// The limits of a scenario, whichever way it comes (a URL query, or JSON to
    /// vpcep-server): a fixed latency up to [`MAX_LATENCY_MS`], Creating and Deleting up to
    /// [`MAX_TRANSITION_S`], a rate of 1 to 100 %, a failure aimed at one of [`OPERATIONS`].
    pub fn check(&self) -> Result<(), Bilingual> {
        if let Latency::Fixed(ms) = self.latency {
            if ms > MAX_LATENCY_MS {
                return Err(texts::bad_latency(MAX_LATENCY_MS, &ms.to_string()));
            }
        }
        for (what, ms) in [("creating_s", self.creating_ms), ("deleting_s", self.deleting_ms)] {
            if ms > MAX_TRANSITION_S * 1000 {
                return Err(texts::bad_seconds(what, MAX_TRANSITION_S, &(ms / 1000).to_string()));
            }
        }
        if let Some(f) = &self.fault {
            if let Some(r) = f.rate.filter(|r| !(1..=100).contains(r)) {
                return Err(texts::bad_rate(&r.to_string()));
            }
            if let Some(op) = f.on.as_deref().filter(|op| !OPERATIONS.contains(op)) {
                return Err(texts::unknown_operation(op));
            }
        }
        Ok(())
    }

    /// What the badge says: the settings that differ from the default, or `None`.
    pub fn summary(&self, lang: Lang) -> Option<String> {
        self.summary_against(&Scenario::default(), lang)
    }

    /// What differs from `d` (what a mock does without a scenario), or `None`, in `lang`.
    pub fn summary_against(&self, d: &Scenario, lang: Lang) -> Option<String> {
        let mut parts = Vec::new();
        if self.account != d.account {
            parts.push(texts::summary_account(self.account.id(), lang));
        }
        if self.latency != d.latency {
            parts.push(match self.latency {
                Latency::Fixed(ms) => format!("{ms} ms"),
                Latency::Random => texts::summary_random_latency(lang).to_owned(),
            });
        }
        if self.creating_ms != d.creating_ms || self.deleting_ms != d.deleting_ms {
            parts.push(texts::summary_times(self.creating_ms / 1000, self.deleting_ms / 1000, lang));
        }
        if let Some(f) = &self.fault {
            parts.push(texts::summary_fault(f.kind.id(), f.on.as_deref(), f.rate, lang));
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}
