//! The simple fields of the create form: Region, Name (with the name it will get), Service
//! Type, Connection Approval and Description.

use leptos::prelude::*;
use vpcep_model::limits::{MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};
use vpcep_model::naming::generated_service_name;
use vpcep_model::Region;

use crate::components::field_error::FieldError;
use crate::components::form_state::{dom_id, FormState};
use crate::context::use_region;

/// Region: the console's region.
#[component]
pub fn RegionField() -> impl IntoView {
    let region = use_region();
    view! {
        <div class="form-row">
            <label class="form-label" for="f-region">"Region"<span class="required" aria-hidden="true">"*"</span></label>
            <div class="form-control">
                <select
                    id="f-region"
                    aria-describedby="region-hint"
                    prop:value=move || region.get().id().to_owned()
                    on:change=move |ev| {
                        if let Some(r) = Region::from_id(&event_target_value(&ev)) {
                            region.set(r);
                        }
                    }
                >
                    {Region::ALL.into_iter().map(|r| view! { <option value=r.id()>{r.label()}</option> }).collect_view()}
                </select>
                <p class="field-hint" id="region-hint">
                    "Resources in different regions cannot communicate with each other over internal networks. Select the region nearest to your resources."
                </p>
            </div>
        </div>
    }
}

/// Name (optional) with a live preview of the generated name.
#[component]
pub fn NameField(form: FormState) -> impl IntoView {
    let region = use_region();
    let preview = move || {
        let name = form.draft.with(|d| d.name.trim().to_owned());
        generated_service_name(region.get().id(), Some(&name), "<service ID>")
    };
    view! {
        <div class="form-row">
            <label class="form-label" for=dom_id("service_name")>"Name"</label>
            <div class="form-control">
                <input
                    type="text"
                    id=dom_id("service_name")
                    autocomplete="off"
                    placeholder="Enter a name."
                    prop:value=move || form.draft.with(|d| d.name.clone())
                    aria-invalid=move || form.error("service_name").is_some().to_string()
                    aria-describedby=move || form.described_by("service_name", "name-hint name-preview")
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        form.edit("service_name", |d| d.name = v);
                    }
                    on:blur=move |ev| form.blur("service_name", &ev)
                />
                <FieldError form field="service_name" />
                <p class="field-hint" id="name-hint">
                    {format!("Optional. At most {MAX_NAME_CHARS} characters: letters, digits, underscores (_) and hyphens (-).")}
                </p>
                <p class="field-hint" id="name-preview">
                    "The service will be named " <code class="name-preview">{preview}</code>
                </p>
            </div>
        </div>
    }
}

/// Service Type: Interface is the only value.
#[component]
pub fn ServiceTypeField() -> impl IntoView {
    view! {
        <div class="form-row">
            <span class="form-label" id="label-service-type">"Service Type"<span class="required" aria-hidden="true">"*"</span></span>
            <div class="form-control">
                <div class="segmented" role="radiogroup" aria-labelledby="label-service-type">
                    <label class="segment selected">
                        <input type="radio" name="service-type" checked=true value="interface" />
                        "Interface"
                    </label>
                </div>
                <p class="field-hint">"Only interface VPC endpoint services can be created."</p>
            </div>
        </div>
    }
}

/// Connection Approval: a switch, on by default.
#[component]
pub fn ApprovalField(form: FormState) -> impl IntoView {
    view! {
        <div class="form-row">
            <label class="form-label" for="f-approval_enabled">"Connection Approval"</label>
            <div class="form-control">
                <label class="switch">
                    <input
                        type="checkbox"
                        role="switch"
                        id="f-approval_enabled"
                        aria-describedby="approval-hint"
                        prop:checked=move || form.draft.with(|d| d.approval_enabled)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            form.edit("approval_enabled", |d| d.approval_enabled = on);
                        }
                    />
                    <span class="switch-track" aria-hidden="true"></span>
                    <span>{move || if form.draft.with(|d| d.approval_enabled) { "Enabled" } else { "Disabled" }}</span>
                </label>
                <p class="field-hint" id="approval-hint">
                    "Specifies whether the connection between a VPC endpoint and this VPC endpoint service requires approval from the owner of the service. If enabled, every VPC endpoint that connects to the service must be approved."
                </p>
            </div>
        </div>
    }
}

/// Description (optional) with a counter.
#[component]
pub fn DescriptionField(form: FormState) -> impl IntoView {
    let count = move || form.draft.with(|d| d.description.chars().count());
    view! {
        <div class="form-row">
            <label class="form-label" for=dom_id("description")>"Description"</label>
            <div class="form-control">
                <textarea
                    id=dom_id("description")
                    rows="3"
                    prop:value=move || form.draft.with(|d| d.description.clone())
                    aria-invalid=move || form.error("description").is_some().to_string()
                    aria-describedby=move || form.described_by("description", "description-count")
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        form.edit("description", |d| d.description = v);
                    }
                    on:blur=move |ev| form.blur("description", &ev)
                ></textarea>
                <FieldError form field="description" />
                <p class="field-hint counter" id="description-count" aria-live="polite" class:over=move || { count() > MAX_DESCRIPTION_CHARS }>
                    {move || format!("{}/{MAX_DESCRIPTION_CHARS}", count())}
                </p>
            </div>
        </div>
    }
}
