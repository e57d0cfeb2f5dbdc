//! What the create form loads for the chosen region: VPCs, load balancers, ECS instances, and
//! the tags already in use (suggestions).

use std::collections::BTreeSet;

use leptos::prelude::*;
use vpcep_model::{EcsServer, ListServicesQuery, LoadBalancer, Region, Vpc};

use crate::api::use_api;
use crate::components::tag_editor::TagSuggestions;
use crate::loadable::Loadable;

/// The region's resources, each loading on its own.
#[derive(Clone, Copy)]
pub struct FormResources {
    pub vpcs: RwSignal<Loadable<Vec<Vpc>>>,
    pub load_balancers: RwSignal<Loadable<Vec<LoadBalancer>>>,
    pub ecs_servers: RwSignal<Loadable<Vec<EcsServer>>>,
    pub tag_suggestions: RwSignal<TagSuggestions>,
}

impl FormResources {
    /// Empty, loading.
    pub fn new() -> Self {
        FormResources {
            vpcs: RwSignal::new(Loadable::Loading),
            load_balancers: RwSignal::new(Loadable::Loading),
            ecs_servers: RwSignal::new(Loadable::Loading),
            tag_suggestions: RwSignal::new(TagSuggestions::default()),
        }
    }

    /// Reloads the VPCs.
    pub fn load_vpcs(self, region: Region) {
        self.vpcs.set(Loadable::Loading);
        let task = use_api().list_vpcs(region);
        leptos::task::spawn_local(async move { self.vpcs.set(task.await.into()) });
    }

    /// Reloads the load balancers and the ECS instances.
    pub fn load_backends(self, region: Region) {
        self.load_balancers.set(Loadable::Loading);
        self.ecs_servers.set(Loadable::Loading);
        let api = use_api();
        let (lbs, ecs) = (api.list_load_balancers(region), api.list_ecs_servers(region));
        leptos::task::spawn_local(async move { self.load_balancers.set(lbs.await.into()) });
        leptos::task::spawn_local(async move { self.ecs_servers.set(ecs.await.into()) });
    }

    /// Reloads the tag suggestions from the region's services (quietly: they are a help).
    pub fn load_tag_suggestions(self, region: Region) {
        let query = ListServicesQuery { limit: Some("1000".to_owned()), ..Default::default() };
        let task = use_api().list_services(region, query);
        leptos::task::spawn_local(async move {
            if let Ok(list) = task.await {
                let tags = list.endpoint_services.into_iter().flat_map(|s| s.tags);
                let (mut keys, mut values) = (BTreeSet::new(), BTreeSet::new());
                for t in tags {
                    keys.insert(t.key);
                    if !t.value.is_empty() {
                        values.insert(t.value);
                    }
                }
                self.tag_suggestions.set(TagSuggestions {
                    keys: keys.into_iter().collect(),
                    values: values.into_iter().collect(),
                });
            }
        });
    }

    /// Everything.
    pub fn load_all(self, region: Region) {
        self.load_vpcs(region);
        self.load_backends(region);
        self.load_tag_suggestions(region);
    }
}

impl Default for FormResources {
    fn default() -> Self {
        Self::new()
    }
}
