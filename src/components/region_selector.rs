//! The region selector of the top bar.

use leptos::prelude::*;
use vpcep_model::Region;

use crate::context::use_region;
use crate::i18n::{lang, t};

/// Region select (eu-de, eu-nl) of the top bar: the console's region.
#[component]
pub fn RegionSelector() -> impl IntoView {
    let region = use_region();
    view! {
        <label class="region-selector">
            <span class="region-pin" aria-hidden="true"></span>
            <span class="visually-hidden">{t().create.region}</span>
            <RegionSelect id="region-select".to_owned() value=region />
        </label>
    }
}

/// A `<select>` of the regions, bound to `value`.
#[component]
pub fn RegionSelect(
    /// The control's id.
    id: String,
    /// The region chosen.
    value: RwSignal<Region>,
    /// `aria-describedby`, if any.
    #[prop(optional, into)]
    described_by: Option<Signal<String>>,
) -> impl IntoView {
    let on_change = move |ev| {
        if let Some(r) = Region::from_id(&event_target_value(&ev)) {
            value.set(r);
        }
    };
    view! {
        <select
            id=id
            aria-describedby=move || described_by.map(|d| d.get())
            on:change=on_change
            prop:value=move || value.get().id().to_owned()
        >
            {Region::ALL
                .into_iter()
                .map(|r| {
                    view! {
                        <option value=r.id() selected=move || value.get() == r>
                            {r.label(lang())}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}
