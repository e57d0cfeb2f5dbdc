//! The embedded mock's state as a file, or as a link: every region's journal (its account,
//! seed and changes) and the scenario. Importing checks everything first; a bad file says
//! why and changes nothing.

use std::collections::BTreeMap;

use leptos::prelude::GetUntracked;
use serde::{Deserialize, Serialize};
use vpcep_mock::{Journal, JournaledCloud};
use vpcep_model::Region;

use super::browser::now_ms;
use super::scenario::Scenario;
use super::EmbeddedMock;
use crate::i18n::{formats, lang};

/// The `format` of a state file.
pub const STATE_FORMAT: &str = "vpcep-console.mock-state";
/// The version this console writes and reads.
pub const STATE_VERSION: u32 = 1;
/// The longest state a link carries (longer: export a file).
pub const MAX_STATE_LINK_CHARS: usize = 8_000;

/// A state file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MockState {
    /// Always [`STATE_FORMAT`].
    pub format: String,
    /// Always [`STATE_VERSION`].
    pub version: u32,
    /// The scenario that was playing.
    pub scenario: Scenario,
    /// Each region's journal, by region id (`eu-de`).
    pub regions: BTreeMap<String, Journal>,
}

impl MockState {
    /// Reads and checks a state: the format and version, the scenario's limits, each region,
    /// and every change in each journal (it must still apply, with the state's own Creating and
    /// Deleting times). Returns the scenario and each region's rebuilt cloud.
    pub fn check(text: &str) -> Result<(Scenario, Vec<(Region, JournaledCloud)>), String> {
        let state: MockState =
            serde_json::from_str(text).map_err(|e| formats::not_a_state_file(&e.to_string()))?;
        if state.format != STATE_FORMAT {
            return Err(formats::wrong_state_format(&state.format, STATE_FORMAT));
        }
        if state.version != STATE_VERSION {
            return Err(formats::unsupported_state_version(state.version, STATE_VERSION));
        }
        state.scenario.check().map_err(|e| e.get(lang()).to_owned())?;
        let config = state.scenario.config();
        let mut clouds = Vec::new();
        for (id, journal) in state.regions {
            let region = Region::from_id(&id).ok_or_else(|| formats::not_a_region(&id))?;
            if journal.region != region {
                return Err(formats::journal_of_other_region(&id, journal.region.id()));
            }
            let asked = journal.operations.len();
            let cloud = JournaledCloud::replay(journal, config.clone());
            let applied = cloud.journal().operations.len();
            if applied != asked {
                return Err(formats::change_no_longer_applies(&id, applied + 1, asked));
            }
            clouds.push((region, cloud));
        }
        Ok((state.scenario, clouds))
    }
}

/// The link that carries `state` (`{origin}/services?state=…`), or its length when it is
/// longer than [`MAX_STATE_LINK_CHARS`].
pub fn state_link(origin: &str, state: &MockState) -> Result<String, usize> {
    let json = serde_json::to_string(state).unwrap_or_default();
    let query = serde_urlencoded::to_string([("state", json)]).unwrap_or_default();
    let url = format!("{origin}/services?{query}");
    if url.len() > MAX_STATE_LINK_CHARS {
        Err(url.len())
    } else {
        Ok(url)
    }
}

impl EmbeddedMock {
    /// The state of every region loaded so far (and the stored ones), and the scenario.
    pub fn export(&self) -> MockState {
        let mut regions = BTreeMap::new();
        for region in Region::ALL {
            let mut clouds = self.0.clouds.lock().unwrap_or_else(|e| e.into_inner());
            let cloud = clouds.entry(region).or_insert_with(|| self.load(region));
            let _ = cloud.at(now_ms());
            regions.insert(region.id().to_owned(), cloud.journal().clone());
        }
        MockState {
            format: STATE_FORMAT.to_owned(),
            version: STATE_VERSION,
            scenario: self.0.scenario.get_untracked(),
            regions,
        }
    }

    /// Replaces the state with the one in `text`, or says why not (nothing changes then).
    pub fn import(&self, text: &str) -> Result<(), String> {
        let (scenario, rebuilt) = MockState::check(text)?;
        let mut clouds = self.0.clouds.lock().unwrap_or_else(|e| e.into_inner());
        for (region, cloud) in rebuilt {
            self.store(region, &cloud);
            clouds.insert(region, cloud);
        }
        drop(clouds);
        self.play(scenario);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(padding: usize) -> MockState {
        let scenario = Scenario { fault: None, ..Scenario::default() };
        let mut s = MockState {
            format: STATE_FORMAT.to_owned(),
            version: STATE_VERSION,
            scenario,
            regions: BTreeMap::new(),
        };
        // The format field pads the state to a chosen length (only the length matters here).
        s.format.push_str(&"x".repeat(padding));
        s
    }

    #[test]
    fn an_import_replays_with_the_states_own_times_and_keeps_the_scenarios_limits() {
        use vpcep_mock::Account;
        use vpcep_model::{fixtures, CreateServiceBody, ServiceStatus};
        const T0: u64 = 1_700_000_000_000;
        let slow = Scenario { creating_ms: 60_000, ..Scenario::default() };
        let mut live = JournaledCloud::seeded_account(Account::Demo, Region::EuDe, T0, 7, slow.config());
        let lb = live.at(T0).list_load_balancers().into_iter().find(|lb| lb.name == "elb-analytics").unwrap();
        let body = CreateServiceBody {
            service_name: Some("slow".into()),
            ..fixtures::create_body_on(&lb.vpc_id, &lb.vip_port_id)
        };
        let created = live.create_service(T0, body).unwrap();
        let mut regions = BTreeMap::new();
        regions.insert("eu-de".to_owned(), live.journal().clone());
        let state =
            MockState { format: STATE_FORMAT.into(), version: STATE_VERSION, scenario: slow, regions };
        let (scenario, mut clouds) = MockState::check(&serde_json::to_string(&state).unwrap()).unwrap();
        assert_eq!(scenario.creating_ms, 60_000);
        // 10 s on: past the default 3 s, still within the state's own 60 s.
        let status = clouds[0].1.at(T0 + 10_000).get_service(&created.id).unwrap().status;
        assert_eq!(status, ServiceStatus::Creating);
        let mut over = state.clone();
        over.scenario.latency =
            vpcep_mock::scenario::Latency::Fixed(vpcep_mock::scenario::MAX_LATENCY_MS + 1);
        let refused = MockState::check(&serde_json::to_string(&over).unwrap()).err().unwrap_or_default();
        assert!(refused.contains("latency is 0 to 5000"), "{refused}");
    }

    #[test]
    fn a_state_link_carries_a_state_up_to_the_limit() {
        let base = state_link("http://h", &state(0)).unwrap().len();
        let room = MAX_STATE_LINK_CHARS - base;
        let at_limit = state_link("http://h", &state(room)).unwrap();
        assert_eq!(at_limit.len(), MAX_STATE_LINK_CHARS);
        assert!(at_limit.starts_with("http://h/services?state=%7B"));
        assert_eq!(state_link("http://h", &state(room + 1)), Err(MAX_STATE_LINK_CHARS + 1));
    }
}
