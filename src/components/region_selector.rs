//! The region selector of the top bar.

use leptos::prelude::*;
use vpcep_model::Region;

use crate::context::use_region;

/// Region select (eu-de, eu-nl).
#[component]
pub fn RegionSelector() -> impl IntoView {
    let region = use_region();
    let on_change = move |ev| {
        if let Some(r) = Region::from_id(&event_target_value(&ev)) {
            region.set(r);
        }
    };
    view! {
        <label class="region-selector">
            <span class="region-pin" aria-hidden="true"></span>
            <span class="visually-hidden">"Region"</span>
            <select id="region-select" on:change=on_change prop:value=move || region.get().id().to_owned()>
                {Region::ALL
                    .into_iter()
                    .map(|r| {
                        view! {
                            <option value=r.id() selected=move || region.get() == r>
                                {r.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
