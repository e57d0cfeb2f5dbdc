//! The Scenario panel (top bar; the embedded mock, or vpcep-server's mock for the signed-in
//! project in HTTP mode): the starting account, the latency, how long a service stays
//! Creating and Deleting, and a failure to inject. Apply plays it; Copy link gives the URL
//! that reproduces it; the badge says what differs from the default.

mod button;
mod fields;
mod panel;
mod target;

pub use button::{ScenarioBadge, ServerScenarioButton};
pub use target::{ScenarioControl, ScenarioTarget};
