//! A cloud that records what changed it, so it can be stored as a short journal and rebuilt
//! by replaying the journal over the same seed.
//!
//! The browser stores the journal, not the whole state: it is smaller, and it keeps the
//! serialization code of every state type out of the shipped wasm (only the create body,
//! which the HTTP client needs anyway, is (de)serialized).

use serde::{Deserialize, Serialize};
use vpcep_model::error::ErrorCode;
use vpcep_model::time::EpochMillis;
use vpcep_model::{
    ConnectionActionRequest, ConnectionActionResponse, CreateServiceBody, EndpointService,
    PermissionActionRequest, PermissionActionResponse, Region, TagActionRequest, UpdateServiceBody,
};

use crate::clock::ManualClock;
use crate::cloud::{MockCloud, MockConfig};

/// One change to the cloud, with the time it happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Operation {
    Create { at: EpochMillis, body: Box<CreateServiceBody> },
    Delete { at: EpochMillis, id: String },
    Update { at: EpochMillis, id: String, body: UpdateServiceBody },
    ConnectionAction { at: EpochMillis, id: String, body: ConnectionActionRequest },
    PermissionAction { at: EpochMillis, id: String, body: PermissionActionRequest },
    TagAction { at: EpochMillis, id: String, body: TagActionRequest },
}

/// Everything needed to rebuild a cloud: its seed and the changes since.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    pub region: Region,
    /// The starting account (the demo seed when absent: journals from before accounts).
    #[serde(default)]
    pub account: crate::Account,
    pub seeded_at: EpochMillis,
    pub entropy: u64,
    pub operations: Vec<Operation>,
}

/// A [`MockCloud`] whose time is given with every call, and whose changes are journaled.
pub struct JournaledCloud {
    cloud: MockCloud<ManualClock>,
    clock: ManualClock,
    journal: Journal,
}

impl JournaledCloud {
    /// The demo data of `region`, seeded at `now`.
    pub fn seeded(region: Region, now: EpochMillis, entropy: u64, config: MockConfig) -> Self {
        Self::seeded_account(crate::Account::Demo, region, now, entropy, config)
    }

    /// The starting `account` of `region`, seeded at `now`.
    pub fn seeded_account(
        account: crate::Account,
        region: Region,
        now: EpochMillis,
        entropy: u64,
        config: MockConfig,
    ) -> Self {
        let clock = ManualClock::at(now);
        let cloud = MockCloud::seeded_account(account, region, clock.clone(), config, entropy);
        let journal = Journal { region, account, seeded_at: now, entropy, operations: Vec::new() };
        JournaledCloud { cloud, clock, journal }
    }

    /// Rebuilds a cloud from its journal. Operations that no longer apply (the seed or the
    /// rules changed since they were recorded) are dropped.
    pub fn replay(journal: Journal, config: MockConfig) -> Self {
        let mut me =
            Self::seeded_account(journal.account, journal.region, journal.seeded_at, journal.entropy, config);
        for op in journal.operations {
            let _ = match op {
                Operation::Create { at, body } => me.create_service(at, *body).map(drop),
                Operation::Delete { at, id } => me.delete_service(at, id),
                Operation::Update { at, id, body } => me.update_service(at, id, body).map(drop),
                Operation::ConnectionAction { at, id, body } => me.connection_action(at, id, body).map(drop),
                Operation::PermissionAction { at, id, body } => me.permission_action(at, id, body).map(drop),
                Operation::TagAction { at, id, body } => me.tag_action(at, id, body),
            };
        }
        me
    }

    /// The journal to store.
    pub fn journal(&self) -> &Journal {
        &self.journal
    }

    /// The cloud as of `now`, for reading operations.
    pub fn at(&mut self, now: EpochMillis) -> &mut MockCloud<ManualClock> {
        self.clock.set(now.max(self.clock_now()));
        &mut self.cloud
    }

    fn clock_now(&self) -> EpochMillis {
        use crate::clock::Clock;
        self.clock.now_ms()
    }

    /// Creates a service at `now`; journaled when it succeeds.
    pub fn create_service(
        &mut self,
        now: EpochMillis,
        body: CreateServiceBody,
    ) -> Result<EndpointService, ErrorCode> {
        let made = self.at(now).create_service(&body)?;
        self.journal.operations.push(Operation::Create { at: self.clock_now(), body: Box::new(body) });
        Ok(made)
    }

    /// Accepts or rejects a connection at `now`; journaled when it succeeds.
    pub fn connection_action(
        &mut self,
        now: EpochMillis,
        id: String,
        body: ConnectionActionRequest,
    ) -> Result<ConnectionActionResponse, ErrorCode> {
        let answer = self.at(now).connection_action(&id, &body)?;
        self.journal.operations.push(Operation::ConnectionAction { at: self.clock_now(), id, body });
        Ok(answer)
    }

    /// Changes a service at `now`; journaled when it succeeds.
    pub fn update_service(
        &mut self,
        now: EpochMillis,
        id: String,
        body: UpdateServiceBody,
    ) -> Result<EndpointService, ErrorCode> {
        let changed = self.at(now).update_service(&id, &body)?;
        self.journal.operations.push(Operation::Update { at: self.clock_now(), id, body });
        Ok(changed)
    }

    /// Deletes a service at `now`; journaled when it succeeds.
    pub fn delete_service(&mut self, now: EpochMillis, id: String) -> Result<(), ErrorCode> {
        self.at(now).delete_service(&id)?;
        self.journal.operations.push(Operation::Delete { at: self.clock_now(), id });
        Ok(())
    }

    /// Adds or removes whitelist records at `now`; journaled when it succeeds.
    pub fn permission_action(
        &mut self,
        now: EpochMillis,
        id: String,
        body: PermissionActionRequest,
    ) -> Result<PermissionActionResponse, ErrorCode> {
        let answer = self.at(now).permission_action(&id, &body)?;
        self.journal.operations.push(Operation::PermissionAction { at: self.clock_now(), id, body });
        Ok(answer)
    }

    /// Adds, changes or deletes tags at `now`; journaled when it succeeds.
    pub fn tag_action(
        &mut self,
        now: EpochMillis,
        id: String,
        body: TagActionRequest,
    ) -> Result<(), ErrorCode> {
        self.at(now).tag_action(&id, &body)?;
        self.journal.operations.push(Operation::TagAction { at: self.clock_now(), id, body });
        Ok(())
    }
}
