//! App-wide state shared through context.

use leptos::prelude::*;
use vpcep_model::Region;

use crate::api::{now_ms, storage_get, storage_set};

const REGION_KEY: &str = "vpcep-console.region";

/// The region the console shows; remembered across reloads.
#[derive(Clone, Copy)]
pub struct RegionState(pub RwSignal<Region>);

/// Bumped when data changed behind the pages' back (for example, demo data reset), so that
/// every page reloads what it shows.
#[derive(Clone, Copy)]
pub struct DataVersion(pub RwSignal<u64>);

impl DataVersion {
    /// Tells every page to reload.
    pub fn bump(self) {
        self.0.set(now_ms());
    }
}

/// Provides [`RegionState`] (from localStorage, else eu-de) and [`DataVersion`].
pub fn provide_app_context() {
    let initial = storage_get(REGION_KEY).and_then(|id| Region::from_id(&id)).unwrap_or(Region::EuDe);
    let region = RwSignal::new(initial);
    Effect::new(move |_| storage_set(REGION_KEY, region.get().id()));
    provide_context(RegionState(region));
    provide_context(DataVersion(RwSignal::new(0)));
}

/// The current region signal.
pub fn use_region() -> RwSignal<Region> {
    expect_context::<RegionState>().0
}

/// The data version signal.
pub fn use_data_version() -> DataVersion {
    expect_context::<DataVersion>()
}
