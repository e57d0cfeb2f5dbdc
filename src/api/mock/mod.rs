//! The embedded mock: the mock cloud engine running in the page, behind the same trait as the
//! real API, with simulated latency. Each region's journal (seed + changes) is kept in
//! localStorage, so a reload rebuilds exactly what the user had. Its calls, one per API
//! operation, are in [`calls`].

mod calls;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use leptos::prelude::{ArcRwSignal, GetUntracked, Set};
use vpcep_mock::{Journal, JournaledCloud, ManualClock, MockCloud, MockConfig};
use vpcep_model::{ErrorCode, Region};

use super::browser::{entropy, now_ms, sleep_ms, storage_get, storage_remove, storage_set};
use super::scenario::{FaultKind, Latency, Scenario};
use super::{ApiError, ApiFuture, REQUEST_TIMEOUT_SECONDS};

/// How the embedded mock behaves.
#[derive(Clone, Debug)]
pub struct MockOptions {
    /// Latency, transition times, failures and the starting account.
    pub scenario: Scenario,
    /// The localStorage key prefix; `None` keeps the state in memory only (tests).
    pub storage_prefix: Option<String>,
}

impl Default for MockOptions {
    fn default() -> Self {
        MockOptions {
            scenario: Scenario::default(),
            storage_prefix: Some("vpcep-console.mock.v1".to_owned()),
        }
    }
}

impl MockOptions {
    /// No latency, nothing stored (tests).
    pub fn instant() -> Self {
        let scenario = Scenario { latency: Latency::Fixed(0), ..Scenario::default() };
        MockOptions { scenario, storage_prefix: None }
    }
}

pub(super) struct Inner {
    pub(super) storage_prefix: Option<String>,
    /// The scenario; the panel and the badge read it, a "next call" failure clears itself.
    pub(super) scenario: ArcRwSignal<Scenario>,
    pub(super) clouds: Mutex<BTreeMap<Region, JournaledCloud>>,
}

/// The mock cloud of every region, in the page.
#[derive(Clone)]
pub struct EmbeddedMock(pub(super) Arc<Inner>);

impl EmbeddedMock {
    /// A mock with `options`; each region's state loads lazily from storage or the seed.
    pub fn new(options: MockOptions) -> Self {
        EmbeddedMock(Arc::new(Inner {
            storage_prefix: options.storage_prefix,
            scenario: ArcRwSignal::new(options.scenario),
            clouds: Mutex::new(BTreeMap::new()),
        }))
    }

    /// The scenario, as a signal (the top bar's badge and the panel read it).
    pub fn scenario(&self) -> ArcRwSignal<Scenario> {
        self.0.scenario.clone()
    }

    /// Plays `scenario` from now on. With `fresh`, every region starts again from the
    /// scenario's account (what was changed is dropped); without, the data stays.
    pub fn set_scenario(&self, scenario: Scenario, fresh: bool) {
        let mut clouds = self.0.clouds.lock().unwrap_or_else(|e| e.into_inner());
        // Read again with the new timing (the journals replay).
        clouds.clear();
        if fresh {
            for region in Region::ALL {
                if let Some(key) = self.key(region) {
                    storage_remove(&key);
                }
            }
        }
        self.play(scenario);
    }

    /// Plays `scenario`, remembered across reloads (unless the mock keeps nothing).
    pub(super) fn play(&self, scenario: Scenario) {
        if self.0.storage_prefix.is_some() {
            super::scenario_start::keep(&scenario);
        }
        self.0.scenario.set(scenario);
    }

    fn key(&self, region: Region) -> Option<String> {
        self.0.storage_prefix.as_ref().map(|p| format!("{p}.{}", region.id()))
    }

    pub(super) fn config(&self) -> MockConfig {
        self.0.scenario.get_untracked().config()
    }

    pub(super) fn load(&self, region: Region) -> JournaledCloud {
        let config = self.config();
        let stored = self.key(region).and_then(|k| storage_get(&k));
        match stored.and_then(|json| serde_json::from_str::<Journal>(&json).ok()) {
            Some(journal) if journal.region == region => JournaledCloud::replay(journal, config),
            _ => {
                // Stored at once, so that a reload finds the same seed (and its times).
                let account = self.0.scenario.get_untracked().account;
                let cloud = JournaledCloud::seeded_account(account, region, now_ms(), entropy(), config);
                self.store(region, &cloud);
                cloud
            }
        }
    }

    /// The latency of the next call, and the failure it meets, if any (a "next call" failure
    /// is used up).
    fn draw(&self, name: &str) -> (u32, Option<FaultKind>) {
        let s = self.0.scenario.get_untracked();
        let latency = s.latency.draw(js_sys::Math::random());
        let hit = s.fault.as_ref().filter(|f| f.hits(name, js_sys::Math::random())).cloned();
        if let Some(f) = &hit {
            if f.rate.is_none() {
                self.play(Scenario { fault: None, ..s });
            }
        }
        (latency, hit.map(|f| f.kind))
    }

    pub(super) fn store(&self, region: Region, cloud: &JournaledCloud) {
        if let Some(key) = self.key(region) {
            if let Ok(json) = serde_json::to_string(cloud.journal()) {
                storage_set(&key, &json);
            }
        }
    }

    /// Runs `op` on the region's cloud after the simulated latency. The end-to-end build
    /// (feature `e2e-hooks`) also counts the call in `globalThis.vpcepMockCalls[name]`, so that
    /// its tests can check that bad input sends nothing.
    fn with_cloud<T: 'static>(
        &self,
        name: &'static str,
        region: Region,
        op: impl FnOnce(&mut JournaledCloud, u64) -> Result<T, ErrorCode> + 'static,
    ) -> ApiFuture<T> {
        #[cfg(feature = "e2e-hooks")]
        count_call(name);
        #[cfg(not(feature = "e2e-hooks"))]
        let _ = name;
        let this = self.clone();
        let (latency, fault) = self.draw(name);
        Box::pin(async move {
            sleep_ms(latency).await;
            if let Some(kind) = fault {
                if kind == FaultKind::Timeout {
                    sleep_ms((REQUEST_TIMEOUT_SECONDS * 1000).saturating_sub(latency)).await;
                }
                return Err(super::scenario::fault_error(kind));
            }
            let mut clouds = this.0.clouds.lock().unwrap_or_else(|e| e.into_inner());
            let cloud = clouds.entry(region).or_insert_with(|| this.load(region));
            op(cloud, now_ms()).map_err(ApiError::from_code)
        })
    }

    /// A read: nothing to store.
    fn read<T: 'static>(
        &self,
        name: &'static str,
        region: Region,
        op: impl FnOnce(&mut MockCloud<ManualClock>) -> Result<T, ErrorCode> + 'static,
    ) -> ApiFuture<T> {
        self.with_cloud(name, region, move |cloud, now| op(cloud.at(now)))
    }

    /// A change: the journal is stored after it.
    fn write<T: 'static>(
        &self,
        name: &'static str,
        region: Region,
        op: impl FnOnce(&mut JournaledCloud, u64) -> Result<T, ErrorCode> + 'static,
    ) -> ApiFuture<T> {
        let this = self.clone();
        self.with_cloud(name, region, move |cloud, now| {
            let result = op(cloud, now);
            this.store(region, cloud);
            result
        })
    }
}

/// The end-to-end tests' call counter (only in a build with the `e2e-hooks` feature).
#[cfg(feature = "e2e-hooks")]
fn count_call(name: &str) {
    let global = js_sys::global();
    let key = wasm_bindgen::JsValue::from_str("vpcepMockCalls");
    let calls = js_sys::Reflect::get(&global, &key).ok().filter(|v| v.is_object()).unwrap_or_else(|| {
        let o: wasm_bindgen::JsValue = js_sys::Object::new().into();
        let _ = js_sys::Reflect::set(&global, &key, &o);
        o
    });
    let name = wasm_bindgen::JsValue::from_str(name);
    let n = js_sys::Reflect::get(&calls, &name).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&calls, &name, &wasm_bindgen::JsValue::from_f64(n + 1.0));
}
