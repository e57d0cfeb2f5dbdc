//! The list's filter: free text on the name, property filters as removable chips, and
//! "Clear filters".

use std::time::Duration;

use leptos::prelude::*;
use vpcep_model::{ServerType, ServiceStatus};

use crate::list_view::{ListView, PropertyFilter};

const PROPERTIES: [(&str, &str); 5] = [
    ("id", "ID"),
    ("status", "Status"),
    ("backend", "Backend Resource Type"),
    ("approval", "Connection Approval"),
    ("tag", "Tag"),
];

/// The filter row. `on_change` applies a new view (a new history entry); typing in the
/// search box applies after a pause with `on_typing` (replacing the entry).
#[component]
pub fn FilterBar(
    #[prop(into)] view: Signal<ListView>,
    #[prop(into)] matches: Signal<Option<u32>>,
    on_change: Callback<ListView>,
    on_typing: Callback<ListView>,
) -> impl IntoView {
    let text = RwSignal::new(view.get_untracked().name);
    // Back/Forward or a chip change the view: the box follows.
    Effect::new(move |_| {
        let name = view.with(|v| v.name.clone());
        if text.get_untracked() != name {
            text.set(name);
        }
    });
    let typing = StoredValue::new(0u32);
    let on_input = move |ev| {
        text.set(event_target_value(&ev));
        let ticket = typing.get_value() + 1;
        typing.set_value(ticket);
        set_timeout(
            move || {
                if typing.get_value() == ticket {
                    let name = text.get_untracked();
                    on_typing.run(view.get_untracked().changed(|v| v.name = name));
                }
            },
            Duration::from_millis(250),
        );
    };
    let property = RwSignal::new("status".to_owned());
    let value = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let v = value.get_untracked().trim().to_owned();
        let filter = match property.get_untracked().as_str() {
            "id" if !v.is_empty() => PropertyFilter::Id(v),
            "status" => PropertyFilter::Status(ServiceStatus::from_wire(&v)),
            "backend" => PropertyFilter::Backend(ServerType::from_wire(&v)),
            "approval" => PropertyFilter::Approval(v == "enabled"),
            "tag" if !v.is_empty() => match v.split_once('=') {
                Some((k, val)) => PropertyFilter::Tag(k.trim().to_owned(), Some(val.trim().to_owned())),
                None => PropertyFilter::Tag(v, None),
            },
            _ => return,
        };
        value.set(String::new());
        on_change.run(view.get_untracked().changed(|lv| {
            // One filter per property, except tags (AND over keys).
            lv.filters.retain(|f| {
                std::mem::discriminant(f) != std::mem::discriminant(&filter)
                    || matches!(f, PropertyFilter::Tag(..))
            });
            lv.filters.push(filter);
        }));
    };
    let value_control = move || {
        let options: &[(&str, &str)] = match property.get().as_str() {
            "status" => &[
                ("available", "Available"),
                ("creating", "Creating"),
                ("failed", "Failed"),
                ("deleting", "Deleting"),
            ],
            "backend" => &[("LB", "Enhanced load balancer"), ("VM", "ECS")],
            "approval" => &[("enabled", "Enabled"), ("disabled", "Disabled")],
            _ => &[],
        };
        if options.is_empty() {
            let placeholder = if property.get() == "tag" { "key or key=value" } else { "Service ID" };
            view! {
                <input type="text" id="filter-value" aria-label="Filter value" placeholder=placeholder prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            }
            .into_any()
        } else {
            if !options.iter().any(|(v, _)| *v == value.get_untracked()) {
                value.set(options[0].0.to_owned());
            }
            view! {
                <select id="filter-value" aria-label="Filter value" prop:value=move || value.get() on:change=move |ev| value.set(event_target_value(&ev))>
                    {options.iter().map(|(v, l)| view! { <option value=*v>{*l}</option> }).collect_view()}
                </select>
            }
            .into_any()
        }
    };
    view! {
        <div class="filter-bar">
            <div class="filter-row">
                <input
                    type="search"
                    id="filter-name"
                    class="filter-search"
                    aria-label="Search by name"
                    placeholder="Search by name"
                    prop:value=move || text.get()
                    on:input=on_input
                />
                <form class="property-filter" on:submit=add>
                    <select id="filter-property" aria-label="Filter property" prop:value=move || property.get() on:change=move |ev| property.set(event_target_value(&ev))>
                        {PROPERTIES.iter().map(|(v, l)| view! { <option value=*v>{*l}</option> }).collect_view()}
                    </select>
                    {value_control}
                    <button type="submit" class="btn">"Add filter"</button>
                </form>
                <span class="filter-count" aria-live="polite">
                    {move || matches.get().map(|n| if n == 1 { "1 match".to_owned() } else { format!("{n} matches") })}
                </span>
            </div>
            {move || {
                let v = view.get();
                v.is_filtered().then(|| {
                    let chips = v.filters.clone().into_iter().enumerate().map(|(i, f)| {
                        let label = f.label();
                        view! {
                            <li class="chip">
                                {label.clone()}
                                <button type="button" class="chip-remove" aria-label=format!("Remove filter {label}") on:click=move |_| {
                                    on_change.run(view.get_untracked().changed(|lv| { lv.filters.remove(i); }));
                                }>"×"</button>
                            </li>
                        }
                    }).collect_view();
                    view! {
                        <ul class="chips" aria-label="Active filters">
                            {(!v.name.is_empty()).then(|| view! { <li class="chip">{format!("Name: {}", v.name)}</li> })}
                            {chips}
                            <li><button type="button" class="btn btn-link" on:click=move |_| on_change.run(view.get_untracked().changed(|lv| { lv.filters.clear(); lv.name.clear(); }))>"Clear filters"</button></li>
                        </ul>
                    }
                })
            }}
        </div>
    }
}
