//! What the create form reads for the chosen region: VPCs, load balancers, ECS instances, and
//! the tags already in use (suggestions). Each is a `Read` (a `LocalResource`) keyed by the region, so a
//! late answer for another region is never shown and leaving the page aborts what is in flight.

use std::collections::BTreeSet;

use leptos::prelude::*;
use vpcep_model::{EcsServer, ListServicesQuery, LoadBalancer, Region, Vpc};

use super::tag_editor::TagSuggestions;
use crate::api::use_api;
use crate::components::async_view::Read;
use crate::context::use_region;
use crate::loadable::Loadable;

/// How many services the tag suggestions look at.
const SUGGESTION_SERVICES: &str = "1000";

/// A read as the form's selects show it: loading until it answers, and again after Refresh or
/// a change of region (a stale list must not be picked from), then ready or failed.
struct Reading<T: 'static> {
    read: Read<T>,
    again: RwSignal<bool>,
}

impl<T> Clone for Reading<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Reading<T> {}

impl<T: Clone + Send + Sync + 'static> Reading<T> {
    fn new(read: Read<T>, region: RwSignal<Region>) -> Self {
        let again = RwSignal::new(false);
        Effect::new(move |_| {
            read.with(|_| ());
            again.set(false);
        });
        Effect::new(move |previous: Option<Region>| {
            let r = region.get();
            if previous.is_some_and(|p| p != r) {
                again.set(true);
            }
            r
        });
        Reading { read, again }
    }

    fn refetch(self) {
        self.again.set(true);
        self.read.refetch();
    }

    fn loadable(self) -> Signal<Loadable<T>> {
        Signal::derive(move || match (self.again.get(), self.read.get()) {
            (true, _) | (_, None) => Loadable::Loading,
            (false, Some(r)) => r.into(),
        })
    }
}

/// The region's resources, each loading on its own.
#[derive(Clone, Copy)]
pub struct FormResources {
    vpcs: Reading<Vec<Vpc>>,
    load_balancers: Reading<Vec<LoadBalancer>>,
    ecs_servers: Reading<Vec<EcsServer>>,
    tags: Read<TagSuggestions>,
}

impl FormResources {
    /// Starts every read for the console's region (and again when it changes).
    pub fn new() -> Self {
        let region = use_region();
        let api = use_api();
        let (a1, a2, a3) = (api.clone(), api.clone(), api.clone());
        FormResources {
            vpcs: Reading::new(Read::new(move || a1.list_vpcs(region.get())), region),
            load_balancers: Reading::new(Read::new(move || a2.list_load_balancers(region.get())), region),
            ecs_servers: Reading::new(Read::new(move || a3.list_ecs_servers(region.get())), region),
            tags: Read::new(move || {
                let query =
                    ListServicesQuery { limit: Some(SUGGESTION_SERVICES.to_owned()), ..Default::default() };
                let list = api.list_services(region.get(), query);
                async move { list.await.map(suggestions) }
            }),
        }
    }

    /// The VPCs.
    pub fn vpcs(self) -> Signal<Loadable<Vec<Vpc>>> {
        self.vpcs.loadable()
    }

    /// The load balancers.
    pub fn load_balancers(self) -> Signal<Loadable<Vec<LoadBalancer>>> {
        self.load_balancers.loadable()
    }

    /// The ECS instances.
    pub fn ecs_servers(self) -> Signal<Loadable<Vec<EcsServer>>> {
        self.ecs_servers.loadable()
    }

    /// The tag suggestions: empty until they arrive, and quietly empty when the read fails
    /// (suggestions are a help, not a need).
    pub fn tag_suggestions(self) -> Signal<TagSuggestions> {
        Signal::derive(move || self.tags.with(|t| t.and_then(Result::ok).cloned().unwrap_or_default()))
    }

    /// Reads the VPCs again.
    pub fn refresh_vpcs(self) {
        self.vpcs.refetch();
    }

    /// Reads the load balancers and the ECS instances again.
    pub fn refresh_backends(self) {
        self.load_balancers.refetch();
        self.ecs_servers.refetch();
    }
}

impl Default for FormResources {
    fn default() -> Self {
        Self::new()
    }
}

fn suggestions(list: vpcep_model::ListServicesResponse) -> TagSuggestions {
    let (mut keys, mut values) = (BTreeSet::new(), BTreeSet::new());
    for t in list.endpoint_services.into_iter().flat_map(|s| s.tags) {
        keys.insert(t.key);
        if !t.value.is_empty() {
            values.insert(t.value);
        }
    }
    TagSuggestions { keys: keys.into_iter().collect(), values: values.into_iter().collect() }
}
