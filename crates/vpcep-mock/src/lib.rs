//! A mock of the OTC VPCEP v1 API for one project in one region.
//!
//! [`MockCloud`] is a pure state machine: it reads the time from an injected [`Clock`] and
//! draws ids from its own seeded generator, so it behaves the same in the browser, in a
//! native HTTP server and in tests that move time by hand. Transitions (`creating` to
//! `available`, `deleting` to gone) happen when an operation observes that their time has
//! come. Every create goes through [`vpcep_model::validation`], so the mock rejects exactly
//! what the console's form rejects, with the real API's codes.

mod accounts;
mod clock;
mod cloud;
mod connections;
mod ids;
mod journal;
mod listing;
mod resources;
pub mod scenario;
mod scenario_texts;
mod seed;
mod seed_services;
mod state;
mod tags;
mod whitelist;

pub use accounts::{Account, MANY_SERVICES};
#[cfg(not(target_arch = "wasm32"))]
pub use clock::SystemClock;
pub use clock::{Clock, ManualClock};
pub use cloud::{MockCloud, MockConfig};
pub use journal::{Journal, JournaledCloud, Operation};
pub use state::CloudState;
