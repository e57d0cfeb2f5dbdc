//! Starting accounts for prototyping and review: the demo seed, an empty account, one at its
//! quota, one with 1,000 services, one with a failed service, one with pending connections.
//! Each is the demo project changed in a fixed way, with ids from the seed's own generator,
//! so the same account is the same in every browser (a link reproduces it).

use serde::{Deserialize, Serialize};
use vpcep_model::naming::generated_service_name;
use vpcep_model::time::{format_utc, EpochMillis};
use vpcep_model::{Connection, ConnectionStatus, ServiceStatus, Tag};

use crate::seed_services::{DAY, HOUR};
use crate::state::{CloudState, StoredService};

/// A starting account.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Account {
    /// The demo seed: twelve services in several states.
    #[default]
    Demo,
    /// No services (the VPCs, load balancers and ECS instances stay).
    Empty,
    /// As many services as the quota allows.
    AtQuota,
    /// 1,000 services (the quota raised to make room for 20 more).
    Many,
    /// One service, failed.
    Failed,
    /// The demo services, each with approval on and endpoints waiting for it.
    Pending,
}

/// The services of the `many` account.
pub const MANY_SERVICES: usize = 1000;

impl Account {
    /// Every account, in the order a person picks from.
    pub const ALL: [Account; 6] =
        [Account::Demo, Account::Empty, Account::AtQuota, Account::Many, Account::Failed, Account::Pending];

    /// Its name in a URL (`at-quota`).
    pub fn id(self) -> &'static str {
        match self {
            Account::Demo => "demo",
            Account::Empty => "empty",
            Account::AtQuota => "at-quota",
            Account::Many => "many",
            Account::Failed => "failed",
            Account::Pending => "pending",
        }
    }

    /// The account named `id`.
    pub fn from_id(id: &str) -> Option<Account> {
        Account::ALL.into_iter().find(|a| a.id() == id)
    }

    /// The service quota of the account, when it is not the configured one: `many` has room
    /// for a default quota's worth of new services.
    pub fn quota(self) -> Option<usize> {
        (self == Account::Many).then_some(MANY_SERVICES + vpcep_model::limits::SERVICE_QUOTA)
    }

    /// Changes the demo project `state` (seeded at `now`, with `quota` services allowed) into
    /// this account.
    pub fn apply(self, state: &mut CloudState, now: EpochMillis, quota: usize) {
        match self {
            Account::Demo => {}
            Account::Empty => state.services.clear(),
            Account::AtQuota => fill(state, quota, now),
            Account::Many => {
                // Generated services only (the template is taken before the demo ones go).
                let demo = state.services.len();
                fill(state, MANY_SERVICES + demo, now);
                state.services.drain(..demo);
            }
            Account::Failed => state.services.retain(|s| s.service.status == ServiceStatus::Failed),
            Account::Pending => add_pending(state),
        }
    }
}

/// Adds available services (copies of the first available one, on its backend) until there
/// are `total`.
fn fill(state: &mut CloudState, total: usize, now: EpochMillis) {
    let template = match state.services.iter().find(|s| s.service.status == ServiceStatus::Available) {
        Some(s) => s.clone(),
        None => return,
    };
    let region = state.region.id();
    let envs = ["prod", "test", "dev"];
    for i in state.services.len()..total {
        let mut s: StoredService = template.clone();
        let id = state.ids.uuid();
        let name = format!("svc-{i:04}");
        let created = now - (i as u64 + 1) * HOUR;
        s.service.service_name = generated_service_name(region, Some(&name), &id);
        s.service.id = id;
        s.service.created_at = format_utc(created);
        s.service.updated_at = Some(format_utc(created));
        s.service.description = Some(format!("Generated service {i}"));
        s.service.tags = vec![Tag { key: "env".into(), value: envs[i % envs.len()].into() }];
        s.created_ms = created;
        s.updated_ms = created;
        s.connections.clear();
        s.permissions.clear();
        state.services.push(s);
    }
}

/// Turns approval on for every available service and gives each two waiting endpoints.
fn add_pending(state: &mut CloudState) {
    for s in state.services.iter_mut().filter(|s| s.service.status == ServiceStatus::Available) {
        s.service.approval_enabled = true;
        for k in 0..2u64 {
            let at = format_utc(s.created_ms + (k + 2) * DAY);
            s.connections.push(Connection {
                id: state.ids.uuid(),
                marker_id: 16_778_000 + state.ids.below(900) + k,
                domain_id: state.ids.hex32(),
                status: ConnectionStatus::PendingAcceptance,
                created_at: at.clone(),
                updated_at: Some(at),
                description: Some(String::new()),
                error: Vec::new(),
            });
        }
    }
}
