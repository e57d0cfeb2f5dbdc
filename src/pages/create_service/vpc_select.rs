//! The VPC select of the create form, loaded from the API, with refresh and its states.

use leptos::prelude::*;
use vpcep_model::Vpc;

use super::form_state::{dom_id, FormState};
use super::load_problem::load_problem;
use crate::components::form_field::FormField;
use crate::i18n::t;
use crate::loadable::Loadable;

/// VPC: a select of the region's VPCs.
#[component]
pub fn VpcSelect(
    /// The form whose `vpc_id` this shows.
    form: FormState,
    /// The region's VPCs.
    #[prop(into)]
    vpcs: Signal<Loadable<Vec<Vpc>>>,
    /// Loads the VPCs again.
    on_refresh: Callback<()>,
    /// A VPC was chosen (the page decides what else changes with it).
    on_change: Callback<String>,
) -> impl IntoView {
    let loading = move || matches!(vpcs.get(), Loadable::Loading);
    let options = move || {
        match vpcs.get() {
            Loadable::Ready(list) => list
                .into_iter()
                .map(|v| {
                    let id = v.id.clone();
                    // Selected per option: the list may arrive after a restored draft.
                    let selected = move || form.draft.with(|d| d.vpc_id == id);
                    view! {
                        <option value=v.id.clone() prop:selected=selected>
                            {format!("{} ({})", v.name, v.cidr)}
                        </option>
                    }
                })
                .collect_view()
                .into_any(),
            _ => ().into_any(),
        }
    };
    let status = move || {
        let list = vpcs.get();
        let empty = list.ready().is_some_and(Vec::is_empty);
        load_problem(&list, t().create.vpcs, on_refresh).or_else(|| {
            empty.then(|| {
                view! {
                    <p class="field-hint" role="status">
                        {t().create.no_vpc}
                    </p>
                }
                .into_any()
            })
        })
    };
    view! {
        <FormField label="VPC" id=dom_id("vpc_id") required=true error=form.error_signal("vpc_id") let:field>
            <div class="control-row">
                <select
                    id=field.id
                    aria-required="true"
                    aria-busy=move || loading().to_string()
                    aria-invalid=field.invalid
                    aria-describedby=field.described_by
                    prop:value=move || form.draft.with(|d| d.vpc_id.clone())
                    on:change=move |ev| on_change.run(event_target_value(&ev))
                    on:blur=move |ev| form.blur("vpc_id", &ev)
                >
                    <option value="">
                        {move || if loading() { t().loading } else { t().create.select_option }}
                    </option>
                    {options}
                </select>
                <button
                    type="button"
                    class="btn btn-icon"
                    aria-label=t().create.refresh_vpcs
                    title=t().create.refresh_vpcs
                    on:click=move |_| on_refresh.run(())
                >
                    <span class="icon-refresh" class:spinning=loading aria-hidden="true"></span>
                </button>
            </div>
            {status}
        </FormField>
    }
}
