//! The simple fields of the create form: Region, Name (with the name it will get), Service
//! Type, Connection Approval and Description.

use leptos::prelude::*;
use vpcep_model::limits::{MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};
use vpcep_model::naming::generated_service_name;
use vpcep_model::Region;

use super::form_state::{dom_id, FormState};
use crate::components::form_field::FormField;
use crate::components::segmented::{Segment, Segmented};
use crate::context::use_region;
use crate::i18n::{formats, lang, t};

/// Region: the console's region.
#[component]
pub fn RegionField() -> impl IntoView {
    let region = use_region();
    let hint = t().create.region_hint;
    view! {
        <FormField label=t().create.region id="f-region" required=true hint let:field>
            <select
                id=field.id
                aria-describedby=field.described_by
                prop:value=move || region.get().id().to_owned()
                on:change=move |ev| {
                    if let Some(r) = Region::from_id(&event_target_value(&ev)) {
                        region.set(r);
                    }
                }
            >
                {Region::ALL
                    .into_iter()
                    .map(|r| view! { <option value=r.id()>{r.label(lang())}</option> })
                    .collect_view()}
            </select>
        </FormField>
    }
}

/// Name (optional) with a live preview of the generated name.
#[component]
pub fn NameField(
    /// The form whose `name` this edits.
    form: FormState,
) -> impl IntoView {
    let region = use_region();
    let preview = move || {
        let name = form.draft.with(|d| d.name.trim().to_owned());
        generated_service_name(region.get().id(), Some(&name), t().create.service_id_placeholder)
    };
    let hint = formats::name_hint(MAX_NAME_CHARS);
    view! {
        <FormField
            label=t().create.name
            id=dom_id("service_name")
            hint
            described_by="name-preview"
            error=form.error_signal("service_name")
            let:field
        >
            <input
                type="text"
                id=field.id
                autocomplete="off"
                placeholder=t().create.enter_name
                prop:value=move || form.draft.with(|d| d.name.clone())
                aria-invalid=field.invalid
                aria-describedby=field.described_by
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    form.edit("service_name", |d| d.name = v);
                }
                on:blur=move |ev| form.blur("service_name", &ev)
            />
            <p class="field-hint" id="name-preview">
                {t().create.will_be_named}
                <code class="name-preview">{preview}</code>
            </p>
        </FormField>
    }
}

/// Service Type: Interface is the only value.
#[component]
pub fn ServiceTypeField() -> impl IntoView {
    view! {
        <FormField
            label=t().create.service_type
            id="service-type"
            required=true
            group=true
            hint=t().create.service_type_hint
            let:field
        >
            <Segmented
                field
                name="service-type"
                segments=vec![
                    Segment {
                        id: "service-type-interface",
                        label: t().interface,
                    },
                ]
                chosen=0
            />
        </FormField>
    }
}

/// Connection Approval: a switch, on by default.
#[component]
pub fn ApprovalField(
    /// The form whose `approval_enabled` this edits.
    form: FormState,
) -> impl IntoView {
    let hint = t().create.approval_hint;
    view! {
        <FormField label=t().col_approval id="f-approval_enabled" hint let:field>
            <label class="switch">
                <input
                    type="checkbox"
                    role="switch"
                    id=field.id
                    aria-describedby=field.described_by
                    prop:checked=move || form.draft.with(|d| d.approval_enabled)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        form.edit("approval_enabled", |d| d.approval_enabled = on);
                    }
                />
                <span class="switch-track" aria-hidden="true"></span>
                <span>
                    {move || if form.draft.with(|d| d.approval_enabled) { t().enabled } else { t().disabled }}
                </span>
            </label>
        </FormField>
    }
}

/// Description (optional) with a counter.
#[component]
pub fn DescriptionField(
    /// The form whose `description` this edits.
    form: FormState,
) -> impl IntoView {
    let count = move || form.draft.with(|d| d.description.chars().count());
    view! {
        <FormField
            label=t().col_description
            id=dom_id("description")
            described_by="description-count"
            error=form.error_signal("description")
            let:field
        >
            <textarea
                id=field.id
                rows="3"
                prop:value=move || form.draft.with(|d| d.description.clone())
                aria-invalid=field.invalid
                aria-describedby=field.described_by
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    form.edit("description", |d| d.description = v);
                }
                on:blur=move |ev| form.blur("description", &ev)
            ></textarea>
            <p
                class="field-hint counter"
                id="description-count"
                aria-live="polite"
                class:over=move || { count() > MAX_DESCRIPTION_CHARS }
            >
                {move || format!("{}/{MAX_DESCRIPTION_CHARS}", count())}
            </p>
        </FormField>
    }
}
